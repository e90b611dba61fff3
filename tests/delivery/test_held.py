"""One commit a message: a message's `sent` goes with the next one's `phase = data`.

Killed at each step of a batch, a worker still never sends twice; at most
the message it was handing over is `unknown`. A held message is recorded
before the next message of its interview is asked about.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.delivery.conftest import SmtpServer
from tests.delivery.test_never_twice import NOON, kill_at, queue_thank_you, worker_once
from tests.server.test_workers import _queue


def states() -> list[str]:
    from followup.delivery.models import Message

    return list(Message.objects.order_by("pk").values_list("state", flat=True))


@pytest.mark.parametrize(
    ("step", "received", "final"),
    [
        # The first message is taken; nothing is recorded: it is unknown, the others go.
        ("after_accept", 1, ["unknown", "sent", "sent"]),
        # The first is recorded sent together with the second's phase data, which was
        # not sent: unknown (the candidate is asked), never sent on its own.
        ("after_commit", 1, ["sent", "unknown", "sent"]),
    ],
)
def test_a_worker_killed_inside_a_batch_never_sends_twice(
    mailbox_now: SmtpServer, tmp_path: Path, step: str, received: int, final: list[str]
) -> None:
    _queue(3, "held")
    kill_at(step, tmp_path)
    assert len(mailbox_now.received) == received
    worker_once()
    worker_once()
    assert states() == final
    ids = Counter(mailbox_now.recorder.message_ids())
    assert len(ids) == final.count("sent") + (step == "after_accept")
    assert set(ids.values()) == {1}


def test_a_batch_is_recorded_in_one_statement_a_message(mailbox_now: SmtpServer) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from followup.delivery.worker import Tick, send_due

    _queue(5, "count")
    tick = Tick()
    with CaptureQueriesContext(connection) as queries:
        send_due(datetime.now(UTC), "me", tick)
    assert len(tick.sent) == 5 and states() == ["sent"] * 5
    on_messages = [q["sql"] for q in queries.captured_queries if "delivery_message" in q["sql"]]
    # The claim (which returns the rows, never read again), five `phase = data` marks
    # each carrying the previous message's `sent`, the last `sent`, and the claim that
    # finds nothing; besides, the user and the account are read once.
    assert len(on_messages) == 1 + 5 + 1 + 1
    assert not [sql for sql in on_messages if sql.startswith("SELECT")]
    assert len(queries.captured_queries) == len(on_messages) + 2


def test_a_held_message_is_recorded_before_the_next_of_its_interview(
    mailbox_now: SmtpServer,
) -> None:
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup
    from followup.delivery.models import Message
    from followup.delivery.worker import Held, Tick
    from followup.store.models import Action

    pk = queue_thank_you()
    thank_you = Message.objects.get(pk=pk)
    digest = Message(user=setup(), kind="digest", interview_id=None)
    held = Held(NOON, "me", Tick())
    held.hold(thank_you, b"", account_of(setup()))
    # A digest, or a message about another interview, does not depend on it.
    held.before(digest)
    assert held.message is thank_you and Message.objects.get(pk=pk).state == "queued"
    # The next message of the same interview: the plan must see the contact first.
    held.before(Message(interview_id=thank_you.interview_id, kind="check_in"))
    assert held.message is None and Message.objects.get(pk=pk).state == "sent"
    assert not Action.objects.filter(interview_id=1, action_id="thank_you:priya-raman").exists()


def test_a_row_taken_back_before_data_is_not_sent(mailbox_now: SmtpServer) -> None:
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup
    from followup.delivery.models import Message
    from followup.delivery.worker import Connection, Tick, claim_rows, send_one

    [pk] = _queue(1, "taken")
    now = datetime.now(UTC)
    [row] = claim_rows(now, "me")
    # Its lease ran out and another worker holds it now: the mark before DATA refuses.
    Message.objects.filter(pk=pk).update(claimed_by="other")
    connection = Connection(account_of(setup()))
    tick = Tick()
    try:
        send_one(row, connection, now, "me", tick)
    finally:
        connection.close()
    assert mailbox_now.received == [] and tick.sent == []
    assert Message.objects.filter(pk=pk, state="sending", phase="claimed").exists()
