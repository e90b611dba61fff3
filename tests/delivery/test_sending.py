"""Sending through a real SMTP server on loopback: exact headers and bodies, retries, failures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from followup.errors import InputError
from tests.delivery.conftest import SmtpServer
from tests.factories import local

# Tuesday 17 November 2026, 12:00 in New York: an hour after the interview ended.
NOON = local("2026-11-17 12:00")


def queue(action_id: str = "thank_you:priya-raman", **kwargs: object) -> object:
    from followup.delivery.boot import setup
    from followup.delivery.outbox import queue_action

    kwargs.setdefault("now", NOON)
    return queue_action(setup(), 1, action_id, **kwargs)  # type: ignore[arg-type]


def row(pk: int) -> object:
    from followup.delivery.models import Message

    return Message.objects.get(pk=pk)


def open_actions() -> set[str]:
    from followup.store.models import Action

    return set(Action.objects.filter(interview_id=1).values_list("action_id", flat=True))


def test_a_thank_you_goes_out_with_exact_headers_and_body_and_is_logged(
    mailbox: SmtpServer,
) -> None:
    from followup.delivery.models import Message
    from followup.delivery.worker import run_once

    message = queue()
    assert isinstance(message, Message)
    # Tuesday noon in New York is inside business hours: the slot is now.
    assert message.send_after == NOON.astimezone(UTC)
    tick = run_once(NOON + timedelta(seconds=5))
    assert tick.sent == [message.pk]
    [received] = mailbox.received
    assert received.sender == "sam@candidate.example"
    assert received.recipients == ["priya@northwind.example"]
    mail = received.mail
    assert list(mail.items()) == [
        ("From", "Sam Lee <sam@candidate.example>"),
        ("To", "Priya Raman <priya@northwind.example>"),
        ("Subject", message.subject),
        ("Date", "Tue, 17 Nov 2026 17:00:05 +0000"),
        ("Message-ID", message.message_id),
        ("Auto-Submitted", "no"),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", mail["Content-Transfer-Encoding"]),
        ("MIME-Version", "1.0"),
    ]
    assert mail["Content-Transfer-Encoding"] in ("7bit", "quoted-printable")
    # CRLF on the wire, as SMTP wants; the same text.
    assert mail.get_payload(decode=True).decode().replace("\r\n", "\n") == message.body
    assert message.body.startswith("Dear Priya,\n")
    # The subject's form is chosen per interview (issue #11): the draft's own.
    assert message.subject in (
        "Thank you for Tuesday's conversation",
        "Our conversation about streaming ingestion",
        "Thank you: Senior Data Engineer interview at Northwind Analytics",
    )
    stored = row(message.pk)
    assert isinstance(stored, Message)
    assert (stored.state, stored.attempts, stored.last_error) == ("sent", 1, "")
    # Logged as a contact by itself: the plan moved on.
    assert "thank_you:priya-raman" not in open_actions()
    assert "thank_you:marcus-bell" in open_actions()


def test_a_temporary_failure_is_retried_with_backoff(mailbox: SmtpServer) -> None:
    from followup.delivery.models import Message
    from followup.delivery.worker import run_once

    mailbox.recorder.answers = ["451 4.3.0 Mailbox busy, try again later"]
    message = queue(immediately=True)
    assert isinstance(message, Message)
    first = run_once(NOON)
    assert first.retried == [message.pk]
    stored = row(message.pk)
    assert isinstance(stored, Message)
    assert stored.state == "queued"
    assert stored.send_after == NOON.astimezone(UTC) + timedelta(minutes=1)
    assert stored.last_error == "attempt 1: 451 4.3.0 Mailbox busy, try again later"
    assert run_once(NOON + timedelta(seconds=59)).sent == []
    assert run_once(NOON + timedelta(minutes=1)).sent == [message.pk]
    assert len(mailbox.received) == 1


def test_a_permanent_failure_fails_with_the_servers_words(mailbox: SmtpServer) -> None:
    from followup.delivery.models import Message
    from followup.delivery.worker import run_once

    mailbox.recorder.answers = ["550 5.1.1 No such user here"]
    message = queue(immediately=True)
    assert isinstance(message, Message)
    assert run_once(NOON).failed == [message.pk]
    stored = row(message.pk)
    assert isinstance(stored, Message)
    assert stored.state == "failed"
    assert stored.last_error == "the server refused it: 550 5.1.1 No such user here"
    assert mailbox.received == []
    # Failed is final: later passes leave it alone; the action is still open.
    assert run_once(NOON + timedelta(hours=1)).sent == []
    assert "thank_you:priya-raman" in open_actions()


def test_a_server_that_is_down_is_retried(mailbox: SmtpServer) -> None:
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup
    from followup.delivery.models import Message
    from followup.delivery.worker import run_once
    from tests.delivery.conftest import free_port

    account = account_of(setup())
    right = account.smtp_port
    account.smtp_port = free_port()
    account.save()
    message = queue(immediately=True)
    assert isinstance(message, Message)
    assert run_once(NOON).retried == [message.pk]
    account.smtp_port = right
    account.save()
    assert run_once(NOON + timedelta(minutes=1)).sent == [message.pk]


def test_gives_up_after_the_last_backoff(mailbox: SmtpServer) -> None:
    from followup.delivery.models import Message
    from followup.delivery.worker import BACKOFF, run_once

    mailbox.recorder.answers = ["421 4.7.0 Try later"] * (len(BACKOFF) + 1)
    message = queue(immediately=True)
    assert isinstance(message, Message)
    moment = NOON
    for _ in BACKOFF:
        assert run_once(moment).retried == [message.pk]
        moment += timedelta(hours=4)
    assert run_once(moment).failed == [message.pk]
    stored = row(message.pk)
    assert isinstance(stored, Message)
    assert stored.last_error == f"gave up after {len(BACKOFF) + 1} attempts: 421 4.7.0 Try later"


def test_a_queued_check_in_is_dropped_when_they_reply(mailbox: SmtpServer) -> None:
    from followup.delivery.boot import setup
    from followup.delivery.models import Message
    from followup.delivery.worker import run_once
    from followup.etiquette.model import Contact, ContactKind, Interview
    from followup.store import services

    message = queue("check_in")
    assert isinstance(message, Message)
    # Decision by Friday 20th: grace Monday 23rd, check in Tuesday 24th at 09:00.
    assert message.send_after == local("2026-11-24 09:00").astimezone(UTC)

    def reply(interview: Interview) -> Interview:
        answer = Contact(kind=ContactKind.REPLY, at=local("2026-11-19 15:00"))
        return services.rebuild(interview, contacts=(*interview.contacts, answer))

    services.update(setup(), 1, reply)
    assert run_once(local("2026-11-24 09:00")).cancelled == [message.pk]
    assert mailbox.received == []


def test_one_action_is_queued_once(mailbox: SmtpServer) -> None:
    queue()
    with pytest.raises(InputError, match="already in the outbox as message 1"):
        queue()


def test_a_check_in_too_soon_is_refused_by_the_guardrails(mailbox: SmtpServer) -> None:
    from followup.store.services import Refused

    with pytest.raises(Refused, match="Nothing was queued"):
        queue("check_in", immediately=True)


def test_closed_actions_and_unknown_ones_say_what_is_open(mailbox: SmtpServer) -> None:
    with pytest.raises(InputError, match=r"no action 'thank_you:nobody' \(open email actions: "):
        queue("thank_you:nobody")
    with pytest.raises(InputError, match="debrief is not sent by email"):
        queue("debrief")


def test_no_digest_is_mailed_until_it_is_asked_for(
    store: object, smtp_server: SmtpServer, tmp_path: object
) -> None:
    # Issue 16's review: setting up SMTP mailed a digest every morning, unasked.
    from followup.delivery.worker import run_once
    from tests.delivery.conftest import NORTHWIND_SOON
    from tests.store_support import add, run

    add(tmp_path, NORTHWIND_SOON)  # type: ignore[arg-type]
    smtp = ("--host", smtp_server.host, "--port", str(smtp_server.port), "--security", "none")
    set_up = run("mail", "smtp", *smtp, "--from", "sam@candidate.example")
    assert set_up.code == 0, set_up.err
    assert run("config", "timezone", "America/New_York").code == 0
    assert run_once(local("2026-11-18 07:30")).digests == []
    assert run("mail", "digest", "--on").out == "Morning digest: at 07:30.\n"
    tick = run_once(local("2026-11-19 07:30"))
    assert len(tick.digests) == 1 and tick.sent == tick.digests
    assert smtp_server.received[-1].mail["Subject"].startswith("Your follow-ups for Thursday")


def test_the_digest_comes_through_the_same_outbox(mailbox: SmtpServer) -> None:
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup
    from followup.delivery.worker import run_once
    from followup.store import services

    user = setup()
    services.set_setting(user, "timezone", "America/New_York")
    account = account_of(user)
    account.digest = True
    account.save()
    # Wednesday 18th, 07:00: not yet; 07:30: queued and sent; later: not again.
    assert run_once(local("2026-11-18 07:00")).digests == []
    tick = run_once(local("2026-11-18 07:30"))
    assert len(tick.digests) == 1 and tick.sent == tick.digests
    assert run_once(local("2026-11-18 09:00")).digests == []
    # A day of one digit is written without a zero.
    assert run_once(local("2026-12-02 07:30")).digests != []
    received = mailbox.received[0]
    assert (
        mailbox.received[-1].mail["Subject"].startswith("Your follow-ups for Wednesday 2 December")
    )
    mail = received.mail
    assert received.recipients == ["sam@candidate.example"]
    assert mail["Subject"] == "Your follow-ups for Wednesday 18 November: 3 to do"
    assert mail["Auto-Submitted"] == "auto-generated"
    body = mail.get_payload(decode=True).decode().replace("\r\n", "\n")
    assert body == (
        "Good morning, Sam Lee.\n"
        "\n"
        "Overdue:\n"
        "- Write your debrief (Northwind Analytics), was due Tue 17 Nov 14:00\n"
        "\n"
        "Due today:\n"
        "- Thank-you note to Marcus Bell (Northwind Analytics), due Wed 18 Nov 11:00\n"
        "- Thank-you note to Priya Raman (Northwind Analytics), due Wed 18 Nov 11:00\n"
        "\n"
        "followup agenda shows the whole list.\n"
    )


def test_the_worker_sends_only_what_is_due(mailbox: SmtpServer) -> None:
    from followup.delivery.worker import run_once

    queue(at=local("2026-11-17 15:00"))
    assert run_once(local("2026-11-17 14:59")).sent == []
    assert run_once(datetime(2026, 11, 17, 20, 0, tzinfo=UTC)).sent == [1]
