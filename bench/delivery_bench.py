"""Delivery throughput: queued messages through SMTP sinks in their own processes.

    .venv/bin/python bench/delivery_bench.py [--messages 1000] [--workers 1,2,4] [--sinks 1]
    .venv/bin/python bench/delivery_bench.py --postgres --messages 2000 --workers 1,2,4 --kills 12

1. A fresh store in a temporary FOLLOWUP_HOME, an account pointing at
   127.0.0.1:PORT, where `--sinks` aiosmtpd processes (this script with
   `--sink PORT`) listen with SO_REUSEPORT, so the kernel spreads the
   workers' connections over them. Each records the Message-ID and arrival
   time of every message it accepts; the bench reads them back.
2. Start-up: `followup worker --once` with nothing queued, three times (the
   median wall and CPU: Python, Django, the store's checks).
3. For each worker count, in one run: queue N messages due now, start that
   many `followup worker --once` processes at once, wait for them to exit.
   Reported: wall time (start-up included); the sending rate from the first
   arrival to the last (start-up excluded); CPU per message of the workers
   (user + system, their start-up taken out), of the sinks, and on
   `--postgres` of the database server; and the ratios to the first count.
   Every message must arrive exactly once and every row be `sent`; exits 1
   otherwise.
4. `--postgres`: the store is a database on a throwaway PostgreSQL cluster
   (tests/postgres_plugin.py, as the tests make it), where the workers claim
   with FOR UPDATE SKIP LOCKED. `--kills K`: one more round of N messages
   with the last count of `--workers` running as loops (`followup worker`),
   one of them SIGKILLed and replaced every 0.3 s, K times; then the loops
   run until nothing is queued or sending. Every message must have arrived
   at most once; a message a worker was handing over when killed is
   `unknown` (for the candidate to confirm), never sent again on its own.
5. `--profile FILE`: the first round's first worker runs under cProfile
   (FILE for `python -m pstats`; it slows that worker).
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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def sink(port: int) -> None:
    """`--sink PORT`: an aiosmtpd server sharing PORT (SO_REUSEPORT); stdin asks for its record.

    "reset" forgets what arrived; "dump" prints one JSON line: the Message-IDs,
    their arrival times (time.perf_counter, the system's monotonic clock, the
    same in every process) and the CPU seconds this process has used.
    """
    import asyncio
    import json
    import resource

    from aiosmtpd.smtp import SMTP

    ids: list[str] = []
    times: list[float] = []

    class Recorder:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            for line in bytes(envelope.original_content).split(b"\r\n"):
                if line[:11].lower() == b"message-id:":
                    ids.append(line.split(b":", 1)[1].strip().decode())
                    times.append(time.perf_counter())
                    break
            return "250 OK"

    def command() -> None:
        line = sys.stdin.readline()
        if not line:
            loop.stop()
        elif line.strip() == "reset":
            ids.clear()
            times.clear()
            print("ok", flush=True)
        elif line.strip() == "dump":
            used = resource.getrusage(resource.RUSAGE_SELF)
            cpu = used.ru_utime + used.ru_stime
            print(json.dumps({"ids": ids, "times": times, "cpu": cpu}), flush=True)

    loop = asyncio.new_event_loop()
    handler = Recorder()
    server = loop.run_until_complete(
        loop.create_server(lambda: SMTP(handler), host="127.0.0.1", port=port, reuse_port=True)
    )
    loop.add_reader(sys.stdin.fileno(), command)
    print("ready", flush=True)
    loop.run_forever()
    server.close()


class Sinks:
    """`count` sink processes on one port; what they received, together."""

    def __init__(self, count: int) -> None:
        self.port = free_port()
        self.processes = [
            subprocess.Popen(
                [sys.executable, __file__, "--sink", str(self.port)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(count)
        ]
        for process in self.processes:
            assert process.stdout is not None
            if process.stdout.readline().strip() != "ready":
                raise SystemExit("an SMTP sink did not start")
        self.ids: list[str] = []
        self.times: list[float] = []
        self.cpu = 0.0

    def ask(self, command: str) -> list[str]:
        answers = []
        for process in self.processes:
            assert process.stdin is not None and process.stdout is not None
            process.stdin.write(command + "\n")
            process.stdin.flush()
            answers.append(process.stdout.readline())
        return answers

    def reset(self) -> None:
        self.ask("reset")
        self.read()

    def read(self) -> None:
        """What arrived since the last reset, in arrival order, and the sinks' CPU so far."""
        import json

        arrived: list[tuple[float, str]] = []
        self.cpu = 0.0
        for line in self.ask("dump"):
            record = json.loads(line)
            arrived.extend(zip(record["times"], record["ids"], strict=True))
            self.cpu += record["cpu"]
        arrived.sort()
        self.times = [t for t, _ in arrived]
        self.ids = [i for _, i in arrived]

    def stop(self) -> None:
        for process in self.processes:
            assert process.stdin is not None
            process.stdin.close()
        for process in self.processes:
            process.wait(30)


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
        env=worker_environment(),
    )


def sending(times: list[float]) -> float:
    """Messages per second between the first and the last arrival (no start-up)."""
    if len(times) < 2:
        return 0.0
    return (len(times) - 1) / (times[-1] - times[0])


def children_cpu() -> float:
    """CPU seconds (user + system) of this process's children that have exited."""
    used = os.times()
    return used.children_user + used.children_system


