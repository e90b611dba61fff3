"""The linter on what new users hand it: long pastes, the same file given twice."""

from __future__ import annotations

import time
from pathlib import Path

from click.testing import CliRunner

from followup.cli import cli
from followup.writing.lint import SCAN_CHARS, Code, lint
from followup.writing.note import parse_note
from tests.test_lint import GOOD, NORTHWIND


def paste(size: int) -> str:
    header, _, body = GOOD.partition("\n\n")
    return header + "\n\n" + (body * (size // len(body) + 1))[:size]


def test_a_huge_note_is_linted_fast_and_reported_too_long() -> None:
    lint([parse_note(GOOD, "warm.txt")], NORTHWIND)  # load the dictionary first
    timings = {}
    for size in (200_000, 2_000_000):
        note = parse_note(paste(size), "paste.txt")
        start = time.perf_counter()
        found = lint([note, parse_note(GOOD, "good.txt")], NORTHWIND)
        timings[size] = time.perf_counter() - start
        too_long = [f for f in found if f.code is Code.TOO_LONG]
        assert [f.file for f in too_long] == ["paste.txt"]
        # The word count is of the whole text, not only the part read for the rest.
        assert int(too_long[0].message.split()[0]) > size // 10
    # Ten times the text takes about as long: only the first SCAN_CHARS are read.
    assert timings[2_000_000] < 2.0
    assert timings[2_000_000] < 5 * timings[200_000] + 0.5


def test_line_numbers_stay_right_deep_into_a_long_note() -> None:
    body = "Dear Priya,\n\n" + "Thank you for the talk about streaming ingestion.\n" * 300
    text = "To: Priya Raman\n\n" + body + "I recieved your note.\n\nBest regards,\nAlex\n"
    assert len(text) < SCAN_CHARS
    (finding,) = [f for f in lint([parse_note(text, "n.txt")], NORTHWIND) if f.code == "spelling"]
    assert finding.line == 3 + 2 + 300


def test_lint_command_refuses_a_file_too_long_to_be_a_note(tmp_path: Path) -> None:
    path = tmp_path / "thesis.txt"
    path.write_text(paste(200_000), encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    words = len(parse_note(paste(200_000), "x").body.split())
    assert (
        f"{path}: is {words} words long: a note is at most a few hundred; is this the right file?"
        in result.output
    )


def test_the_same_file_twice_is_one_note(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    same = str(tmp_path / "." / "a.txt")
    result = CliRunner().invoke(cli, ["lint", str(path), str(path), same])
    assert (result.exit_code, result.output) == (0, "No findings in 1 note.\n")
