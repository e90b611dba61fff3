"""The worker asks the plan and the guardrails again before it sends (real SMTP on loopback)."""

from __future__ import annotations

from datetime import UTC, timedelta

from tests.delivery.conftest import SmtpServer
from tests.factories import local
from tests.store_support import run

# Tuesday 17 November 2026, 12:00 in New York: an hour after the interview ended.
NOON = local("2026-11-17 12:00")


def queue(action_id: str = "thank_you:priya-raman", **kwargs: object) -> int:
    from followup.delivery.boot import setup
    from followup.delivery.outbox import queue_action

    kwargs.setdefault("now", NOON)
    return int(queue_action(setup(), 1, action_id, **kwargs).pk)  # type: ignore[arg-type]


def move_interview(start: str, end: str) -> None:
    result = run("edit", "1", "--set", f"start={start}", "--set", f"end={end}")
    assert result.code == 0, result.err


def notices() -> list[str]:
    from followup.delivery.models import Notice

    return list(Notice.objects.order_by("id").values_list("text", flat=True))


def contacts_logged() -> list[tuple[str, str | None]]:
    from followup.delivery.boot import setup
    from followup.store import services

    interview = services.load(setup(), 1).interview
    return [(str(c.purpose), c.override) for c in interview.contacts]


def test_a_thank_you_for_an_interview_moved_later_waits_for_its_end(
    mailbox: SmtpServer,
) -> None:
    from followup.delivery.models import Message
    from followup.delivery.worker import run_once

    pk = queue(immediately=True)
    # The interview turns out to be next Tuesday: thanks now would come before it.
    move_interview("2026-11-24 10:00", "2026-11-24 11:00")
    tick = run_once(NOON + timedelta(seconds=5))
    assert mailbox.received == []
    assert tick.sent == [] and tick.postponed == [pk]
    row = Message.objects.get(pk=pk)
    # Tuesday 11:00 in New York is inside business hours: the moment it ends.
    assert (row.state, row.send_after) == ("queued", local("2026-11-24 11:00").astimezone(UTC))
    assert row.attempts == 0
    [notice] = notices()
    assert notice.startswith("The thank-you note to Priya Raman at Northwind")
    assert "now waits until Tue 24 Nov 2026 16:00 UTC" in notice
    assert contacts_logged() == []
    # Once it is allowed, it goes, and is logged within the rules.
    assert run_once(local("2026-11-24 11:00")).sent == [pk]
    assert len(mailbox.received) == 1
    assert contacts_logged() == [("thank_you", None)]


def test_a_row_not_yet_due_follows_the_interview_on_the_next_pass(mailbox: SmtpServer) -> None:
    from followup.delivery.models import Message
    from followup.delivery.worker import run_once

    pk = queue(at=NOON + timedelta(hours=2))
    move_interview("2026-11-24 10:00", "2026-11-24 11:00")
    tick = run_once(NOON + timedelta(seconds=5))
    assert tick.postponed == [pk]
    row = Message.objects.get(pk=pk)
    assert (row.state, row.send_after) == ("queued", local("2026-11-24 11:00").astimezone(UTC))
    assert mailbox.received == []
    # The outbox shows the new time.
    listing = run("outbox")
    assert listing.code == 0, listing.err
    assert "Tue 24 Nov 2026" in listing.out


def test_a_thank_you_already_given_by_hand_is_cancelled_not_sent(mailbox: SmtpServer) -> None:
    from followup.delivery.models import Message
    from followup.delivery.worker import run_once

    pk = queue(immediately=True)
    logged = run("log", "1", "thank_you", "--to", "Priya Raman", "--at", "2026-11-17T11:30")
    assert logged.code == 0, logged.err
    tick = run_once(NOON + timedelta(seconds=5))
    assert tick.cancelled == [pk] and tick.sent == []
    assert mailbox.received == []
    row = Message.objects.get(pk=pk)
    assert row.state == "cancelled"
    assert row.last_error == "this step is done in the plan"
    [notice] = notices()
    assert notice.startswith("The thank-you note to Priya Raman at Northwind")
    assert "was cancelled and not sent: this step is done in the plan" in notice
    # Only the hand-logged contact: nothing from the outbox.
    assert len(contacts_logged()) == 1
