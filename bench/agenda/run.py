"""bench/agenda: a cold `followup agenda` over 20,000 interviews, beside Taskwarrior 2.6.

    .venv/bin/python bench/agenda/run.py [--interviews 20000] [--runs 15] [--rebuild]

1. Build (once; kept in bench/results/agenda/) a followup store of N interviews
   through the real write path (`followup import` of a generated export:
   models, then the rules core replans each interview and stores its open
   actions), and a Taskwarrior database of N pending tasks with due dates.
   Interview starts are spread evenly from 14 days ago to 3 years ahead (a
   few hundred are past, so the agenda has overdue work); task i is due the
   day after interview i, so both tools select a similar share.
2. Time cold processes, alternating the two tools run by run:
   `followup agenda`, `followup agenda --json`, and
   `task due.before:tomorrow list`; plus `followup --help`.
3. Print the median and best wall time and the peak memory (max RSS) of each.

Installs Taskwarrior with apt-get when it is missing and this runs as root.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent.parent
RESULTS = ROOT / "bench" / "results" / "agenda"
FOLLOWUP = Path(sys.executable).parent / "followup"
TIME = "/usr/bin/time"  # GNU time (Debian package `time`), for the peak memory

FIRST = ["Ana", "Ben", "Chen", "Dana", "Eli", "Fatima", "Goran", "Hana", "Ivo", "Jia"]
LAST = ["Ruiz", "Okafor", "Li", "Novak", "Haddad", "Sato", "Berg", "Costa", "Mehta", "Kim"]
ZONES = [
    ("America/New_York", "US", "NY"),
    ("Europe/London", "GB", None),
    ("Europe/Berlin", "DE", "BE"),
]
STEPS = [
    "We'll make a decision by Friday.",
    "You'll hear from us in a few days.",
    None,
    "Check back with us next Monday.",
    "Please don't call; we'll be in touch within two weeks.",
]


def interview_start(i: int, n: int, now: datetime) -> datetime:
    """Interview i: a weekday between 09:00 and 16:00 in its own zone."""
    zone = ZoneInfo(ZONES[i % len(ZONES)][0])
    span = timedelta(days=14 + 3 * 365)
    day = (now - timedelta(days=14) + span * (i / n)).date()
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, clock(9 + i % 8), tzinfo=zone)


def export_document(n: int, now: datetime) -> dict[str, object]:
    rng = random.Random(4)
    interviews = []
    for i in range(n):
        zone, country, subdivision = ZONES[i % len(ZONES)]
        start = interview_start(i, n, now)
        people = []
        for k in range(1 + i % 3):
            name = f"{FIRST[(i + k) % 10]} {LAST[(i // 10 + k) % 10]}"
            people.append(
                {
                    "name": name,
                    "title": "Engineering Manager" if k == 0 else "Engineer",
                    "email": f"{name.split()[0].lower()}.{k}@company{i}.example",
                    "phone": None,
                    "topics": ["system design", "on-call"][: 1 + k % 2],
                    "contact": k == 0,
                }
            )
        interviews.append(
            {
                "id": i + 1,
                "company": f"Company {i // 2}",  # two rounds per application
                "role": "Data Engineer",
                "start": start.isoformat(),
                "end": (start + timedelta(hours=1)).isoformat(),
                "timezone": zone,
                "country": country,
                "subdivision": subdivision,
                "interviewers": people,
                "next_step": rng.choice(STEPS),
                "decision_by": None,
                "follow_up_on": None,
                "no_calls": None,
                "references_requested": i % 4 == 0,
                "debrief": {
                    "went_well": None,
                    "went_poorly": None,
                    "stood_out": None,
                    "forgot_to_mention": None,
                },
                "strengths": [],
                "contacts": [],
                "outcome": None,
            }
        )
    return {"format": "followup-export", "version": 1, "settings": {}, "interviews": interviews}


def build_followup(home: Path, n: int, now: datetime) -> None:
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True)
    document = RESULTS / "export.json"
    document.write_text(json.dumps(export_document(n, now)))
    env = dict(os.environ, FOLLOWUP_HOME=str(home))
    began = time.perf_counter()
    subprocess.run([str(FOLLOWUP), "import", str(document)], env=env, check=True)
    print(f"followup: imported {n} interviews in {time.perf_counter() - began:.1f} s")


def taskwarrior_env(data: Path) -> dict[str, str]:
    rc = data / "taskrc"
    return dict(os.environ, TASKRC=str(rc), TASKDATA=str(data))


def build_taskwarrior(data: Path, n: int, now: datetime) -> None:
    if data.exists():
        shutil.rmtree(data)
    data.mkdir(parents=True)
    (data / "taskrc").write_text(
        f"data.location={data}\nconfirmation=no\nhooks=off\ncolor=off\nnews.version=2.6.0\n"
    )
    entry = now.strftime("%Y%m%dT%H%M%SZ")
    tasks = [
        {
            "uuid": str(uuid.UUID(int=i + 1)),
            "description": f"Follow up with Company {i // 2}",
            "status": "pending",
            "entry": entry,
            "due": (interview_start(i, n, now) + timedelta(days=1))
            .astimezone(UTC)
            .strftime("%Y%m%dT%H%M%SZ"),
        }
        for i in range(n)
    ]
    source = data / "tasks.json"
    source.write_text(json.dumps(tasks))
    began = time.perf_counter()
    subprocess.run(
        ["task", "import", str(source)],
        env=taskwarrior_env(data),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    print(f"taskwarrior: imported {n} tasks in {time.perf_counter() - began:.1f} s")


def timed_rusage(command: list[str], env: dict[str, str]) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds, peak RSS in KiB and bytes printed, of one cold process.

    The RSS comes from GNU time: a child forked from this (large) Python
    process would report this process's memory as its own peak.
    """
    report = RESULTS / "rss.txt"
    measured = [TIME, "-f", "%M %U %S", "-o", str(report), *command]
    began = time.perf_counter()
    done = subprocess.run(measured, env=env, capture_output=True)
    elapsed = time.perf_counter() - began
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}: {done.stderr[:500]!r}")
    rss, user, system = report.read_text().split()[-3:]
    return elapsed, float(user) + float(system), int(rss), len(done.stdout)


