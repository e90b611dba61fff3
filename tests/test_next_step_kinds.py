"""Issue 16's kinds of next-step phrasing: ranges from the interview day, estimates,
two alternative days, seasons and holidays, a condition that says when to check
back, "don't chase us", and a date far enough ahead to question.

`tests/phrases/dev.py` holds the phrasings the reader was changed against and
`tests/phrases/heldout.py` those set aside before; `tests/phrases/heldout2.py` those set
aside before the second new-user review's three kinds were fixed (bench/phrase_kinds.py
scores all three).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo

import pytest

from followup.etiquette.businessdays import BusinessCalendar
from followup.etiquette.phrases import read_next_step
from followup.etiquette.planner import plan
from tests.factories import make_interview
from tests.phrases.dev import DEV
from tests.phrases.heldout import HELD_OUT, Case
from tests.phrases.heldout2 import HELD_OUT_2

TUESDAY = date(2026, 11, 17)
US = BusinessCalendar("US")


def _check(case: Case, calendar: BusinessCalendar = US, today: date = TUESDAY) -> None:
    step = read_next_step(case.text, today, calendar)
    assert str(step.decision_by) == str(case.decision)
    assert str(step.follow_up_on) == str(case.follow_up)
    assert step.few_days == case.few_days
    assert step.no_calls == case.no_calls


@pytest.mark.parametrize("case", DEV, ids=lambda c: c.text)
def test_the_kinds_of_issue_16(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", HELD_OUT, ids=lambda c: c.text)
def test_the_held_out_phrasings(case: Case) -> None:
    _check(case)


def test_after_the_holidays_follows_the_countrys_own_calendar() -> None:
    # In Scotland 2 January is a bank holiday too: back on Monday 4 January 2027
    # either way, but in 2027-28 the 1st is a Saturday, the 3rd and 4th off.
    scotland = BusinessCalendar("GB", "SCT")
    step = read_next_step("Check back after the holidays.", date(2027, 11, 16), scotland)
    assert step.follow_up_on == date(2028, 1, 5)
    us = read_next_step("Check back after the holidays.", date(2027, 11, 16), US)
    assert us.follow_up_on == date(2028, 1, 3)


def test_after_the_summer_in_the_south_is_march() -> None:
    step = read_next_step(
        "We'll be in touch after the summer.", date(2026, 11, 17), BusinessCalendar("AU")
    )
    assert step.decision_by == date(2027, 3, 1)


# Read as "through the 4th" (the lead word of "come through"), which bounds nothing:
# missed when first scored, left as it was so the held-out figure stays honest.
_HELD_OUT_2_MISSED: Final = "Told to reach out to Priya if nothing has come through by the 4th."


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            marks=pytest.mark.xfail(strict=True, reason="missed when held out")
            if case.text == _HELD_OUT_2_MISSED
            else (),
        )
        for case in HELD_OUT_2
    ],
    ids=lambda c: c.text,
)
def test_the_second_held_out_phrasings(case: Case) -> None:
    _check(case)


INTERVIEW = """\
company: Acme
role: Analyst
start: 2026-11-17 10:00
timezone: America/New_York
country: US
interviewers:
  - name: Ann Lee
    email: ann@acme.example
