"""Who makes contact, in the candidate's own words: told to check back, or promised a call."""

from __future__ import annotations

from datetime import date

import pytest

from followup.etiquette.businessdays import BusinessCalendar
from followup.etiquette.phrases import read_next_step

TUESDAY = date(2026, 11, 24)  # the interview day
FRIDAY = date(2026, 11, 27)
NEXT_MONDAY = date(2026, 11, 30)
NEXT_FRIDAY = date(2026, 12, 4)
DEC_7 = date(2026, 12, 7)


def read(text: str, country: str = "US") -> tuple[date | None, date | None]:
    step = read_next_step(text, TUESDAY, BusinessCalendar(country))
    return step.decision_by, step.follow_up_on


@pytest.mark.parametrize(
    ("text", "follow_up_on"),
    [
        ("They asked me to check back on Monday 7 December", DEC_7),
        ("They told me to follow up on 7 December", DEC_7),
        ("They asked me to follow up on Friday", FRIDAY),
        ("Recruiter told me to email her on Monday", NEXT_MONDAY),
        ("I should follow up on 12/7", DEC_7),
        ("They said to check back next week", NEXT_MONDAY),
        ("She asked me to check in on Friday.", FRIDAY),
        ("He told me to call him on Monday.", NEXT_MONDAY),
        ("The recruiter said to reach out on Friday.", FRIDAY),
        ("They want me to follow up next week.", NEXT_MONDAY),
        ("She suggested I follow up on Friday.", FRIDAY),
        ("They encouraged me to touch base on Monday.", NEXT_MONDAY),
        ("I was told to check back on Friday.", FRIDAY),
        ("I've been asked to follow up on 7 December.", DEC_7),
        ("I need to email them on Monday.", NEXT_MONDAY),
        ("I can follow up with her on Friday.", FRIDAY),
        ("Told to check back next week.", NEXT_MONDAY),
        ("HR said I should check in on Friday.", FRIDAY),
        ("They asked me to please follow up on Friday.", FRIDAY),
        ("The hiring manager invited me to reach out on Monday.", NEXT_MONDAY),
    ],
)
def test_an_instruction_to_make_contact_is_the_follow_up_date(
    text: str, follow_up_on: date
) -> None:
    assert read(text) == (None, follow_up_on)


@pytest.mark.parametrize(
    "text",
    [
        "They will call me next week",
        "They will email me next week",
        "She said she would call me next week",
        "He'll phone me next week.",
        "They're going to email me next week.",
        "The recruiter will ring me next week.",
        "HR will contact me next week.",
        "Ann will call me next week.",
        "She promised to email me next week.",
        "They will reach out to me next week.",
        "He said he'd get in touch with me next week.",
        "The team will follow up with me next week.",
        "They told me they would call me next week.",
        "Someone will check in with us next week.",
        "We'll call you next week",
    ],
)
def test_their_promise_to_contact_the_candidate_is_a_decision_date(text: str) -> None:
    assert read(text) == (NEXT_FRIDAY, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The employer's own words to the candidate keep their meaning.
        ("Call me next week.", (None, NEXT_MONDAY)),
        ("You can email me next week.", (None, NEXT_MONDAY)),
        ("Feel free to reach out to me next week.", (None, NEXT_MONDAY)),
        ("Check back next week.", (None, NEXT_MONDAY)),
        ("I'll follow up next week.", (NEXT_FRIDAY, None)),
        ("I'll reach out by Friday.", (FRIDAY, None)),
        # Told, then promised: the promise is theirs.
        ("They told me they would follow up on Friday.", (FRIDAY, None)),
        ("They said they will email me on Friday.", (FRIDAY, None)),
        # Asked to do something else entirely: no date at all.
        ("They asked me to send my references.", (None, None)),
        ("Thanks for coming in on Tuesday.", (None, None)),
    ],
)
def test_near_misses_keep_their_meaning(
    text: str, expected: tuple[date | None, date | None]
) -> None:
    assert read(text) == expected
