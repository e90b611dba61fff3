"""Several workers on one PostgreSQL queue: each row claimed once, each message sent once."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from tests.delivery.conftest import SmtpServer
from tests.delivery.test_never_twice import followup_process


def _queue(count: int, tag: str) -> list[int]:
    from followup.delivery.boot import setup
    from followup.delivery.models import Message

    user = setup()
    now = datetime.now(UTC)
    Message.objects.bulk_create(
        Message(
            user=user,
            kind="digest",
            message_id=f"<{tag}.{n}@candidate.example>",
            sender="sam@candidate.example",
            recipient="sam@candidate.example",
            subject=f"{tag} {n}",
            body="Hello.\n",
            send_after=now,
            created=now,
        )
        for n in range(count)
    )
    return list(Message.objects.values_list("pk", flat=True))


def test_four_worker_processes_on_one_queue_send_each_message_once(
    mailbox_now: SmtpServer,
) -> None:
    from django.db import connection

    from followup.delivery.models import Message

    assert connection.vendor == "postgresql"
    _queue(200, "four")
    workers = [followup_process("worker", "--once") for _ in range(4)]
    outputs = [w.communicate(timeout=300) for w in workers]
    assert all(w.returncode == 0 for w in workers), outputs
    ids = mailbox_now.recorder.message_ids()
    assert len(ids) == 200 and len(set(ids)) == 200
    assert set(Message.objects.values_list("state", flat=True)) == {"sent"}
    assert set(Message.objects.values_list("attempts", flat=True)) == {1}


def test_skip_locked_batches_are_disjoint_and_cover_the_queue(mailbox: SmtpServer) -> None:
    """Four claimers at once, in batches of 5: no row twice, none left, none waited for."""
    from django.db import connection, connections

    from followup.delivery.models import Message
    from followup.delivery.worker import claim_batch

    assert connection.vendor == "postgresql"
    ids = _queue(300, "skip")
    now = datetime.now(UTC)
    names = ["a", "b", "c", "d"]
    won: dict[str, list[int]] = {name: [] for name in names}
    start = threading.Barrier(len(names))

    def claimer(name: str) -> None:
        start.wait()
        try:
            while batch := claim_batch(now, name, limit=5):
                assert len(batch) <= 5
                won[name].extend(batch)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=claimer, args=(n,)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    every = [pk for name in names for pk in won[name]]
    assert sorted(every) == sorted(ids)
    assert len(set(every)) == len(every)
    assert set(Message.objects.values_list("state", "attempts")) == {("sending", 1)}
    assert set(Message.objects.values_list("claimed_by", flat=True)) <= set(names)


def test_the_claim_statement_uses_skip_locked_on_postgresql(mailbox: SmtpServer) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from followup.delivery.worker import claim_batch

    _queue(3, "sql")
    with CaptureQueriesContext(connection) as queries:
        claimed = claim_batch(datetime.now(UTC), "w", limit=10)
    assert len(claimed) == 3
    assert any("FOR UPDATE SKIP LOCKED" in q["sql"] for q in queries.captured_queries)
