"""The new-interview form takes the holiday country from the interview's zone (issue 16).

A candidate in London adding a Toronto interview keeps Canada's holidays, as
`followup add` asks: on the blank form, when the zone field changes (htmx), and
in the preview of the dates, while a country they typed themselves stays.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.web.conftest import html


@pytest.fixture
def londoner(client: Any) -> Any:
    client.post("/settings/", {"s-country": "GB", "s-timezone": "Europe/London"})
    return client


def _value(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" type="[a-z]+" value="([^"]*)"', page) or re.search(
        rf'type="hidden" name="{name}" value="([^"]*)"', page
    )
    assert found, name
    return found.group(1)


def test_the_blank_form_takes_the_country_of_your_zone(client: Any) -> None:
    client.post(
        "/settings/", {"s-country": "US", "s-subdivision": "NY", "s-timezone": "America/Toronto"}
    )
    page = html(client.get("/interviews/new/"))
    assert _value(page, "timezone") == "America/Toronto"
    # Your zone keeps Canada's clock: its holidays, and not your state.
    assert (_value(page, "country"), _value(page, "subdivision")) == ("CA", "")
    assert _value(page, "country_zone") == "America/Toronto"
    assert 'hx-post="/interviews/region/"' in page and 'id="region"' in page


def test_a_new_zone_brings_its_country_unless_you_typed_one(londoner: Any) -> None:
    page = html(londoner.get("/interviews/new/"))
    assert (_value(page, "country"), _value(page, "country_zone")) == ("GB", "Europe/London")
    changed = londoner.post(
        "/interviews/region/",
        {"timezone": "America/Toronto", "country": "GB", "country_zone": "Europe/London"},
    )
    assert changed["HX-Trigger-After-Swap"] == "region-changed"
    page = html(changed)
    assert (_value(page, "country"), _value(page, "subdivision")) == ("CA", "")
    assert _value(page, "country_zone") == "America/Toronto"
    # Back home: your own country, with your state.
    londoner.post("/settings/", {"s-subdivision": "ENG"})
    back = html(
        londoner.post(
            "/interviews/region/",
            {"timezone": "Europe/London", "country": "CA", "country_zone": "America/Toronto"},
        )
    )
    assert (_value(back, "country"), _value(back, "subdivision")) == ("GB", "ENG")
    # A country the candidate typed is theirs: a new zone does not replace it.
    kept = html(
        londoner.post(
            "/interviews/region/",
            {
                "timezone": "America/Toronto",
                "country": "France",
                "subdivision": "",
                "country_zone": "Europe/London",
            },
        )
    )
    assert (_value(kept, "country"), _value(kept, "country_zone")) == ("France", "Europe/London")
    # A zone still being typed changes nothing; its error comes with the preview.
    typing = html(
        londoner.post(
            "/interviews/region/",
            {"timezone": "Toron", "country": "GB", "country_zone": "Europe/London"},
        )
    )
    assert (_value(typing, "country"), _value(typing, "country_zone")) == ("GB", "Europe/London")


def test_the_invitation_brings_the_country_of_its_zone(londoner: Any) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    ics = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        b"UID:zone-country@example.com\r\nDTSTAMP:20261101T120000Z\r\n"
        b"DTSTART;TZID=America/Toronto:20261117T100000\r\n"
        b"DTEND;TZID=America/Toronto:20261117T110000\r\n"
        b"SUMMARY:Interview: Data Analyst at Contoso\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    upload = SimpleUploadedFile("invite.ics", ics, content_type="text/calendar")
    page = html(londoner.post("/interviews/new/invitation/", {"invitation": upload}))
    assert _value(page, "timezone") == "America/Toronto"
    assert (_value(page, "country"), _value(page, "country_zone")) == ("CA", "America/Toronto")


def test_the_preview_counts_the_zones_holidays_when_no_country_is_given(londoner: Any) -> None:
    # Decided by Tuesday 30 June 2026; Wednesday 1 July is Canada Day, a working day in Britain.
    said = {"start": "2026-06-22T10:00", "next_step": "We'll decide by Tuesday 30 June."}

    def check_in(**fields: str) -> str:
        page = html(londoner.post("/interviews/next-step/", {**said, **fields}))
        found = re.search(r"check in <strong>([^<]+)</strong>", page)
        assert found, page
        return found.group(1)

    assert (
        check_in(timezone="America/Toronto", country="CA") == "Friday 3 July, 09:00 (Toronto time)"
    )
    assert check_in(timezone="America/Toronto", country="") == "Friday 3 July, 09:00 (Toronto time)"
    assert (
        check_in(timezone="America/Toronto", country="GB")
        == "Thursday 2 July, 09:00 (Toronto time)"
    )


def test_a_check_in_by_post_is_headed_as_a_letter(client: Any, user: Any) -> None:
    # Issue 16, the first hour: "Check-in email to ..." above "No email address
    # known: send it as a letter" contradicted itself.
    from followup.store import services
    from tests.factories import interviewer, make_interview

    new_id = services.add(
        user,
        make_interview(
            interviewers=(interviewer("Olu Adeyemi", email=None),),
            next_step="We'll decide by Friday.",
        ),
    )
    page = html(client.get(f"/interviews/{new_id}/drafts/"))
    assert "Check-in letter to Olu Adeyemi" in page
    assert "Check-in email" not in page
