"""bench/exchange_bench.py: `followup export` and `import` at N interviews, beside their floor.

    .venv/bin/python bench/exchange_bench.py [--interviews 20000] [--runs 3] [--old-src DIR]

1. Generate the export document of bench/agenda (N interviews, 1 to 3
   interviewers each) and time `followup import` of it into an empty store
   (a cold process; peak RSS from GNU time).
2. Time `followup export -o FILE` over that store, alternating run by run
   with its floor: a bare `python3` that reads every row of the same tables
   with the standard sqlite3 module and prints nothing.
3. Check the export equals the imported document (the round trip).

With --old-src, the same commands also run with PYTHONPATH=DIR (an older
`src/`, e.g. from `git archive`), for a paired before/after.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "agenda"))
from run import export_document

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "exchange"
FOLLOWUP = Path(sys.executable).parent / "followup"
TIME = "/usr/bin/time"

# `followup` through followup.cli.main, which an older src/ has too.
OLD_FOLLOWUP = [sys.executable, "-c", "import sys; from followup.cli import main; main()"]

FLOOR = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for table in ("interview", "application", "company", "interviewer", "person", "topic",
              "contact", "outcome", "debrief", "setting"):
    for row in db.execute(f"SELECT * FROM followup_{table}"):
        pass
"""


CPU: dict[str, list[float]] = {}  # command -> CPU seconds (user + system) of each run


def timed(label: str, command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MiB) of one cold process; its CPU time goes to CPU."""
    report = RESULTS / "rss.txt"
    began = time.perf_counter()
    done = subprocess.run(
        [TIME, "-f", "%U %S %M", "-o", str(report), *command],
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - began
    if done.returncode != 0:
        tail = done.stderr.strip()[-300:]
        print(f"  {command[0]} exited {done.returncode}: {tail}")
        return float("nan"), 0
    user, system, rss = report.read_text().split()[-3:]
    CPU.setdefault(label, []).append(float(user) + float(system))
    return elapsed, int(rss) // 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interviews", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--old-src", type=Path)
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    document = RESULTS / f"export-{args.interviews}.json"
    if not document.exists():
        document.write_text(json.dumps(export_document(args.interviews, datetime.now(UTC))))
    size = document.stat().st_size / 1e6
    print(f"{args.interviews} interviews, document {size:.1f} MB; load: {os.getloadavg()}")

    variants = {"new": {}}
    if args.old_src:
        variants["old"] = {"PYTHONPATH": str(args.old_src)}
    homes = {}
    for name, extra in variants.items():
        home = RESULTS / f"home-{name}-{args.interviews}"
        shutil.rmtree(home, ignore_errors=True)
        env = dict(os.environ, FOLLOWUP_HOME=str(home), **extra)
        tool = OLD_FOLLOWUP if name == "old" else [str(FOLLOWUP)]
        subprocess.run([*tool, "config"], env=env, capture_output=True, check=True)
        wall, rss = timed(f"import ({name})", [*tool, "import", str(document)], env)
        used = CPU[f"import ({name})"][-1]
        print(f"import ({name}): {wall:.1f} s, CPU {used:.1f} s, "
              f"peak {rss} MiB")  # fmt: skip
        homes[name] = (home, env)

    home, env = homes["new"]
    database = str(home / "followup.sqlite3")
    samples: dict[str, list[tuple[float, int]]] = {"floor": []}
    for name in variants:
        samples[f"export ({name})"] = []
    tools = {name: OLD_FOLLOWUP if name == "old" else [str(FOLLOWUP)] for name in variants}
    for _ in range(args.runs):
        samples["floor"].append(timed("floor", [sys.executable, "-c", FLOOR, database], env))
        for name in variants:
            out = RESULTS / f"out-{name}.json"
            samples[f"export ({name})"].append(
                timed(
                    f"export ({name})",
                    [*tools[name], "export", "-o", str(out)],
                    dict(env, **variants[name]),
                )
            )
    for name, runs in samples.items():
        walls = [w for w, _ in runs]
        print(
            f"{name:14} median {statistics.median(walls):6.2f} s, best {min(walls):6.2f} s, "
            f"peak {max(r for _, r in runs)} MiB"
        )
    floor = statistics.median(w for w, _ in samples["floor"])
    export = statistics.median(w for w, _ in samples["export (new)"])
    print(f"export / floor: {export / floor:.1f}x by wall median")
    imported = statistics.median(CPU["import (new)"])
    exported_cpu = statistics.median(CPU["export (new)"])
    print(f"import / export (new, same run): {imported / exported_cpu:.1f}x by CPU median")
    if "old" in variants:
        old_import = statistics.median(CPU["import (old)"])
        print(f"import new / old: {imported / old_import:.2f}x by CPU")
    for name, cpu in CPU.items():
        print(f"  CPU {name}: median {statistics.median(cpu):.2f} s")
    exported = json.loads((RESULTS / "out-new.json").read_text())
    original = json.loads(document.read_text())
    same = exported["interviews"] == original["interviews"]
    print(f"round trip: {'identical' if same else 'DIFFERENT'}; load: {os.getloadavg()}")


if __name__ == "__main__":
    main()
