"""bench/calendar_bench.py: the calendar feed over a store of N interviews.

    .venv/bin/python bench/calendar_bench.py HOME [--runs 5]

HOME is a store folder (e.g. one built by bench/exchange_bench.py). In one
process booted as `followup serve` boots: make a feed token, then time
`calendar_feed` (the first build, which also records every UID's SEQUENCE,
then the steady state of a poll that finds changes to send), the 304 path
(`feed_stamp`, one query), and as the floor the same window's SELECTs run
bare through sqlite3. Peak RSS of the process is printed at the end.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("home", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ["FOLLOWUP_HOME"] = str(args.home)
    from followup.delivery.boot import setup

    user = setup()
    from followup.calendar import feed

    now = datetime.now(UTC)
    token = feed.new_token(user, now)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    began = time.perf_counter()
    first = feed.calendar_feed(token, now)
    cold = time.perf_counter() - began
    warm, cpu = [], []
    for _ in range(args.runs):
        began, used = time.perf_counter(), time.process_time()
        size = sum(len(piece) for piece in feed.stream(user.pk, now))
        warm.append(time.perf_counter() - began)
        cpu.append(time.process_time() - used)
    stamp = []
    for _ in range(args.runs * 4):
        began = time.perf_counter()
        feed.feed_stamp(token, now)
        stamp.append(time.perf_counter() - began)
    low, high = (feed._text(t) for t in feed.window(now))
    floor, floor_cpu = [], []
    db = sqlite3.connect(args.home / "followup.sqlite3")
    for _ in range(args.runs):
        began, used = time.perf_counter(), time.process_time()
        for sql in (
            "SELECT * FROM followup_interview WHERE user_id = 1 AND start >= ? AND start < ?",
            "SELECT * FROM followup_action WHERE user_id = 1 "
            "AND not_before >= ? AND not_before < ?",
        ):
            db.execute(sql, (low, high)).fetchall()
        floor.append(time.perf_counter() - began)
        floor_cpu.append(time.process_time() - used)
    events = first.count(b"BEGIN:VEVENT")
    (interviews,) = db.execute("SELECT count(*) FROM followup_interview").fetchone()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    med = statistics.median
    print(f"store: {interviews} interviews; feed: {events} events, {size / 1e6:.1f} MB")
    print(
        f"first build {cold * 1000:.0f} ms; feed median {med(warm) * 1000:.0f} ms "
        f"(best {min(warm) * 1000:.0f}); 304 check median {med(stamp) * 1000:.2f} ms; "
        f"floor (bare SELECTs) {med(floor) * 1000:.0f} ms; "
        f"feed / floor {med(warm) / med(floor):.1f}x"
    )
    print(
        f"CPU: feed median {med(cpu) * 1000:.0f} ms, floor {med(floor_cpu) * 1000:.0f} ms, "
        f"feed / floor {med(cpu) / med(floor_cpu):.1f}x"
    )
    print(f"peak RSS {rss:.0f} MiB ({rss0:.0f} MiB after boot); load {os.getloadavg()}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