def server_cpu(folder: Path) -> float:
    """CPU seconds of a PostgreSQL cluster: its postmaster, its live and its ended backends."""
    tick = os.sysconf("SC_CLK_TCK")
    postmaster = (folder / "data" / "postmaster.pid").read_text().split()[0]
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        # After the name: state, ppid, ..., utime (14th field), stime, cutime, cstime.
        if stat.parent.name == postmaster:
            total += sum(int(f) for f in fields[11:15])
        elif fields[1] == postmaster:
            total += sum(int(f) for f in fields[11:13])
    return total / tick


def startup(processes: int, runs: int = 3) -> tuple[float, float]:
    """Median wall and CPU seconds (all of them) of `processes` workers started at once
    with nothing to send: what a round of that many spends before and after sending."""
    walls, cpus = [], []
    for _ in range(runs):
        before, started = children_cpu(), time.perf_counter()
        run_workers(processes)
        walls.append(time.perf_counter() - started)
        cpus.append(children_cpu() - before)
    return sorted(walls)[runs // 2], sorted(cpus)[runs // 2]


def worker_environment() -> dict[str, str]:
    """The workers' environment: this one, with Python's bytecode cache allowed.

    An installed followup has its modules compiled; with PYTHONDONTWRITEBYTECODE
    set (as on some shared machines), every worker would compile them again at
    start-up (about 50 modules).
    """
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


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


def run_workers(processes: int, profile: str = "") -> float:
    started = time.perf_counter()
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                *(["-m", "cProfile", "-o", profile] if profile and n == 0 else []),
                "-m",
                "followup",
                "worker",
                "--once",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=worker_environment(),
        )
        for n in range(processes)
    ]
    for worker in workers:
        _, err = worker.communicate()
        if worker.returncode != 0:
            raise SystemExit(f"worker failed: {err.decode()}")
    return time.perf_counter() - started


@dataclass
class Round:
    processes: int
    wall: float
    sending: float
    worker_ms: float
    sink_ms: float
    server_ms: float | None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--workers", default="1,2,4", help="worker counts, comma-separated")
    parser.add_argument("--sinks", type=int, default=1, help="SMTP sink processes")
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--kills", type=int, default=0)
    parser.add_argument("--profile", default="", help="cProfile output of one worker")
    parser.add_argument("--sink", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.sink:
        sink(args.sink)
        return 0
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

    try:
        sinks = Sinks(args.sinks)
    except BaseException:
        if cluster is not None:
            from django.db import connections

            connections.close_all()
            cluster.stop()
        raise
    account = account_of(user)
    account.smtp_host, account.smtp_port, account.smtp_security = "127.0.0.1", sinks.port, "none"
    account.sender, account.digest = "sam@candidate.example", False
    account.save()
    failed = False
    rounds: list[Round] = []
    try:
        for processes in counts_wanted:
            start_wall, start_cpu = startup(processes)
            print(
                f"{processes} x `followup worker --once` at once with nothing to send: "
                f"{start_wall:.2f} s wall, {start_cpu / processes:.2f} s CPU each (median of 3)"
            )
            sinks.reset()
            tag = f"w{processes}"
            queue(args.messages, tag)
            before = children_cpu()
            sink_before = sinks.cpu
            db_before = server_cpu(cluster.folder) if cluster else 0.0
            seconds = run_workers(processes, args.profile if not rounds else "")
            workers_cpu = children_cpu() - before - start_cpu
            db_cpu = server_cpu(cluster.folder) - db_before if cluster else None
            sinks.read()
            counts = Counter(sinks.ids)
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
            per = 1000 / args.messages
            done = Round(
                processes,
                seconds,
                sending(sinks.times),
                workers_cpu * per,
                (sinks.cpu - sink_before) * per,
                db_cpu * per if db_cpu is not None else None,
            )
            rounds.append(done)
            print(
                f"{processes} worker{'s' if processes > 1 else ''}: {args.messages} messages in "
                f"{seconds:.2f} s = {args.messages / seconds:.0f} msgs/s wall "
                f"({done.sending:.0f} msgs/s from the first to the last arrival); CPU per "
                f"message: workers {done.worker_ms:.2f} ms (start-up taken out), sink "
                f"{done.sink_ms:.2f} ms"
                + (f", PostgreSQL {done.server_ms:.2f} ms" if done.server_ms is not None else "")
                + f"; received {len(sinks.ids)}, duplicates {duplicates}, states {dict(states)}"
                + ("" if ok else "  FAILED")
            )
        first = rounds[0]
        for done in rounds[1:]:
            print(
                f"{done.processes} workers over {first.processes}: wall "
                f"x{first.wall / done.wall:.2f}, sending x{done.sending / first.sending:.2f}"
            )
        cores = os.cpu_count() or 1
        for done in rounds:
            total = done.worker_ms + done.sink_ms + (done.server_ms or 0.0)
            print(
                f"{done.processes} worker{'s' if done.processes > 1 else ''}: {total:.2f} ms "
                f"of CPU a message in all; {cores} cores given to nothing else would send at most "
                f"{cores * 1000 / total:.0f} msgs/s"
            )
        if args.kills:
            processes = counts_wanted[-1]
            sinks.reset()
            queue(args.messages, "kill")
            seconds = run_killed(processes, args.kills, args.messages)
            sinks.read()
            counts = Counter(sinks.ids)
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
                f"drained in {seconds:.2f} s; received {len(sinks.ids)} "
                f"({len(counts)} distinct), duplicates {duplicates}, states {dict(states)}"
                + ("" if ok else "  FAILED")
            )
    finally:
        sinks.stop()
        if cluster is not None:
            from django.db import connections

            connections.close_all()
            cluster.stop()
    print("load:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
