"""Issue 16's layout on a real phone width (390 px) and the desktop (1280 px), in Chromium.

The store is filled in a child process (a Toronto panel whose thank-you to an
interviewer with a long name and address was queued and refused by a real SMTP
server on loopback with a long error, an interview seen well after its check-in
opened), then `followup serve` runs over it. Screenshots go where tests/web/test_browser.py
puts them (FOLLOWUP_SCREENSHOTS retakes docs/screenshots/).
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.test_browser import accessibility_violations, browser, shots

__all__ = ["browser", "shots"]

PHONE = 390
ZONE = "America/Toronto"
LONG_ERROR = (
    "550 5.7.1 Unauthenticated email from northwind-analytics-recruiting-team.example is "
    "not accepted due to domain's DMARC policy; see "
    "https://support.mail.example/answer/please-contact-the-administrator-of-"
    "northwind-analytics-recruiting-team-example-domain-if-this-was-a-legitimate-mail"
    # and a token with no hyphen to break at (the drafts page once went 876 px wide)
    "/keepsgoingwithoutspacesabcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz"
)
# An interviewer whose name and address are each wider than a phone in one piece.
LONG_NAME = "Maximiliana Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh"
LONG_EMAIL = (
    "maximiliana.wolfeschlegelsteinhausenbergerdorff"
    "@recruiting-and-talent-acquisition.northwind-analytics-international.example"
)
# A company whose name is one word wider than a phone: the drafts page's back link
# ("← Role at Company") once made that page 631 px wide.
LONG_COMPANY = "Verylongcompanynameincorporatedinternationalholdingsgroupwithoutanyspaces"


@pytest.fixture(scope="module")
def phone_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("phone-home")
    from tests.store_support import server_home, web_address

    env = {**os.environ, **server_home(home), "TZ": "UTC"}
    env["FOLLOWUP_TIMEZONE"] = ZONE
    env["FOLLOWUP_COUNTRY"] = "CA"
    # Filled by a child process: this test process's Django may be set up on another home.
    subprocess.run([sys.executable, "-c", FILL], env=env, check=True, timeout=120)
    with web_address(["serve", "--port", "0", "--no-worker"], env) as address:
        yield address


FILL = """
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo
from tests.factories import interviewer, make_interview
from followup.store.boot import setup
user = setup()
from followup.store import services
from followup.delivery.models import Message
import tests.web.test_browser_phone as here
zone = ZoneInfo(here.ZONE)
now = datetime.now(UTC)
def morning(days):
    moment = (now - timedelta(days=days)).astimezone(zone)
    return moment.replace(hour=10, minute=0, second=0, microsecond=0)
start = morning(2)
panel = services.add(user, make_interview(
    company="Maple Systems", role="Data Analyst", timezone=here.ZONE, country="CA",
    start=start, end=start + timedelta(hours=2),
    next_step="We'll get back to you in ten days or so.",
    interviewers=(interviewer("José Núñez", email="jose@maple.example"),
                  interviewer("Ann Lee", email="ann@maple.example"),
                  interviewer(here.LONG_NAME, email=here.LONG_EMAIL)),
))
earlier = morning(40)
services.add(user, make_interview(
    company="Thames Data", role="Engineer", timezone="Europe/London", country="GB",
    start=earlier, end=earlier + timedelta(hours=1),
    next_step="We'll decide by the end of the month.",
))
soon = morning(1)
services.add(user, make_interview(
    company=here.LONG_COMPANY, role="Staff Engineer", timezone=here.ZONE, country="CA",
    start=soon, end=soon + timedelta(hours=1),
    next_step="We'll be in touch within two weeks.",
    interviewers=(interviewer(here.LONG_NAME, email=here.LONG_EMAIL),),
))
# The long error comes the way a real one does: the thank-you is queued from its
# draft, and the worker's send is refused by an SMTP server on loopback.
from aiosmtpd.controller import Controller
from followup.delivery.account import account_of
from followup.delivery.outbox import queue_action
from followup.delivery.worker import run_once
from tests.delivery.conftest import Recorder, free_port
recorder = Recorder(answers=[here.LONG_ERROR])
controller = Controller(recorder, hostname="127.0.0.1", port=free_port())
controller.start()
account = account_of(user)
account.smtp_host, account.smtp_port, account.smtp_security = "127.0.0.1", controller.port, "none"
account.sender, account.sender_name, account.digest = "sam@candidate.example", "Sam Lee", False
account.save()
action = next(a.id for a in services.plan_now(services.load(user, panel), now).actions
              if a.to == here.LONG_NAME and a.kind.value == "thank_you")
