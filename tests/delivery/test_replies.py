"""Reply detection against a real IMAP server (dovecot on loopback)."""

from __future__ import annotations

import imaplib
import time
from collections.abc import Iterator
from datetime import UTC

import pytest

from tests.delivery.conftest import SmtpServer
from tests.delivery.imap_server import ImapServer, available, dovecot
from tests.factories import local

pytestmark = pytest.mark.skipif(available() is not None, reason=str(available()))


@pytest.fixture(scope="module")
def imap_server() -> Iterator[ImapServer]:
    with dovecot() as server:
        yield server


@pytest.fixture
def inbox(imap_server: ImapServer, mailbox: SmtpServer) -> ImapServer:
    """An empty INBOX, watched by the store's account."""
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup

    with imaplib.IMAP4(imap_server.host, imap_server.port) as imap:
        imap.login(imap_server.user, imap_server.password)
        _, count = imap.select("INBOX")
        if int(count[0] or 0):
            imap.store("1:*", "+FLAGS", "\\Deleted")
            imap.expunge()
    account = account_of(setup())
    account.imap_host = imap_server.host
    account.imap_port = imap_server.port
    account.imap_security = "none"
    account.imap_user = imap_server.user
    account.imap_password = "env:FOLLOWUP_TEST_IMAP_PASSWORD"
    account.save()
    return imap_server


@pytest.fixture(autouse=True)
def imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.delivery.imap_server import PASSWORD

    monkeypatch.setenv("FOLLOWUP_TEST_IMAP_PASSWORD", PASSWORD)


def deliver(server: ImapServer, headers: dict[str, str], body: str = "Thanks!\r\n") -> None:
    text = "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n" + body
    with imaplib.IMAP4(server.host, server.port) as imap:
        imap.login(server.user, server.password)
        imap.append("INBOX", "", imaplib.Time2Internaldate(time.time()), text.encode())


def open_actions() -> set[str]:
    from followup.store.models import Action

    return set(Action.objects.filter(interview_id=1).values_list("action_id", flat=True))


def test_a_message_from_the_interviewer_cancels_the_check_in(inbox: ImapServer) -> None:
    from followup.delivery.models import Notice
    from followup.delivery.worker import run_once

    assert "check_in" in open_actions()
    deliver(
        inbox,
        {
            "From": "Someone Else <someone@elsewhere.example>",
            "Subject": "Newsletter",
            "Date": "Wed, 18 Nov 2026 09:00:00 -0500",
        },
    )
    assert run_once(local("2026-11-18 10:00")).replies == []
    assert "check_in" in open_actions()
    deliver(
        inbox,
        {
            "From": "Priya Raman <Priya@Northwind.example>",
            "Subject": "Next steps",
            "Date": "Thu, 19 Nov 2026 15:30:00 -0500",
        },
    )
    tick = run_once(local("2026-11-19 16:00"))
    assert tick.replies == [
        "Priya Raman replied about interview 1 (Next steps): the check-in and the call are "
        "no longer needed."
    ]
    assert "check_in" not in open_actions() and "call" not in open_actions()
    assert [n.text for n in Notice.objects.all()] == tick.replies
    # Read once: the next pass finds nothing new.
    assert run_once(local("2026-11-19 16:05")).replies == []


def test_a_reply_to_one_of_our_message_ids_counts_whoever_sends_it(inbox: ImapServer) -> None:
    from followup.delivery.boot import setup
    from followup.delivery.outbox import queue_action
    from followup.delivery.worker import run_once
    from followup.etiquette.model import ContactKind
    from followup.store import services

    noon = local("2026-11-17 12:00")
    sent = queue_action(setup(), 1, "thank_you:marcus-bell", now=noon, immediately=True)
    assert run_once(noon).sent == [sent.pk]
    deliver(
        inbox,
        {
            "From": "Recruiting <talent@northwind.example>",
            "Subject": "Re: " + sent.subject,
            "Date": "Wed, 18 Nov 2026 11:00:00 -0500",
            "In-Reply-To": sent.message_id,
            "References": sent.message_id,
        },
    )
    tick = run_once(local("2026-11-18 12:00"))
    assert len(tick.replies) == 1 and tick.replies[0].startswith("Marcus Bell replied")
    assert "check_in" not in open_actions()
    contacts = services.load(setup(), 1).interview.contacts
    replies = [c for c in contacts if c.kind is ContactKind.REPLY]
    assert [(c.at.astimezone(UTC).isoformat(), c.to) for c in replies] == [
        ("2026-11-18T16:00:00+00:00", "Marcus Bell")
    ]
