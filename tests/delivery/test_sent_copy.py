"""The copy of each sent message in the IMAP Sent folder, on a real dovecot on loopback."""

from __future__ import annotations

import imaplib
import re
from datetime import timedelta
from typing import Any

import pytest

from tests.delivery.conftest import SmtpServer
from tests.delivery.dovecot_fixtures import imap_server as imap_server
from tests.delivery.imap_server import ImapServer, available
from tests.delivery.test_sending import NOON, queue

needs_dovecot = pytest.mark.skipif(available() is not None, reason=str(available()))


def emptied(server: ImapServer) -> None:
    with imaplib.IMAP4(server.host, server.port) as imap:
        imap.login(server.user, server.password)
        _, lines = imap.list()
        for line in lines:
            name = line.decode().rsplit(" ", 1)[-1].strip('"') if isinstance(line, bytes) else ""
            if name and name != "INBOX":
                imap.delete(f'"{name}"')


@pytest.fixture
def account(imap_server: ImapServer, mailbox: SmtpServer, monkeypatch: pytest.MonkeyPatch) -> Any:
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup
    from tests.delivery.imap_server import PASSWORD

    monkeypatch.setenv("FOLLOWUP_TEST_IMAP_PASSWORD", PASSWORD)
    emptied(imap_server)
    account = account_of(setup())
    account.imap_host = imap_server.host
    account.imap_port = imap_server.port
    account.imap_security = "none"
    account.imap_user = imap_server.user
    account.imap_password = "env:FOLLOWUP_TEST_IMAP_PASSWORD"
    account.save()
    return account


def in_folder(server: ImapServer, folder: str) -> list[bytes]:
    with imaplib.IMAP4(server.host, server.port) as imap:
        imap.login(server.user, server.password)
        status, _ = imap.select(f'"{folder}"', readonly=True)
        if status != "OK":
            return []
        _, data = imap.search(None, "ALL")
        found = []
        for number in (data[0] or b"").split():
            _, parts = imap.fetch(number, "(BODY.PEEK[])")
            found.append(parts[0][1])
        return found


@needs_dovecot
def test_a_sent_message_is_copied_as_sent_to_the_folder_flagged_sent(
    account: Any, imap_server: ImapServer, mailbox: SmtpServer
) -> None:
    from followup.delivery.sent_copy import save_copy
    from followup.delivery.worker import run_once

    with imaplib.IMAP4(imap_server.host, imap_server.port) as imap:
        imap.login(imap_server.user, imap_server.password)
        # Not called "Sent": the folder is found by its name only as a fallback.
        imap.create('"Sent Items"')
    message = queue(immediately=True)
    # dovecot without special-use config flags none: the fallback "Sent" is made.
    tick = run_once(NOON + timedelta(seconds=5))
    assert tick.sent == [message.pk]  # type: ignore[attr-defined]
    copies = in_folder(imap_server, "Sent")
    assert len(copies) == 1
    sent_id = mailbox.recorder.message_ids()[-1]
    assert re.search(rb"^Message-ID: " + re.escape(sent_id.encode()), copies[0], re.M | re.I)
    assert re.search(rb"^Date: ", copies[0], re.M)
    # As sent: the very bytes the SMTP server took (line ends aside).
    taken = mailbox.received[-1].data.replace(b"\r\n", b"\n")
    assert copies[0].replace(b"\r\n", b"\n").rstrip(b"\n") == taken.rstrip(b"\n")
    # Never twice: the same bytes again find the copy by its Message-ID.
    assert save_copy(account, copies[0], NOON) == "Sent"
    assert len(in_folder(imap_server, "Sent")) == 1
    assert in_folder(imap_server, "Sent Items") == []


@needs_dovecot
def test_a_copy_that_fails_is_a_notice_and_never_a_resend(
    account: Any, imap_server: ImapServer, mailbox: SmtpServer
) -> None:
    from followup.delivery.models import Message, Notice
    from followup.delivery.worker import run_once

    account.imap_password = "env:FOLLOWUP_NO_SUCH_PASSWORD_VARIABLE"
    account.save()
    message = queue(immediately=True)
    tick = run_once(NOON + timedelta(seconds=5))
    assert tick.sent == [message.pk]  # type: ignore[attr-defined]
    assert Message.objects.get(pk=message.pk).state == "sent"  # type: ignore[attr-defined]
    said = [n.text for n in Notice.objects.all()]
    assert any("its copy could not be saved in your IMAP Sent folder" in t for t in said), said
    assert any("it is not sent again." in t for t in said)
    before = len(mailbox.recorder.message_ids())
    assert run_once(NOON + timedelta(hours=1)).sent == []
    assert len(mailbox.recorder.message_ids()) == before


def test_the_folder_flagged_sent_is_found_in_the_list() -> None:
    from followup.delivery.sent_copy import flagged_sent

    # LIST lines as RFC 6154 servers (Gmail, Fastmail, dovecot with special_use) give them.
    lines: list[object] = [
        b'(\\HasNoChildren) "/" "INBOX"',
        b'(\\HasNoChildren \\Drafts) "/" "Drafts"',
        b'(\\HasNoChildren \\Sent) "/" "[Gmail]/Sent Mail"',
    ]
    assert flagged_sent(lines) == "[Gmail]/Sent Mail"
    assert flagged_sent([b'(\\HasNoChildren \\Sent) "." Sent']) == "Sent"
    assert flagged_sent([b'(\\HasNoChildren) "/" "Sent"']) is None