def count_rows(home: Path) -> tuple[int, int]:
    import sqlite3

    with sqlite3.connect(home / "followup.sqlite3") as db:
        interviews = db.execute("SELECT count(*) FROM followup_interview").fetchone()[0]
        actions = db.execute("SELECT count(*) FROM followup_action").fetchone()[0]
    return interviews, actions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument(
        "--old-src",
        type=Path,
        help="an older src/ (e.g. from git archive): its `followup agenda` runs too, on a copy",
    )
    args = parser.parse_args()

    if not Path(TIME).exists():
        raise SystemExit("GNU time is missing: apt-get install -y time")
    if shutil.which("task") is None:
        if os.geteuid() != 0:
            raise SystemExit("Taskwarrior is missing: apt-get install -y taskwarrior")
        subprocess.run(["apt-get", "install", "-y", "taskwarrior"], check=True)
    version = subprocess.run(["task", "--version"], capture_output=True, text=True).stdout.strip()

    home, data = RESULTS / "followup-home", RESULTS / "taskwarrior"
    stamp = RESULTS / "built-for.txt"
    now = datetime.now(UTC)
    if args.rebuild or not stamp.exists() or stamp.read_text() != str(args.interviews):
        RESULTS.mkdir(parents=True, exist_ok=True)
        build_followup(home, args.interviews, now)
        build_taskwarrior(data, args.interviews, now)
        stamp.write_text(str(args.interviews))
    interviews, actions = count_rows(home)
    print(f"store: {interviews} interviews, {actions} stored open actions; Taskwarrior {version}")

    # As an installed followup runs: its modules compiled once and kept (a
    # session that sets PYTHONDONTWRITEBYTECODE would compile them every run).
    base_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    followup_env = dict(base_env, FOLLOWUP_HOME=str(home), TZ="UTC")
    task_env = taskwarrior_env(data)
    # The floor: the agenda's own statement in a bare python3 (sqlite3 only), with
    # the parameters `followup agenda` passes (agenda.query.fetch, every action
    # listed, the day cut in UTC), rows printed.
    from followup.agenda.query import SQLITE_AGENDA_SQL

    floor = (
        "import sqlite3, sys\n"
        "from datetime import UTC, datetime, timedelta\n"
        "now = datetime.now(UTC)\n"
        "t = lambda m: m.replace(tzinfo=None).isoformat(' ')\n"
        "morning = now.replace(hour=0, minute=0, second=0, microsecond=0)\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "rows = db.execute(sys.argv[2], {'username': 'local', 'now': t(now),\n"
        "    'tonight': t(morning + timedelta(days=1)), 'morning': t(morning),\n"
        "    'horizon': t(now + timedelta(days=7)), 'limit': -1, 'show': -1,\n"
        "    'hide_snoozed': 0, 'active_cap': -1}).fetchall()\n"
        "sys.stdout.write('\\n'.join(map(str, rows)))\n"
    )
    commands = {
        "followup agenda": ([str(FOLLOWUP), "agenda"], followup_env),
        "followup agenda --json": ([str(FOLLOWUP), "agenda", "--json"], followup_env),
        "task due.before:tomorrow list": (
            ["task", "rc.gc=off", "due.before:tomorrow", "list"],
            task_env,
        ),
        "followup --help": ([str(FOLLOWUP), "--help"], followup_env),
        "floor (the SQL in python3)": (
            [sys.executable, "-c", floor, str(home / "followup.sqlite3"), SQLITE_AGENDA_SQL],
            followup_env,
        ),
        "python3 -c pass": ([sys.executable, "-c", "pass"], followup_env),
    }
    if args.old_src:
        # Its own copy of the store: older rules would replan the shared one.
        old_home = RESULTS / "followup-home-old"
        shutil.rmtree(old_home, ignore_errors=True)
        shutil.copytree(home, old_home)
        old_env = dict(
            followup_env, FOLLOWUP_HOME=str(old_home), PYTHONPATH=str(args.old_src.resolve())
        )
        launch = "import sys; sys.argv[0] = 'followup'; from followup.launch import main; main()"
        commands["followup agenda (old)"] = ([sys.executable, "-c", launch, "agenda"], old_env)
    for command, env in commands.values():  # warm the page cache; not timed
        timed_rusage(command, env)
    samples: dict[str, list[tuple[float, float, int, int]]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, (command, env) in commands.items():
            samples[name].append(timed_rusage(command, env))

    print(f"\n{args.runs} cold runs each, alternating; times in ms, peak RSS in MiB")
    print(
        f"{'command':32} {'wall median':>11} {'wall best':>9} {'CPU median':>10} "
        f"{'max RSS':>8} {'output':>10}"
    )
    wall: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for name, runs in samples.items():
        walls = [w * 1000 for w, _, _, _ in runs]
        cpus = [c * 1000 for _, c, _, _ in runs]
        wall[name], cpu[name] = statistics.median(walls), statistics.median(cpus)
        rss = max(r for _, _, r, _ in runs) / 1024
        size = runs[0][3]
        print(
            f"{name:32} {wall[name]:11.0f} {min(walls):9.0f} {cpu[name]:10.0f} "
            f"{rss:8.1f} {size:>8} B"
        )
    ours, theirs = "followup agenda", "task due.before:tomorrow list"

    def ratio(a: float, b: float) -> str:
        # /usr/bin/time counts CPU in 10 ms steps: Taskwarrior's can be 0.
        return f"{a / b:.2f}" if b else "n/a (below the 10 ms CPU step)"

    floor_name = "floor (the SQL in python3)"
    print(
        f"\nfollowup agenda / task list: {wall[ours] / wall[theirs]:.2f} by wall-clock median, "
        f"{ratio(cpu[ours], cpu[theirs])} by CPU median"
    )
    print(
        f"followup agenda / floor: {wall[ours] / wall[floor_name]:.2f} by wall-clock median, "
        f"{ratio(cpu[ours], cpu[floor_name])} by CPU median; "
        f"--help / python3 -c pass: {wall['followup --help'] / wall['python3 -c pass']:.2f}"
    )
    if args.old_src:
        old = "followup agenda (old)"
        print(
            f"followup agenda new / old: {wall[ours] / wall[old]:.2f} by wall-clock median, "
            f"{ratio(cpu[ours], cpu[old])} by CPU median"
        )
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
