"""`followup log`, `reply`, `outcome`, `debrief`: the log, its guardrails, the plan that follows."""

from __future__ import annotations

from pathlib import Path

import pytest
import time_machine

from tests.store_support import NORTHWIND, add, database, run

# Mid-December 2026: every --at below is in the past, whatever the real date.
pytestmark = pytest.mark.usefixtures("clock")


def stored_actions(home: Path, interview_id: int = 1) -> list[str]:
    with database(home) as db:
        rows = db.execute(
            "SELECT action_id FROM followup_action WHERE interview_id = ? ORDER BY position",
            (interview_id,),
        ).fetchall()
    return [r[0] for r in rows]


def history(interview_id: int = 1) -> list[dict[str, object]]:
    result = run("show", str(interview_id), "--json", "--now", "2026-12-01 12:00")
    assert result.code == 0, result.err
    events: list[dict[str, object]] = result.json["history"]
    return events


def test_an_allowed_contact_is_recorded_and_the_plan_follows(store: Path) -> None:
    add(store)
    assert "thank_you:marcus-bell" in stored_actions(store)
    result = run("log", "1", "thank_you", "--to", "marcus bell", "--at", "2026-11-17 15:00")
    assert result.code == 0, result.err
    # In your zone (UTC here) and named, as the "Next:" line after it (issue 16).
    # With the interview's own clock beside it, as the "Next:" line names both places.
    assert result.out.startswith(
        "Recorded: thank you to Marcus Bell on Tue 17 Nov 2026 20:00 UTC (15:00 New York time).\n"
    )
    # A New York interview: your zone first, then its own clock, both named.
    assert "\nNext: " in result.out
    assert (
        result.out.split("\nNext: ")[1].rstrip().endswith(" UTC (Tue 17 Nov 23:59 New York time).")
    )
    assert "thank_you:marcus-bell" not in stored_actions(store)
    assert history() == [
        {
            "answered": None,
            "at": "2026-11-17T15:00:00-05:00",
            "event": "contact",
            "flagged": False,
            "keep_in_touch": None,
            "kind": "email",
            "override": None,
            "purpose": "thank_you",
            "to": "Marcus Bell",
        }
    ]


def test_a_refused_contact_is_not_recorded_and_exits_1(store: Path) -> None:
    add(store)
    result = run("log", "1", "call", "--at", "2026-11-18 10:00")
    assert result.code == 1
    assert result.err.startswith("followup: refused: Send the check-in email first")
    assert "--override" in result.err
    assert history() == []


def test_an_override_records_it_and_flags_it_in_the_history(store: Path) -> None:
    add(store)
    result = run(
        "log", "1", "visit", "--at", "2026-11-18 10:00", "--override", "they invited me in"
    )
    assert result.code == 0, result.err
    assert "flagged in the history" in result.out
    (event,) = history()
    assert event["flagged"] is True
    assert event["override"] == "they invited me in"
    text = " ".join(run("show", "1", "--now", "2026-12-01 12:00").out.split())
    assert "recorded against the guardrails: they invited me in" in text


def test_the_second_thank_you_to_the_same_person_is_refused(store: Path) -> None:
    add(store)
    run("log", "1", "thank_you", "--to", "Priya Raman", "--at", "2026-11-17 15:00")
    again = run("log", "1", "thank_you", "--to", "Priya Raman", "--at", "2026-11-17 16:00")
    assert again.code == 1
    assert "already had your thank-you" in again.err
    assert len(history()) == 1


def test_check_in_too_soon_says_when_it_becomes_fine(store: Path) -> None:
    add(store)
    result = run("log", "1", "check_in", "--at", "2026-11-20 10:00")
    assert result.code == 1
    assert "Tuesday 24 November 2026 at 09:00" in result.err


def test_one_call_after_the_check_in_then_no_more(store: Path) -> None:
    add(store)
    assert run("log", "1", "check_in", "--at", "2026-11-24 10:00").code == 0
    assert "call" in stored_actions(store)
    # 48 hours later is Thanksgiving: the call waits for the next business day.
    thanksgiving = run("log", "1", "call", "--at", "2026-11-26 11:00")
    assert thanksgiving.code == 1
    expected = "Friday 27 November 2026 at 09:00 New York time, the next business day"
    assert expected in thanksgiving.err
    assert run("log", "1", "call", "--at", "2026-11-27 11:00", "--no-answer").code == 0
    assert "call" not in stored_actions(store)
    assert run("log", "1", "call", "--at", "2026-11-30 11:00").code == 1
    assert history()[-1]["answered"] is False


