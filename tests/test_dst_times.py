"""Local times across a change of the clocks: an hour is an hour, a skipped time is refused."""

from __future__ import annotations

from datetime import UTC, timedelta
from zoneinfo import ZoneInfo

import pytest

from followup.errors import InputError
from followup.interview_file import Defaults, parse_interview, parse_moment

BASE = {
    "company": "Initech",
    "role": "Analyst",
    "timezone": "America/New_York",
    "interviewers": ["Ann Lee"],
}


def test_the_default_end_is_an_hour_of_elapsed_time_when_clocks_go_back() -> None:
    interview = parse_interview({**BASE, "start": "2026-11-01 01:30"}, Defaults())
    assert interview.end.astimezone(UTC) - interview.start.astimezone(UTC) == timedelta(hours=1)
    assert interview.local_end.isoformat() == "2026-11-01T01:30:00-05:00"


def test_a_skipped_start_is_refused_naming_the_field() -> None:
    with pytest.raises(InputError) as caught:
        parse_interview({**BASE, "start": "2026-03-08 02:30"}, Defaults())
    assert caught.value.message == (
        "start: 2026-03-08 02:30 does not exist in America/New_York: clocks go forward "
        "at 02:00; did you mean 03:30?"
    )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"start": "2026-03-07 10:00", "end": "2026-03-08 02:15"}, "end"),
        (
            {"start": "2026-03-07 10:00", "contacts": [{"kind": "call", "at": "2026-03-08 02:00"}]},
            "contacts[0].at",
        ),
        (
            {"start": "2026-03-07 10:00", "outcome": {"kind": "offer", "at": "2026-03-08 02:59"}},
            "outcome.at",
        ),
    ],
)
def test_every_local_time_is_checked(data: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_interview({**BASE, **data}, Defaults())
    assert caught.value.field == field
    assert "does not exist in America/New_York: clocks go forward at 02:00" in caught.value.message


def test_times_with_an_offset_or_outside_the_gap_are_taken_as_given() -> None:
    zone = ZoneInfo("America/New_York")
    assert parse_moment("2026-03-08 01:59", zone, "at").isoformat() == "2026-03-08T01:59:00-05:00"
    assert parse_moment("2026-03-08 03:00", zone, "at").isoformat() == "2026-03-08T03:00:00-04:00"
    moment = parse_moment("2026-03-08T02:30:00-05:00", zone, "at")
    assert moment.isoformat() == "2026-03-08T03:30:00-04:00"
    london = ZoneInfo("Europe/London")
    with pytest.raises(InputError, match="clocks go forward at 01:00; did you mean 02:10"):
        parse_moment("2026-03-29 01:10", london, "start")
