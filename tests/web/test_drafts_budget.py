"""The drafts page within its time budget: a draft it had no time for says so on the page.

The spent budget is set, not waited for (`DRAFTS_BUDGET_SECONDS` below zero),
so these tests do not depend on the machine's speed; the input is the largest
the fields allow.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pytest

from followup.writing.budget import LATE_DRAFT
from tests.factories import interviewer, make_interview
from tests.web.conftest import html

if TYPE_CHECKING:
    from django.test import Client

NAMES = ("Priya Raman", "Marcus Bell", "Lena Ortiz", "Tomas Berg", "Aiko Sato", "Ravi Shah")


def large(user: Any) -> int:
    """A panel of six, each with the most topics of the longest length the fields allow."""
    from followup.fields import LIMITS, MAX_ITEMS
    from followup.store import services

    words = "pipeline backfill retention schema "
    topic = (words * (LIMITS["topic"] // len(words)))[: LIMITS["topic"]].strip()
    people = tuple(
        replace(interviewer(name, topics=(topic,) * 20), contact=i == 0)
        for i, name in enumerate(NAMES)
    )
    assert len(people[0].topics) <= MAX_ITEMS
    return services.add(user, make_interview(interviewers=people))


def test_a_spent_budget_shows_each_draft_as_not_prepared(
    client: Client, user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.web import views

    number = large(user)
    monkeypatch.setattr(views, "DRAFTS_BUDGET_SECONDS", -1.0)
    response = client.get(f"/interviews/{number}/drafts/")
    assert response.status_code == 200
    page = html(response)
    # One placeholder per message (a thank-you each, the references), none with a form.
    sections = re.findall(r'<section class="draft".*?</section>', page, re.S)
    assert len(sections) > len(NAMES)
    assert all(LATE_DRAFT in section for section in sections)
    assert page.count(LATE_DRAFT) == len(sections)
    assert "<textarea" not in page
    assert 'class="error late" role="alert"' in page
    assert "Send now" not in page
    assert "Out of time: some drafts could not be prepared in time for this page." in page


def test_the_large_panel_within_the_real_budget_is_drafted_or_says_it_was_not(
    client: Client, user: Any
) -> None:
    number = large(user)
    response = client.get(f"/interviews/{number}/drafts/")
    assert response.status_code == 200
    page = html(response)
    sections = re.findall(r'<section class="draft".*?</section>', page, re.S)
    assert len(sections) > len(NAMES)
    for section in sections:
        # Written (a message box to edit) or a placeholder that says so: never neither.
        assert ("<textarea" in section) != (LATE_DRAFT in section)


def test_the_live_check_out_of_time_says_it_stopped(
    client: Client, interview_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.web import views

    monkeypatch.setattr(views, "DRAFTS_BUDGET_SECONDS", -1.0)
    response = client.post(
        f"/interviews/{interview_id}/lint/",
        {"n": "0", "kind": "thank_you", "action_id": "thank_you:priya-raman", "body": "Thnak you."},
    )
    assert response.status_code == 200
    page = html(response)
    assert "the time for checking ran out first" in page
    # The spelling check never ran: no finding names the word.
    assert "spelling" not in page