next_step: NEXT
"""


@pytest.mark.parametrize(
    ("text", "decision", "follow_up", "no_calls", "matched"),
    [
        # The second new-user review's own words, as typed in the next-steps field.
        ("They said ten days or so.", "2026-11-27", None, False, ["ten days or so"]),
        (
            "They said if I haven't heard anything by the 8th to drop her a line.",
            "2026-12-08",
            "2026-12-09",
            False,
            ["by the 8th"],
        ),
        (
            "Jos\u00e9 asked me please not to chase them, they will reach out.",
            None,
            None,
            True,
            ["please not to chase them"],
        ),
    ],
)
def test_plan_json_reads_the_reviews_own_words(
    tmp_path: Path,
    text: str,
    decision: str | None,
    follow_up: str | None,
    no_calls: bool,
    matched: list[str],
) -> None:
    from tests.store_support import run, write

    path = write(tmp_path, "acme.yaml", INTERVIEW.replace("NEXT", text))
    result = run("plan", str(path), "--now", "2026-11-17 16:00", "--json")
    assert result.code == 0
    assert json.loads(result.out)["derived"] == {
        "decision_by": decision,
        "few_days": False,
        "follow_up_on": follow_up,
        "matched": matched,
        "no_calls": no_calls,
        "text": text,
        "understood": True,
    }


@pytest.mark.parametrize(
    "text",
    [
        "We had a short break after the second interview.",
        "Our summer interns start in June.",
        "We'll talk more about the holiday schedule later.",
        "If you have questions, email me.",
        "If you hear back from another company, let us know.",
        "Don't chase the perfect answer in the case study.",
        "They said Friday went well.",
        "They said thanks for coming in on Tuesday.",
        "I did not chase them last time.",
        "Never chase the market.",
    ],
)
def test_words_of_the_new_kinds_that_are_no_next_step(text: str) -> None:
    step = read_next_step(text, TUESDAY, US)
    assert (step.decision_by, step.follow_up_on, step.few_days, step.no_calls) == (
        None,
        None,
        False,
        False,
    )


def test_a_date_more_than_three_months_ahead_is_named_and_questioned() -> None:
    # A Canadian interview on 2 December: "4/12" is month first there, so next April.
    zone = "America/Toronto"
    start = datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo(zone))
    interview = make_interview(
        start=start, timezone=zone, country="CA", next_step="We'll decide by 4/12."
    )
    result = plan(interview, now=start)
    assert result.derived.decision_by == date(2027, 4, 12)
    assert (
        "The next step reads as Monday 12 April 2027 for their decision date, more than "
        "three months after the interview: is that what they said? If not, set decision_by. "
        "'4/12' was read month first, the order followed for CA; write the month out "
        "('12 April' or '4 December') to leave no doubt."
    ) in result.warnings


def test_a_date_within_three_months_is_not_questioned() -> None:
    interview = make_interview(next_step="We'll decide by 12/4.")
    result = plan(interview, now=interview.start)
    assert not [w for w in result.warnings if "three months" in w]


def test_show_writes_the_year_of_a_date_in_another_year(store: Path, tmp_path: Path) -> None:
    from tests.store_support import add, run

    text = """\
company: Maple Systems
role: Analyst
start: 2026-12-01 10:00
timezone: America/Toronto
country: Canada
interviewers:
  - name: Ann Lee
    email: ann@maple.example
next_step: We'll decide by 4/12.
"""
    number = add(tmp_path, text)
    shown = run("show", str(number)).out
    assert "from Tue 01 Dec 11:00, due Tue 01 Dec 14:00 Toronto time" in shown
    assert "from Wed 14 Apr 2027 09:00, due Mon 19 Apr 2027 17:00 Toronto time" in shown
    assert "The next step reads as Monday 12 April 2027" in " ".join(shown.split())


@pytest.mark.parametrize(
    ("text", "decision", "few_days", "matched"),
    [
        # Said on its own, as a new user types it in the next-step field (issue 16).
        ("by Wednesday or Thursday", "2026-11-19", False, "by Wednesday or Thursday"),
        ("Wednesday or Thursday.", "2026-11-19", False, "Wednesday or Thursday"),
        ("a few days after we talk", "None", True, "a few days after we talk"),
        ("A few days after we've spoken.", "None", True, "A few days after we've spoken"),
    ],
)
def test_the_kinds_said_alone_are_read_and_quoted_whole(
    text: str, decision: str, few_days: bool, matched: str
) -> None:
    step = read_next_step(text, TUESDAY, US)
    assert (str(step.decision_by), step.few_days, step.matched) == (decision, few_days, (matched,))


def test_two_weekdays_said_on_the_first_of_them_are_next_weeks() -> None:
    # Said on a Wednesday: next Wednesday or the Thursday after it, not tomorrow.
    wednesday = date(2026, 12, 2)
    step = read_next_step("By Wednesday or Thursday.", wednesday, US)
    assert step.decision_by == date(2026, 12, 10)
    assert read_next_step("Check back Thu/Fri.", TUESDAY, US).follow_up_on == date(2026, 11, 20)


def test_show_quotes_the_words_read_whole(store: Path, tmp_path: Path) -> None:
    from tests.store_support import add, run

    text = NORTHWIND_ALONE.replace("NEXT", "a few days after we talk")
    shown = " ".join(run("show", str(add(tmp_path, text))).out.split())
    assert "Read from the next step: a few days after we talk " in shown
    # The few-days rule: a week after the interview, not the 14-day default.
    assert "from Tue 24 Nov 09:00, due Mon 30 Nov 17:00 New York time" in shown


NORTHWIND_ALONE = """\
company: Northwind
role: Analyst
start: 2026-11-17 10:00
timezone: America/New_York
country: US
interviewers:
  - name: Ann Lee
    email: ann@northwind.example
