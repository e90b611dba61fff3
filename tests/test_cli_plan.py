"""`followup plan` and `followup check` as a user runs them: exit codes and exact JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup.cli import cli

INTERVIEW = """\
company: Acme
role: Analyst
start: 2026-11-17 10:00
timezone: America/New_York
country: US
interviewers:
  - name: Ann Lee
    email: ann@acme.example
    topics: [forecasting]
next_step: We'll make a decision by Friday.
references_requested: true
contacts:
  - {kind: email, purpose: thank_you, to: Ann Lee, at: "2026-11-17 15:00"}
"""

S0 = {"id": "S0", "title": "How to Handle Follow Ups After an Interview (2014)"}
S1 = {"id": "S1", "title": "Following Up After an Interview: Persistent or Pesky?"}
S2 = {"id": "S2", "title": 'Interview follow-up methods and tips ("mandatory optional")'}
S3 = {"id": "S3", "title": "Do's and Don'ts for Following Up After a Job Interview"}
S4 = {"id": "S4", "title": "How to Master Interview Follow-Up"}


@pytest.fixture
def interview_file(tmp_path: Path) -> Path:
    path = tmp_path / "acme.yaml"
    path.write_text(INTERVIEW)
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_plan_json_is_exact(interview_file: Path) -> None:
    code, out, _ = run("plan", str(interview_file), "--now", "2026-11-17 16:00", "--json")
    assert code == 0
    assert json.loads(out) == {
        "actions": [
            {
                "channel": "self",
                "due": "2026-11-17T14:00:00-05:00",
                "id": "debrief",
                "kind": "debrief",
                "not_before": "2026-11-17T11:00:00-05:00",
                "sources": [S4],
                "status": "overdue",
                "to": None,
                "why": "Write down what went well, what did not, what stood out and what you "
                "forgot to say while it is fresh: every note you send draws on it.",
            },
            {
                "channel": "email",
                "due": "2026-11-17T23:59:00-05:00",
                "id": "send_references",
                "kind": "send_references",
                "not_before": "2026-11-17T11:00:00-05:00",
                "sources": [S1],
                "status": "pending",
                "to": "Ann Lee",
                "why": "They asked for references: send them the same day, before anything else.",
            },
            {
                "channel": "email",
                "due": "2026-11-18T11:00:00-05:00",
                "id": "thank_you:ann-lee",
                "kind": "thank_you",
                "not_before": "2026-11-17T11:00:00-05:00",
                "sources": [S0, S2, S3, S4],
                "status": "done",
                "to": "Ann Lee",
                "why": "Within a day, a short personal thank-you to Ann Lee that picks up "
                "forecasting keeps you in mind while they decide.",
            },
            {
                "channel": "email",
                # Three business days after Tue 24 Nov, skipping Thanksgiving (26 Nov).
                "due": "2026-11-30T17:00:00-05:00",
                "id": "check_in",
                "kind": "check_in",
                "not_before": "2026-11-24T09:00:00-05:00",
                "sources": [S0, S2, S4],
                "status": "not_yet",
                "to": "Ann Lee",
                "why": "One check-in after a business day of grace past their decision date; "
                "mention that they expected to decide by Friday 20 November 2026; offer "
                "anything else they need, and never ask whether you got the job.",
            },
            {
                "channel": "self",
                "due": "2026-12-17T09:00:00-05:00",
                "id": "move_on",
                "kind": "move_on",
                "not_before": "2026-12-17T09:00:00-05:00",
                "sources": [S4, S0],
                "status": "not_yet",
                "to": None,
                "why": "No word yet: stop waiting on this one and put your energy into other "
                "openings; a late answer can still come.",
            },
        ],
        "derived": {
            "decision_by": "2026-11-20",
            "few_days": False,
            "follow_up_on": None,
            "matched": ["by Friday"],
            "no_calls": False,
            "text": "We'll make a decision by Friday.",
            "understood": True,
        },
        "warnings": [],
    }
    # Sorted keys, so the text itself is stable too.
    assert out.index('"actions"') < out.index('"derived"') < out.index('"warnings"')


def test_plan_reads_as_text(interview_file: Path) -> None:
    code, out, _ = run("plan", str(interview_file), "--now", "2026-11-17 16:00")
    assert code == 0
    assert "Analyst at Acme" in out
    assert "Check in with Ann Lee (email)" in out
    assert "from Tue 24 Nov 09:00, due Mon 30 Nov 17:00 New York time" in out
    assert "\x1b[" not in out  # no colour when not on a terminal


def test_check_refused_exits_1_with_when(interview_file: Path) -> None:
    code, out, _ = run(
        "check", str(interview_file), "check_in", "--at", "2026-11-23 10:00", "--json"
    )
    assert code == 1
    assert json.loads(out) == {
        "allowed_from": "2026-11-24T09:00:00-05:00",
        "reason": "Too soon: a check-in is fine from Tuesday 24 November 2026 at 09:00 "
        "New York time, "
        "after a business day of grace past their decision date.",
        "sources": [S0, S2, S4],
        "verdict": "refused",
    }


def test_check_allowed_exits_0(interview_file: Path) -> None:
    code, out, _ = run("check", str(interview_file), "check_in", "--at", "2026-11-24 09:00")
    assert code == 0
    assert out.startswith("allowed: ")


def test_check_visit_is_refused_as_text(interview_file: Path) -> None:
    code, out, _ = run("check", str(interview_file), "visit")
    assert code == 1
    assert out.startswith("refused: ")
    assert "S0 How to Handle Follow Ups" in out


def test_check_unknown_person_is_bad_input(interview_file: Path) -> None:
    code, _, err = run("check", str(interview_file), "thank_you", "--to", "Zed")
    assert code == 2
    assert err == "followup: --to: 'Zed' is not one of the interviewers (Ann Lee)\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("company: Acme\n", "followup: role: is required\n"),
        (
            INTERVIEW.replace("timezone: America/New_York", "timezone: Nowhere/Land"),
            "followup: timezone: unknown time zone 'Nowhere/Land' (use a name like "
            "America/New_York)\n",
        ),
        (
            INTERVIEW + "outcome: {kind: hired, at: 2026-11-20}\n",
            "followup: outcome.kind: 'hired' is not one of offer, next_round, rejected, "
            "withdrawn, called_off\n",
        ),
    ],
)
def test_bad_files_exit_2_with_one_sentence(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    code, out, err = run("plan", str(path))
    assert (code, out, err) == (2, "", message)


def test_bad_now_names_the_option(interview_file: Path) -> None:
    code, _, err = run("plan", str(interview_file), "--now", "soon")
    assert code == 2
    assert err.startswith("followup: --now: 'soon' is not a date and time")


def test_real_process_has_no_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    done = subprocess.run(
        [sys.executable, "-m", "followup", "plan", str(missing)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == f"followup: {missing}: no such file\n"
    assert "Traceback" not in done.stderr


def test_unknown_action_is_a_usage_error(interview_file: Path) -> None:
    code, _, err = run("check", str(interview_file), "dance")
    assert code == 2
    assert "'dance' is not one of" in err


def test_what_the_file_records_after_now_has_not_happened_yet(interview_file: Path) -> None:
    # The thank-you is logged at 15:00; at 12:00 it is still to be written.
    def status(now: str) -> str:
        code, out, _ = run("plan", str(interview_file), "--now", now, "--json")
        assert code == 0
        actions = {a["id"]: a for a in json.loads(out)["actions"]}
        return str(actions["thank_you:ann-lee"]["status"])

    assert status("2026-11-17 12:00") == "pending"
    assert status("2026-11-17 16:00") == "done"
    code, out, _ = run("draft", str(interview_file), "--now", "2026-11-17 12:00", "--json")
    assert code == 0

    # Drafted, or carried by the references email of that day (one message to her).
    def drafted(found: list[dict[str, object]]) -> list[object]:
        return [d["action_id"] for d in found] + [c for d in found for c in d["covers"]]  # type: ignore[attr-defined]

    assert "thank_you:ann-lee" in drafted(json.loads(out)["drafts"])
    code, out, _ = run("draft", str(interview_file), "--now", "2026-11-17 16:00", "--json")
    assert "thank_you:ann-lee" not in drafted(json.loads(out)["drafts"])


def test_as_of_drops_only_what_comes_later() -> None:
    from datetime import UTC, datetime

    from followup.etiquette.model import Contact, ContactKind, Outcome, OutcomeKind, Purpose
    from tests.factories import local, make_interview, with_contacts

    thanked = Contact(
        ContactKind.EMAIL, local("2026-11-17 15:00"), Purpose.THANK_YOU, "Priya Raman"
    )
    interview = with_contacts(make_interview(), thanked)
    interview = interview.__class__(
        **{**interview.__dict__, "outcome": Outcome(OutcomeKind.OFFER, local("2026-11-20 10:00"))}
    )
    early = interview.as_of(datetime(2026, 11, 17, 19, 0, tzinfo=UTC))  # 14:00 New York
    assert early.contacts == () and early.outcome is None
    middle = interview.as_of(local("2026-11-18 09:00"))
    assert middle.contacts == (thanked,) and middle.outcome is None
    assert interview.as_of(local("2026-11-21 09:00")) is interview