queued = queue_action(user, panel, action, now=now - timedelta(hours=3), immediately=True)
tick = run_once(now - timedelta(hours=3), replies=False)
controller.stop()
assert tick.failed == [queued.pk], tick
failed = Message.objects.get(pk=queued.pk)
assert failed.last_error == "the server refused it: " + here.LONG_ERROR, failed.last_error
"""


def _phone(browser: Any) -> Any:
    page = browser.new_page()
    page.set_viewport_size({"width": PHONE, "height": 900})
    return page


def _width(page: Any) -> int:
    return int(page.evaluate("document.documentElement.scrollWidth"))


def _shot(page: Any, folder: Path, name: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)
    assert accessibility_violations(page) == [], (name, width)


def test_long_error_text_wraps_on_a_phone(phone_server: str, browser: Any, shots: Path) -> None:
    from playwright.sync_api import expect

    page = _phone(browser)
    # The drafts page shows the failed message's error too (found at 876 px).
    for path in ("/", "/outbox/", "/interviews/1/drafts/"):
        page.goto(phone_server + path)
        expect(page.get_by_text("DMARC policy", exact=False).first).to_be_visible()
        assert _width(page) <= PHONE, (path, _width(page))
    page.goto(phone_server + "/")
    _shot(page, shots, "agenda-error", PHONE)
    page.goto(phone_server + "/outbox/")
    _shot(page, shots, "outbox-error", PHONE)
    page.close()


def test_a_long_name_address_and_error_keep_the_agenda_and_outbox_on_a_phone(
    phone_server: str, browser: Any
) -> None:
    # Issue 16, on a phone: the refused thank-you's error (the SMTP server's own
    # words, a URL with a token no hyphen breaks), its interviewer's name and address
    # each wider than the screen in one piece; nothing may push the page sideways.
    from playwright.sync_api import expect

    page = _phone(browser)
    page.goto(phone_server + "/outbox/")
    card = page.locator(".card", has_text="DMARC policy")
    expect(card).to_contain_text("the server refused it: 550 5.7.1")
    expect(card).to_contain_text(LONG_EMAIL)
    expect(card).to_contain_text(LONG_NAME)
    assert _width(page) <= PHONE, ("/outbox/", _width(page))
    page.goto(phone_server + "/")
    expect(page.get_by_text("DMARC policy", exact=False).first).to_be_visible()
    expect(page.get_by_text(LONG_NAME, exact=False).first).to_be_visible()
    assert _width(page) <= PHONE, ("/", _width(page))
    # Every box stays inside the screen, not only the page's own scroll width.
    wider = page.evaluate(
        """(limit) => [...document.querySelectorAll('main *')]
             .filter(e => e.getBoundingClientRect().right > limit + 0.5)
             .map(e => e.tagName + '.' + e.className)""",
        PHONE,
    )
    assert wider == [], wider
    page.close()


# Every box inside <main> ends within the screen (the timeline scrolls in its own box).
WIDER_THAN = """(limit) => [...document.querySelectorAll('main *')]
  .filter(e => !e.closest('.timeline-wrap') && e.getBoundingClientRect().right > limit + 0.5)
  .map(e => e.tagName + '.' + e.className)"""


def test_a_long_address_and_company_keep_the_interview_and_drafts_pages_on_a_phone(
    phone_server: str, browser: Any, shots: Path
) -> None:
    # Issue 16's review: at 390 px the interviewer's address made the interview page
    # 1012 px wide, and the back link to a long-named company the drafts page 631 px.
    from playwright.sync_api import expect

    page = _phone(browser)
    for path, words in (
        ("/interviews/1/", LONG_EMAIL),
        ("/interviews/3/", LONG_EMAIL),
        ("/interviews/3/", LONG_COMPANY),
        ("/interviews/1/drafts/", "Data Analyst at Maple Systems"),
        ("/interviews/3/drafts/", LONG_COMPANY),
        ("/interviews/3/drafts/", LONG_NAME),
    ):
        page.goto(phone_server + path)
        expect(page.get_by_text(words, exact=False).first).to_be_visible()
        assert _width(page) <= PHONE, (path, _width(page))
        wider = page.evaluate(WIDER_THAN, PHONE)
        assert wider == [], (path, wider)
    # The address is still one link, whole, that opens a mail app.
    page.goto(phone_server + "/interviews/1/")
    link = page.get_by_role("link", name=LONG_EMAIL)
    expect(link).to_have_attribute("href", "mailto:" + LONG_EMAIL)
    _shot(page, shots, "interview-long", PHONE)
    page.goto(phone_server + "/interviews/3/drafts/")
    back = page.get_by_role("link", name=re.compile("Staff Engineer at " + LONG_COMPANY))
    expect(back).to_be_visible()
    _shot(page, shots, "drafts-long", PHONE)
    page.close()


def test_the_agenda_gives_a_london_interviews_clock_beside_yours(
    phone_server: str, browser: Any
) -> None:
    # Issue 16: the web agenda showed another zone's times in yours only; it now
    # writes both, in the words of `followup agenda` (places.clock).
    from playwright.sync_api import expect

    page = _phone(browser)
    page.goto(phone_server + "/")
    both = re.compile(
        r"(was )?due \w{3} \d{1,2} \w{3}, \d\d:\d\d Toronto time \(\d\d:\d\d London time\)"
    )
    expect(page.get_by_text(both).first).to_be_visible()
    # The Toronto panel, in your own zone, keeps one clock.
    maple = page.locator(".item", has_text="Maple Systems").first
    expect(maple).to_be_visible()
    expect(maple).not_to_contain_text("Toronto time")
    assert _width(page) <= PHONE
    page.close()


def test_settings_grouped_with_the_numbers_folded(
    phone_server: str, browser: Any, shots: Path
) -> None:
    from playwright.sync_api import expect

    page = _phone(browser)
    page.goto(phone_server + "/settings/")
    headings = page.locator("main h2").all_inner_texts()
    assert headings[:5] == [
        "You",
        "Your calendar and country",
        "Your mail",
        "Your references",
        "Timing rules",
    ]
    grace = page.get_by_label("Grace after their date, working days")
    expect(grace).to_be_hidden()  # folded under Advanced
    assert _width(page) <= PHONE
    _shot(page, shots, "settings", PHONE)
    page.get_by_text("Advanced: the rule book's numbers").click()
    expect(grace).to_be_visible()
    expect(page.locator("#f-s-policy\\.check_in_grace_business_days-help")).to_contain_text(
        "Sources: How to Master Interview Follow-Up (S4); "
        "How to Handle Follow Ups After an Interview (2014) (S0)."
    )
    # A country by its name, on the phone.
    page.get_by_label("Your country").fill("Canada")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text(re.compile(r"Saved \d+ setting"))).to_be_visible()
    expect(page.get_by_label("Your country")).to_have_value("CA")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(phone_server + "/settings/")
    _shot(page, shots, "settings", 1280)
    page.close()


def test_the_timeline_opens_at_today_on_a_phone_and_its_labels_do_not_collide(
    phone_server: str, browser: Any, shots: Path
) -> None:
    from playwright.sync_api import expect

    page = _phone(browser)
    page.goto(phone_server + "/interviews/?q=Jose")  # accents ignored
    expect(page.get_by_role("link", name=re.compile("Data Analyst")).first).to_be_visible()
    # Forty days on, today's line is far to the right of the first screenful.
    page.goto(phone_server + "/interviews/?q=thames")
    page.get_by_role("link", name=re.compile("Engineer")).first.click()
    expect(page.locator("svg.timeline .tl-today")).to_have_count(1)
    wrap = page.locator(".timeline-wrap")
    box = wrap.bounding_box()
    today = page.locator("svg.timeline .tl-today").bounding_box()
    assert box is not None and today is not None
    assert page.evaluate("document.querySelector('.timeline-wrap').scrollLeft") > 0
    assert box["x"] <= today["x"] <= box["x"] + box["width"], (box, today)
    assert _width(page) <= PHONE
    _shot(page, shots, "timeline", PHONE)
    for width in (1280, PHONE):
        page.set_viewport_size({"width": width, "height": 900})
        page.reload()
        boxes = page.evaluate(
            """() => [...document.querySelectorAll(
                 'svg.timeline .tl-tick-label, svg.timeline .tl-today-label')]
               .map(t => { const b = t.getBBox(); return [t.textContent, b.x, b.x + b.width]; })"""
        )
        boxes.sort(key=lambda b: b[1])
        for (a, _, a_end), (b, b_start, _) in itertools.pairwise(boxes):
            assert a_end <= b_start, (width, a, b, boxes)
    page.close()


# Each timeline's axis labels (and "interview" over its band), with the plot area
# they must lie in: right of the labels' column, left of the chart's end.
AXIS_LABELS = """() => [...document.querySelectorAll('.timeline-wrap')].map(wrap => {
  const column = wrap.querySelector('svg.timeline-labels').getBoundingClientRect();
  const chart = wrap.querySelector('svg.timeline').getBoundingClientRect();
  const labels = '.tl-tick-label, .tl-today-label, .tl-interview-label';
  return [...wrap.querySelector('svg.timeline').querySelectorAll(labels)].map(t => {
    const b = t.getBoundingClientRect();
    return [t.textContent, b.left, b.right, b.top, b.bottom, column.right, chart.right];
  });
})"""


def _labels_clear(timelines: list[list[list[Any]]], where: object) -> int:
    """Every label inside the plot area and clear of every other; how many were checked."""
    checked = 0
    for labels in timelines:
        assert labels, where
        for text, left, right, _, _, column, end in labels:
            assert column - 0.5 <= left and right <= end + 0.5, (where, text, labels)
        for a, b in itertools.combinations(labels, 2):
            apart = a[2] <= b[1] or b[2] <= a[1] or a[4] <= b[3] or b[4] <= a[3]
            assert apart, (where, a, b)
        checked += len(labels)
    return checked


def test_the_timelines_axis_labels_lie_in_the_plot_area_at_1280(
    phone_server: str, browser: Any, shots: Path
) -> None:
    # Issue 16's review: at 1280 the first date on the axis lay half under the labels'
    # column ("ı Dec", "9 Oct").
    from playwright.sync_api import expect

    page = browser.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    for number in (1, 2, 3):
        page.goto(f"{phone_server}/interviews/{number}/")
        expect(page.locator("svg.timeline .tl-tick-label").first).to_be_visible()
        assert _labels_clear(page.evaluate(AXIS_LABELS), number) >= 3
    page.goto(f"{phone_server}/interviews/2/")
    _shot(page, shots, "timeline-axis", 1280)
    page.close()


SWEEP = """
from datetime import timedelta
from django.template.loader import render_to_string
from followup.etiquette.planner import plan
from followup.store.boot import setup
from followup.web.timeline import layout
from tests.factories import local, make_interview
setup()
# The first midnight falls anywhere from just after the chart's start to a day on,
# and the span runs from days to months: the first tick's label meets the column.
for start_hour in (0, 1, 11, 12, 13, 22, 23):
    start = local("2026-11-17 00:00") + timedelta(hours=start_hour)
    interview = make_interview(start=start, end=start + timedelta(hours=1),
                               next_step="We'll decide by Friday.")
    for days in (-3, 0, 1, 5, 20, 45, 200):
        now = start + timedelta(days=days, hours=2)
        drawn = layout(interview.start, interview.end, plan(interview, now).actions,
                       now, interview.tz)
        print(render_to_string("web/_timeline.html", {"t": drawn}))
