"""Issue 15: a bounce written by a real mail server, end to end, and what it undoes.

The worker sends our thank-you over SMTP to a real Postfix
(tests/delivery/postfix_server.py), which has no mailbox for the interviewer
and bounces it; its delivery report is delivered into the candidate's real
Dovecot mailbox; the next worker pass reads it there over IMAP. Nothing in
between is written by hand.
"""

from __future__ import annotations

import imaplib
from collections.abc import Iterator

import pytest

from tests.delivery import postfix_server
from tests.delivery.dovecot_fixtures import imap_password as imap_password
from tests.delivery.dovecot_fixtures import imap_server as imap_server
from tests.delivery.dovecot_fixtures import inbox as inbox
from tests.delivery.imap_server import ImapServer, available
from tests.delivery.test_inbox_kinds import contacts, plan
from tests.factories import local

pytestmark = [
    pytest.mark.skipif(available() is not None, reason=str(available())),
    pytest.mark.skipif(
        postfix_server.available() is not None, reason=str(postfix_server.available())
    ),
]


@pytest.fixture
def mta(inbox: ImapServer) -> Iterator[postfix_server.Postfix]:
    """Postfix as the account's SMTP server, bouncing into the candidate's Dovecot INBOX."""
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup

    assert inbox.mail is not None
    with postfix_server.postfix(inbox.mail, inbox.user) as server:
        account = account_of(setup())
        account.smtp_host, account.smtp_port = server.host, server.port
        account.save()
        yield server


def messages(server: ImapServer) -> int:
    with imaplib.IMAP4(server.host, server.port) as imap:
        imap.login(server.user, server.password)
        _, count = imap.select("INBOX", readonly=True)
        return int(count[0] or 0)


def test_a_postfix_bounce_marks_the_message_and_reopens_the_thank_you(
    inbox: ImapServer, mta: postfix_server.Postfix
) -> None:
    from followup.delivery.boot import setup
    from followup.delivery.models import Message, Notice
    from followup.delivery.outbox import queue_action
    from followup.delivery.worker import run_once

    noon = local("2026-11-17 12:00")
    sent = queue_action(setup(), 1, "thank_you:marcus-bell", now=noon, immediately=True)
    tick = run_once(noon)
    assert tick.sent == [sent.pk] and tick.errors == []
    assert contacts() == ["email"]  # logged as it went out
    before = plan()
    assert "thank_you:marcus-bell" not in before

    # Postfix finds no mailbox for Marcus and reports it to us, into Dovecot.
    postfix_server.wait_for(mta.log, "status=bounced (unknown user")
    postfix_server.wait_for(mta.log, "to=<sam@candidate.example>, relay=virtual")
    assert messages(inbox) == 1

    tick = run_once(local("2026-11-18 09:00"))
    assert tick.bounced == [sent.pk] and tick.replies == [] and tick.errors == []
    message = Message.objects.get(pk=sent.pk)
    assert message.state == "bounced"
    assert message.last_error == "bounced: marcus@northwind.example could not be delivered"
    (notice,) = Notice.objects.filter(message=message)
    assert notice.text == (
        f"Your message to Marcus Bell about interview 1 ({sent.subject}), sent Tue 17 Nov, "
        "bounced: marcus@northwind.example could not be delivered. Check the address before "
        "you write again. It no longer counts as your thank-you note to Marcus Bell: the "
        "plan asks for it again, due Wed 18 Nov 16:00 UTC."
    )
    # The thank-you never reached him: out of the log, and open again in the plan.
    assert contacts() == []
    assert plan() == {**before, "thank_you:marcus-bell": "2026-11-17T16:00:00+00:00"}
