"""bench/web_bench.py: the web UI's pages over 20,000 interviews, rendered server-side.

    .venv/bin/python bench/web_bench.py [--interviews 20000] [--runs 40] [--rebuild]

1. Build (once; kept in bench/results/web/) a store of N interviews through
   the real write path: the generated export of bench/agenda/run.py
   (`export_document`, reused as is), read by `followup import`.
2. Boot the app as `followup serve` does (web.server.prepare) and render
   pages in-process with Django's test client, so the figures are the
   server's own time (no network, no browser): the agenda, the interview
   page (over interviews spread across the store, one to three
   interviewers), and for reference the drafts page and the interviews list.
3. Then the same agenda and interview pages over HTTP from a real
   `followup serve` (Waitress, its own process): what a browser waits for,
   with the request, the WSGI stack and a fresh SQLite connection per
   request included.
4. Print the median and 95th percentile of each page, and its query count
   (Django's, captured; the agenda's header is part of its one statement).
   Equal counts for small and large interviews mean no N+1.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "web"
FOLLOWUP = Path(sys.executable).parent / "followup"


def agenda_builder() -> object:
    spec = importlib.util.spec_from_file_location("agenda_bench", ROOT / "bench/agenda/run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(home: Path, n: int) -> None:
    import shutil

    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True)
    document = RESULTS / "export.json"
    document.write_text(json.dumps(agenda_builder().export_document(n, datetime.now(UTC))))  # type: ignore[attr-defined]
    began = time.perf_counter()
    env = dict(os.environ, FOLLOWUP_HOME=str(home))
    subprocess.run([str(FOLLOWUP), "import", str(document)], env=env, check=True)
    print(f"imported {n} interviews in {time.perf_counter() - began:.1f} s")


def measure(client: object, path: str, runs: int) -> tuple[list[float], int, int]:
    """Wall times (ms) of `runs` renders, the Django query count, and the status."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    status = 0
    for _ in range(runs):
        began = time.perf_counter()
        response = client.get(path)  # type: ignore[attr-defined]
        times.append((time.perf_counter() - began) * 1000)
        status = response.status_code
    with CaptureQueriesContext(connection) as captured:
        client.get(path)  # type: ignore[attr-defined]
    return times, len(captured.captured_queries), status


def over_http(home: Path, paths: list[str], runs: int) -> dict[str, list[float]]:
    """Wall times (ms) of GETs to a real `followup serve` on a free loopback port."""
    import re
    import urllib.request

    env = dict(os.environ, FOLLOWUP_HOME=str(home), TZ="UTC")
    server = subprocess.Popen(
        [str(FOLLOWUP), "serve", "--port", "0"], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        found = re.search(r"http://127\.0\.0\.1:\d+", server.stdout.readline())
        assert found, "followup serve did not start"
        base = found.group()
        times: dict[str, list[float]] = {}
        for path in paths:
            urllib.request.urlopen(base + path).read()  # warm up
            times[path] = []
            for _ in range(runs):
                began = time.perf_counter()
                with urllib.request.urlopen(base + path) as response:
                    response.read()
                times[path].append((time.perf_counter() - began) * 1000)
        return times
    finally:
        server.terminate()
        server.wait(timeout=10)


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    home = RESULTS / "followup-home"
    stamp = RESULTS / "built-for.txt"
    if args.rebuild or not stamp.exists() or stamp.read_text() != str(args.interviews):
        RESULTS.mkdir(parents=True, exist_ok=True)
        build(home, args.interviews)
        stamp.write_text(str(args.interviews))
    os.environ["FOLLOWUP_HOME"] = str(home)
    os.environ["TZ"] = "UTC"

    from followup.web.server import prepare

    prepare()
    from django.test import Client

    from followup.store.models import Action, Interview

    client = Client(SERVER_NAME="127.0.0.1")
    interviews = Interview.objects.count()
    actions = Action.objects.count()
    print(f"store: {interviews} interviews, {actions} stored open actions; {args.runs} runs each")

    ids = list(Interview.objects.order_by("pk").values_list("pk", flat=True))
    sample = ids[:: max(1, len(ids) // args.runs)][: args.runs]
    rows: list[tuple[str, list[float], str, int]] = []

    times, queries, status = measure(client, "/", args.runs)
    assert status == 200, status
    rows.append(("agenda  /", times, f"{queries} (the header is in the agenda statement)", status))

    page_times: list[float] = []
    counts: set[int] = set()
    for pk in sample:
        t, q, status = measure(client, f"/interviews/{pk}/", 1)
        assert status == 200, (pk, status)
        page_times += t
        counts.add(q)
    rows.append(
        (
            f"interview  /interviews/ID/ ({len(sample)} interviews)",
            page_times,
            "/".join(str(c) for c in sorted(counts)),
            200,
        )
    )
    draft_times: list[float] = []
    for pk in sample[:10]:
        t, q, status = measure(client, f"/interviews/{pk}/drafts/", 1)
        draft_times += t
    rows.append(("drafts  /interviews/ID/drafts/ (10)", draft_times, str(q), status))
    times, queries, status = measure(client, "/interviews/", max(5, args.runs // 4))
    rows.append(("list  /interviews/ (page 1 of 400)", times, str(queries), status))
    times, queries, status = measure(client, "/interviews/?q=company%2012", max(5, args.runs // 4))
    rows.append(("search  /interviews/?q=company 12", times, str(queries), status))

    http = over_http(home, ["/", f"/interviews/{sample[len(sample) // 2]}/"], args.runs)
    rows.append(("over HTTP: agenda  /", http["/"], "(as above)", 200))
    rows.append(
        ("over HTTP: interview  /interviews/ID/", list(http.values())[1], "(as above)", 200)
    )

    print(f"{'page':52} {'median ms':>10} {'p95 ms':>8}  queries")
    for name, values, queries_text, _ in rows:
        print(f"{name:52} {statistics.median(values):10.1f} {p95(values):8.1f}  {queries_text}")


if __name__ == "__main__":
    main()
