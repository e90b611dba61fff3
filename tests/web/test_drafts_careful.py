"""The drafts page after the second reading of issue #11: one message a day to
one person, shown as such and refused as two; a letter's date and address; a
rejection without a wish to keep in touch says why no bridge note comes.

Django's test client on the shared web fixtures (frozen on Wednesday
18 November 2026, 10:00 in New York, the day after the sample interview).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pytest

from followup.etiquette.model import Outcome, OutcomeKind
from tests.factories import interviewer, local, make_interview
from tests.web.conftest import html

if TYPE_CHECKING:
    from django.test import Client


@pytest.fixture
def account(user: Any) -> Any:
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup

    setup()
    account = account_of(user)
    account.smtp_host, account.smtp_port, account.smtp_security = "127.0.0.1", 2525, "none"
    account.sender, account.sender_name = "ana@candidate.example", "Ana Ruiz"
    account.save()
    return account


def test_the_thank_you_of_the_same_day_rides_in_the_references_email(
    client: Client, user: Any, account: Any
) -> None:
    from followup.store import services

    one = (interviewer("Priya Raman", topics=("streaming ingestion",)),)
    interview_id = services.add(
        user, replace(make_interview(interviewers=one), references_requested=True)
    )
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    assert 'id="draft-thank_youpriya-raman"' not in page
    section = page.split('id="draft-send_references"')[1].split("</section>")[0]
    assert (
        "One message, not two on one day: it carries your thank-you note to Priya Raman as "
        "well, and sending it counts for both." in section
    )
    # Sending the thank-you on its own is refused in words, never a server error.
    refused = client.post(
        f"/interviews/{interview_id}/send/",
        {
            "action_id": "thank_you:priya-raman",
            "subject": "Thank you",
            "body": "Dear Priya,\n\nThank you.\n\nBest regards,",
            "when": "now",
        },
    )
    assert refused.status_code == 422
    assert "goes in the same message as send_references" in html(refused)


def test_logging_the_combined_message_by_hand_records_what_it_carried(
    client: Client, user: Any
) -> None:
    from followup.store import services

    one = (interviewer("Priya Raman", topics=("streaming ingestion",)),)
    interview_id = services.add(
        user, replace(make_interview(interviewers=one), references_requested=True)
    )
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    section = page.split('id="draft-send_references"')[1].split("</section>")[0]
    link = (
        f"/interviews/{interview_id}/log/?action=send_references&amp;to=Priya%20Raman"
        "&amp;covers=thank_you%3Apriya-raman"
    )
    assert f'href="{link}">Log it as sent</a>' in section
    form = html(client.get(link.replace("&amp;", "&")))
    assert (
        '<input type="checkbox" name="covers" value="thank_you:priya-raman" checked> '
        "your thank-you note, recorded with it at the same time" in form
    )
    done = client.post(
        f"/interviews/{interview_id}/log/",
        {
            "action": "send_references",
            "to": "Priya Raman",
            "at": "2026-11-18T10:00",
            "covers": "thank_you:priya-raman",
        },
        follow=True,
    )
    assert done.status_code == 200
    shown = html(done)
    assert (
        "Recorded: References sent to Priya Raman (carrying your thank-you note), "
        "Wed 18 Nov, 10:00" in shown
    )
    contacts = services.load(user, interview_id).interview.contacts
    assert [(c.purpose.value if c.purpose else None, c.to) for c in contacts] == [
        ("thank_you", "Priya Raman"),
        ("send_references", "Priya Raman"),
    ]
    assert len({c.at for c in contacts}) == 1
    # Unticked, only the references are recorded: the thank-you stays owed.
    other = services.add(
        user,
        replace(make_interview(company="Southwind", interviewers=one), references_requested=True),
    )
    client.post(
        f"/interviews/{other}/log/",
        {"action": "send_references", "to": "Priya Raman", "at": "2026-11-18T10:00"},
    )
    assert [
        c.purpose.value for c in services.load(user, other).interview.contacts if c.purpose
    ] == ["send_references"]


def test_a_queued_message_that_carries_a_thank_you_still_says_so(
    client: Client, user: Any, account: Any
) -> None:
    from followup.delivery.outbox import queue_action
    from followup.store import services
    from tests.web.conftest import NOW

    one = (interviewer("Grace Adeyemi", topics=("dementia care",)),)
    withdrawn = Outcome(OutcomeKind.WITHDRAWN, local("2026-11-18 09:00"))
    interview_id = services.add(user, make_interview(interviewers=one, outcome=withdrawn))
    message = queue_action(user, interview_id, "withdrawal", now=NOW, immediately=True)
    assert message.covers == ["thank_you:grace-adeyemi"]
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    # Not offered again on its own: it goes with the queued withdrawal.
    assert 'id="draft-thank_yougrace-adeyemi"' not in page
    section = page.split('id="draft-withdrawal"')[1].split("</section>")[0]
    assert "it carries your thank-you note to Grace Adeyemi as well" in section
    assert "Queued for" in section


def test_a_letter_shows_its_date_and_address_and_no_subject(client: Client, user: Any) -> None:
    from followup.store import services

    one = (interviewer("Patricia Doyle", title="Team Manager", email=None, topics=("caseloads",)),)
    interview = make_interview(company="Northfield Council", interviewers=one)
    interview_id = services.add(user, interview)
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    section = page.split('id="draft-thank_youpatricia-doyle"')[1].split("</section>")[0]
    assert '<pre class="letter-head"' in section
    assert "18 November 2026\n\nPatricia Doyle\nTeam Manager\nNorthfield Council</pre>" in section
    assert "Dear Patricia Doyle," in section and "Yours sincerely," in section
    assert 'name="subject" type="text" value=""' in section


def test_a_rejection_without_keep_in_touch_links_to_the_outcome(client: Client, user: Any) -> None:
    from followup.store import services

    rejected = Outcome(OutcomeKind.REJECTED, local("2026-11-17 18:00"))
    interview_id = services.add(user, make_interview(outcome=rejected))
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    assert "No bridge note is drafted" in page
    assert f'href="/interviews/{interview_id}/outcome/#f-keep_in_touch"' in page
    outcome = html(client.get(f"/interviews/{interview_id}/outcome/"))
    assert 'id="f-keep_in_touch"' in outcome


def test_a_thank_you_already_queued_is_not_folded_into_the_references_email(
    client: Client, user: Any, account: Any
) -> None:
    from followup.delivery.models import Message
    from followup.store import services

    one = (interviewer("Priya Raman", topics=("streaming ingestion",)),)
    interview_id = services.add(user, make_interview(interviewers=one))
    body = "Dear Priya,\n\nThank you for meeting with me yesterday about streaming ingestion.\n\n"
    body += "Best regards,"
    queued = client.post(
        f"/interviews/{interview_id}/send/",
        {
            "action_id": "thank_you:priya-raman",
            "subject": "Thank you",
            "body": body,
            "when": "suggested",
        },
    )
    assert queued.status_code == 302
    assert Message.objects.filter(action_id="thank_you:priya-raman", state="queued").exists()
    # Then they ask for references: the email of the same day goes alone.
    services.update(user, interview_id, lambda i: replace(i, references_requested=True))
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    section = page.split('id="draft-send_references"')[1].split("</section>")[0]
    assert "One message, not two" not in section
    assert "Thank you for meeting with me" not in section
    # The queued thank-you is still shown as queued, with its own words.
    assert 'id="draft-thank_youpriya-raman"' in page
