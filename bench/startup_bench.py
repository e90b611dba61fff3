"""bench/startup_bench.py: start-up of `plan FILE`, `lint FILE` and `--help`, store or none.

    .venv/bin/python bench/startup_bench.py [--runs 15] [--old-src DIR]

Cold processes, interleaved run by run (so a busy machine slows every
variant alike): each command with FOLLOWUP_HOME pointing at a store holding
settings, then at an empty folder (no store), and `--help` beside a bare
`python -c pass` (the floor). With --old-src, `plan` and `lint` with the
store also run with PYTHONPATH=DIR (an older src/, for before/after).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FOLLOWUP = str(Path(sys.executable).parent / "followup")
INTERVIEW = """\
company: Acme
role: Analyst
start: 2026-11-17 10:00
timezone: America/New_York
country: US
interviewers:
  - name: Ann Lee
    email: ann@acme.example
next_step: We'll make a decision by Friday.
"""
NOTE = "Subject: Thank you\n\nDear Ann,\nThank you for your time on Tuesday.\n\nBest,\nAna\n"


def once(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=False)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--old-src", type=Path)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="followup-startup-"))
    interview, note = work / "acme.yaml", work / "note.txt"
    interview.write_text(INTERVIEW)
    note.write_text(NOTE)
    store, empty = work / "store", work / "empty"
    empty.mkdir()
    with_store = dict(os.environ, FOLLOWUP_HOME=str(store))
    without = dict(os.environ, FOLLOWUP_HOME=str(empty))
    subprocess.run([FOLLOWUP, "config", "name", "Ana Ruiz"], env=with_store, check=True,
                   capture_output=True)  # fmt: skip
    plan = [FOLLOWUP, "plan", str(interview), "--now", "2026-11-18 09:00"]
    lint = [FOLLOWUP, "lint", str(note)]
    cases: dict[str, tuple[list[str], dict[str, str]]] = {
        "plan (store)": (plan, with_store),
        "plan (no store)": (plan, without),
        "lint (store)": (lint, with_store),
        "lint (no store)": (lint, without),
        "--help": ([FOLLOWUP, "--help"], without),
        "python -c pass": ([sys.executable, "-c", "pass"], without),
    }
    if args.old_src:
        old = {"PYTHONPATH": str(args.old_src)}
        cases["plan (store, old)"] = (plan, dict(with_store, **old))
        cases["lint (store, old)"] = (lint, dict(with_store, **old))
    for command, env in cases.values():
        once(command, env)  # warm the page cache
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, (command, env) in cases.items():
            times[name].append(once(command, env))
    med = {name: statistics.median(t) * 1000 for name, t in times.items()}
    print(f"{args.runs} interleaved cold runs; load {os.getloadavg()}")
    for name, value in med.items():
        print(f"  {name:20} median {value:6.0f} ms, best {min(times[name]) * 1000:6.0f} ms")
    print(
        f"plan store / no store: {med['plan (store)'] / med['plan (no store)']:.2f}x (target 1.2)"
    )
    print(
        f"lint store / no store: {med['lint (store)'] / med['lint (no store)']:.2f}x (target 1.2)"
    )
    print(f"--help / bare python:  {med['--help'] / med['python -c pass']:.2f}x (target 1.5)")
    if args.old_src:
        print(f"plan before / after: {med['plan (store, old)'] / med['plan (store)']:.2f}x; "
              f"lint {med['lint (store, old)'] / med['lint (store)']:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
