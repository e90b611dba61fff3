"""A message that carries others is recorded once for each purpose (issue 11).

The drafter folds two messages to one person on one day into one (a late
thank-you opens the check-in). The log then holds one contact per purpose,
written when the message is sent (worker) or logged by hand with what it
carried (`followup log --carrying`, the web's "Log it as sent"); nothing
counts as a thank-you or as the references just because it went that day.
"""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path

import pytest
import time_machine

from followup.errors import InputError
from followup.etiquette.model import ContactKind, Purpose, Status
from tests.conftest import NORTHWIND
from tests.delivery.conftest import SmtpServer
from tests.factories import local
from tests.store_support import add, run

# Tuesday 24 November 2026, 10:00 in New York: the check-in to Priya opens
# today (decision Friday, grace Monday), and her thank-you, due on the 18th,
# is still owed (it expires on the 25th): the drafter makes them one message.
TUESDAY = local("2026-11-24 10:00")


def plan_now(at: object) -> object:
    from followup.delivery.boot import setup
    from followup.store import services

    return services.plan_now(services.load(setup(), 1), at)  # type: ignore[arg-type]


def status(action_id: str, at: object = TUESDAY + timedelta(hours=1)) -> Status:
    action = plan_now(at).action(action_id)  # type: ignore[attr-defined]
    assert action is not None, action_id
    return action.status  # type: ignore[no-any-return]


def test_the_check_in_carrying_a_thank_you_is_logged_as_both(mailbox: SmtpServer) -> None:
    from followup.delivery.boot import setup
    from followup.delivery.models import Message
    from followup.delivery.outbox import queue_action
    from followup.delivery.worker import run_once
    from followup.store import services

    user = setup()
    # Not on its own: the check-in of today carries it.
    with pytest.raises(InputError, match="goes in the same message as check_in today"):
        queue_action(user, 1, "thank_you:priya-raman", now=TUESDAY)
    message = queue_action(user, 1, "check_in", now=TUESDAY)
    assert message.covers == ["thank_you:priya-raman"]
    assert Message.objects.get(pk=message.pk).covers == ["thank_you:priya-raman"]
    # Nor once the carrier is in the outbox (it is no longer folded, so it
    # would otherwise be drafted alone: a second message to her today).
    with pytest.raises(InputError) as refused:
        queue_action(user, 1, "thank_you:priya-raman", now=TUESDAY)
    assert (refused.value.field, str(refused.value)) == (
        "ACTION",
        "ACTION: thank_you:priya-raman already goes with the check-in email to Priya Raman in the "
        "outbox, which carries it",
    )
    # Until it goes, the thank-you is owed.
    assert status("thank_you:priya-raman", TUESDAY) is Status.OVERDUE
    sent_at = TUESDAY + timedelta(seconds=5)
    tick = run_once(sent_at)
    assert tick.sent == [message.pk]
    [received] = mailbox.received
    assert received.recipients == ["priya@northwind.example"]
    # One email on the wire, two contacts in the log, at the same instant.
    contacts = services.load(user, 1).interview.contacts
    assert [(c.kind, c.purpose, c.to, c.at.astimezone(UTC)) for c in contacts] == [
        (ContactKind.EMAIL, Purpose.THANK_YOU, "Priya Raman", sent_at.astimezone(UTC)),
        (ContactKind.EMAIL, Purpose.CHECK_IN, "Priya Raman", sent_at.astimezone(UTC)),
    ]
    assert all(c.override is None for c in contacts)
    assert status("thank_you:priya-raman") is Status.DONE
    assert status("check_in") is Status.DONE
    # Marcus was not written to: his thank-you stays owed.
    assert status("thank_you:marcus-bell") is Status.OVERDUE

    # It bounces: neither counts any more, both are asked for again.
    from followup.record.contact import unlog_bounced

    removed = unlog_bounced(
        user,
        1,
        purpose="check_in",
        to="Priya Raman",
        at=sent_at,
        covers=("thank_you:priya-raman",),
    )
    assert removed is not None and removed.purpose is Purpose.CHECK_IN
    assert services.load(user, 1).interview.contacts == ()
    assert status("thank_you:priya-raman") is Status.OVERDUE


def test_a_check_in_logged_by_hand_leaves_the_references_owed(store: Path, tmp_path: Path) -> None:
    add(tmp_path, NORTHWIND)  # references requested, never sent
    with time_machine.travel(TUESDAY, tick=False):
        result = run("log", "1", "check_in")
        assert result.code == 0, result.err
        # The next step it names is the references, still owed.
        assert result.out == (
            "Recorded: check in to Priya Raman on Tue 24 Nov 2026 10:00 New York time.\n"
            # Already late: said so, not "from" a moment gone by (issue 16).
            "Next: Send references to Priya Raman, overdue: it was due "
            "Tue 17 Nov 23:59 New York time.\n"
        )
    assert status("check_in") is Status.DONE
    # The candidate wrote it themselves: nothing says it held the references,
    # nor the thanks.
    assert status("send_references") is Status.OVERDUE
    assert status("thank_you:priya-raman") is Status.OVERDUE


def test_a_check_in_logged_by_hand_with_what_it_carried(store: Path, tmp_path: Path) -> None:
    add(tmp_path, NORTHWIND)
    with time_machine.travel(TUESDAY, tick=False):
        bad = run("log", "1", "check_in", "--carrying", "gift")
        assert bad.code == 2
        assert "--carrying" in bad.err and "'gift' is not a message a note can carry" in bad.err
        result = run(
            "log",
            "1",
            "check_in",
            "--carrying",
            "send_references",
            "--carrying",
            "thank_you:priya-raman",
        )
        assert result.code == 0, result.err
        assert result.out.startswith(
            "Recorded: check in to Priya Raman (carrying send references and thank you) on "
            "Tue 24 Nov 2026 10:00 New York time.\n"
        )
    assert status("check_in") is Status.DONE
    assert status("send_references") is Status.DONE
    assert status("thank_you:priya-raman") is Status.DONE
    assert status("thank_you:marcus-bell") is Status.OVERDUE
