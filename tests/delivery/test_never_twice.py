"""Never twice: a real worker process killed (SIGKILL) at each step, then restarted.

Over every step: no message is delivered twice, and none is lost without the
candidate being told (it is sent, or it is `unknown` with a notice asking to
confirm). Two workers racing over the same queue never take the same row.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.delivery.conftest import SmtpServer, northwind_recent
from tests.factories import local

if TYPE_CHECKING:
    from followup.store.models import User

# Noon after the interview held yesterday (`mailbox_now`): the worker processes read the
# real clock, and an unsent thank-you expires a week after it was due (rule book,
# second edition).
NOON = local(f"{northwind_recent().split('start: ')[1][:10]} 12:00")


def followup_process(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "followup", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env or dict(os.environ),
    )


def queue_thank_you() -> int:
    from followup.delivery.boot import setup
    from followup.delivery.outbox import queue_action

    return queue_action(setup(), 1, "thank_you:priya-raman", now=NOON, immediately=True).pk


def state_of(pk: int) -> str:
    from followup.delivery.models import Message

    return Message.objects.get(pk=pk).state


def worker_once(**env: str) -> subprocess.CompletedProcess[str]:
    process = followup_process("worker", "--once", env={**os.environ, **env})
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def kill_at(step: str, tmp_path: Path) -> None:
    """Start a worker that stops at `step`, wait until it is there, and SIGKILL it."""
    flag = tmp_path / f"paused-{step}"
    env = {
        **os.environ,
        "FOLLOWUP_WORKER_PAUSE_AT": step,
        "FOLLOWUP_WORKER_PAUSE_FILE": str(flag),
    }
    process = followup_process("worker", "--once", env=env)
    deadline = time.monotonic() + 60
    while not flag.exists():
        assert process.poll() is None, process.communicate()[1]
        assert time.monotonic() < deadline, "the worker never reached " + step
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.communicate()


@pytest.mark.parametrize(
    ("step", "final"),
    [
        # Nothing reached the server: the restarted worker sends it, once.
        ("before_connect", "sent"),
        # The server took it but nothing was recorded: ask, never resend.
        ("after_accept", "unknown"),
        # Recorded as sent: nothing left to do.
        ("after_commit", "sent"),
    ],
)
def test_a_worker_killed_at_each_step_never_sends_twice(
    mailbox_now: SmtpServer, tmp_path: Path, step: str, final: str
) -> None:
    from followup.delivery.models import Notice
    from followup.store.models import Action

    pk = queue_thank_you()
    kill_at(step, tmp_path)
    after_kill = len(mailbox_now.received)
    assert after_kill == (0 if step == "before_connect" else 1)
    restarted = worker_once()
    worker_once()  # and once more: still nothing twice
    assert state_of(pk) == final
    assert len(mailbox_now.received) == 1
    assert len(set(mailbox_now.recorder.message_ids())) == 1
    notices = list(Notice.objects.values_list("text", flat=True))
    logged = not Action.objects.filter(interview_id=1, action_id="thank_you:priya-raman").exists()
    if final == "unknown":
        assert "unknown, please confirm: #1" in restarted.stdout
        [notice] = notices
        assert "may or may not have gone out" in notice
        # Named by what it is, not by its row number.
        assert notice.startswith("The thank-you note to Priya Raman at Northwind Analytics")
        assert "Message #" not in notice
        assert "followup outbox confirm 1 --sent" in notice
        assert not logged
    else:
        assert notices == []
        assert logged


def test_the_candidate_confirms_an_unknown_message(mailbox_now: SmtpServer, tmp_path: Path) -> None:
    from datetime import timedelta

    from followup.delivery.boot import setup
    from followup.delivery.outbox import confirm
    from followup.store.models import Action

    pk = queue_thank_you()
    kill_at("after_accept", tmp_path)
    worker_once()
    assert state_of(pk) == "unknown"
    confirm(setup(), pk, sent=True, now=NOON + timedelta(minutes=5))
    assert state_of(pk) == "sent"
    assert not Action.objects.filter(action_id="thank_you:priya-raman").exists()
    assert len(mailbox_now.received) == 1


def test_not_sent_after_all_goes_out_again_with_the_same_message_id(
    mailbox_now: SmtpServer, tmp_path: Path
) -> None:
    from followup.delivery.boot import setup
    from followup.delivery.outbox import confirm

    pk = queue_thank_you()
    kill_at("after_accept", tmp_path)
    worker_once()
    confirm(setup(), pk, sent=False, now=NOON)
    worker_once()
    assert state_of(pk) == "sent"
    ids = mailbox_now.recorder.message_ids()
    # The candidate said it never arrived: the resend keeps its Message-ID,
    # so a mail client that did get the first copy shows one message.
    assert len(ids) == 2 and ids[0] == ids[1]


def test_two_workers_racing_never_take_the_same_row(mailbox_now: SmtpServer) -> None:
    from datetime import UTC, datetime

    from followup.delivery.boot import setup
    from followup.delivery.models import Message

    user = setup()
    now = datetime.now(UTC)
    Message.objects.bulk_create(
        Message(
            user=user,
            kind="digest",
            message_id=f"<race.{n}@candidate.example>",
            sender="sam@candidate.example",
            recipient="sam@candidate.example",
            subject=f"Race {n}",
            body="Hello.\n",
            send_after=now,
            created=now,
        )
        for n in range(60)
    )
    workers = [followup_process("worker", "--once") for _ in range(2)]
    outputs = [w.communicate(timeout=120) for w in workers]
    assert all(w.returncode == 0 for w in workers), outputs
    ids = mailbox_now.recorder.message_ids()
    assert len(ids) == 60 and len(set(ids)) == 60
    assert set(Message.objects.values_list("state", flat=True)) == {"sent"}


def queued_digests(user: User, now: datetime, tag: str, count: int = 200) -> list[int]:
    """COUNT digests due at NOW, queued straight into the outbox; their IDs."""
    from followup.delivery.models import Message

    Message.objects.bulk_create(
        Message(
            user=user,
            kind="digest",
            message_id=f"<{tag}.{n}@candidate.example>",
            sender="sam@candidate.example",
            recipient="sam@candidate.example",
            subject="Claim",
            body="Hello.\n",
            send_after=now,
            created=now,
        )
        for n in range(count)
    )
    return list(Message.objects.values_list("pk", flat=True))


def in_parallel(work: Callable[[str], None], names: Iterable[str]) -> None:
    """Run WORK(name) for each name in its own thread; wait for all."""
    import threading

    threads = [threading.Thread(target=work, args=(n,)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def test_the_conditional_update_gives_each_row_to_one_claimer(mailbox_now: SmtpServer) -> None:
    import threading
    from datetime import UTC, datetime

    from django.db import connections

    from followup.delivery.boot import setup
    from followup.delivery.worker import claim

    now = datetime.now(UTC)
    ids = queued_digests(setup(), now, "claim")
    won: dict[str, list[int]] = {"a": [], "b": []}
    start = threading.Barrier(2)

    def claimer(name: str) -> None:
        start.wait()
        try:
            for pk in ids:
                if claim(pk, now, name):
                    won[name].append(pk)
        finally:
            connections.close_all()

    in_parallel(claimer, won)
    assert sorted(won["a"] + won["b"]) == sorted(ids)
    assert not set(won["a"]) & set(won["b"])


def test_a_batch_claim_gives_each_row_to_one_claimer(mailbox: SmtpServer) -> None:
    import threading
    from datetime import UTC, datetime

    from django.db import connections

    from followup.delivery.boot import setup
    from followup.delivery.models import Message
    from followup.delivery.worker import claim_batch

    now = datetime.now(UTC)
    ids = queued_digests(setup(), now, "batch")
    won: dict[str, list[int]] = {"a": [], "b": []}
    start = threading.Barrier(2)

    def claimer(name: str) -> None:
        start.wait()
        try:
            while batch := claim_batch(now, name, limit=7):
                assert len(batch) <= 7
                won[name].extend(batch)
        finally:
            connections.close_all()

    in_parallel(claimer, won)
    assert sorted(won["a"] + won["b"]) == sorted(ids)
    assert not set(won["a"]) & set(won["b"])
    assert set(Message.objects.values_list("state", "phase", "attempts")) == {
        ("sending", "claimed", 1)
    }
    assert set(Message.objects.values_list("claimed_by", flat=True)) <= {"a", "b"}


def test_a_claim_whose_lease_ran_out_is_recovered_even_from_another_machine(
    mailbox_now: SmtpServer,
) -> None:
    from datetime import UTC, datetime, timedelta

    from followup.delivery.boot import setup
    from followup.delivery.models import Message
    from followup.delivery.worker import LEASE, Tick, recover

    user = setup()
    now = datetime(2026, 11, 17, 17, 0, tzinfo=UTC)
    common = {
        "user": user,
        "kind": "digest",
        "sender": "sam@candidate.example",
        "recipient": "sam@candidate.example",
        "subject": "Lease",
        "body": "Hello.\n",
        "send_after": now,
        "created": now,
        "state": "sending",
        "claimed_by": "elsewhere:4242:1",
    }
    fresh = Message.objects.create(
        message_id="<a@x.example>", phase="data", claimed_at=now - timedelta(minutes=1), **common
    )
    old_data = Message.objects.create(
        message_id="<b@x.example>", phase="data", claimed_at=now - LEASE, **common
    )
    old_claim = Message.objects.create(
        message_id="<c@x.example>", phase="claimed", claimed_at=now - LEASE, **common
    )
    tick = Tick()
    recover(now, tick)
    assert (tick.unknown, tick.requeued) == ([old_data.pk], [old_claim.pk])
    states = dict(Message.objects.values_list("pk", "state"))
    assert states == {fresh.pk: "sending", old_data.pk: "unknown", old_claim.pk: "queued"}