def test_log_defaults_to_now(store: Path) -> None:
    add(store)
    with time_machine.travel("2026-11-17T20:30:15.5+00:00", tick=False):
        assert run("log", "1", "thank_you", "--to", "Priya Raman").code == 0
    assert history()[0]["at"] == "2026-11-17T15:30:15-05:00"


def test_log_bad_input_exits_2_naming_the_field(store: Path) -> None:
    add(store)
    cases = {
        ("log", "1", "thank_you", "--to", "Nobody"): "followup: --to: 'Nobody' is not one of",
        ("log", "1", "thank_you"): "followup: --to: say which interviewer",
        ("log", "1", "check_in", "--answered"): "followup: --answered: only applies to calls",
        ("log", "1", "call", "--letter"): "followup: --letter: does not apply to a call",
        ("log", "1", "check_in", "--at", "soon"): "followup: --at: 'soon' is not a date",
        ("log", "7", "check_in"): "followup: ID: no interview 7; the stored IDs are 1",
    }
    for args, message in cases.items():
        result = run(*args)
        assert result.code == 2, args
        assert result.err.startswith(message), (args, result.err)
    assert history() == []


def test_a_reply_cancels_the_check_in(store: Path) -> None:
    add(store)
    assert "check_in" in stored_actions(store)
    assert (
        run(
            "reply", "1", "--at", "2026-11-19 09:00", "--from", "Priya Raman", "--says", "Thanks!"
        ).code
        == 0
    )
    assert "check_in" not in stored_actions(store)
    assert history()[0]["event"] == "reply"


def test_an_outcome_cancels_waiting_and_a_rejection_can_open_a_bridge(store: Path) -> None:
    add(store)
    result = run("outcome", "1", "rejected", "--at", "2026-11-25 10:00", "--keep-in-touch")
    assert result.code == 0, result.err
    actions = stored_actions(store)
    assert "move_on" not in actions and "check_in" not in actions
    assert "bridge" in actions
    # Rule book, second edition: a rejection cancels the unsent thank-you notes
    # (the bridge note thanks the contact).
    assert "thank_you:priya-raman" not in actions
    replaced = run("outcome", "1", "offer", "--at", "2026-11-26 10:00")
    assert "replaces the earlier outcome, rejected" in replaced.out
    assert "bridge" not in stored_actions(store)


def test_outcome_bad_input(store: Path) -> None:
    add(store)
    early = run("outcome", "1", "offer", "--at", "2026-11-01 10:00")
    assert early.code == 2
    assert early.err == (
        "followup: --at: Sun 01 Nov 2026 10:00 is before the interview started "
        "(Tue 17 Nov 2026 10:00); give the moment it happened\n"
    )
    keep = run("outcome", "1", "offer", "--keep-in-touch")
    assert keep.err == "followup: --keep-in-touch: only applies to a rejection\n"
    kind = run("outcome", "1", "hired")
    assert kind.code == 2 and "'hired' is not one of" in kind.err


def test_debrief_flags_change_only_what_is_given(store: Path) -> None:
    add(store)
    assert run("debrief", "1", "--forgot-to-mention", "The Dagster migration").code == 0
    debrief = run("show", "1", "--json").json["interview"]["debrief"]
    assert debrief == {
        "forgot_to_mention": "The Dagster migration",
        "stood_out": None,
        "went_poorly": None,
        "went_well": "The design exercise.",
    }


def test_debrief_of_an_empty_interview_marks_the_action_done(store: Path, tmp_path: Path) -> None:
    add(store, NORTHWIND.replace("debrief:\n  went_well: The design exercise.\n", ""))
    assert "debrief" in stored_actions(store)
    assert run("debrief", "1", "--went-well", "Rapport").code == 0
    assert "debrief" not in stored_actions(store)


def test_debrief_without_flags_outside_a_terminal_says_what_to_give(store: Path) -> None:
    add(store)
    result = run("debrief", "1")
    assert result.code == 2
    assert result.err.startswith("followup: debrief: give at least one of --went-well")


# -- moments that cannot be true ---------------------------------------------------


def test_a_thank_you_before_the_interview_ended_is_refused_naming_at(store: Path) -> None:
    add(store)
    for at in ("2026-11-17 09:00", "2026-11-17 10:30"):
        result = run("log", "1", "thank_you", "--to", "Priya Raman", "--at", at)
        assert result.code == 2, result.err
        assert result.err.startswith("followup: --at: Tue 17 Nov 2026 ")
        assert "is before the interview ended (Tue 17 Nov 2026 11:00)" in result.err
    assert history() == []


