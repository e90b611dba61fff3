"""Numeric dates that cannot exist in the country's order are named; dotted dates are read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from followup.etiquette.businessdays import BusinessCalendar
from followup.etiquette.phrases import read_next_step
from tests.store_support import run, write

TUESDAY = date(2026, 11, 24)


def read(text: str, country: str) -> tuple[date | None, tuple[str, ...]]:
    step = read_next_step(text, TUESDAY, BusinessCalendar(country))
    return step.decision_by, step.unreadable


@pytest.mark.parametrize(
    ("text", "country", "words"),
    [
        ("by 13/12", "US", "13/12"),
        ("We will decide by 31/12.", "US", "31/12"),
        ("by 12/13", "GB", "12/13"),
        ("by 11/31", "GB", "11/31"),
        ("by 11/31", "US", "11/31"),
        ("by 12/13/2026", "DE", "12/13/2026"),
        ("by 31.11.", "DE", "31.11."),
        ("by 13.12.", "US", "13.12."),
    ],
)
def test_a_numeric_date_that_cannot_exist_here_is_named(
    text: str, country: str, words: str
) -> None:
    assert read(text, country) == (None, (words,))


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("by 4.12.", "GB", date(2026, 12, 4)),
        ("We will decide by 4.12.", "DE", date(2026, 12, 4)),
        ("Decision by 04.12.2026.", "FR", date(2026, 12, 4)),
        ("by 13/12", "GB", date(2026, 12, 13)),
        ("by 12/13", "US", date(2026, 12, 13)),
    ],
)
def test_dates_that_exist_are_read(text: str, country: str, expected: date) -> None:
    assert read(text, country) == (expected, ())


@pytest.mark.parametrize(
    "text",
    [
        "It went 50/50; they will decide by Friday.",
        "We scored 4.5 out of 5; they will decide by Friday.",
        "Version 1.2.3 ships soon; they will decide by Friday.",
    ],
)
def test_numbers_that_are_not_dates_stay_quiet(text: str) -> None:
    assert read(text, "GB") == (date(2026, 11, 27), ())


def test_the_plan_warns_about_a_date_in_the_wrong_order(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "p.yaml",
        """\
company: A
role: R
start: 2026-11-24 14:00
timezone: Europe/London
country: US
interviewers: [{name: Ann, email: a@b.co}]
next_step: "by 13/12"
""",
    )
    plan = run("plan", str(path), "--json", "--now", "2026-11-24 12:00").json
    assert plan["derived"]["decision_by"] is None
    assert (
        "Could not read '13/12' in the next step: no calendar has that date, so it was "
        "left out; set decision_by or follow_up_on if it matters."
    ) in plan["warnings"]
