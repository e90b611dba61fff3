"""The real Dovecot mailbox shared by the IMAP tests: import the fixtures a
module needs (`from tests.delivery.dovecot_fixtures import imap_server, inbox`).

`imap_server` is one Dovecot per module; `inbox` empties its INBOX and points
the store's account at it; `imap_password` gives the account its password
from the environment, as a user's `env:` password would.
"""

from __future__ import annotations

import imaplib
from collections.abc import Iterator

import pytest

from tests.delivery.conftest import SmtpServer
from tests.delivery.imap_server import PASSWORD, ImapServer, dovecot


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
    monkeypatch.setenv("FOLLOWUP_TEST_IMAP_PASSWORD", PASSWORD)
