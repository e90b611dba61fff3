"""Delivery in the real browser: send a draft now, see it sent in the outbox, make a feed link.

`followup serve` (with its worker) over this test's store, which holds the
Northwind interview and an account on the recording SMTP server on
loopback, both set up with the commands, in their own processes (Django
must not run in this process while Playwright's loop does); the browser,
screenshots and axe-core checks are those of `test_browser.py`, on every
page visited, error states included.
"""

from __future__ import annotations

import urllib.request
from pathlib import Path
from typing import Any

from tests.delivery.conftest import SmtpServer, northwind_recent
from tests.delivery.conftest import smtp_server as smtp_server
from tests.delivery.test_serve import serving, wait_for
from tests.store_support import followup_ok, write
from tests.web.test_browser import browser as browser
from tests.web.test_browser import label, shoot
from tests.web.test_browser import shots as shots


def test_send_now_the_outbox_and_the_calendar_link_in_the_browser(
    store: Path, tmp_path: Path, smtp_server: SmtpServer, browser: Any, shots: Path
) -> None:
    from playwright.sync_api import expect

    followup_ok("add", str(write(tmp_path, "northwind.yaml", northwind_recent())))
    followup_ok("mail", "smtp", "--host", "127.0.0.1", "--port", str(smtp_server.port),
        "--security", "none", "--from", "sam@candidate.example", "--name", "Sam Lee")  # fmt: skip
    followup_ok("mail", "digest", "--off")
    mailbox = smtp_server
    with serving("--worker-interval", "1") as (address, errors):
        page = browser.new_page()
        page.goto(address + "interviews/1/drafts/")
        draft = page.locator("#draft-thank_youpriya-raman")
        expect(draft.get_by_role("button", name="Send at the suggested time")).to_be_visible()
        shoot(page, shots, "drafts-send")
        label(draft, "Subject").fill("Thank you, Priya")
        draft.get_by_role("button", name="Send now").click()
        expect(page).to_have_url(address + "outbox/")
        expect(page.get_by_text("Queued your note to Priya Raman")).to_be_visible()
        assert wait_for(lambda: any("sent: #1" in line for line in errors)), errors
        assert mailbox.received[0].mail["Subject"] == "Thank you, Priya"
        page.reload()
        expect(page.locator("#message-1 .badge")).to_have_text("sent")
        shoot(page, shots, "outbox")

        # The same draft again is refused, next to the draft, with the reason.
        page.goto(address + "interviews/1/drafts/")
        page.locator("#draft-thank_youmarcus-bell").get_by_role("button", name="Send now").click()
        expect(page.get_by_text("Queued your note to Marcus Bell")).to_be_visible()

        page.goto(address + "settings/")
        shoot(page, shots, "settings-delivery")
        page.get_by_role("button", name="Make a link").click()
        url = page.get_by_label("Calendar address").input_value()
        assert url.startswith(address + "calendar/") and url.endswith(".ics")
        shoot(page, shots, "calendar-link")
        with urllib.request.urlopen(url, timeout=30) as response:
            assert response.read().startswith(b"BEGIN:VCALENDAR")

        page.goto(address + "settings/mail/")
        label(page, "Where the password is").fill("hunter2")
        page.get_by_role("button", name="Save the mail account").click()
        expect(page.get_by_text("Give env:VARIABLE, file:PATH or keyring")).to_be_visible()
        shoot(page, shots, "mail-settings-errors")
        page.close()
