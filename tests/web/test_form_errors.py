"""The new-interview form reports every field's error in one submit, each next to its field."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from tests.web.conftest import html
from tests.web.test_pages import NEW

if TYPE_CHECKING:
    from django.test import Client


def errors_of(page: str) -> dict[str, str]:
    """Field id -> its error message, as shown next to the field."""
    found = re.findall(
        r'<p class="error" id="([^"]+)-err"><span class="sr">Error: </span>([^<]*)</p>', page
    )
    return dict(found)


def test_every_error_of_the_interview_comes_back_at_once(client: Client, user: Any) -> None:
    bad = {
        **NEW,
        "end": "2026-11-17T09:00",
        "country": "ZZ",
        "decision_by": "2026-11-01",
        "follow_up_on": "2026-10-01",
        "iv-b2-name": "Ana Ruiz",
    }
    response = client.post("/interviews/new/", bad)
    assert response.status_code == 422
    page = html(response)
    errors = errors_of(page)
    assert set(errors) == {
        "f-end",
        "f-country",
        "f-decision_by",
        "f-follow_up_on",
        "f-iv-b2-name",
    }, errors
    assert errors["f-end"] == "must be after start"
    assert "2026-11-01 is before the interview (2026-11-17)" in errors["f-decision_by"]
    assert "2026-10-01 is before the interview (2026-11-17)" in errors["f-follow_up_on"]
    assert "listed twice" in errors["f-iv-b2-name"]
    assert "ZZ" in errors["f-country"]
    # Everything typed is still there.
    for value in ("2026-11-17T09:00", "ZZ", "2026-11-01", "2026-10-01", "Head of Data"):
        assert f'value="{value}"' in page
    assert 'data-focus="f-end"' in page
    assert "Contoso" not in html(client.get("/interviews/"))


def test_field_errors_and_interview_errors_together(client: Client) -> None:
    bad = {
        **NEW,
        "start": "tomorrow-ish",
        "timezone": "Mars/Olympus",
        "subdivision": "XX",
        "decision_by": "not a date",
        "iv-a1-email": "ana@",
        "iv-b2-name": "",
        "iv-b2-title": "Recruiter",
    }
    page = html(client.post("/interviews/new/", bad))
    errors = errors_of(page)
    assert set(errors) == {
        "f-start",
        "f-timezone",
        "f-subdivision",
        "f-decision_by",
        "f-iv-a1-email",
        "f-iv-b2-name",
    }, errors
    assert errors["f-iv-b2-name"] == "is required"


def test_a_good_form_after_a_bad_one_is_saved(client: Client) -> None:
    assert client.post("/interviews/new/", {**NEW, "country": "ZZ"}).status_code == 422
    assert client.post("/interviews/new/", NEW).status_code == 302
