"""The drafts page names a missing fact in words and links to where it is entered."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from tests.factories import interviewer, make_interview
from tests.web.conftest import html

if TYPE_CHECKING:
    from django.test import Client


def hints_of(page: str) -> str:
    found = re.search(r'<section class="hints".*?</section>', page, re.S)
    assert found is not None, page
    return found.group()


def test_hints_say_whose_fact_it_is_and_link_to_its_field(client: Client, user: Any) -> None:
    from followup.store import services

    interview = make_interview()
    people = (
        interviewer("Priya Raman", topics=("streaming ingestion",), title="Head of Data"),
        interviewer("Marcus Bell", topics=(), title=None),
    )
    new = services.add(user, replace(interview, interviewers=people, strengths=()))
    hints = hints_of(html(client.get(f"/interviews/{new}/drafts/")))
    assert "interviewers[" not in hints and "debrief." not in hints
    assert (
        f'<a href="/interviews/{new}/edit/#f-iv-p1-title" '
        'aria-label="Add Marcus Bell&#x27;s title: Edit the interview">Edit the interview</a>'
        in hints
    )
    assert (
        f'<a href="/interviews/{new}/debrief/#f-topics-1" '
        'aria-label="Add what you discussed with Marcus Bell: Debrief">Debrief</a>' in hints
    )
    assert (
        f'<a href="/interviews/{new}/edit/#f-strengths" '
        'aria-label="Add your strengths for this role: Edit the interview">' in hints
    )
    assert f'<a href="/interviews/{new}/debrief/#f-stood_out" ' in hints
    # Each hint says its fact once, not as a label and again in the sentence.
    assert hints.count("what you discussed with Marcus Bell") == 2  # sentence + aria-label
    # The links lead to those very fields.
    edit = html(client.get(f"/interviews/{new}/edit/"))
    assert 'id="f-iv-p1-title"' in edit and 'id="f-strengths"' in edit
    assert 'id="f-topics-1"' in html(client.get(f"/interviews/{new}/debrief/"))


def test_settings_facts_link_to_the_settings(client: Client, user: Any) -> None:
    from followup.web.hints import shown
    from followup.writing.drafting import Hint

    interview = make_interview()
    phone = shown(Hint("config.phone", "Give your number."), interview, 7)
    assert (phone.label, phone.href, phone.place) == (
        "your phone number (Settings)",
        "/settings/#f-s-phone",
        "Settings",
    )
    # The command-line instruction gives way to the page's own words.
    assert "followup config" not in phone.message and "in Settings" in phone.message
    assert 'id="f-s-phone"' in html(client.get("/settings/"))
    assert 'id="f-s-name"' in html(client.get("/settings/"))
