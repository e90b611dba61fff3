"""Someone at the employer will contact the candidates: the day of their news, not a check-back.

"The head will phone candidates tomorrow afternoon" was read as the day the candidate
should check back (and "tomorrow afternoon" as the day after tomorrow), so the check-in
told the head "you asked me to check back with you". The phrasings are in
`tests/phrases/contact_dev.py` (tuned on) and `contact_heldout.py` (written first, only
scored); both must read right.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup.cli import cli
from followup.etiquette.businessdays import BusinessCalendar
from followup.etiquette.phrases import read_next_step
from followup.etiquette.timephrases import find_phrases
from tests.phrases.contact_dev import CONTACT_DEV, CONTACT_DEV_NEWS
from tests.phrases.contact_heldout import CONTACT_HELD_OUT, CONTACT_HELD_OUT_NEWS
from tests.phrases.heldout import Case

TUESDAY = date(2026, 11, 17)


def read(text: str) -> tuple[str | None, str | None]:
    step = read_next_step(text, TUESDAY, BusinessCalendar("US"))
    return (
        None if step.decision_by is None else step.decision_by.isoformat(),
        None if step.follow_up_on is None else step.follow_up_on.isoformat(),
    )


def test_the_lists_hold_what_they_say() -> None:
    assert CONTACT_DEV_NEWS >= 15 and len(CONTACT_DEV) - CONTACT_DEV_NEWS >= 10
    assert CONTACT_HELD_OUT_NEWS == 10 and len(CONTACT_HELD_OUT) == 20
    for cases, news in ((CONTACT_DEV, CONTACT_DEV_NEWS), (CONTACT_HELD_OUT, CONTACT_HELD_OUT_NEWS)):
        assert all(c.decision and not c.follow_up for c in cases[:news])
        assert all(c.follow_up and not c.decision for c in cases[news:])


@pytest.mark.parametrize(
    "case", CONTACT_DEV[:CONTACT_DEV_NEWS] + CONTACT_HELD_OUT[:CONTACT_HELD_OUT_NEWS]
)
def test_their_contact_with_the_candidates_is_the_day_of_their_news(case: Case) -> None:
    assert read(case.text) == (case.decision, None)


@pytest.mark.parametrize(
    "case", CONTACT_DEV[CONTACT_DEV_NEWS:] + CONTACT_HELD_OUT[CONTACT_HELD_OUT_NEWS:]
)
def test_an_invitation_to_contact_them_is_still_the_day_to_check_back(case: Case) -> None:
    assert read(case.text) == (None, case.follow_up)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Whoever the subject, the candidate told to act keeps the follow-up date.
        ("Candidates will need to phone the office on Friday.", (None, "2026-11-20")),
        ("You will phone us on Friday.", (None, "2026-11-20")),
        ("Let's plan to touch base on Friday.", (None, "2026-11-20")),
        ("The head said you should call her on Friday.", (None, "2026-11-20")),
        # A promise by any named person, to "me" in the candidate's words or to everyone.
        ("The head will get back to me on Friday.", ("2026-11-20", None)),
        ("The head will give everyone a ring on Friday.", ("2026-11-20", None)),
        ("The deputy head will be phoning on Friday.", ("2026-11-20", None)),
    ],
)
def test_who_acts_decides_the_kind(text: str, expected: tuple[str | None, str | None]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("tomorrow afternoon", date(2026, 11, 18)),
        ("tomorrow morning", date(2026, 11, 18)),
        ("the day after tomorrow", date(2026, 11, 19)),
        ("Tomorrow Afternoon", date(2026, 11, 18)),
    ],
)
def test_afternoon_is_not_the_day_after(text: str, day: date) -> None:
    phrases, _ = find_phrases(text, TUESDAY, BusinessCalendar("US"))
    assert [(p.resolved.first, p.resolved.last) for p in phrases] == [(day, day)]  # type: ignore[union-attr]


HEAD = """\
company: Hillside School
role: Teacher of Maths
start: 2026-03-10 10:00
timezone: Europe/London
country: GB
interviewers:
  - name: Sarah Hughes
    email: head@hillside.example
next_step: The head will phone candidates tomorrow afternoon.
contacts:
  - {kind: email, purpose: thank_you, to: Sarah Hughes, at: "2026-03-10 15:00"}
"""


def test_the_reviewers_interview_plans_and_drafts_their_news(tmp_path: Path) -> None:
    path = tmp_path / "hillside.yaml"
    path.write_text(HEAD)
    runner = CliRunner()
    planned = runner.invoke(cli, ["plan", str(path), "--now", "2026-03-10 16:00", "--json"])
    assert planned.exit_code == 0
    assert json.loads(planned.stdout)["derived"] == {
        "decision_by": "2026-03-11",
        "few_days": False,
        "follow_up_on": None,
        "matched": ["tomorrow afternoon"],
        "no_calls": False,
        "text": "The head will phone candidates tomorrow afternoon.",
        "understood": True,
    }
    drafted = runner.invoke(cli, ["draft", str(path), "--now", "2026-03-16 10:00", "--json"])
    assert drafted.exit_code == 0
    (check_in,) = [d for d in json.loads(drafted.stdout)["drafts"] if d["kind"] == "check_in"]
    # The head said it, not necessarily the reader: the candidate's understanding (issue #11).
    assert "I understood there would be news by Wednesday 11 March" in check_in["body"]
    assert "you expected" not in check_in["body"]
    assert "check back" not in check_in["body"]
