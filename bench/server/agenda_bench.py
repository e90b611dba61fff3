"""bench/server/agenda_bench.py: the agenda query with 1,000 users x 20 interviews,
on PostgreSQL and on SQLite in the same run.

    .venv/bin/python bench/server/agenda_bench.py [--users 1000] [--interviews 20] [--reads 400]

1. Start a throwaway PostgreSQL cluster (as the tests do: tests/postgres_plugin.py).
2. In one process per backend (Django is configured once per process): make
   the store, then for each user import the same 20 generated interviews of
   bench/agenda (exchange.load, merge: new IDs), so every user holds 20
   interviews and their open actions.
3. Time the agenda query as the web page runs it (through Django's connection,
   limit 5 per section, snoozes hidden) for `--reads` random users, after a
   warm-up; report p50 and p99 in ms, and PostgreSQL's over SQLite's.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "agenda"))


def child(users: int, interviews: int, reads: int) -> None:
    from zoneinfo import ZoneInfo

    from run import export_document

    from followup.agenda.board import HORIZON
    from followup.agenda.query import fetch
    from followup.store.boot import setup

    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    setup()
    from followup.store import exchange
    from followup.store.models import User

    document = export_document(interviews, now)
    began = time.perf_counter()
    for n in range(users):
        user = User.objects.create(username=f"user{n}")
        exchange.load(user, document, merge=True)
    built = time.perf_counter() - began
    from django.db import connection

    zone = ZoneInfo("UTC")
    rng = random.Random(7)
    names = [f"user{rng.randrange(users)}" for _ in range(reads + 50)]
    times = []
    rows = 0
    with connection.cursor() as cursor:
        for i, name in enumerate(names):
            t = time.perf_counter()
            snapshot = fetch(
                cursor, now, now + HORIZON, zone, username=name, limit=5, hide_snoozed=True,
                active_cap=3, named=False,
            )  # fmt: skip
            if i >= 50:  # the first 50 warm the caches
                times.append((time.perf_counter() - t) * 1000)
                rows += len(snapshot.rows)
    times.sort()
    print(
        json.dumps(
            {
                "vendor": connection.vendor,
                "build_s": round(built, 1),
                "p50_ms": round(statistics.median(times), 3),
                "p99_ms": round(times[int(len(times) * 0.99) - 1], 3),
                "rows_per_read": round(rows / len(times), 1),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--interviews", type=int, default=20)
    parser.add_argument("--reads", type=int, default=400)
    parser.add_argument("--child", action="store_true")
    args = parser.parse_args()
    if args.child:
        child(args.users, args.interviews, args.reads)
        return
    from tests.postgres_plugin import start_cluster

    print(f"{args.users} users x {args.interviews} interviews; load: "
          + subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())  # fmt: skip
    cluster = start_cluster()
    results = {}
    try:
        for name in ("sqlite", "postgresql"):
            home = tempfile.mkdtemp(prefix="followup-bench-")
            env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
            env["FOLLOWUP_HOME"] = home
            if name == "postgresql":
                env["DATABASE_URL"] = cluster.create("bench")
            out = subprocess.run(
                [sys.executable, __file__, "--child", "--users", str(args.users),
                 "--interviews", str(args.interviews), "--reads", str(args.reads)],
                env=env, capture_output=True, text=True, check=True,
            )  # fmt: skip
            results[name] = json.loads(out.stdout.strip().splitlines()[-1])
            print(name, results[name])
    finally:
        cluster.stop()
    for key in ("p50_ms", "p99_ms"):
        ratio = results["postgresql"][key] / results["sqlite"][key]
        print(f"{key}: PostgreSQL {results['postgresql'][key]} ms, "
              f"SQLite {results['sqlite'][key]} ms, ratio {ratio:.2f}")  # fmt: skip
    print("after: " + subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    main()
