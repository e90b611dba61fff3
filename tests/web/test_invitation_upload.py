"""The new-interview page, filled from an uploaded invitation; the candidate checks and saves."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.web.conftest import html

if TYPE_CHECKING:
    from django.test import Client

INVITES = Path(__file__).resolve().parents[1] / "inbox" / "invites"


def upload(client: Client, name: str, data: bytes | None = None) -> Any:
    content = data if data is not None else (INVITES / name).read_bytes()
    return client.post(
        "/interviews/new/invitation/",
        {"invitation": SimpleUploadedFile(name, content, content_type="text/calendar")},
    )


def inputs(page: str) -> dict[str, Any]:
    """The interview form's inputs as the browser would post them."""
    form = page[page.index('id="interview-form"') :]
    found: dict[str, Any] = {"row": []}
    for tag in re.findall(r"<(?:input|textarea|select)\b[^>]*>", form):
        name = re.search(r'name="([^"]+)"', tag)
        if not name or name.group(1) == "csrfmiddlewaretoken":
            continue
        value = re.search(r'value="([^"]*)"', tag)
        if name.group(1) == "row":
            found["row"].append(value.group(1) if value else "")
        else:
            found[name.group(1)] = value.group(1) if value else ""
    return found


def test_an_invitation_fills_the_form_and_saving_keeps_its_uid(client: Client, user: Any) -> None:
    from followup.store import services
    from followup.store.models import Interview

    # Your own address (setting `email`) is you, not an interviewer.
    services.set_setting(user, "email", "sam@candidate.example")
    response = upload(client, "teams.ics")
    assert response.status_code == 200
    page = html(response)
    assert "Filled from the invitation: check the company and the role" in page
    assert 'value="Contoso"' in page and 'value="Product Designer"' in page
    assert 'value="2026-12-01T09:00"' in page and 'value="America/Los_Angeles"' in page
    assert 'value="dana@contoso.example"' in page and 'value="Dana Whitfield"' in page
    assert 'value="sam@candidate.example"' not in page
    assert "Video: https://teams.microsoft.com/l/meetup-join/" in page
    assert Interview.objects.count() == 0  # nothing stored before the candidate saves

    posted = inputs(page)
    assert posted["invite_uid"] == "040000008200E00074C5B7101A82E00800000000D0A1B2C3"
    saved = client.post("/interviews/new/", {**posted, "country": "US"})
    assert saved.status_code == 302, html(saved)[:2000]
    row = Interview.objects.get()
    assert row.invite_uid == "040000008200E00074C5B7101A82E00800000000D0A1B2C3"
    assert row.location == "Microsoft Teams Meeting"
    assert row.video_link.startswith("https://teams.microsoft.com/l/meetup-join/")


def test_recurring_and_all_day_events_say_what_to_check(client: Client) -> None:
    recurring = html(upload(client, "recurring_fle.ics"))
    assert "It repeats: its first occurrence is filled in" in recurring
    assert 'value="Europe/Kiev"' in recurring
    all_day = html(upload(client, "all_day.ics"))
    assert "It is an all-day event: give the time the interview starts and ends." in all_day
    assert 'name="start" value=""' in all_day or 'name="start"' in all_day


def test_what_is_no_invitation_is_refused_with_a_sentence(client: Client) -> None:
    refused = upload(client, "notes.txt", b"just some notes\n")
    assert refused.status_code == 422
    assert "neither a calendar invitation (.ics) nor an email (.eml)" in html(refused)
    cancelled = upload(client, "google_cancel.ics")
    assert cancelled.status_code == 422
    assert "is a cancellation: there is nothing to add" in html(cancelled)
    missing = client.post("/interviews/new/invitation/", {})
    assert missing.status_code == 422 and "Choose an invitation file" in html(missing)
