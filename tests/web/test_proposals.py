"""The web agenda's answers to the inbox's proposals: add it, move it, mark it called off.

The notices are made by the IMAP reader's own function (`replies.invited`) from
the reference invitations; the answers go through the Django test client,
POST with the CSRF token as the page gives it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.web.conftest import NOW, html
from tests.web.test_invitation_upload import inputs

if TYPE_CHECKING:
    from django.test import Client

INVITES = Path(__file__).resolve().parents[1] / "inbox" / "invites"
UID = "4f1c0a9d2b8e@google.com"


def propose(user: Any, ics: bytes, told: int = 1) -> Any:
    """What the IMAP reader leaves for this invitation: the newest notice (`told` of them)."""
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup
    from followup.delivery.models import Notice
    from followup.delivery.replies import invited
    from followup.delivery.worker import Tick
    from followup.inbox.message import read

    setup()
    raw = (
        b"From: Priya Raman <priya@northwind.example>\r\nTo: sam@candidate.example\r\n"
        b"Subject: Invitation: Interview\r\nDate: Tue, 10 Nov 2026 09:00:00 +0000\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n" + ics
    )
    tick = Tick()
    invited(account_of(user), raw, read(raw), NOW, tick)
    assert len(tick.invitations) == told, tick.invitations
    return Notice.objects.order_by("-id").first()


@pytest.fixture
def invited_id(user: Any) -> int:
    """The sample interview, as if added from google.ics (UID kept, SEQUENCE 0)."""
    from followup.store import services
    from followup.store.models import Interview
    from tests.factories import local, make_interview

    start = local("2026-11-24 10:00")
    new_id = services.add(user, make_interview(start=start))
    Interview.objects.filter(pk=new_id).update(invite_uid=UID, location="Northwind HQ")
    return new_id


def moved(sequence: int = 1) -> bytes:
    return (
        (INVITES / "google.ics")
        .read_bytes()
        .replace(b"20261124T150000Z", b"20261126T190000Z")
        .replace(b"20261124T160000Z", b"20261126T200000Z")
        .replace(b"SEQUENCE:0", f"SEQUENCE:{sequence}".encode())
    )


def buttons(page: str, notice: int) -> list[tuple[str, str]]:
    """(form action, button text) of the forms for one notice (the agenda's, the outbox's)."""
    return re.findall(
        rf'<form method="post" action="(/notices/{notice}/\w+/)">.*?'
        r'<button type="submit"[^>]*>([^<]+)</button>',
        page,
    )


def test_a_new_invitation_offers_add_it_and_adding_closes_it(client: Client, user: Any) -> None:
    from followup.delivery.models import Notice
    from followup.store.models import Interview

    notice = propose(user, (INVITES / "google.ics").read_bytes())
    assert notice.proposal == "new" and notice.proposed["uid"] == UID
    page = html(client.get("/"))
    assert "New interview invitation from Priya Raman" in page
    assert buttons(page, notice.pk) == [
        (f"/notices/{notice.pk}/confirm/", "Add it"),
        (f"/notices/{notice.pk}/decline/", "Not an interview"),
    ]
    # "Add it" opens the new-interview form filled from the invitation; nothing is stored yet.
    form = client.post(f"/notices/{notice.pk}/confirm/")
    assert form.status_code == 200
    filled = html(form)
    assert "Filled from the invitation: check the company and the role" in filled
    assert Interview.objects.count() == 0
    posted = inputs(filled)
    assert posted["invite_uid"] == UID
    saved = client.post("/interviews/new/", {**posted, "country": "US"})
    assert saved.status_code == 302, html(saved)[:2000]
    assert Interview.objects.get().invite_uid == UID
    notice.refresh_from_db()
    assert notice.seen and notice.proposed["answer"] == "confirmed"
    assert "New interview invitation" not in html(client.get("/"))
    # Answered: a second click says so, on the agenda, never a 500.
    again = client.post(f"/notices/{notice.pk}/confirm/", follow=True)
    assert again.status_code == 200
    assert f"Notice {notice.pk} was already answered or dismissed." in html(again)
    assert Notice.objects.filter(seen=False).count() == 0


def test_not_an_interview_closes_it_and_adds_nothing(client: Client, user: Any) -> None:
    from followup.store.models import Interview

    notice = propose(user, (INVITES / "google.ics").read_bytes())
    response = client.post(f"/notices/{notice.pk}/decline/", follow=True)
    assert response.status_code == 200
    page = html(response)
    assert "Not added: that invitation is not an interview." in page
    assert "New interview invitation" not in page
    notice.refresh_from_db()
    assert notice.seen and notice.proposed["answer"] == "declined"
    assert Interview.objects.count() == 0


def test_move_it_applies_the_new_time_and_replans(
    client: Client, user: Any, invited_id: int
) -> None:
    from followup.store.models import Action, Interview

    due_before = Action.objects.get(interview_id=invited_id, action_id="check_in").due
    notice = propose(user, moved())
    assert notice.proposal == "move" and notice.interview_id == invited_id
    assert notice.text == (
        f"Priya Raman moved interview {invited_id} (Interview: Sam Lee / Senior Data Analyst): "
        "from Tue 24 Nov 10:00 New York time to Thu 26 Nov 14:00 New York time, "
        "ending 15:00 New York time, "
        "at Northwind HQ, 1 Harbour St (was Northwind HQ) (sequence 1). Move it?"
    )
    page = html(client.get("/"))
    assert buttons(page, notice.pk) == [
        (f"/notices/{notice.pk}/confirm/", "Move it"),
        (f"/notices/{notice.pk}/decline/", "Keep the old time"),
    ]
    response = client.post(f"/notices/{notice.pk}/confirm/", follow=True)
    assert response.status_code == 200
    assert f"Interview {invited_id} is moved; its plan follows the new time." in html(response)
    row = Interview.objects.get(pk=invited_id)
    assert row.start == datetime(2026, 11, 26, 19, 0, tzinfo=UTC)
    assert row.end == datetime(2026, 11, 26, 20, 0, tzinfo=UTC)
    assert row.location == "Northwind HQ, 1 Harbour St"
    assert row.invite_sequence == 1
    due_after = Action.objects.get(interview_id=invited_id, action_id="check_in").due
    assert due_after > due_before  # the plan follows the new time
    notice.refresh_from_db()
    assert notice.seen


def test_keep_the_old_time_changes_nothing_but_the_sequence(
    client: Client, user: Any, invited_id: int
) -> None:
    from followup.store.models import Interview

    before = Interview.objects.get(pk=invited_id)
    notice = propose(user, moved(4))
    response = client.post(f"/notices/{notice.pk}/decline/", follow=True)
    assert f"Interview {invited_id} keeps its time." in html(response)
    after = Interview.objects.get(pk=invited_id)
    assert (after.start, after.end, after.location) == (before.start, before.end, before.location)
    assert after.invite_sequence == 4  # that copy, or an older one, is not proposed again
    notice.refresh_from_db()
    assert notice.seen and notice.proposed["answer"] == "declined"


def test_mark_called_off_records_the_outcome(client: Client, user: Any, invited_id: int) -> None:
    from followup.store.models import Action, Interview

    notice = propose(user, (INVITES / "google_cancel.ics").read_bytes())
    assert notice.proposal == "cancel" and notice.interview_id == invited_id
    page = html(client.get("/"))
    assert buttons(page, notice.pk) == [
        (f"/notices/{notice.pk}/confirm/", "Mark called off"),
        (f"/notices/{notice.pk}/decline/", "Keep it"),
    ]
    response = client.post(f"/notices/{notice.pk}/confirm/", follow=True)
    assert f"Interview {invited_id} is marked called off; its follow-ups stop." in html(response)
    assert Interview.objects.get(pk=invited_id).outcome.kind == "called_off"
    assert not Action.objects.filter(interview_id=invited_id).exists()


def test_keep_it_leaves_the_interview_on(client: Client, user: Any, invited_id: int) -> None:
    from followup.store.models import Action, Interview

    notice = propose(user, (INVITES / "google_cancel.ics").read_bytes())
    response = client.post(f"/notices/{notice.pk}/decline/", follow=True)
    assert f"Interview {invited_id} stays on." in html(response)
    assert not hasattr(Interview.objects.get(pk=invited_id), "outcome")
    assert Action.objects.filter(interview_id=invited_id).exists()


def test_post_only_csrf_and_unknown_notices(client: Client, user: Any, invited_id: int) -> None:
    from django.test import Client as Browser

    from followup.delivery.models import Notice

    notice = propose(user, (INVITES / "google_cancel.ics").read_bytes())
    for answer in ("confirm", "decline"):
        assert client.get(f"/notices/{notice.pk}/{answer}/").status_code == 405
        assert client.post(f"/notices/{notice.pk + 100}/{answer}/").status_code == 404
    # Without the page's token, a POST is refused and nothing changes.
    strict = Browser(SERVER_NAME="127.0.0.1", enforce_csrf_checks=True)
    assert strict.post(f"/notices/{notice.pk}/confirm/").status_code == 403
    assert not Notice.objects.get(pk=notice.pk).seen
    # A plain notice (a reply, a bounce) proposes nothing: a sentence, not a 500.
    plain = Notice.objects.create(user=user, text="Priya replied.", created=NOW)
    response = client.post(f"/notices/{plain.pk}/confirm/", follow=True)
    assert response.status_code == 200
    assert f"Notice {plain.pk} proposes nothing to confirm" in html(response)
    assert not Notice.objects.get(pk=plain.pk).seen


def test_a_new_invitation_whose_file_is_gone_says_so(client: Client, user: Any) -> None:
    notice = propose(user, (INVITES / "google.ics").read_bytes())
    Path(notice.proposed["file"]).unlink()
    response = client.post(f"/notices/{notice.pk}/confirm/", follow=True)
    assert response.status_code == 200
    assert "is no longer at" in html(response)


def test_a_copy_of_a_proposed_invitation_is_asked_once(client: Client, user: Any) -> None:
    from followup.delivery.models import Notice

    ics = (INVITES / "google.ics").read_bytes()
    notice = propose(user, ics)
    propose(user, ics, told=0)  # still waiting: no second notice
    client.post(f"/notices/{notice.pk}/decline/")
    # The same copy again once declined is no news either; a later one is asked.
    propose(user, ics, told=0)
    assert propose(user, ics.replace(b"SEQUENCE:0", b"SEQUENCE:1")).proposal == "new"
    assert Notice.objects.filter(proposal="new").count() == 2


def test_the_outbox_answers_a_proposal_as_the_agenda_does(
    client: Client, user: Any, invited_id: int
) -> None:
    # Issue 15: the outbox offered only "Dismiss" for a proposal read from the inbox.
    from followup.delivery.models import Notice
    from followup.store.models import Interview

    notice = propose(user, moved())
    page = html(client.get("/outbox/"))
    assert buttons(page, notice.pk) == [
        (f"/notices/{notice.pk}/confirm/", "Move it"),
        (f"/notices/{notice.pk}/decline/", "Keep the old time"),
    ]
    # Answered from the outbox, the candidate stays there and reads what it did.
    response = client.post(f"/notices/{notice.pk}/confirm/", {"next": "/outbox/"})
    assert (response.status_code, response["Location"]) == (302, "/outbox/")
    after = html(client.get("/outbox/"))
    assert f"Interview {invited_id} is moved; its plan follows the new time." in after
    assert Interview.objects.get(pk=invited_id).start == datetime(2026, 11, 26, 19, tzinfo=UTC)
    assert Notice.objects.get(pk=notice.pk).seen
    assert f"/notices/{notice.pk}/" not in after

    # A cancellation declined from the outbox: the interview stays on.
    called = propose(user, (INVITES / "google_cancel.ics").read_bytes())
    assert buttons(html(client.get("/outbox/")), called.pk) == [
        (f"/notices/{called.pk}/confirm/", "Mark called off"),
        (f"/notices/{called.pk}/decline/", "Keep it"),
    ]
    kept = client.post(f"/notices/{called.pk}/decline/", {"next": "/outbox/"}, follow=True)
    assert f"Interview {invited_id} stays on." in html(kept)
    assert not hasattr(Interview.objects.get(pk=invited_id), "outcome")


def test_the_outbox_keeps_dismiss_for_a_notice_to_read_and_refuses_a_bad_next(
    client: Client, user: Any
) -> None:
    from followup.delivery.models import Notice

    plain = Notice.objects.create(user=user, text="Priya replied.", created=NOW)
    new = propose(user, (INVITES / "google.ics").read_bytes())
    page = html(client.get("/outbox/"))
    assert buttons(page, plain.pk) == [(f"/notices/{plain.pk}/dismiss/", "Dismiss")]
    assert buttons(page, new.pk) == [
        (f"/notices/{new.pk}/confirm/", "Add it"),
        (f"/notices/{new.pk}/decline/", "Not an interview"),
    ]
    # Another site as `next` is ignored: back to the agenda, never away.
    response = client.post(f"/notices/{new.pk}/decline/", {"next": "//evil.example/"})
    assert (response.status_code, response["Location"]) == (302, "/")
    # A refusal (answered already) is a sentence on the page the button was on.
    again = client.post(f"/notices/{new.pk}/decline/", {"next": "/outbox/"}, follow=True)
    assert again.redirect_chain == [("/outbox/", 302)]
    assert f"Notice {new.pk} was already answered or dismissed." in html(again)
