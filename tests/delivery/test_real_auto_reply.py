"""Issue 15: an out-of-office reply written by real software changes nothing.

Our thank-you goes out through the outbox to the SMTP test server; that very
message is delivered to the interviewer's mailbox by Dovecot's LDA, whose
Sieve `vacation` answers it (tests/delivery/sieve_vacation.py); the answer
lands in the candidate's real Dovecot INBOX, and one worker pass reads it.
"""

from __future__ import annotations

import pytest

from tests.delivery import sieve_vacation
from tests.delivery.conftest import SmtpServer
from tests.delivery.dovecot_fixtures import imap_password as imap_password
from tests.delivery.dovecot_fixtures import imap_server as imap_server
from tests.delivery.dovecot_fixtures import inbox as inbox
from tests.delivery.imap_server import ImapServer, available
from tests.delivery.test_inbox_kinds import append, contacts, plan
from tests.factories import local

pytestmark = [
    pytest.mark.skipif(available() is not None, reason=str(available())),
    pytest.mark.skipif(
        sieve_vacation.available() is not None, reason=str(sieve_vacation.available())
    ),
]


def test_a_sieve_vacation_reply_to_our_thank_you_changes_nothing(
    inbox: ImapServer, mailbox: SmtpServer
) -> None:
    from followup.delivery.boot import setup
    from followup.delivery.models import Notice
    from followup.delivery.outbox import queue_action
    from followup.delivery.worker import run_once
    from followup.inbox.message import read

    noon = local("2026-11-17 12:00")
    sent = queue_action(setup(), 1, "thank_you:marcus-bell", now=noon, immediately=True)
    assert run_once(noon).sent == [sent.pk]
    (delivered,) = mailbox.received
    before, logged = plan(), contacts()
    assert logged == ["email"]  # the thank-you, logged as it went out

    reply = sieve_vacation.vacation_reply(
        delivered.data,
        recipient=sent.recipient,
        sender=sent.sender,
        subject="Away until Monday 23 November",
        text="I am out of the office until Monday 23 November and read no email until then.",
    )
    # What Pigeonhole wrote: RFC 3834 headers, and an answer to our own message.
    reading = read(reply)
    assert reading.kind == "auto_reply"
    assert sent.message_id in reply.decode()
    assert b"Auto-Submitted: auto-replied" in reply

    append(inbox, reply.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    tick = run_once(local("2026-11-18 09:00"))
    assert tick.errors == [] and tick.replies == [] and tick.bounced == []
    assert tick.automatic == [
        "Marcus Bell sent an automatic reply about interview 1 (Away until Monday 23 "
        "November): nothing changes."
    ]
    assert [n.text for n in Notice.objects.all()] == tick.automatic
    # Not the employer's answer: the check-in stays, the thank-you stays logged.
    assert plan() == before and contacts() == logged
