"""The inbox proposes, the candidate confirms, in the real browser.

A real Dovecot holds the invitation; `followup worker --once` (its own
process) reads it and leaves the proposal; `followup serve` shows it on the
agenda with its buttons. "Add it" opens the new-interview form filled from
the invitation; saving it answers the proposal. Then the organizer's
cancellation is proposed, on the agenda and in the outbox, and "Mark called
off" in the outbox records it. The browser,
screenshots and axe-core checks are those of `test_browser.py`.
"""

from __future__ import annotations

import imaplib
import time
from pathlib import Path
from typing import Any

import pytest

from tests.delivery.dovecot_fixtures import imap_server as imap_server
from tests.delivery.imap_server import PASSWORD, ImapServer, available
from tests.delivery.test_serve import serving
from tests.store_support import followup_ok
from tests.web.test_browser import browser as browser
from tests.web.test_browser import shoot
from tests.web.test_browser import shots as shots

pytestmark = pytest.mark.skipif(available() is not None, reason=str(available()))

INVITES = Path(__file__).resolve().parents[1] / "inbox" / "invites"


def deliver(server: ImapServer, ics: bytes) -> None:
    raw = (
        b"From: Priya Raman <priya@northwind.example>\r\nTo: sam@candidate.example\r\n"
        b"Subject: Invitation: Interview\r\nDate: Tue, 10 Nov 2026 09:00:00 +0000\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n" + ics
    )
    with imaplib.IMAP4(server.host, server.port) as imap:
        imap.login(server.user, server.password)
        imap.append("INBOX", "", imaplib.Time2Internaldate(time.time()), raw)


def test_add_it_and_mark_called_off_from_the_agenda(
    store: Path,
    imap_server: ImapServer,
    browser: Any,
    shots: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from playwright.sync_api import expect

    monkeypatch.setenv("FOLLOWUP_TEST_IMAP_PASSWORD", PASSWORD)
    with imaplib.IMAP4(imap_server.host, imap_server.port) as imap:
        imap.login(imap_server.user, imap_server.password)
        _, count = imap.select("INBOX")
        if int(count[0] or 0):
            imap.store("1:*", "+FLAGS", "\\Deleted")
            imap.expunge()
    followup_ok("config", "email", "sam@candidate.example")
    followup_ok("mail", "imap", "--host", imap_server.host, "--port", str(imap_server.port),
        "--security", "none", "--user", imap_server.user,
        "--password-env", "FOLLOWUP_TEST_IMAP_PASSWORD")  # fmt: skip
    deliver(imap_server, (INVITES / "google.ics").read_bytes())
    followup_ok("worker", "--once")
    with serving() as (address, _):
        page = browser.new_page()
        page.goto(address)
        notice = page.locator("li.notice", has_text="New interview invitation from Priya Raman")
        expect(notice.get_by_role("button", name="Not an interview")).to_be_visible()
        shoot(page, shots, "agenda-proposal-new")
        notice.get_by_role("button", name="Add it").click()
        expect(page.get_by_text("Filled from the invitation")).to_be_visible()
        expect(page.locator('input[name="invite_uid"]')).to_have_value("4f1c0a9d2b8e@google.com")
        shoot(page, shots, "proposal-add-form")
        page.locator("#interview-form").get_by_role("button", name="Save").click()
        expect(page.get_by_text("Saved. This is the plan for")).to_be_visible()
        page.goto(address)
        expect(page.get_by_text("New interview invitation from Priya Raman")).to_have_count(0)

    deliver(imap_server, (INVITES / "google_cancel.ics").read_bytes())
    followup_ok("worker", "--once")
    with serving() as (address, _):
        page = browser.new_page()
        page.goto(address)
        notice = page.locator("li.notice", has_text="cancelled the invitation for interview 1")
        expect(notice.get_by_role("button", name="Keep it")).to_be_visible()
        shoot(page, shots, "agenda-proposal-cancel")
        # The outbox lists the same notice with the same two answers (issue 15), and
        # answering there stays there.
        page.goto(address + "outbox/")
        notice = page.locator("li.notice", has_text="cancelled the invitation for interview 1")
        expect(notice.get_by_role("button", name="Keep it")).to_be_visible()
        expect(notice.get_by_role("button", name="Dismiss")).to_have_count(0)
        shoot(page, shots, "outbox-proposal-cancel")
        notice.get_by_role("button", name="Mark called off").click()
        expect(page.get_by_text("Interview 1 is marked called off")).to_be_visible()
        assert page.url == address + "outbox/"
        expect(page.get_by_text("cancelled the invitation for interview 1")).to_have_count(0)
        page.goto(address)
        expect(page.get_by_text("cancelled the invitation for interview 1")).to_have_count(0)
    assert "outcome: called off" in followup_ok("show", "1")