def test_any_contact_before_the_interview_ended_is_refused(store: Path) -> None:
    add(store)
    for action in ("check_in", "send_references", "call", "visit"):
        result = run("log", "1", action, "--at", "2026-11-17 10:30", "--override", "x")
        assert result.code == 2, (action, result.err)
        assert "--at" in result.err and "before the interview ended" in result.err
    assert history() == []


def test_log_now_before_the_interview_ended_says_it_was_the_default(store: Path) -> None:
    add(store)
    with time_machine.travel("2026-11-17T15:30:00+00:00", tick=False):  # 10:30 in New York
        result = run("log", "1", "thank_you", "--to", "Priya Raman")
    assert result.code == 2
    assert result.err.startswith("followup: --at: now (Tue 17 Nov 2026 10:30) is before")
    assert history() == []


def test_a_withdrawal_may_be_logged_during_or_before_the_interview(store: Path) -> None:
    add(store)
    assert run("log", "1", "withdrawal", "--at", "2026-11-17 10:30").code == 0
    assert run("log", "1", "withdrawal", "--at", "2026-11-17 09:59").code == 0


def test_contacts_replies_and_outcomes_in_the_future_are_refused(store: Path) -> None:
    add(store)
    # The clock says 2026-12-15 12:00 in New York.
    cases = [
        ("log", "1", "thank_you", "--to", "Priya Raman", "--at", "2026-12-15 12:06"),
        ("log", "1", "check_in", "--at", "2027-01-04 10:00", "--override", "planned"),
        ("reply", "1", "--at", "2026-12-16 09:00", "--says", "Thanks!"),
        ("outcome", "1", "offer", "--at", "2026-12-20 09:00"),
    ]
    for args in cases:
        result = run(*args)
        assert result.code == 2, (args, result.err)
        assert result.err.startswith("followup: --at: "), result.err
        assert result.err.endswith("is in the future; record it once it has happened\n")
    assert history() == []
    assert run("show", "1", "--json").json["interview"]["outcome"] is None


def test_five_minutes_of_clock_skew_are_allowed(store: Path) -> None:
    add(store)
    # References: a thank-you this late is refused as too late to stand alone.
    result = run("log", "1", "send_references", "--at", "2026-12-15 12:05")
    assert result.code == 0, result.err


def test_a_reply_before_the_interview_started_is_refused(store: Path) -> None:
    add(store)
    result = run("reply", "1", "--at", "2026-11-17 09:00", "--says", "Hello")
    assert result.code == 2
    assert "is before the interview started (Tue 17 Nov 2026 10:00)" in result.err
    # During the interview is possible (a message from the recruiter, say).
    assert run("reply", "1", "--at", "2026-11-17 10:30", "--says", "Hello").code == 0


def test_check_a_stored_interview_by_its_id(store: Path) -> None:
    add(store)
    ask = ("check", "1", "thank_you", "--to", "Priya Raman", "--at", "2026-11-17 16:00")
    assert run(*ask).code == 0
    logged = run("log", "1", "thank_you", "--to", "Priya Raman", "--at", "2026-11-17 15:00")
    assert logged.code == 0, logged.err
    # The stored log counts: a second thank-you to the same person is refused.
    again = run(*ask, "--json")
    assert again.code == 1
    assert again.json["verdict"] == "refused"
    assert "already had your thank-you" in again.json["reason"]
    unknown = run("check", "9", "visit")
    assert unknown.code == 2
    assert unknown.err == "followup: ID: no interview 9; the stored IDs are 1\n"


def test_a_thank_you_five_weeks_late_is_refused_as_show_says(store: Path) -> None:
    # Issue 16's review: it was logged without a word; `show` said "Too late to stand alone".
    add(store)
    result = run("log", "1", "thank_you", "--to", "Marcus Bell", "--at", "2026-12-15 12:00")
    assert result.code == 1
    assert result.err.startswith(
        "followup: refused: Too late to stand alone: it was due Wednesday 18 November 2026 "
        "at 11:00 New York time, more than a week earlier. Not recorded."
    )
    assert history() == []
    shown = run("show", "1").out
    assert "Too late to stand alone." in shown
    sent = run(
        "log",
        "1",
        "thank_you",
        "--to",
        "Marcus Bell",
        "--at",
        "2026-12-15 12:00",
        "--override",
        "sent it before I read the plan",
    )
    assert sent.code == 0, sent.err
    assert [(e["purpose"], e["flagged"]) for e in history()] == [("thank_you", True)]