"""


def test_no_axis_label_hides_under_the_labels_column_for_any_start(
    browser: Any, tmp_path: Path
) -> None:
    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path / "home")}
    drawn = subprocess.run(
        [sys.executable, "-c", SWEEP], env=env, check=True, capture_output=True, text=True
    ).stdout
    css = (Path(__file__).parents[2] / "src/followup/web/static/web/app.css").read_text()
    page = browser.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.set_content(f"<style>{css}</style><main class='wrap'>{drawn}</main>")
    timelines = page.evaluate(AXIS_LABELS)
    page.close()
    assert len(timelines) == 7 * 7
    assert _labels_clear(timelines, "sweep") >= 7 * 7 * 3


LABELS_IN_VIEW = """() => {
  const wrap = document.querySelector('.timeline-wrap').getBoundingClientRect();
  return [...document.querySelectorAll('svg.timeline-labels .tl-label')].map(t => {
    const b = t.getBoundingClientRect();
    const on = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
    const seen = on !== null && (on === t || on.closest('svg.timeline-labels') !== null);
    return [t.textContent, b.x >= wrap.x - 0.5 && b.x + b.width <= wrap.x + wrap.width, seen];
  });
}"""


def test_the_timelines_labels_stay_in_view_while_it_scrolls(
    phone_server: str, browser: Any, shots: Path
) -> None:
    from playwright.sync_api import expect

    page = _phone(browser)
    page.goto(phone_server + "/interviews/?q=thames")
    page.get_by_role("link", name=re.compile("Engineer")).first.click()
    expect(page.locator("svg.timeline .tl-today")).to_have_count(1)
    wrap = ".timeline-wrap"
    # Opened at today: scrolled, with each bar's name still on screen beside it.
    assert page.evaluate(f"document.querySelector('{wrap}').scrollLeft") > 0
    rows = page.locator("svg.timeline .tl-row").count()
    for scroll in ("", f"document.querySelector('{wrap}').scrollLeft = 10000"):
        if scroll:
            page.evaluate(scroll)
        labels = page.evaluate(LABELS_IN_VIEW)
        assert len(labels) == rows >= 4
        assert all(inside and seen for _, inside, seen in labels), labels
    assert _width(page) <= PHONE
    _shot(page, shots, "timeline-labels", PHONE)
    # At 1280 nothing scrolls: the column lies exactly over the chart's own labels.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.reload()
    pairs = page.evaluate(
        """() => { const own = [...document.querySelectorAll('svg.timeline .tl-label')];
             return [...document.querySelectorAll('svg.timeline-labels .tl-label')].map((t, i) => {
               const a = t.getBoundingClientRect(), b = own[i].getBoundingClientRect();
               return [Math.abs(a.x - b.x), Math.abs(a.y - b.y)]; }); }"""
    )
    assert pairs and all(dx < 1 and dy < 1 for dx, dy in pairs), pairs
    page.close()


def test_a_first_hour_reply_is_read_as_you_type(phone_server: str, browser: Any) -> None:
    from playwright.sync_api import expect

    page = _phone(browser)
    page.goto(phone_server + "/interviews/1/reply/")
    page.get_by_label("What they said about next steps").fill(
        "Still deciding, please check back with me in a week or so."
    )
    expect(page.locator("#reading")).to_contain_text("check in")
    assert _width(page) <= PHONE
    page.close()


DRAW = """
from datetime import timedelta
from django.template.loader import render_to_string
from followup.etiquette.planner import plan
from followup.store.boot import setup
from followup.web.timeline import layout
from tests.factories import local, make_interview
setup()
interview = make_interview(next_step="We'll decide by Friday.")
for hours in range(0, 24 * 6, 3):
    now = local("2026-11-17 12:00") + timedelta(hours=hours)
    actions = plan(interview, now).actions
    drawn = layout(interview.start, interview.end, actions, now, interview.tz)
    print(render_to_string("web/_timeline.html", {"t": drawn}))
