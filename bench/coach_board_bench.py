"""bench/coach_board_bench.py: the coach's board across N consented candidates (server mode).

    .venv/bin/python bench/coach_board_bench.py [--candidates 200] [--interviews 5] [--runs 40]

1. Build a throwaway store (a temporary FOLLOWUP_HOME) through the real write
   path: N candidates, each with K interviews (`store.services.add`), one
   refused contact recorded with an override and one outcome each, all
   consenting to one coach.
2. Render in-process with Django's test client, as the logged-in coach: the
   board (`/coach/`), the CSV export, and as the peer in the same run one
   candidate's own agenda page (`/`), the page every candidate opens.
3. Print the median and 99th percentile of each, their query counts (equal
   counts at any N: no N+1), the board's ratio to the agenda page, and the
   machine's load (`uptime`). On PostgreSQL, set the database settings the
   server mode documents before running it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(candidates: int, interviews: int, now: datetime) -> tuple[object, object]:
    from tests.factories import make_interview

    from followup.coaching import consent
    from followup.record.contact import log_contact
    from followup.record.interview import record_outcome
    from followup.store import services
    from followup.store.models import User

    coach = User.objects.create_user("coach", "coach@centre.example", "bench pass phrase 1")
    first = None
    for c in range(candidates):
        person = User.objects.create_user(f"c{c}", f"c{c}@people.example", "bench pass phrase 1")
        first = first or person
        ids = []
        for i in range(interviews):
            start = now - timedelta(days=2 + 3 * i, hours=c % 7)
            ids.append(
                services.add(
                    person, make_interview(company=f"Company {c}-{i}", start=start, end=None)
                )
            )
        log_contact(person, ids[0], now=now, action="check_in", override="They asked me to.")
        record_outcome(person, ids[-1], now=now, kind="rejected")
        invitation, _ = consent.invite(person, "coach", now)
        consent.accept(invitation, coach, now)
    return coach, first


def measure(client: object, path: str, runs: int) -> tuple[float, float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    for _ in range(runs):
        began = time.perf_counter()
        response = client.get(path)  # type: ignore[attr-defined]
        times.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    with CaptureQueriesContext(connection) as captured:
        client.get(path)  # type: ignore[attr-defined]
    times.sort()
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
    return statistics.median(times), p99, len(captured.captured_queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=200)
    parser.add_argument("--interviews", type=int, default=5)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    os.environ["FOLLOWUP_HOME"] = tempfile.mkdtemp(prefix="coach-bench-")
    os.environ["FOLLOWUP_SERVER"] = "1"
    from followup.web.server import prepare

    prepare()
    from django.test import Client

    now = datetime.now(UTC)
    began = time.perf_counter()
    coach, candidate = build(args.candidates, args.interviews, now)
    print(
        f"built {args.candidates} candidates x {args.interviews} interviews "
        f"in {time.perf_counter() - began:.1f} s"
    )
    rows = []
    for who, path in ((coach, "/coach/"), (coach, "/coach/outcomes.csv"), (candidate, "/")):
        client = Client(SERVER_NAME="127.0.0.1")
        client.force_login(who)
        client.get(path)  # warm
        rows.append((path, *measure(client, path, args.runs)))
    print(f"{'page':24} {'p50 ms':>8} {'p99 ms':>8} {'queries':>8}")
    for path, p50, p99, queries in rows:
        print(f"{path:24} {p50:8.1f} {p99:8.1f} {queries:8d}")
    board, agenda = rows[0], rows[2]
    print(f"board / one candidate's agenda: p50 x{board[1] / agenda[1]:.1f}")
    print("load:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    main()
