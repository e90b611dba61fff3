"""The web side of delivery: the send buttons, the outbox, the notices, the calendar feed.

Django's test client on the shared web fixtures (the clock frozen on
Wednesday 18 November 2026, 10:00 in New York, the day after the sample
interview); the outbox's own functions do the work, as for the commands.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import pytest

from tests.web.conftest import NOW, html

if TYPE_CHECKING:
    from django.test import Client

PRIYA = "thank_you:priya-raman"


@pytest.fixture
def account(user: Any) -> Any:
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup

    setup()
    account = account_of(user)
    account.smtp_host, account.smtp_port, account.smtp_security = "127.0.0.1", 2525, "none"
    account.sender, account.sender_name = "ana@candidate.example", "Ana Ruiz"
    account.save()
    return account


def send(client: Client, interview_id: int, **fields: str) -> Any:
    data = {
        "action_id": PRIYA,
        "subject": "Thank you, Priya",
        "body": "Dear Priya,\n\nThank you for Tuesday.\n\nAna",
        "when": "suggested",
        **fields,
    }
    return client.post(f"/interviews/{interview_id}/send/", data)


def messages_of(user: Any) -> list[Any]:
    from followup.delivery.models import Message

    return list(Message.objects.filter(user=user).order_by("id"))


# -- sending a draft ---------------------------------------------------------------------


def test_drafts_offer_both_send_buttons_for_email_drafts_only(
    client: Client, interview_id: int
) -> None:
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    # Two thank-you notes and the check-in (queued ahead, it waits for its window).
    assert page.count(f'formaction="/interviews/{interview_id}/send/"') == 6
    assert page.count("Send at the suggested time") == 3 and page.count(">Send now<") == 3


def test_send_at_the_suggested_time_queues_the_edited_text(
    client: Client, user: Any, account: Any, interview_id: int
) -> None:
    edited = {"subject": "Thanks, Priya", "body": "Dear Priya,\r\n\r\nEdited."}
    response = send(client, interview_id, **edited)
    assert response.status_code == 302 and response["Location"] == "/outbox/"
    [message] = messages_of(user)
    assert (message.state, message.action_id, message.recipient) == (
        "queued",
        PRIYA,
        "priya@northwind.example",
    )
    assert (message.subject, message.body) == ("Thanks, Priya", "Dear Priya,\n\nEdited.\n")
    assert (message.sender, message.sender_name) == ("ana@candidate.example", "Ana Ruiz")
    # 10:00 on a Wednesday in New York is inside business hours and the window.
    assert message.send_after == NOW
    page = html(client.get("/outbox/"))
    assert "Queued message #1 to Priya Raman &lt;priya@northwind.example&gt;" in page
    assert "queued" in page and "Thanks, Priya" in page


def test_send_now_goes_out_on_the_next_pass(
    client: Client, user: Any, account: Any, interview_id: int
) -> None:
    assert send(client, interview_id, when="now").status_code == 302
    [message] = messages_of(user)
    assert message.send_after == NOW


def test_errors_come_back_next_to_the_draft_as_sentences_with_the_text_kept(
    client: Client, user: Any, account: Any, interview_id: int
) -> None:
    response = send(client, interview_id, subject="Hi\r\nBcc: everyone@example.com")
    assert response.status_code == 422
    page = html(response)
    assert 'id="send-error-1" role="alert"' in page  # Priya's, after Marcus's
    assert "The subject contains a line break or another control character; refused." in page
    assert "Thank you for Tuesday." in page  # the body as typed
    empty = html(send(client, interview_id, body="  \n"))
    assert "The message is empty: write it first, nothing was queued." in empty
    assert messages_of(user) == []
    assert send(client, interview_id).status_code == 302
    again = html(send(client, interview_id))
    assert f"{PRIYA} is already in the outbox as message 1 (queued)." in again
    unknown = send(client, interview_id, action_id="thank_you:nobody")
    assert unknown.status_code == 422
    assert "has no action &#x27;thank_you:nobody&#x27;" in html(unknown)
    assert send(client, 999).status_code == 404
    assert client.get(f"/interviews/{interview_id}/send/").status_code == 405
    assert len(messages_of(user)) == 1


def test_a_check_in_now_is_refused_by_the_guardrails_but_may_wait_for_its_window(
    client: Client, user: Any, account: Any, interview_id: int
) -> None:
    from followup.store import services

    response = send(client, interview_id, action_id="check_in", when="now")
    assert response.status_code == 422
    page = html(response)
    assert 'id="send-error-2" role="alert"' in page
    assert "Refused: " in page and "Nothing was queued." in page
    assert messages_of(user) == []
    assert send(client, interview_id, action_id="check_in").status_code == 302
    [message] = messages_of(user)
    plan = services.plan_now(services.load(user, interview_id), NOW)
    check_in = plan.action("check_in")
    assert check_in is not None and check_in.not_before <= message.send_after <= check_in.due


def test_without_a_mail_account_the_page_says_how_to_set_one(
    client: Client, user: Any, interview_id: int
) -> None:
    response = send(client, interview_id)
    assert response.status_code == 422
    page = html(response)
    assert "No mail account is set up to send from, so nothing was queued" in page
    assert "followup mail smtp" in page and "Settings" in page
    assert messages_of(user) == []


def test_drafts_of_a_stored_interview_are_signed_with_the_settings(
    client: Client, user: Any, account: Any, interview_id: int
) -> None:
    from followup.delivery.outbox import queue_action
    from followup.store import services

    services.set_setting(user, "name", "Ana Ruiz")
    services.set_setting(user, "signature", "Ana Ruiz\nData engineer")
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    assert "Kind regards,\nAna Ruiz\nData engineer\n</textarea>" in page
    message = queue_action(user, interview_id, PRIYA, now=NOW)
    assert message.body.endswith("Ana Ruiz\nData engineer\n")


# -- the outbox and the notices ----------------------------------------------------------


def unknown_message(client: Client, user: Any, interview_id: int, action_id: str = PRIYA) -> Any:
    """A queued message the worker lost track of, as `recover` leaves it, with its notice."""
    from followup.delivery.worker import tell

    assert send(client, interview_id, action_id=action_id).status_code == 302
    message = messages_of(user)[-1]
    message.state, message.last_error = "unknown", "the worker stopped while sending"
    message.save()
    tell(user, f"Message #{message.pk} may or may not have gone out.", NOW, message)
    return message


def test_an_unknown_message_is_shown_on_the_agenda_and_confirmed_sent(
    client: Client, user: Any, account: Any, interview_id: int
) -> None:
    from followup.store import services

    message = unknown_message(client, user, interview_id)
    agenda = html(client.get("/"))
    assert "From your outbox" in agenda
    assert "Message #1 may or may not have gone out." in agenda
    assert 'href="/outbox/#message-1"' in agenda
    outbox = html(client.get("/outbox/"))
    assert "It was sent" in outbox and "It was not sent: send it again" in outbox
    response = client.post("/outbox/1/", {"answer": "sent"})
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.state == "sent"
    assert "Message #1 recorded as sent." in html(client.get("/outbox/"))
    assert "From your outbox" not in html(client.get("/"))
    # Logged as a contact: the plan has moved on.
    contacts = services.load(user, interview_id).interview.contacts
    assert [(c.kind.value, c.to) for c in contacts] == [("email", "Priya Raman")]


def test_an_unknown_message_confirmed_not_sent_is_queued_again(
    client: Client, user: Any, account: Any, interview_id: int
) -> None:
    message = unknown_message(client, user, interview_id)
    client.post("/outbox/1/", {"answer": "not-sent"})
    message.refresh_from_db()
    assert (message.state, message.send_after) == ("queued", NOW)
    assert "Message #1 queued again" in html(client.get("/outbox/"))


def test_outbox_answers_that_do_not_fit_are_explained(
    client: Client, user: Any, account: Any, interview_id: int
) -> None:
    assert send(client, interview_id).status_code == 302
    page = html(client.post("/outbox/1/", {"answer": "sent"}, follow=True))
    assert "Message 1 is queued, not unknown." in page
    page = html(client.post("/outbox/99/", {"answer": "cancel"}, follow=True))
    assert "No outbox message 99 (followup outbox lists them)." in page
    page = html(client.post("/outbox/1/", {"answer": "maybe"}, follow=True))
    assert "Choose sent, not sent or cancel." in page
    assert client.get("/outbox/1/").status_code == 405
    client.post("/outbox/1/", {"answer": "cancel"})
    assert messages_of(user)[0].state == "cancelled"
    page = html(client.post("/outbox/1/", {"answer": "cancel"}, follow=True))
    assert "Message 1 is cancelled; it cannot be cancelled." in page


def test_a_failed_message_and_a_reply_notice_reach_the_agenda(
    client: Client, user: Any, account: Any, interview_id: int
) -> None:
    from followup.delivery.models import Notice
    from followup.delivery.worker import tell

    assert send(client, interview_id).status_code == 302
    [message] = messages_of(user)
    message.state, message.last_error = "failed", "550 5.1.1 mailbox unknown"
    message.save()
    tell(user, "Priya Raman replied (Re: Thank you): the check-in is cancelled.", NOW)
    agenda = html(client.get("/"))
    assert "failed: 550 5.1.1 mailbox unknown" in agenda
    assert "Priya Raman replied (Re: Thank you): the check-in is cancelled." in agenda
    notice = Notice.objects.get()
    response = client.post(f"/notices/{notice.pk}/dismiss/", {"next": "/"})
    assert response.status_code == 302 and response["Location"] == "/"
    agenda = html(client.get("/"))
    assert "replied" not in agenda and "mailbox unknown" in agenda
    client.post("/outbox/1/", {"answer": "cancel"})
    assert "From your outbox" not in html(client.get("/"))


def test_the_outbox_page_when_empty(client: Client, user: Any) -> None:
    page = html(client.get("/outbox/"))
    assert "The outbox is empty." in page
    assert "No mail account is set up" in page
    assert 'aria-current="page">Outbox<' in page


# -- the calendar ------------------------------------------------------------------------


def test_the_feed_link_is_shown_once_and_serves_the_calendar(
    client: Client, user: Any, interview_id: int
) -> None:
    import re

    from followup.calendar.feed import digest_of
    from followup.delivery.models import FeedToken

    settings = html(client.get("/settings/"))
    assert "No subscription link." in settings and "Download .ics" in settings
    response = client.post("/settings/calendar/", {"link": "new"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = html(response)
    url = re.search(r'value="(http://127\.0\.0\.1/calendar/([A-Za-z0-9_-]+)\.ics)"', page)
    assert url is not None, page
    token = url.group(2)
    assert "Shown only this once" in page
    assert f'href="webcal://127.0.0.1/calendar/{token}.ics">Open in your calendar app</a>' in page
    assert 'href="/calendar.ics" download>download the .ics file</a>' in page
    [stored] = FeedToken.objects.all()
    assert stored.digest == digest_of(token) and token not in stored.digest
    settings = html(client.get("/settings/"))
    assert token not in settings and "A subscription link is active" in settings
    feed = client.get(f"/calendar/{token}.ics")
    assert feed.status_code == 200
    assert feed["Content-Type"] == "text/calendar; charset=utf-8"
    body = feed.getvalue()  # streamed
    assert body.startswith(b"BEGIN:VCALENDAR")
    assert b"Northwind Analytics" in body
    assert "csrftoken" not in feed.cookies and "messages" not in feed.cookies
    # A new link ends the old one.
    client.post("/settings/calendar/", {"link": "new"})
    assert client.get(f"/calendar/{token}.ics").status_code == 404


def test_a_revoked_or_unknown_feed_is_a_404_and_the_token_stays_out_of_the_logs(
    client: Client, user: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from followup.calendar.feed import new_token

    token = new_token(user, NOW)
    assert client.get(f"/calendar/{token}.ics").status_code == 200
    page = html(client.post("/settings/calendar/", {"link": "revoke"}, follow=True))
    assert "Stopped 1 calendar link" in page
    with caplog.at_level(logging.WARNING):
        gone = client.get(f"/calendar/{token}.ics")
        odd = client.get("/calendar/not~a~token.ics")
    assert gone.status_code == 404 and odd.status_code == 404
    assert gone["Content-Type"].startswith("text/plain")
    assert "Not Found: /calendar/….ics" in caplog.text
    assert token not in caplog.text and "not~a~token" not in caplog.text
    again = html(client.post("/settings/calendar/", {"link": "revoke"}, follow=True))
    assert "There was no calendar link to stop." in again
    bad = html(client.post("/settings/calendar/", {"link": "x"}, follow=True))
    assert "Choose to make a new link or to stop the link." in bad
    assert client.get("/settings/calendar/").status_code == 405


def test_the_whole_calendar_downloads_as_ics(client: Client, interview_id: int) -> None:
    response = client.get("/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="followup.ics"'
    from icalendar import Calendar

    calendar = Calendar.from_ical(response.getvalue())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert any("Northwind Analytics" in s for s in summaries), summaries


def test_a_poll_that_finds_nothing_new_costs_one_query_and_gets_304(
    client: Client, user: Any, interview_id: int
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from followup.calendar.feed import new_token
    from followup.store import services

    token = new_token(user, NOW)
    url = f"/calendar/{token}.ics"
    first = client.get(url)
    assert first.status_code == 200
    etag = first["ETag"]
    assert etag.startswith('"') and first["Last-Modified"].endswith(" GMT")
    assert first["Cache-Control"] == "private, no-cache"
    first.getvalue()
    with CaptureQueriesContext(connection) as queries:
        again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again["ETag"] == etag and again.content == b""
    assert len(queries) == 1, [q["sql"] for q in queries]
    since = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})
    assert since.status_code == 304
    head = client.head(url)
    assert head.status_code == 200 and head.content == b"" and head["ETag"] == etag
    # Something new: the ETag changes and the calendar is sent again.
    services.update(user, interview_id, lambda i: services.rebuild(i, role="Staff Data Engineer"))
    changed = client.get(url, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert b"Staff Data Engineer" in changed.getvalue()
    download = client.head("/calendar.ics")
    assert download.status_code == 200 and download["ETag"] == changed["ETag"]
    assert (
        client.get("/calendar.ics", headers={"If-None-Match": changed["ETag"]}).status_code == 304
    )


def test_every_page_answers_head(client: Client, interview_id: int) -> None:
    for path in ("/", f"/interviews/{interview_id}/", "/interviews/", "/settings/"):
        response = client.head(path)
        assert response.status_code == 200, path
        assert response.content == b"", path


# -- the mail account --------------------------------------------------------------------


def test_settings_set_up_the_mail_account_without_ever_taking_a_password(
    client: Client, user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.delivery.account import account_of

    monkeypatch.setenv("SMTP_PASSWORD", "hunter2")

    settings = html(client.get("/settings/"))
    assert "No mail account yet" in settings and 'href="/settings/mail/"' in settings
    form = {
        "host": "smtp.example.org",
        "port": "587",
        "security": "starttls",
        "user": "ana@candidate.example",
        "password": "env:SMTP_PASSWORD",
        "sender": "ana@candidate.example",
        "sender_name": "Ana Ruiz",
    }
    response = client.post("/settings/mail/", form)
    assert response.status_code == 302 and response["Location"] == "/settings/#mail"
    account = account_of(user)
    assert (account.smtp_host, account.smtp_port, account.smtp_password) == (
        "smtp.example.org",
        587,
        "env:SMTP_PASSWORD",
    )
    settings = html(client.get("/settings/"))
    assert "SMTP set: smtp.example.org:587 (starttls)." in settings
    assert "Sent through smtp.example.org:587 (starttls), from ana@candidate.example" in settings
    assert "read from env:SMTP_PASSWORD" in settings


def test_a_bad_mail_account_is_refused_field_by_field_with_the_input_kept(
    client: Client, user: Any
) -> None:
    from followup.delivery.account import account_of

    bad = {
        "host": "",
        "port": "99999",
        "security": "starttls",
        "user": "ana",
        "password": "hunter2",
        "sender": "not an address",
        "sender_name": "Ana\r\nBcc: x@example.com",
    }
    response = client.post("/settings/mail/", bad)
    assert response.status_code == 422
    page = html(response)
    assert "Give the name of your SMTP server." in page
    assert "&#x27;99999&#x27; is not a port number (1 to 65535)." in page
    assert "Give env:VARIABLE, file:PATH or keyring (never the password itself)." in page
    assert "&#x27;not an address&#x27; is not a valid email address." in page
    assert "The name contains a line break or another control character; refused." in page
    assert "hunter2" not in page  # perhaps a real password: never shown back
    assert 'value="Ana' in page and 'aria-invalid="true"' in page
    assert account_of(user).smtp_host == ""
    odd = client.post("/settings/mail/", {**bad, "security": "carrier pigeon"})
    assert "Choose STARTTLS, TLS or none." in html(odd)


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        (
            "host",
            "bad host!",
            "&#x27;bad host!&#x27; is not a server name (such as smtp.example.org) nor an IP "
            "address.",
        ),
        (
            "host",
            "smtp.example.org:25",
            "&#x27;smtp.example.org:25&#x27; has a port in it: give the name alone "
            "(smtp.example.org) and 25 in the Port field.",
        ),
        ("host", "1.2.3", "&#x27;1.2.3&#x27; is not a valid IP address."),
        ("port", "0", "&#x27;0&#x27; is not a port number (1 to 65535)."),
        (
            "password",
            "env:FOLLOWUP_TEST_NOT_SET",
            "The environment variable FOLLOWUP_TEST_NOT_SET is not set; set it (export "
            "FOLLOWUP_TEST_NOT_SET=...) where followup runs, then try again.",
        ),
        ("password", "file:/no/such/file", "/no/such/file does not exist."),
        (
            "security",
            "none",
            "None would send your login and password to smtp.example.org unencrypted; use "
            "starttls or tls (none is only for a server on this machine, such as 127.0.0.1).",
        ),
    ],
)
def test_the_mail_form_refuses_what_followup_mail_smtp_refuses(
    client: Client, user: Any, field: str, value: str, error: str
) -> None:
    from followup.delivery.account import account_of

    good = {
        "host": "smtp.example.org",
        "port": "587",
        "security": "starttls",
        "user": "ana@candidate.example",
        "password": "",
        "sender": "ana@candidate.example",
        "sender_name": "Ana Ruiz",
    }
    response = client.post("/settings/mail/", {**good, field: value})
    assert response.status_code == 422
    page = html(response)
    # Under the field it is about, as the command names its option.
    assert f'id="f-{field}-err"><span class="sr">Error: </span>{error}</p>' in page
    assert account_of(user).smtp_host == ""


def test_the_mail_form_takes_an_unencrypted_login_to_this_machine_only(
    client: Client, user: Any
) -> None:
    from followup.delivery.account import account_of

    form = {
        "host": "127.0.0.1",
        "port": "2525",
        "security": "none",
        "user": "ana",
        "password": "",
        "sender": "",
        "sender_name": "",
    }
    assert client.post("/settings/mail/", form).status_code == 302
    assert account_of(user).smtp_host == "127.0.0.1"


def test_a_thank_you_before_the_interview_has_ended_is_refused_with_its_end(
    client: Client, user: Any, account: Any
) -> None:
    from datetime import timedelta

    from followup.store import services
    from tests.factories import make_interview

    # The web clock is Wednesday 18 November, 10:00 in New York; this one is on Friday.
    later = services.add(user, make_interview(start=NOW + timedelta(days=2)))
    response = send(client, later)
    assert response.status_code == 422
    page = html(response)
    assert "looks back on the interview, so it can be drafted and queued once the" in page
    assert "at 11:00 on Fri 20 Nov 2026 (America/New_York)" in page
    assert messages_of(user) == []
