"""End to end in a real headless Chromium (Debian's, driven by Playwright's Python client).

One `followup serve` process for the module, on a free loopback port, over
its own store; one browser with a temporary profile. The journey: add an
interview, see the plan and its timeline, edit a draft and watch the lint
update, log a contact and be refused, record an outcome. Each page is saved
as a screenshot at desktop (1280 px) and phone (390 px) widths, and checked there
with axe-core against WCAG 2.2 A and AA; screenshots go to
$FOLLOWUP_SCREENSHOTS or a temporary folder (docs/screenshots/ holds the
best of them).

`make test` installs the browser first (.ci/ensure-browser); nothing here is
skipped.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup.store.location import DATABASE_NAME
from tests.conftest import ON_POSTGRES

CHROMIUM = os.environ.get("FOLLOWUP_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ZONE = "America/New_York"
WIDTHS = (1280, 390)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, migrated_store: Path) -> Iterator[str]:
    from tests.store_support import server_home, web_address

    home = tmp_path_factory.mktemp("web-home")
    if not ON_POSTGRES:
        shutil.copy(migrated_store, home / DATABASE_NAME)
    env = {
        **os.environ,
        **server_home(home),
        "FOLLOWUP_TIMEZONE": ZONE,
        "FOLLOWUP_COUNTRY": "US",
        "TZ": "UTC",
    }
    with web_address(["serve", "--port", "0"], env) as address:
        yield address


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run .ci/ensure-browser"
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=FLAGS,
            viewport={"width": 1280, "height": 900},
            locale="en-GB",
            timezone_id=ZONE,
        )
        context.set_default_timeout(10_000)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("FOLLOWUP_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return Path(folder)
    return tmp_path_factory.mktemp("screenshots")


AXE = Path(__file__).parent / "vendor" / "axe-4.14.1.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def accessibility_violations(page: Any) -> list[str]:
    """What axe-core (vendored, MPL-2.0) finds against WCAG 2.2 A and AA on the page."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return result.violations.map(
                v => `${v.id}: ${v.nodes.map(n => n.target.join(" ")).join(", ")}`);
        }""",
        WCAG,
    )
    return list(found)


def shoot(page: Any, folder: Path, name: str) -> None:
    """A screenshot at each width, each checked by axe-core."""
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)
        assert accessibility_violations(page) == [], (name, width)
    page.set_viewport_size({"width": 1280, "height": 900})


def label(scope: Any, text: str) -> Any:
    """The control labelled exactly `text` (a required field's label ends with " *")."""
    return scope.get_by_label(re.compile(rf"^{re.escape(text)}( \*)?$"))


def local_input(moment: datetime) -> str:
    return moment.astimezone(ZoneInfo(ZONE)).strftime("%Y-%m-%dT%H:%M")


def test_the_whole_follow_up_in_the_browser(server: str, browser: Any, shots: Path) -> None:
    from playwright.sync_api import expect

    page = browser.new_page()
    page.goto(server + "/")
    expect(page.get_by_role("heading", name="No interviews yet")).to_be_visible()

    # 1. Add an interview: two interviewers, the next step read as you type.
    page.get_by_role("link", name="New", exact=True).click()
    started = datetime.now(UTC) - timedelta(hours=3)
    label(page, "Company").fill("Northwind Analytics")
    label(page, "Role").fill("Senior Data Engineer")
    label(page, "Starts").fill(local_input(started))
    label(page, "State or province").fill("NY")
    first = page.locator("#rows .person").nth(0)
    label(first, "Name").fill("Priya Raman")
    label(first, "Title").fill("Engineering Manager")
    label(first, "Email").fill("priya@northwind.example")
    label(first, "Topics you discussed").fill("streaming ingestion\non-call rotation")
    page.get_by_role("button", name="Add an interviewer").click()
    second = page.locator("#rows .person").nth(1)
    expect(label(second, "Name")).to_be_focused()
    label(second, "Name").fill("Marcus Bell")
    label(second, "Email").fill("marcus@northwind.example")
    label(second, "Topics you discussed").fill("data modelling")
    label(page, "What they said about next steps").fill("We'll make a decision by Friday.")
    expect(page.locator("#next-step-reading")).to_contain_text("decision by Friday")
    expect(page.locator("#next-step-reading")).to_contain_text("check in")
    shoot(page, shots, "new-interview")
    page.get_by_role("button", name="Save and see the plan").click()

    # 2. The plan and its timeline.
    expect(page).to_have_url(re.compile(r"/interviews/\d+/$"))
    interview = page.url.rstrip("/").rsplit("/", 1)[1]
    expect(page.locator("svg.timeline")).to_be_visible()
    assert page.locator("svg.timeline .tl-row").count() >= 5
    expect(page.locator("svg.timeline .tl-today")).to_have_count(1)
    expect(page.get_by_text("Thank-you note to Marcus Bell")).to_be_visible()
    shoot(page, shots, "interview")

    # 3. A draft, edited: the lint answers as you type, the mailto link follows.
    page.get_by_role("link", name="Drafts").click()
    body = page.locator("#body-0")
    expect(body).to_contain_text("Dear")
    expect(page.locator("#lint-0")).to_contain_text("words")
    body.press("End")
    body.type("\nHey, did I get the job?")
    expect(page.locator("#lint-0")).to_contain_text("asks outcome")
    expect(page.locator("#lint-0")).to_contain_text("informal")
    href = page.locator("#mailto-0").get_attribute("href") or ""
    assert href.startswith("mailto:") and "get%20the%20job" in href
    shoot(page, shots, "drafts")
    # Two thank-you notes alike: interviewers compare notes, and the lint says so.
    copy = page.locator("#body-1").input_value().replace("Priya", "Marcus")
    body.fill(copy)
    expect(page.locator("#lint-0")).to_contain_text("duplicate")

    # 4. A check-in now is too soon: refused before saving, and when submitted.
    page.goto(f"{server}/interviews/{interview}/log/")
    label(page, "What did you do?").select_option("check_in")
    expect(page.locator("#verdict")).to_contain_text("The guardrails refuse this.")
    page.get_by_role("button", name="Record it").click()
    expect(page.get_by_text("Nothing was recorded")).to_be_visible()
    expect(page.locator("#verdict")).to_contain_text("It becomes fine on")
    expect(label(page, "What did you do?")).to_have_value("check_in")
    shoot(page, shots, "refused")

    # A thank-you is fine: recorded, and the plan shows it done.
    label(page, "What did you do?").select_option("thank_you")
    label(page, "To whom").select_option("Priya Raman")
    expect(page.locator("#verdict")).to_contain_text("Fine to do.")
    label(page, "Record it anyway, because…").fill("")
    page.get_by_role("button", name="Record it").click()
    expect(page.get_by_text("Recorded: Thank-you note to Priya Raman")).to_be_visible()

    # 5. The outcome.
    page.get_by_role("link", name="Outcome").click()
    page.get_by_role("radio", name="Rejected").check()
    page.get_by_role("checkbox", name=re.compile("I want to stay in touch")).check()
    page.get_by_role("button", name="Record the outcome").click()
    expect(page.get_by_text("Outcome: Rejected (keeping in touch)")).to_be_visible()
    expect(page.get_by_text("Bridge note to Priya Raman")).to_be_visible()
    expect(page.locator("svg.timeline .st-done")).not_to_have_count(0)
    expect(page.locator("svg.timeline .st-cancelled")).not_to_have_count(0)
    shoot(page, shots, "interview-later")

    page.goto(server + "/")
    expect(page.get_by_role("heading", name="Agenda")).to_be_visible()
    # Rule book, second edition: the rejection cancelled Marcus's unsent thank-you;
    # the bridge note to the contact thanks her.
    expect(page.get_by_text("Bridge note to Priya Raman")).to_be_visible()
    expect(page.get_by_text("Thank-you note to Marcus Bell")).to_have_count(0)
    shoot(page, shots, "agenda")

    # 6. "Mark done" asks first, on a page of its own; "Not yet" records nothing.
    page.get_by_role("link", name="Mark done").first.click()
    expect(page.get_by_role("heading", name="Mark this done?")).to_be_visible()
    expect(page.get_by_text("Bridge note to Priya Raman", exact=True)).to_be_visible()
    shoot(page, shots, "mark-done")
    page.get_by_role("link", name="Not yet").click()
    expect(page.get_by_role("heading", name="Agenda")).to_be_visible()
    expect(page.get_by_text("Bridge note to Priya Raman")).to_be_visible()
    page.get_by_role("link", name="Mark done").first.click()
    page.get_by_role("button", name="Mark it done").click()
    expect(page.get_by_text(re.compile(r"^Recorded: Bridge note .*to Priya Raman"))).to_be_visible()
    expect(page.get_by_role("link", name="Bridge note to Priya Raman")).to_have_count(0)
    page.goto(server + "/interviews/")
    shoot(page, shots, "interviews")
    page.close()


def test_form_errors_keep_the_input_and_take_the_focus(
    server: str, browser: Any, shots: Path
) -> None:
    from playwright.sync_api import expect

    page = browser.new_page()
    page.goto(server + "/interviews/new/")
    label(page, "Role").fill("Analyst")
    page.locator("#rows .person").nth(0).get_by_label("Email", exact=True).fill("ana@")
    # Interviewers are added and removed in place.
    page.get_by_role("button", name="Add an interviewer").click()
    expect(page.locator("#rows .person")).to_have_count(2)
    page.locator("#rows .person").nth(1).get_by_role(
        "button", name="Remove this interviewer"
    ).click()
    expect(page.locator("#rows .person")).to_have_count(1)
    page.get_by_role("button", name="Save and see the plan").click()
    expect(page.locator("#f-company-err")).to_have_text("Error: is required")
    expect(page.locator("#f-company")).to_be_focused()
    expect(label(page, "Role")).to_have_value("Analyst")
    expect(page.get_by_text("'ana@' is not an email address")).to_be_visible()
    shoot(page, shots, "form-errors")
    # Keyboard: the first Tab reaches the skip link.
    page.goto(server + "/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.close()