next_step: NEXT
"""


def test_add_warns_of_a_fixed_zone_and_a_far_date_in_the_files_words(
    store: Path, tmp_path: Path
) -> None:
    from tests.store_support import run, write

    text = NORTHWIND_ALONE.replace("America/New_York", "EST").replace(
        "NEXT", "We'll decide by 4/12."
    )
    result = run("add", str(write(tmp_path, "est.yaml", text)))
    assert result.code == 0
    err = " ".join(result.err.split())
    assert (
        "followup: warning: the time zone 'EST' is a fixed offset that ignores daylight "
        "saving, so times would be an hour off for part of the year; use America/New_York "
        "or America/Toronto instead." in err
    )
    assert (
        "followup: warning: the next step reads as Monday 12 April 2027 for their decision "
        "date, more than three months after the interview: is that what they said? If not, "
        "set decision_by." in err
    )


def test_the_questions_after_add_name_followup_edit(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The questions asked named no field: the warning says how to fix it.
    from followup.cli.interviews import _question_what_was_typed
    from followup.cli.shell import Shell
    from tests.store_support import add

    number = add(tmp_path, NORTHWIND_ALONE.replace("NEXT", "We'll decide by 4/12."))
    _question_what_was_typed(Shell(), number, asked=True)
    err = " ".join(capsys.readouterr().err.split())
    assert f"If not, run followup edit {number} --set decision_by=YYYY-MM-DD." in err
    assert "set decision_by." not in err


def test_dont_chase_us_keeps_one_check_in_email_and_says_why() -> None:
    # The rule book (Where the sources disagree): no calls when asked, but one
    # check-in email is still allowed (S0 against S3). The plan says so, and no call.
    interview = make_interview(next_step="Please don't chase us, we will reach out.")
    result = plan(interview, now=interview.start)
    check_in = result.action("check_in")
    assert check_in is not None
    assert "they asked not to be called or chased, so keep it to this one short email" in (
        check_in.why
    )
    assert {s.id for s in check_in.sources} >= {"S0", "S3"}
    # Once it has gone, no call follows it.
    from dataclasses import replace

    from followup.etiquette.model import Contact, ContactKind, Purpose

    sent = Contact(
        ContactKind.EMAIL, check_in.not_before, purpose=Purpose.CHECK_IN, to="Priya Raman"
    )
    after = plan(replace(interview, contacts=(sent,)), now=check_in.not_before)
    assert after.action("check_in").status.value == "done"  # type: ignore[union-attr]
    assert after.action("call") is None
    told = plan(make_interview(next_step="We'll decide by Friday."), now=interview.start)
    calm = told.action("check_in")
    assert calm is not None and "chased" not in calm.why


@pytest.mark.parametrize(
    ("text", "decision", "follow_up"),
    [
        # They will call: the condition dates their news, and nobody is told to check back.
        ("If you haven't heard from us by Friday, we'll call you.", "2026-11-20", None),
        # Not a no-news condition: the comma ends it before the date.
        ("If nothing else, we'll decide by Friday.", "2026-11-20", None),
        # Their words after the condition: "I" of the condition does not make the contact.
        ("If I hadn't heard by Monday, I was to email her.", "2026-11-23", "2026-11-24"),
    ],
)
def test_a_no_news_condition_asks_for_a_check_back_only_when_the_candidate_acts(
    text: str, decision: str, follow_up: str | None
) -> None:
    step = read_next_step(text, TUESDAY, US)
    assert (str(step.decision_by), str(step.follow_up_on)) == (decision, str(follow_up))


def test_a_fortnight_is_two_weeks() -> None:
    step = read_next_step("We'll know in a fortnight.", TUESDAY, US)
    assert step.decision_by == date(2026, 12, 1)
    assert read_next_step("Two fortnights or so.", TUESDAY, US).decision_by == date(2026, 12, 15)
