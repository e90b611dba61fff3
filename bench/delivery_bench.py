"""Delivery throughput: 1,000 queued messages through a local SMTP server.

    .venv/bin/python bench/delivery_bench.py [--messages 1000] [--workers 1,2]
    .venv/bin/python bench/delivery_bench.py --postgres --messages 2000 --workers 1,4 --kills 12

1. A fresh store in a temporary FOLLOWUP_HOME, an account pointing at an
   aiosmtpd server on 127.0.0.1 that records every message it accepts.
2. Queue N messages due now, then run `followup worker --once` as one
   process, and again (N fresh messages) as two processes at once.
3. Report messages per second (wall time from starting the workers until
   they exit, process start-up included) and check that every message
   arrived exactly once and every row is `sent`. Exits 1 on any duplicate.
4. `--postgres`: the store is a database on a throwaway PostgreSQL cluster
   (tests/postgres_plugin.py, as the tests make it), where the workers claim
   with FOR UPDATE SKIP LOCKED. `--kills K`: one more round of N messages
   with the last count of `--workers` running as loops (`followup worker`),
   one of them SIGKILLed and replaced every 0.3 s, K times; then the loops
   run until nothing is queued or sending. Every message must have arrived
   at most once; a message a worker was handing over when killed is
   `unknown` (for the candidate to confirm), never sent again on its own.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


class Recorder:
    def __init__(self) -> None:
        self.ids: list[str] = []
        self.times: list[float] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        for line in bytes(envelope.original_content).split(b"\r\n"):
            if line.lower().startswith(b"message-id:"):
                self.ids.append(line.split(b":", 1)[1].strip().decode())
                self.times.append(time.perf_counter())
                break
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def queue(count: int, tag: str) -> None:
    from followup.delivery.boot import setup
    from followup.delivery.models import Message

    user = setup()
    now = datetime.now(UTC)
    Message.objects.bulk_create(
        Message(
            user=user,
            kind="digest",
            message_id=f"<bench.{tag}.{n}@candidate.example>",
            sender="sam@candidate.example",
            sender_name="Sam Lee",
            recipient="sam@candidate.example",
            recipient_name="Sam Lee",
            subject=f"Benchmark message {n}",
            body="A short plain-text message, about the size of a thank-you note.\n" * 12,
            send_after=now,
            created=now,
        )
        for n in range(count)
    )


def worker(*flags: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "followup", "worker", *flags],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ),
    )


def sending(recorder: Recorder) -> float:
    """Messages per second between the first and the last arrival (no start-up)."""
    if len(recorder.times) < 2:
        return 0.0
    return (len(recorder.times) - 1) / (recorder.times[-1] - recorder.times[0])


def run_killed(processes: int, kills: int, messages: int) -> float:
    """Loops of `processes` workers, one SIGKILLed and replaced every 0.3 s, `kills`
    times; then until no row is queued or sending. Seconds from start to drained."""
    import random
    import signal

    from followup.delivery.models import Message

    rng = random.Random(17)
    started = time.perf_counter()
    running = [worker("--interval", "0.2") for _ in range(processes)]
    try:
        time.sleep(2.0)  # the first kill when the workers are sending
        for _ in range(kills):
            time.sleep(0.3)
            victim = running.pop(rng.randrange(len(running)))
            victim.send_signal(signal.SIGKILL)
            victim.wait()
            running.append(worker("--interval", "0.2"))
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if not Message.objects.filter(
                message_id__startswith="<bench.kill.", state__in=("queued", "sending")
            ).exists():
                break
            time.sleep(0.2)
        return time.perf_counter() - started
    finally:
        for process in running:
            process.terminate()
        for process in running:
            process.wait(30)


def run_workers(processes: int) -> float:
    started = time.perf_counter()
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "followup", "worker", "--once"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=dict(os.environ),
        )
        for _ in range(processes)
    ]
    for worker in workers:
        _, err = worker.communicate()
        if worker.returncode != 0:
            raise SystemExit(f"worker failed: {err.decode()}")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--kills", type=int, default=0)
    args = parser.parse_args()
    counts_wanted = [int(n) for n in args.workers.split(",")]
    os.environ["FOLLOWUP_HOME"] = tempfile.mkdtemp(prefix="followup-bench-")
    print("load:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    cluster = None
    if args.postgres:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.postgres_plugin import start_cluster

        cluster = start_cluster()
        os.environ["DATABASE_URL"] = cluster.create("bench_delivery")
    else:
        os.environ.pop("DATABASE_URL", None)
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup

    user = setup()
    from followup.delivery.models import Message

    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port())
    controller.start()
    account = account_of(user)
    account.smtp_host, account.smtp_port, account.smtp_security = (
        "127.0.0.1",
        controller.port,
        "none",
    )
    account.sender, account.digest = "sam@candidate.example", False
    account.save()
    failed = False
    try:
        for processes in counts_wanted:
            recorder.ids.clear()
            recorder.times.clear()
            tag = f"w{processes}"
            queue(args.messages, tag)
            seconds = run_workers(processes)
            counts = Counter(recorder.ids)
            duplicates = sum(c - 1 for c in counts.values() if c > 1)
            states = Counter(
                Message.objects.filter(message_id__startswith=f"<bench.{tag}.").values_list(
                    "state", flat=True
                )
            )
            ok = (
                duplicates == 0
                and len(counts) == args.messages
                and states == {"sent": args.messages}
            )
            failed |= not ok
            print(
                f"{processes} worker{'s' if processes > 1 else ''}: {args.messages} messages in "
                f"{seconds:.2f} s = {args.messages / seconds:.0f} msgs/s "
                f"({sending(recorder):.0f} msgs/s from the first to the last arrival); received "
                f"{len(recorder.ids)}, duplicates {duplicates}, states {dict(states)}"
                + ("" if ok else "  FAILED")
            )
        if args.kills:
            processes = counts_wanted[-1]
            recorder.ids.clear()
            queue(args.messages, "kill")
            seconds = run_killed(processes, args.kills, args.messages)
            counts = Counter(recorder.ids)
            duplicates = sum(c - 1 for c in counts.values() if c > 1)
            states = Counter(
                Message.objects.filter(message_id__startswith="<bench.kill.").values_list(
                    "state", flat=True
                )
            )
            unknown = states.get("unknown", 0)
            ok = duplicates == 0 and states.get("sent", 0) + unknown == args.messages
            failed |= not ok
            print(
                f"{processes} worker loops, {args.kills} SIGKILLs: {args.messages} messages "
                f"drained in {seconds:.2f} s; received {len(recorder.ids)} "
                f"({len(counts)} distinct), duplicates {duplicates}, states {dict(states)}"
                + ("" if ok else "  FAILED")
            )
    finally:
        controller.stop()
        if cluster is not None:
            from django.db import connections

            connections.close_all()
            cluster.stop()
    print("load:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
