"""The next step in the candidate's own words, numeric dates by country, impossible dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from followup.etiquette.businessdays import BusinessCalendar
from followup.etiquette.phrases import read_next_step
from tests.store_support import run, write

MONDAY = date(2026, 11, 2)
FRIDAY = date(2026, 11, 6)


def read(text: str, country: str = "US") -> tuple[date | None, date | None, tuple[str, ...]]:
    step = read_next_step(text, MONDAY, BusinessCalendar(country))
    return step.decision_by, step.follow_up_on, step.unreadable


@pytest.mark.parametrize(
    "text",
    [
        "They will get back to me by Friday.",
        "She said she would let me know by Friday.",
        "He'll let us know by Friday.",
        "The recruiter will get back to me by Friday.",
        "They said they'd give me a call by Friday.",
    ],
)
def test_their_promise_reported_by_the_candidate_is_a_decision_date(text: str) -> None:
    assert read(text) == (FRIDAY, None, ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please get back to me by Friday.", (None, FRIDAY, ())),
        ("Drop me a line by Friday.", (None, FRIDAY, ())),
        ("Let us know by Friday whether you accept.", (None, None, ())),
        ("You can get back to me by Friday.", (None, FRIDAY, ())),
    ],
)
def test_the_employers_own_words_keep_their_meaning(
    text: str, expected: tuple[date | None, date | None, tuple[str, ...]]
) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("We will decide by 4/12.", "US", date(2027, 4, 12)),
        ("We will decide by 4/12.", "GB", date(2026, 12, 4)),
        ("We will decide by 4/12.", "DE", date(2026, 12, 4)),
        ("We will decide by 12/4.", "CA", date(2026, 12, 4)),
        ("We will decide by 04/12/2026.", "GB", date(2026, 12, 4)),
        ("We will decide by 12/04/2026.", "US", date(2026, 12, 4)),
        ("We will decide by 12/04/26.", "US", date(2026, 12, 4)),
        ("We will decide by 2026-12-04.", "GB", date(2026, 12, 4)),
    ],
)
def test_numeric_dates_follow_the_countrys_order(text: str, country: str, expected: date) -> None:
    assert read(text, country)[0] == expected


@pytest.mark.parametrize(
    ("text", "country", "words"),
    [
        ("We will decide by 30 February.", "US", "30 February"),
        ("We will decide by February 30.", "US", "February 30"),
        ("We will decide by 2/30.", "US", "2/30"),
        ("We will decide by 31/4.", "GB", "31/4"),
        ("We will decide by 29 February 2027.", "US", "29 February 2027"),
    ],
)
def test_an_impossible_date_yields_nothing_and_is_named(
    text: str, country: str, words: str
) -> None:
    assert read(text, country) == (None, None, (words,))


def test_no_date_is_read_from_numbers_that_are_not_dates() -> None:
    assert read("Our support is 24/7; we scored you 9/10.", "GB") == (None, None, ())


def test_the_plan_checks_in_after_their_date_and_warns_about_the_impossible(
    tmp_path: Path,
) -> None:
    base = """\
company: Initech
role: Analyst
start: 2026-11-02 10:00
timezone: America/New_York
country: US
interviewers: [{name: Ann Lee, email: ann@initech.example}]
"""
    path = write(tmp_path, "a.yaml", base + "next_step: They will get back to me by Friday.\n")
    plan = run("plan", str(path), "--json", "--now", "2026-11-02 12:00").json
    check_in = next(a for a in plan["actions"] if a["id"] == "check_in")
    # Friday 6, a business day of grace (Monday 9), then Tuesday 10 November.
    assert check_in["not_before"] == "2026-11-10T09:00:00-05:00"
    path = write(tmp_path, "b.yaml", base + "next_step: We will decide by 30 February.\n")
    plan = run("plan", str(path), "--json", "--now", "2026-11-02 12:00").json
    assert plan["derived"]["decision_by"] is None
    assert plan["warnings"][0].startswith("Nothing in the next step")
    assert plan["warnings"][1] == (
        "Could not read '30 February' in the next step: no calendar has that date, so it "
        "was left out; set decision_by or follow_up_on if it matters."
    )
