"""The drafts page keeps your work (issue #11): edits saved per action and
sent as saved, a queued message shown with Edit and Cancel, a failed one
retried, an early check-in that says when it may go, no internal ids, and a
references email without references that cannot be queued.

Django's test client on the shared web fixtures (frozen on Wednesday
18 November 2026, 10:00 in New York, the day after the sample interview).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pytest

from tests.web.conftest import html

if TYPE_CHECKING:
    from django.test import Client

PRIYA = "thank_you:priya-raman"


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


def lint(client: Client, interview_id: int, body: str, action_id: str = PRIYA) -> Any:
    return client.post(
        f"/interviews/{interview_id}/lint/",
        {
            "n": "1",
            "kind": "thank_you",
            "action_id": action_id,
            "to": "Priya Raman <priya@northwind.example>",
            "subject": "Thank you, Priya",
            "body": body,
        },
    )


def test_an_edit_is_saved_as_it_is_linted_and_survives_a_reload(
    client: Client, interview_id: int
) -> None:
    typed = "Dear Priya,\n\nThank you for the time on streaming ingestion.\n\nAna"
    response = lint(client, interview_id, typed)
    assert response.status_code == 200 and "Your edits are saved." in html(response)
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    assert "Thank you for the time on streaming ingestion." in page
    assert 'value="Thank you, Priya"' in page
    assert "Back to the generated draft" in page
    # Back to the generated draft: the saved words are forgotten.
    client.post(f"/interviews/{interview_id}/revert/", {"action_id": PRIYA})
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    assert "Thank you for the time on streaming ingestion." not in page


def test_a_queued_note_shows_when_it_goes_with_edit_and_cancel(
    client: Client, user: Any, account: Any, interview_id: int
) -> None:
    from followup.delivery.models import Message

    sent = client.post(
        f"/interviews/{interview_id}/send/",
        {"action_id": "check_in", "subject": "Checking in", "body": "Dear Priya,\n\nHello.\n\nAna"},
    )
    assert sent.status_code == 302
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    section = page.split('id="draft-check_in"')[1].split("</section>")[0]
    # In your own zone (UTC in these tests): 09:00 in New York.
    assert "Queued for Tue 24 Nov, 14:00" in section
    assert ">Edit<" in section and ">Cancel<" in section
    assert "Send now" not in section and "Log it as sent" not in section
    assert "message 1" not in page and "#1" not in page
    # Edit: out of the outbox, back to a draft with the queued words.
    (message,) = Message.objects.filter(user=user)
    client.post(f"/interviews/{interview_id}/queued/{message.pk}/", {"answer": "edit"})
    message.refresh_from_db()
    assert message.state == "cancelled"
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    section = page.split('id="draft-check_in"')[1].split("</section>")[0]
    assert "Hello." in section and "Send at the suggested time" in section


def test_a_failed_note_can_be_retried_and_its_line_dismissed(
    client: Client, user: Any, account: Any, interview_id: int, frozen: Any
) -> None:
    from followup.delivery.models import Message
    from followup.delivery.outbox import Words, queue_action

    message = queue_action(
        user,
        interview_id,
        PRIYA,
        now=frozen,
        words=Words(subject="Thank you, Priya", body="Dear Priya,\n\nThanks.\n\nAna"),
    )
    Message.objects.filter(pk=message.pk).update(state="failed", last_error="550 mailbox full")
    agenda = html(client.get("/"))
    assert "Your note to priya@northwind.example" in agenda and "550 mailbox full" in agenda
    assert ">Retry<" in agenda and ">Dismiss<" in agenda and "#1" not in agenda
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    assert "Sending failed" in page and ">Retry<" in page
    client.post(f"/interviews/{interview_id}/queued/{message.pk}/", {"answer": "retry"})
    message.refresh_from_db()
    assert message.state == "queued"
    # Failed again, and dismissed from the agenda: it stays in the outbox.
    Message.objects.filter(pk=message.pk).update(state="failed")
    client.post(f"/outbox/{message.pk}/dismiss/", {"next": "/"})
    assert "550 mailbox full" not in html(client.get("/"))
    assert "Retry" in html(client.get("/outbox/"))


def test_an_early_check_in_says_when_it_may_go(client: Client, interview_id: int) -> None:
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    section = page.split('id="draft-check_in"')[1].split("</section>")[0]
    assert "Not yet: this may go from Tue 24 Nov, 14:00." in section


def test_a_references_email_without_references_cannot_be_queued(
    client: Client, user: Any, account: Any
) -> None:
    from followup.store import services
    from tests.factories import make_interview

    interview_id = services.add(user, replace(make_interview(), references_requested=True))
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    section = page.split('id="draft-send_references"')[1].split("</section>")[0]
    assert "Needs your input, not ready to send: no references are on file." in section
    assert "needs your input</span></h2>" in section and "Send now" not in section
    body = "Dear Priya,\n\n[Your references go here: no references are on file. Add each one's "
    body += "name, relationship, email and phone in Settings, or with followup config references.]"
    refused = client.post(
        f"/interviews/{interview_id}/send/",
        {"action_id": "send_references", "subject": "References", "body": body, "when": "now"},
    )
    assert refused.status_code == 422 and "lists no references" in html(refused)
    services.set_setting(
        user,
        "references",
        [{"name": "Judith Harper", "relationship": "my manager", "email": "j@x.example"}],
    )
    page = html(client.get(f"/interviews/{interview_id}/drafts/"))
    assert "Judith Harper, my manager: j@x.example" in page


def test_references_are_kept_in_their_own_settings_section(client: Client, user: Any) -> None:
    page = client.post(
        "/settings/references/",
        {
            "references": (
                "Judith Harper; my manager; j@x.example\nOwen Price; a client; +1 212 555 0100"
            )
        },
    )
    assert page.status_code == 302
    shown = html(client.get("/settings/references/"))
    assert "Judith Harper; my manager; j@x.example" in shown
    assert "Owen Price; a client; +1 212 555 0100" in shown
    bad = client.post("/settings/references/", {"references": "Judith"})
    assert bad.status_code == 422
    assert "needs at least a name and a relationship" in html(bad)
