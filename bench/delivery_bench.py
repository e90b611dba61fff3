"""Delivery throughput: 1,000 queued messages through a local SMTP server.

    .venv/bin/python bench/delivery_bench.py [--messages 1000]

1. A fresh store in a temporary FOLLOWUP_HOME, an account pointing at an
   aiosmtpd server on 127.0.0.1 that records every message it accepts.
2. Queue N messages due now, then run `followup worker --once` as one
   process, and again (N fresh messages) as two processes at once.
3. Report messages per second (wall time from starting the workers until
   they exit, process start-up included) and check that every message
   arrived exactly once and every row is `sent`. Exits 1 on any duplicate.
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
from typing import Any

from aiosmtpd.controller import Controller


class Recorder:
    def __init__(self) -> None:
        self.ids: list[str] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        for line in bytes(envelope.original_content).split(b"\r\n"):
            if line.lower().startswith(b"message-id:"):
                self.ids.append(line.split(b":", 1)[1].strip().decode())
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
    args = parser.parse_args()
    os.environ["FOLLOWUP_HOME"] = tempfile.mkdtemp(prefix="followup-bench-")
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
        for processes in (1, 2):
            recorder.ids.clear()
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
                f"{seconds:.2f} s = {args.messages / seconds:.0f} msgs/s; received "
                f"{len(recorder.ids)}, duplicates {duplicates}, states {dict(states)}"
                + ("" if ok else "  FAILED")
            )
    finally:
        controller.stop()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
