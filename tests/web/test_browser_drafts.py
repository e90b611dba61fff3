"""The drafts page keeps your work, in the real browser (issue #11).

`followup serve` over this test's store (the Northwind interview and an
account on the recording SMTP server on loopback, set up with the commands in
their own processes); the browser, screenshots and axe-core checks are those
of `test_browser.py`. The journey: type into a draft, reload, the words are
still there; queue the check-in for its window, see "Queued for ..." with Edit
and Cancel; Edit puts it back as a draft; a notice is dismissed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.delivery.conftest import SmtpServer, northwind_recent
from tests.delivery.conftest import smtp_server as smtp_server
from tests.delivery.test_serve import serving
from tests.store_support import followup_ok, write
from tests.web.test_browser import browser as browser
from tests.web.test_browser import label, shoot
from tests.web.test_browser import shots as shots


def test_edits_survive_a_reload_and_a_queued_note_can_be_edited_or_cancelled(
    store: Path, tmp_path: Path, smtp_server: SmtpServer, browser: Any, shots: Path
) -> None:
    from playwright.sync_api import expect

    followup_ok("add", str(write(tmp_path, "northwind.yaml", northwind_recent())))
    followup_ok("mail", "smtp", "--host", "127.0.0.1", "--port", str(smtp_server.port),
        "--security", "none", "--from", "sam@candidate.example", "--name", "Sam Lee")  # fmt: skip
    followup_ok("mail", "digest", "--off")
    # A long worker interval: what is queued for later stays queued while we look.
    with serving("--worker-interval", "3600") as (address, _errors):
        page = browser.new_page()
        page.goto(address + "interviews/1/drafts/")
        draft = page.locator("#draft-thank_youpriya-raman")
        body = label(draft, "Message")
        body.fill("Dear Priya,\n\nThank you for the conversation about streaming ingestion.\n\nSam")
        expect(draft.get_by_text("Your edits are saved.")).to_be_visible()
        page.reload()
        expect(label(page.locator("#draft-thank_youpriya-raman"), "Message")).to_have_value(
            "Dear Priya,\n\nThank you for the conversation about streaming ingestion.\n\nSam"
        )
        shoot(page, shots, "drafts-saved")

        # Queued for later: the draft says when, with Edit and Cancel only.
        check_in = page.locator("#draft-check_in")
        check_in.get_by_role("button", name="Send at the suggested time").click()
        expect(page).to_have_url(address + "outbox/")
        expect(page.get_by_text("Queued your note to Priya Raman")).to_be_visible()
        expect(page.get_by_text("#1")).to_have_count(0)
        page.goto(address + "interviews/1/drafts/")
        check_in = page.locator("#draft-check_in")
        expect(check_in.get_by_text("Queued for")).to_be_visible()
        expect(check_in.get_by_role("button", name="Edit")).to_be_visible()
        expect(check_in.get_by_role("button", name="Cancel")).to_be_visible()
        expect(check_in.get_by_role("button", name="Send now")).to_have_count(0)
        expect(check_in.get_by_role("link", name="Log it as sent")).to_have_count(0)
        shoot(page, shots, "drafts-queued")
        check_in.get_by_role("button", name="Edit").click()
        expect(page.get_by_text("Taken out of the outbox")).to_be_visible()
        check_in = page.locator("#draft-check_in")
        expect(check_in.get_by_role("button", name="Send at the suggested time")).to_be_visible()
        expect(check_in.get_by_text("Not yet: this may go from")).to_be_visible()
        page.close()
