"""bench/web_agenda_paired.py: the web agenda (`GET /`) of two versions on the same store, paired.

    .venv/bin/python bench/web_agenda_paired.py --home DIR [--old-src DIR] [--runs 200]
        [--seconds 10] [--connections 4] [--floor]

For each version ("new": this checkout; "old": `--old-src`, an older `src/`
run with PYTHONPATH, e.g. from `git archive main src`), on its own copy of
the store in DIR (so neither migrates the other's): start `followup serve`
on a free loopback port, warm it up, then, alternating the versions round by
round,

1. `--runs` sequential GETs of `/` (one connection): median and 99th
   percentile of the wall time of each, as a browser waits for it;
2. `wrk` at `--connections` connections for `--seconds` (when `wrk` is on
   PATH; else a Python loop with that many threads): requests per second
   and the 50th/99th percentile latency.

Print each version's figures and new / old, and the number of SQL queries
one page makes (Django's test client in a process of that version, on its
copy of the store: the count must not change with the store's size).

`--floor`: a third server in the same rounds, this checkout's `followup serve`
with bench/floor_site.py's settings, measured on `/floor/` (a constant answer
through the same middleware and Waitress): what any page costs at least here.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

FOLLOWUP = Path(sys.executable).parent / "followup"
OLD_FOLLOWUP = [sys.executable, "-c", "import sys; from followup.cli import main; main()"]


BENCH = Path(__file__).resolve().parent
FLOOR = {"DJANGO_SETTINGS_MODULE": "floor_site", "PYTHONPATH": str(BENCH)}


def serve(home: Path, extra: dict[str, str], tool: list[str]) -> tuple[subprocess.Popen[str], str]:
    env = dict(os.environ, FOLLOWUP_HOME=str(home), TZ="UTC", **extra)
    server = subprocess.Popen(
        [*tool, "serve", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # a pipe nobody reads would stall it once full
        text=True,
    )
    assert server.stdout is not None
    found = re.search(r"http://127\.0\.0\.1:\d+", server.stdout.readline())
    assert found, "followup serve did not start"
    base = found.group()
    for _ in range(5):
        urllib.request.urlopen(base + "/").read()  # warm up (and migrate, if need be)
    return server, base


COUNT_QUERIES = """
from followup.web.server import prepare
prepare()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(SERVER_NAME="127.0.0.1")
client.get("/")
with CaptureQueriesContext(connection) as captured:
    assert client.get("/").status_code == 200
print(len(captured.captured_queries))
"""


def queries_per_page(home: Path, extra: dict[str, str]) -> int:
    env = dict(os.environ, FOLLOWUP_HOME=str(home), TZ="UTC", **extra)
    done = subprocess.run(
        [sys.executable, "-c", COUNT_QUERIES], env=env, capture_output=True, text=True, check=True
    )
    return int(done.stdout.split()[-1])


def sequential(base: str, runs: int, page: str = "/") -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        with urllib.request.urlopen(base + page) as response:
            response.read()
        times.append((time.perf_counter() - began) * 1000)
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def loaded(
    base: str, seconds: float, connections: int, page: str = "/"
) -> tuple[float, float, float]:
    """Requests per second, p50 and p99 latency (ms) at `connections` connections."""
    wrk = shutil.which("wrk")
    if wrk:
        done = subprocess.run(
            [wrk, f"-t{min(2, connections)}", f"-c{connections}", f"-d{int(seconds)}s", "--latency",
             base + page],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        out = done.stdout

        def ms(label: str) -> float:
            found = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
            assert found, out
            value, unit = float(found.group(1)), found.group(2)
            return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

        rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
        assert rate, out
        return float(rate.group(1)), ms("50%"), ms("99%")
    times: list[float] = []
    stop = time.perf_counter() + seconds

    def worker() -> None:
        while time.perf_counter() < stop:
            began = time.perf_counter()
            with urllib.request.urlopen(base + page) as response:
                response.read()
            times.append((time.perf_counter() - began) * 1000)

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return len(times) / seconds, percentile(times, 0.5), percentile(times, 0.99)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--old-src", type=Path)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument(
        "--floor", action="store_true", help="also time /floor/, a constant answer (the floor)"
    )
    args = parser.parse_args()
    variants: dict[str, tuple[dict[str, str], list[str]]] = {"new": ({}, [str(FOLLOWUP)])}
    if args.old_src:
        variants["old"] = ({"PYTHONPATH": str(args.old_src)}, OLD_FOLLOWUP)
    if args.floor:
        variants["floor"] = (FLOOR, [str(FOLLOWUP)])
    pages = {name: "/floor/" if name == "floor" else "/" for name in variants}
    servers = {}
    counts = {}
    for name, (extra, tool) in variants.items():
        # The floor reads nothing of the store: it shares the new version's copy.
        home = args.home.parent / f"{args.home.name}-{'new' if name == 'floor' else name}"
        if not home.exists():
            shutil.copytree(args.home, home)
        counts[name] = queries_per_page(home, extra)
        servers[name] = serve(home, extra, tool)
    print(f"store {args.home}; load: {os.getloadavg()}")
    single: dict[str, list[float]] = {name: [] for name in variants}
    busy: dict[str, list[tuple[float, float, float]]] = {name: [] for name in variants}
    try:
        for _ in range(args.rounds):
            for name, (_, base) in servers.items():
                single[name] += sequential(base, args.runs, pages[name])
            for name, (_, base) in servers.items():
                busy[name].append(loaded(base, args.seconds, args.connections, pages[name]))
    finally:
        for server, _ in servers.values():
            server.terminate()
            server.wait(timeout=10)
    figures = {}
    for name in variants:
        p50, p99 = statistics.median(single[name]), percentile(single[name], 0.99)
        rate = statistics.median(b[0] for b in busy[name])
        c50 = statistics.median(b[1] for b in busy[name])
        c99 = statistics.median(b[2] for b in busy[name])
        figures[name] = (p50, p99, rate, c50, c99)
        print(
            f"{name}: one connection p50 {p50:.1f} ms, p99 {p99:.1f} ms; "
            f"{args.connections} connections {rate:.0f} req/s, p50 {c50:.1f} ms, p99 {c99:.1f} ms; "
            f"{counts[name]} queries a page" + (" (of /, not /floor/)" if name == "floor" else "")
        )
    if "old" in figures:
        new, old = figures["new"], figures["old"]
        print(
            f"new / old: p50 {new[0] / old[0]:.2f}, p99 {new[1] / old[1]:.2f}; loaded req/s "
            f"{new[2] / old[2]:.2f}, p99 {new[4] / old[4]:.2f}"
        )
    if "floor" in figures:
        new, floor = figures["new"], figures["floor"]
        print(
            f"new / floor: p50 {new[0] / floor[0]:.2f}, p99 {new[1] / floor[1]:.2f}; loaded req/s "
            f"{new[2] / floor[2]:.2f}, p50 {new[3] / floor[3]:.2f}, p99 {new[4] / floor[4]:.2f}"
        )
    print(f"load: {os.getloadavg()}")


if __name__ == "__main__":
    main()
