"""`followup draft ID` and `followup lint --interview ID` on the store."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from followup.cli import cli

EXAMPLE = Path(__file__).parent.parent / "examples" / "interview.yaml"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_draft_a_stored_interview_signed_with_the_settings(store: Path, tmp_path: Path) -> None:
    assert run("config", "signature", "Jordan Okafor\\njordan@example.org")[0] == 0
    assert run("add", str(EXAMPLE))[0] == 0
    code, out, _ = run("draft", "1", "--now", "2026-11-17 12:00", "--json")
    assert code == 0
    drafts = json.loads(out)["drafts"]
    from_file = json.loads(run("draft", str(EXAMPLE), "--now", "2026-11-17 12:00", "--json")[1])[
        "drafts"
    ]
    assert [d["action_id"] for d in drafts] == [d["action_id"] for d in from_file]
    for stored, unsigned in zip(drafts, from_file, strict=True):
        assert stored["body"].endswith("Jordan Okafor\njordan@example.org\n")
        assert stored["body"].startswith(unsigned["body"].rstrip("\n"))
    note = tmp_path / "note.txt"
    first = drafts[1]
    note.write_text(f"To: {first['to']}\nKind: {first['kind']}\n\n{first['body']}")
    assert run("lint", "--interview", "1", str(note)) == (0, "No findings in 1 note.\n", "")


def test_an_unknown_id_lists_the_stored_ones(store: Path) -> None:
    run("add", str(EXAMPLE))
    code, _, err = run("draft", "9")
    assert code == 2
    assert err == "followup: ID: no interview 9; the stored IDs are 1\n"
