"""The web's reply form: when they asked you to check back, and their words.

The clock is frozen on Wednesday 18 November 2026, 10:00 in New York, the day
after the sample interview (tests/web/conftest.py).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from followup.etiquette.model import ContactKind
from tests.web.conftest import html

if TYPE_CHECKING:
    from django.test import Client


def stored_contacts(user: Any, interview_id: int) -> tuple[Any, ...]:
    # Imported once Django is set up (by the `user` fixture).
    from followup.store import services

    return services.load(user, interview_id).interview.contacts


def test_the_reply_form_asks_when_to_check_back(client: Client, interview_id: int) -> None:
    page = html(client.get(f"/interviews/{interview_id}/reply/"))
    assert 'name="check_back" type="date"' in page
    assert "When they asked you to check back" in page
    assert 'name="says"' in page


def test_a_reply_with_a_check_back_date_plans_one_more_check_in(
    client: Client, interview_id: int, user: Any
) -> None:
    response = client.post(
        f"/interviews/{interview_id}/reply/",
        {"sender": "Priya Raman", "at": "2026-11-18T09:00", "check_back": "2026-11-30"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == f"/interviews/{interview_id}/"
    page = html(response)
    assert (
        "Recorded their reply. They asked you to check back: one more check-in opens "
        "Monday 30 November, 09:00 (New York time)." in page
    )
    # The history says it, and the plan shows the new check-in with its reason.
    assert "They replied (Priya Raman), asking you to check back on Monday 30 November" in page
    assert "One more check-in, at their request in their reply of Wednesday 18 November" in page
    reply = stored_contacts(user, interview_id)[-1]
    assert (reply.kind, reply.check_back, reply.says) == (
        ContactKind.REPLY,
        date(2026, 11, 30),
        None,
    )


def test_a_reply_with_their_words(client: Client, interview_id: int, user: Any) -> None:
    response = client.post(
        f"/interviews/{interview_id}/reply/",
        {"at": "2026-11-18T09:00", "says": "Still deciding, check back next week."},
        follow=True,
    )
    page = html(response)
    assert "one more check-in opens Monday 23 November, 09:00 (New York time)." in page
    assert "\u201cStill deciding, check back next week.\u201d" in page
    stored = stored_contacts(user, interview_id)[-1]
    assert stored.says == "Still deciding, check back next week."


def test_a_reply_with_nothing_to_check_back_after(client: Client, interview_id: int) -> None:
    response = client.post(
        f"/interviews/{interview_id}/reply/",
        {"at": "2026-11-18T09:00", "says": "Thanks for your note."},
        follow=True,
    )
    assert "Recorded their reply: no further check-in or call is planned." in html(response)


def test_a_reply_without_their_words_is_refused(
    client: Client, interview_id: int, user: Any
) -> None:
    # Issue 16's review: a reply whose words are not given closed the check-in.
    bad = client.post(f"/interviews/{interview_id}/reply/", {"at": "2026-11-18T09:00"})
    assert bad.status_code == 422
    page = html(bad)
    assert 'id="f-says-err"' in page
    assert "what they said decides whether one more check-in is planned" in page
    assert stored_contacts(user, interview_id) == ()


def test_reply_form_errors_name_the_field(client: Client, interview_id: int, user: Any) -> None:
    url = f"/interviews/{interview_id}/reply/"
    bad = client.post(url, {"at": "2026-11-18T09:00", "check_back": "30/11/2026"})
    assert bad.status_code == 422
    page = html(bad)
    assert 'id="f-check_back-err"' in page
    assert "&#x27;30/11/2026&#x27; is not a date (use e.g. 2026-11-20)" in page
    early = client.post(url, {"at": "2026-11-18T09:00", "check_back": "2026-11-17"})
    assert early.status_code == 422
    page = html(early)
    assert 'id="f-check_back-err"' in page
    assert "2026-11-17 is before the reply (2026-11-18)" in page
    # The words typed are kept for another try.
    kept = client.post(url, {"at": "x", "says": "Check back Monday."})
    assert kept.status_code == 422 and "Check back Monday.</textarea>" in html(kept)
    assert stored_contacts(user, interview_id) == ()
