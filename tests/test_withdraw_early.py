"""A candidate may withdraw before the interview; the plan is then the note alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store_support import add, run, write

AHEAD = """\
company: Initech
role: Analyst
start: 2026-12-20 10:00
timezone: America/New_York
interviewers: [{name: Ann Lee, email: ann@initech.example}]
references_requested: true
next_step: We will decide by Friday.
"""


pytestmark = pytest.mark.usefixtures("clock")


def plan_ids(interview_id: str = "1") -> list[tuple[str, str]]:
    result = run("show", interview_id, "--json", "--now", "2026-12-15 12:00")
    assert result.code == 0, result.err
    return [(a["id"], a["status"]) for a in result.json["plan"]["actions"]]


def test_withdrawing_before_the_interview_leaves_only_the_note(store: Path) -> None:
    add(store, AHEAD)
    result = run("outcome", "1", "withdrawn", "--at", "2026-12-15 09:00")
    assert result.code == 0, result.err
    assert plan_ids() == [("withdrawal", "pending")]
    result = run("log", "1", "withdrawal", "--at", "2026-12-15 10:00")
    assert result.code == 0, result.err
    assert plan_ids() == [("withdrawal", "done")]


def test_the_note_can_be_logged_before_the_outcome(store: Path) -> None:
    add(store, AHEAD)
    assert run("log", "1", "withdrawal", "--at", "2026-12-14 10:00").code == 0
    assert run("outcome", "1", "withdrawn", "--at", "2026-12-14 10:05").code == 0
    assert plan_ids() == [("withdrawal", "done")]


def test_a_withdrawal_in_the_future_is_still_refused(store: Path) -> None:
    add(store, AHEAD)
    result = run("outcome", "1", "withdrawn", "--at", "2026-12-16 09:00")
    assert result.code == 2
    assert "is in the future" in result.err


def test_after_the_interview_started_thanks_still_go_out(store: Path) -> None:
    add(store, AHEAD.replace("2026-12-20", "2026-12-10"))
    assert run("outcome", "1", "withdrawn", "--at", "2026-12-11 09:00").code == 0
    ids = [i for i, _ in plan_ids()]
    assert "thank_you:ann-lee" in ids
    assert "withdrawal" in ids


def test_plan_and_check_of_a_file_agree(tmp_path: Path) -> None:
    text = AHEAD + "outcome: {kind: withdrawn, at: 2026-12-14 09:00}\n"
    path = write(tmp_path, "i.yaml", text)
    result = run("plan", str(path), "--json", "--now", "2026-12-15 12:00")
    assert result.code == 0, result.err
    assert [a["id"] for a in result.json["actions"]] == ["withdrawal"]
    assert run("check", str(path), "withdrawal", "--at", "2026-12-15 12:00").code == 0
    result = run("check", str(path), "thank_you", "--at", "2026-12-21 12:00")
    assert result.code == 1
    assert result.out.startswith(
        "refused: You withdrew before the interview took place: there is nothing to follow "
        "up, only your note saying you have withdrawn."
    )
    assert run("check", str(path), "check_in", "--at", "2027-01-21 12:00").code == 1
    assert run("check", str(path), "call", "--at", "2027-01-21 12:00").code == 1
    contact = '  - {kind: email, purpose: withdrawal, at: "2026-12-13 09:00"}\n'
    path = write(tmp_path, "j.yaml", text + "contacts:\n" + contact)
    result = run("plan", str(path), "--json", "--now", "2026-12-15 12:00")
    assert [(a["id"], a["status"]) for a in result.json["actions"]] == [("withdrawal", "done")]
