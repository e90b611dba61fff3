"""In Chromium at 390 px: choosing the interview's zone brings its country's holidays (issue 16).

The candidate lives in Toronto (country CA); a London interview's form must
offer GB as soon as the zone is chosen, and the preview of the dates follows.
"""

from __future__ import annotations

from typing import Any

from tests.web.test_browser import browser, shots
from tests.web.test_browser_phone import PHONE, phone_server

__all__ = ["browser", "phone_server", "shots"]


def test_the_zone_field_brings_its_country_and_the_preview_follows(
    browser: Any, phone_server: str
) -> None:
    from playwright.sync_api import expect

    page = browser.new_page()
    page.set_viewport_size({"width": PHONE, "height": 844})
    try:
        page.goto(phone_server + "/interviews/new/")
        assert page.input_value("#f-country") == "CA"
        page.fill("#f-start", "2026-06-22T10:00")
        page.fill("#f-next_step", "We'll decide by Tuesday 30 June.")
        reading = page.locator("#next-step-reading")
        # Wednesday 1 July is Canada Day: the check-in waits a day longer in Canada.
        reading.get_by_text("Friday 3 July").wait_for()
        with page.expect_response("**/interviews/region/"):
            page.fill("#f-timezone", "Europe/London")
            page.press("#f-timezone", "Tab")  # the change, as a person leaves the field
        expect(page.locator("#f-country")).to_have_value("GB")
        expect(page.locator("#f-subdivision")).to_have_value("")
        reading.get_by_text("Thursday 2 July").wait_for()
        # A country typed by hand stays when the zone changes again.
        page.fill("#f-country", "France")
        assert page.input_value("#f-country") == "France"
        with page.expect_response("**/interviews/region/"):
            page.fill("#f-timezone", "America/Toronto")
            page.press("#f-timezone", "Tab")  # the change, as a person leaves the field
        page.wait_for_timeout(300)  # time enough for a swap, were one to come
        expect(page.locator("#f-country")).to_have_value("France")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    finally:
        page.close()
