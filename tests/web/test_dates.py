"""Dates on the web pages: "Wednesday 2 December", the year only when not this one,
and the zone named whenever a time is not in the candidate's own zone.

The shared web fixtures freeze the clock on Wednesday 18 November 2026; the
candidate's zone is UTC unless a test sets it; the sample interview is in
New York.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest

from followup.web.dates import Dates, place
from tests.factories import local, make_interview
from tests.web.conftest import NOW, html

if TYPE_CHECKING:
    from django.test import Client

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
IN_LONDON = Dates.at(NOW, LONDON)

# A weekday and a zero-padded day of the month, as "%A %d" wrote them.
PADDED = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]* 0\d\b")


# -- the rules, on plain values -------------------------------------------------------


def test_days_have_no_zero_padding_and_the_year_only_when_it_is_another() -> None:
    assert IN_LONDON.day(date(2026, 12, 2)) == "Wednesday 2 December"
    assert IN_LONDON.day(date(2026, 12, 2), short=True) == "Wed 2 Dec"
    assert IN_LONDON.day(date(2027, 1, 6)) == "Wednesday 6 January 2027"
    assert IN_LONDON.day(date(2025, 12, 3), short=True) == "Wed 3 Dec 2025"


def test_a_time_names_its_zone_only_when_it_is_not_the_candidates() -> None:
    at = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)
    assert IN_LONDON.moment(at) == "Wed 2 Dec, 14:00"
    assert IN_LONDON.moment(at, LONDON, short=False) == "Wednesday 2 December, 14:00"
    assert IN_LONDON.moment(at, NEW_YORK) == "Wed 2 Dec, 09:00 (New York time)"
    assert IN_LONDON.moment(at, NEW_YORK, mark=False) == "Wed 2 Dec, 09:00"
    assert place(ZoneInfo("UTC")) == "UTC"
    assert place(ZoneInfo("America/Argentina/Buenos_Aires")) == "Buenos Aires time"


def test_at_home_adds_the_interviews_clock_only_when_it_is_another() -> None:
    at = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)
    assert IN_LONDON.at_home(at, LONDON) == "Wed 2 Dec, 14:00"
    # Both places named, in the command line's words (places.clock), the web's dates.
    assert IN_LONDON.at_home(at, NEW_YORK) == "Wed 2 Dec, 14:00 London time (09:00 New York time)"
    late = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)
    assert (
        IN_LONDON.at_home(late, NEW_YORK)
        == "Wed 2 Dec, 02:00 London time (Tue 1 Dec, 21:00 New York time)"
    )
    # Another year is written on either clock, as every date of the web is.
    new_year = datetime(2027, 1, 1, 2, 0, tzinfo=UTC)
    assert (
        IN_LONDON.at_home(new_year, NEW_YORK)
        == "Fri 1 Jan 2027, 02:00 London time (Thu 31 Dec, 21:00 New York time)"
    )


def test_the_web_and_the_command_line_name_two_clocks_with_one_function() -> None:
    # Issue 16: the web agenda showed another zone's times in yours only. The
    # wording is places.clock's; only the way of writing a day differs.
    from followup.places import clock

    at = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
    paris = ZoneInfo("Europe/Paris")
    assert clock(at, LONDON, paris, year=2026) == "Thu 03 Dec 15:00 London time (16:00 Paris time)"
    assert IN_LONDON.at_home(at, paris) == "Thu 3 Dec, 15:00 London time (16:00 Paris time)"


def test_an_interview_span_always_says_its_zone() -> None:
    start = local("2026-12-02 10:00")
    assert IN_LONDON.span(start, local("2026-12-02 11:30"), NEW_YORK) == (
        "Wednesday 2 December, 10:00–11:30 (New York time)"
    )
    assert IN_LONDON.span(start, local("2026-12-03 01:00"), NEW_YORK) == (
        "Wednesday 2 December, 10:00 – Thursday 3 December, 01:00 (New York time)"
    )


def test_new_year_is_judged_in_the_candidates_zone() -> None:
    # 23:30 on 31 December in New York is already next year in London.
    eve = datetime(2027, 1, 1, 4, 30, tzinfo=UTC)
    assert Dates.at(eve, NEW_YORK).day(date(2027, 1, 2)) == "Saturday 2 January 2027"
    assert Dates.at(eve, LONDON).day(date(2027, 1, 2)) == "Saturday 2 January"


# -- the pages ------------------------------------------------------------------------


def pages(client: Client, interview_id: int) -> dict[str, str]:
    return {
        path: html(client.get(path))
        for path in (
            "/",
            "/interviews/",
            f"/interviews/{interview_id}/",
            f"/interviews/{interview_id}/delete/",
        )
    }


def test_no_page_pads_a_day_with_a_zero(client: Client, user: Any) -> None:
    from followup.store import services

    # The 1st to the 9th of December are where padding showed ("Tuesday 01 Dec").
    early = services.add(user, make_interview(start=local("2026-12-01 10:00")))
    services.add(user, make_interview(company="Acme", next_step="We'll decide by Friday."))
    for path, page in pages(client, early).items():
        assert PADDED.search(page) is None, (path, PADDED.search(page))
    assert (
        "Tuesday 1 December, 10:00–11:00 (New York time)"
        in pages(client, early)[f"/interviews/{early}/"]
    )


def test_times_abroad_name_their_zone_and_times_at_home_do_not(
    client: Client, user: Any, interview_id: int
) -> None:
    from followup.store import services

    # The candidate is in UTC, the interview in New York: each of its times says so.
    detail = html(client.get(f"/interviews/{interview_id}/"))
    assert "Tuesday 17 November, 10:00–11:00 (New York time)" in detail
    assert "due Wed 18 Nov, 11:00 (New York time)" in detail  # the plan's thank-you
    assert re.search(r"<title>[^<]*\(New York time\)[^<]*</title>", detail)  # timeline bars
    # The list is in the candidate's zone, as `followup list` and the agenda,
    # and names the interview's own clock when it is another.
    listing = html(client.get("/interviews/"))
    assert "Tue 17 Nov, 15:00 UTC (10:00 New York time) ·" in listing
    assert "due Wed 18 Nov, 16:00" in listing
    assert 'Times are in your zone, <span class="zone" title="UTC">UTC</span>.' in listing
    # The agenda is in the candidate's zone and, as `followup agenda` does since
    # issue 16, gives the interview's own clock beside it.
    agenda = html(client.get("/"))
    assert "Wednesday 18 November, 15:00" in agenda and "(UTC)" in agenda
    assert "due Wed 18 Nov, 16:00 UTC (11:00 New York time)" in agenda

    services.set_setting(user, "timezone", "America/New_York")
    detail = html(client.get(f"/interviews/{interview_id}/"))
    assert "due Wed 18 Nov, 11:00</span>" in detail
    assert not re.search(r"<title>[^<]*\(New York time\)[^<]*</title>", detail)
    # The heading says the interview's zone whatever the candidate's.
    assert "Tuesday 17 November, 10:00–11:00 (New York time)" in detail
    listing = html(client.get("/interviews/"))
    # Only the heading names the zone, once, as the agenda's heading does.
    assert "Tue 17 Nov, 10:00 ·" in listing and listing.count("New York time") == 1
    assert 'Times are in your zone, <span class="zone" title="America/New_York">' in listing
    assert "due Wed 18 Nov, 11:00" in listing
    agenda = html(client.get("/"))
    assert "Wednesday 18 November, 10:00" in agenda and "due Wed 18 Nov, 11:00" in agenda


def test_another_year_is_written_out(client: Client, user: Any) -> None:
    from followup.store import services

    later = services.add(
        user,
        make_interview(start=local("2027-01-06 10:00"), next_step="We'll decide by Friday."),
    )
    detail = html(client.get(f"/interviews/{later}/"))
    assert "Wednesday 6 January 2027, 10:00–11:00 (New York time)" in detail
    assert "Friday 8 January 2027" in detail  # they decide by
    assert "Wed 6 Jan 2027, 15:00 UTC (10:00 New York time)" in html(client.get("/interviews/"))


@pytest.mark.parametrize("path", ["log", "reply", "outcome"])
def test_a_time_to_type_says_which_clock_it_is(
    client: Client, interview_id: int, path: str
) -> None:
    page = html(client.get(f"/interviews/{interview_id}/{path}/"))
    assert "In New York time, the interview&#x27;s zone (America/New_York)." in page


def test_the_outbox_says_its_times_are_in_the_candidates_zone(client: Client, user: Any) -> None:
    from followup.delivery.boot import setup

    setup()
    outbox = html(client.get("/outbox/"))
    assert 'Times are in your zone, <span class="zone" title="UTC">UTC</span>.' in outbox
