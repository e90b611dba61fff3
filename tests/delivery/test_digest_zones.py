"""The morning digest names both clocks for an interview held in another zone (issue 16)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from tests.delivery.conftest import SmtpServer
from tests.factories import local


def _body(zone: str) -> str:
    from followup.delivery.boot import setup
    from followup.delivery.digest import agenda_of, render
    from followup.store import services

    user = setup()
    services.set_setting(user, "timezone", zone)
    # Wednesday 18 November, 07:30 in New York (12:30 in London).
    groups = agenda_of(user.username, local("2026-11-18 07:30"), ZoneInfo(zone))
    return render("Sam Lee", "Wednesday 18 November", groups)[1]


def test_an_interview_in_another_zone_shows_both_clocks(mailbox: SmtpServer) -> None:
    # The New York interview, read by a candidate in London.
    assert _body("Europe/London") == (
        "Good morning, Sam Lee.\n"
        "\n"
        "Overdue:\n"
        "- Write your debrief (Northwind Analytics), was due "
        "Tue 17 Nov 19:00 London time (14:00 New York time)\n"
        "\n"
        "Due today:\n"
        "- Thank-you note to Marcus Bell (Northwind Analytics), due "
        "Wed 18 Nov 16:00 London time (11:00 New York time)\n"
        "- Thank-you note to Priya Raman (Northwind Analytics), due "
        "Wed 18 Nov 16:00 London time (11:00 New York time)\n"
        "\n"
        "followup agenda shows the whole list.\n"
    )


def test_an_interview_in_your_own_zone_keeps_the_short_time(mailbox: SmtpServer) -> None:
    body = _body("America/New_York")
    assert "- Write your debrief (Northwind Analytics), was due Tue 17 Nov 14:00\n" in body
    assert " time" not in body
