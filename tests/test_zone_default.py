"""`followup add` says when the interview's zone is the machine's, not one you chose.

Issue 16: an interview typed in, or filed without `timezone`, took the machine's
zone without a word. It is said once, with the setting that makes another zone
your default and the field that gives one interview its own. The machine's zone
is the test's `TZ`; the store is real.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from tests.store_support import NORTHWIND, run, write

pytestmark = pytest.mark.usefixtures("clock")

NO_ZONE = NORTHWIND.replace("timezone: America/New_York\n", "")


def note(number: int) -> str:
    return (
        f"followup: note: the file gives no `timezone`, so interview {number} is in "
        "Europe/Paris, your machine's time zone, taken because no `timezone` setting is "
        "stored (choose your own default with `followup config timezone ZONE`); a file's "
        f"`timezone:` field gives an interview its own (for this one: followup edit {number} "
        "--set timezone=ZONE).\n"
    )


def test_a_file_without_a_zone_says_the_machines_was_taken(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Paris")
    result = run("add", str(write(store, "no-zone.yaml", NO_ZONE)))
    assert result.code == 0, result.err
    assert result.err == note(1)
    assert result.out.startswith("Added interview 1: Senior Data Engineer at Northwind")
    shown = run("show", "1", "--json").json
    assert shown["interview"]["timezone"] == "Europe/Paris"
    # --json too: the note is on stderr, the output stays what it was.
    later = NO_ZONE.replace("2026-11-17", "2026-11-24")
    again = run("add", str(write(store, "later.yaml", later)), "--json")
    assert (again.code, again.err) == (0, note(2)), again
    assert again.json == {"id": 2}


def test_nothing_is_said_when_you_chose_the_zone(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Paris")
    # The file's own zone.
    given = run("add", str(write(store, "zone.yaml", NORTHWIND)))
    assert (given.code, given.err) == (0, "")
    # Your setting, even when it is the machine's own zone.
    assert run("config", "timezone", "Europe/Paris").code == 0
    later = NO_ZONE.replace("2026-11-17", "2026-11-24")
    setting = run("add", str(write(store, "no-zone.yaml", later)))
    assert (setting.code, setting.err) == (0, "")
    assert run("show", "2", "--json").json["interview"]["timezone"] == "Europe/Paris"


def test_the_questions_say_it_once_before_the_zone_is_asked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from followup.cli.ask import ask_interview
    from followup.config import machine_zone, machine_zone_note
    from followup.interview_file import Defaults

    monkeypatch.setenv("TZ", "Europe/Paris")
    assert machine_zone({}) == "Europe/Paris"
    assert machine_zone({"timezone": "Europe/Paris"}) is None  # chosen, though the same
    zone = machine_zone({})
    assert zone is not None
    answers = ["Acme", "Analyst", "", "2026-11-20 09:30", "", "", "", "Ann Lee", "", "", "", "",
               "n", "", "n"]  # fmt: skip
    with create_pipe_input() as keys, create_app_session(input=keys, output=DummyOutput()):
        keys.send_text("".join(answer + "\r" for answer in answers))
        interview = ask_interview(
            Defaults(timezone=zone, country="FR"), [], zone_note=machine_zone_note(zone)
        )
    assert interview.timezone == "Europe/Paris"
    assert capsys.readouterr().out == (
        "Note: the zone offered is Europe/Paris, your machine's time zone, taken because no "
        "`timezone` setting is stored (choose your own default with "
        "`followup config timezone ZONE`).\n"
    )


def test_the_machines_zone_survives_the_store_starting(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Django sets the process's TZ to its TIME_ZONE ("UTC") when it starts: every
    # command that opened the store took UTC for the machine's zone. A process of
    # its own, so Django starts inside it with this TZ.
    import json

    from tests.store_support import followup_process

    monkeypatch.setenv("TZ", "Europe/Paris")
    child = followup_process("config", "--json")
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert json.loads(out)["settings"]["timezone"] == {"origin": "machine", "value": "Europe/Paris"}


def test_a_piped_file_is_read_once(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `followup add <(...)`: a pipe gives its text once, so the note is worked out
    # from the one reading, not by reading the file again (which would wait forever).
    import os
    import threading

    monkeypatch.setenv("TZ", "Europe/Paris")
    pipe = tmp_path / "interview.yaml"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_text, args=(NO_ZONE,), daemon=True)
    writer.start()
    result = run("add", str(pipe))
    writer.join(timeout=10)
    assert (result.code, result.err) == (0, note(1))