"""


def test_no_tick_label_collides_with_today_at_any_hour(browser: Any, tmp_path: Path) -> None:
    """Today's line walks across the axis, every three hours for six days: in Chromium at
    1280 px, no date label overlaps "today" (with 34 units of room, "20 Nov" did)."""
    # Drawn by a child process: Django stays out of this thread, where
    # Playwright's event loop runs.
    env = {**os.environ, "FOLLOWUP_HOME": str(tmp_path / "home")}
    drawn = subprocess.run(
        [sys.executable, "-c", DRAW], env=env, check=True, capture_output=True, text=True
    ).stdout
    css = (Path(__file__).parents[2] / "src/followup/web/static/web/app.css").read_text()
    page = browser.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.set_content(f"<style>{css}</style><main>{drawn}</main>")
    found = page.evaluate(
        """() => [...document.querySelectorAll('svg.timeline')].map(svg =>
             [...svg.querySelectorAll('.tl-tick-label, .tl-today-label')].map(t => {
               const b = t.getBBox(); return [t.textContent, b.x, b.x + b.width]; }))"""
    )
    page.close()
    for labels in found:
        labels.sort(key=lambda b: b[1])
        for (a, _, a_end), (b, b_start, _) in itertools.pairwise(labels):
            assert a_end <= b_start, (a, b, labels)
