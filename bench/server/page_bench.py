"""bench/server/page_bench.py: the server's pages under wrk, on PostgreSQL, with the
single-user `make run` (SQLite) as the peer in the same run.

    bash bench/ensure-wrk
    .venv/bin/python bench/server/page_bench.py [--users 1000] [--interviews 20] \
        [--coached 200] [--sessions 200] [--rounds 4] [--seconds 5] [--connections 16] \
        [--unprepared] [--gunicorn 2] [--with-action-user-index] [--floor] [--rebuild]
        [--old-src DIR]

1. Start a throwaway PostgreSQL cluster (tests/postgres_plugin.py, as the
   tests do). Make the store of `--users` candidates with `--interviews`
   each, by the import agenda_bench uses (bench/agenda's generated export,
   `exchange.load`, merge), every candidate with one password (hashed once),
   and a coach whom the first `--coached` candidates consent to. The built
   database is kept as a `pg_dump` in bench/results/server/ and restored in
   the next runs (`--rebuild` makes it again): the build takes a minute or more.
2. Log in `--sessions` candidates (the first few through the real log-in
   form over HTTP, the rest as Django's `force_login` writes a session) and
   the coach. Start the servers, all at once: `followup serve --server
   --no-worker` (Waitress, its default 4 threads) as docs/server.md says;
   with `--unprepared` a second one with FOLLOWUP_SERVER_BINDING=0 (the peer
   of the prepared statements); with `--gunicorn N`, N gunicorn processes on
   the WSGI entry; and the peer, `followup serve` in the local mode (what
   `make run` starts: SQLite, one user, no log-in) with one candidate's
   store (`--interviews` interviews).
3. In `--rounds` rounds, each target in turn for `--seconds` under wrk on
   loopback (a Lua script rotating the session cookies and sending
   `X-Forwarded-Proto: https` as the reverse proxy does): the agenda page
   (`/`) at `--connections` and at 1 connection, the coach's board
   (`/coach/`) at 1 connection. Interleaved, so a change in the machine's
   load falls on every target alike. A response other than 200 counts as an
   error, as wrk's own socket errors do. `--with-action-user-index` also
   times the board with Django's old index of followup_action.user_id made
   again (dropped after each round): what store migration 0007 took away.
   `--floor` adds the floor: the same `followup serve --server` (and the
   local one) with bench/floor_site.py's settings, answering `/floor/` with
   constant bytes through the same middleware (the session and the account
   read), at `--connections`, 4 and 1; and the agenda at 4 connections.
   `--old-src DIR` (an older `src/`, e.g. from `git archive main src`, run
   with PYTHONPATH): that version's `followup serve --server` on the same
   database, its agenda at `--connections` and 1 and its board, in the same
   rounds.
4. Print the queries each page runs (Django's CaptureQueriesContext: the same
   at any size, no N+1); for each target the median over the rounds of p50
   and of p99, the worst p99, requests per second and errors; the ratios
   between peers; and `uptime` before, after each round and after.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "agenda"))
RESULTS = ROOT / "bench" / "results" / "server"
FLOOR = {"DJANGO_SETTINGS_MODULE": "floor_site", "PYTHONPATH": str(ROOT / "bench")}
FOLLOWUP = Path(sys.executable).parent / "followup"
PASSWORD = "bench pass phrase 1"
SECRET = "bench-secret-key-" + "x" * 50
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
REAL_LOGINS = 4
# Django's index of Action.user (the foreign key), which (user_id, due) and the
# other user-first indexes make redundant.
ACTION_USER_INDEX = "followup_action_user_id_94491433"

LUA = r"""
-- Rotates the session cookies of BENCH_COOKIES (one Cookie header a line)
-- over every request; counts the answers that are not 200.
local cookies = {}
for line in io.lines(os.getenv("BENCH_COOKIES")) do cookies[#cookies + 1] = line end
local threads = {}
local counter = 0
bad = 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("offset", #threads * 7919)
end

function init(args)
  counter = offset or 0
end

function request()
  counter = counter + 1
  local cookie = cookies[(counter % #cookies) + 1]
  return wrk.format("GET", os.getenv("BENCH_PATH"),
    {["Cookie"] = cookie, ["X-Forwarded-Proto"] = "https"})
end

function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local wrong = 0
  for _, thread in ipairs(threads) do wrong = wrong + thread:get("bad") end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "seconds": %.2f, "p50_ms": %.2f, "p99_ms": %.2f, ' ..
    '"max_ms": %.2f, "not_200": %d, "socket_errors": %d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, wrong,
    e.connect + e.read + e.write + e.timeout))
end
"""


# -- children: each configures Django once, in its own process ------------------------


def child_build(users: int, interviews: int, coached: int) -> None:
    """The candidates, their interviews and the coach (DATABASE_URL names the database)."""
    from run import export_document

    from followup.delivery.boot import setup

    setup()
    from django.contrib.auth.hashers import make_password

    from followup.coaching import consent
    from followup.store import exchange
    from followup.store.models import User

    document = export_document(interviews, NOW)
    hashed = make_password(PASSWORD)  # once: PBKDF2 for 1,000 users would take minutes
    began = time.perf_counter()
    coach = User.objects.create(username="coach", email="coach@centre.example", password=hashed)
    for n in range(users):
        user = User.objects.create(
            username=f"user{n}", email=f"user{n}@people.example", password=hashed
        )
        exchange.load(user, document, merge=True)
        if n < coached:
            invitation, _ = consent.invite(user, "coach", NOW)
            consent.accept(invitation, coach, NOW)
        if n % 100 == 99:
            print(f"  {n + 1} candidates in {time.perf_counter() - began:.0f} s", flush=True)
    print(json.dumps({"build_s": round(time.perf_counter() - began, 1)}))


def child_local(interviews: int) -> None:
    """The single-user store (SQLite in FOLLOWUP_HOME): one candidate's interviews."""
    from run import export_document

    from followup.delivery.boot import setup

    user = setup()
    from followup.store import exchange

    exchange.load(user, export_document(interviews, NOW), merge=True)
    print(json.dumps({"ok": True}))


def child_sessions(count: int) -> None:
    """Sessions for `count` candidates and the coach, as Cookie headers; and the
    queries each page runs, for a candidate and for the coach."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from followup.web.server import prepare

    prepare()
    from followup.store.location import rules_stamp
    from followup.store.models import User
    from followup.store.services import refresh_plans

    cookies = []
    stamp = rules_stamp()
    for user in User.objects.filter(username__startswith="user").order_by("id")[:count]:
        if user.rules_stamp != stamp:
            # What each candidate's first page would do (the import leaves the
            # stamp unset): done here, or the first round times 200 replannings.
            refresh_plans(user)
        client = Client()
        client.force_login(user)
        cookies.append(f"sessionid={client.cookies['sessionid'].value}")
    coach = User.objects.get(username="coach")
    client = Client()
    client.force_login(coach)
    queries = {}
    for who, path in (("user0", "/"), ("coach", "/coach/")):
        asking = Client(SERVER_NAME="127.0.0.1", headers={"X-Forwarded-Proto": "https"})
        asking.force_login(User.objects.get(username=who))
        asking.get(path, secure=True)
        with CaptureQueriesContext(connection) as captured:
            response = asking.get(path, secure=True)
        assert response.status_code == 200, (path, response.status_code)
        queries[path] = len(captured.captured_queries)
    print(
        json.dumps(
            {
                "cookies": cookies,
                "coach": f"sessionid={client.cookies['sessionid'].value}",
                "queries": queries,
            }
        )
    )


# -- the parent: cluster, servers, wrk -------------------------------------------------


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def run_child(kind: str, env: dict[str, str], *args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, *args],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    lines = out.stdout.strip().splitlines()
    for line in lines[:-1]:
        print(line)
    return dict(json.loads(lines[-1]))


def base_env(home: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "FOLLOWUP_SERVER")}
    env["FOLLOWUP_HOME"] = home
    return env


def server_env(home: str, url: str) -> dict[str, str]:
    env = base_env(home)
    env.update(
        DATABASE_URL=url,
        FOLLOWUP_SERVER="1",
        FOLLOWUP_SECRET_KEY=SECRET,
        ALLOWED_HOSTS="127.0.0.1",
        CSRF_TRUSTED_ORIGINS="https://127.0.0.1",
    )
    return env


def database(cluster: Any, args: argparse.Namespace, home: str) -> str:
    """The built database, restored from the kept dump when there is one."""
    name = "bench_pages"
    dump = RESULTS / f"pages-{args.users}x{args.interviews}-c{args.coached}.dump"
    url = str(cluster.create(name))
    if dump.exists() and not args.rebuild:
        began = time.perf_counter()
        subprocess.run(
            [str(cluster.bindir / "pg_restore"), "--no-owner", "-d", url, str(dump)],
            check=True,
        )
        subprocess.run([str(cluster.bindir / "psql"), "-q", "-c", "ANALYZE", url], check=True)
        print(f"restored {dump.name} in {time.perf_counter() - began:.1f} s")
        return url
    print(f"building {args.users} candidates x {args.interviews} interviews ...", flush=True)
    env = base_env(home)
    env["DATABASE_URL"] = url
    built = run_child(
        "build",
        env,
        "--users",
        str(args.users),
        "--interviews",
        str(args.interviews),
        "--coached",
        str(args.coached),
    )
    print(f"built in {built['build_s']} s")
    subprocess.run([str(cluster.bindir / "psql"), "-q", "-c", "ANALYZE", url], check=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(cluster.bindir / "pg_dump"), "-Fc", "-f", str(dump), url], check=True)
    return url


class Server:
    """`followup serve` in its own process, on a free loopback port; or, with
    `gunicorn` > 0, that many gunicorn processes (4 threads each) on the WSGI entry."""

    def __init__(
        self, env: dict[str, str], server: bool, gunicorn: int = 0, old: bool = False
    ) -> None:
        command = [str(FOLLOWUP), "serve", "--no-worker", "--port", "0"]
        if old:  # as bench/web_agenda_paired.py runs an older src/ on PYTHONPATH
            command = [sys.executable, "-c", "from followup.cli import main; main()", *command[1:]]
        if server:
            command.append("--server")
        if gunicorn:
            from tests.postgres_plugin import free_port

            port = free_port()
            command = [
                str(FOLLOWUP.parent / "gunicorn"), "-w", str(gunicorn), "--threads", "4",
                "-b", f"127.0.0.1:{port}", "--forwarded-allow-ips", "127.0.0.1",
                "followup.web.wsgi:application",
            ]  # fmt: skip
        # Standard error to a file: a pipe nobody reads stalls the server once it
        # fills (Waitress warned of its queue on every request under wrk).
        self.errors = tempfile.TemporaryFile("w+")  # noqa: SIM115 (kept while it runs)
        self.process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=self.errors, text=True
        )
        self.url = ""
        if gunicorn:
            self.url = f"http://127.0.0.1:{port}/"
            wait_for(self.url, self.process, self.error_text)
            return
        assert self.process.stdout is not None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not self.url:
            line = self.process.stdout.readline()
            if not line and self.process.poll() is not None:
                raise SystemExit(f"server failed: {self.error_text()}")
            found = re.search(r"http://127\.0\.0\.1:\d+/", line)
            if found:
                self.url = found.group(0)

    def error_text(self) -> str:
        self.errors.seek(0)
        return self.errors.read()[-4000:]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def wait_for(url: str, process: subprocess.Popen[str], errors: Any) -> None:
    """Until the log-in page answers (every gunicorn process has made the store ready)."""
    import urllib.request

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server failed: {errors()}")
        try:
            request = urllib.request.Request(
                url + "accounts/login/", headers={"X-Forwarded-Proto": "https"}
            )
            with urllib.request.urlopen(request, timeout=5):
                time.sleep(2)  # the other processes finish loading
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("server did not answer")


def log_in(url: str, username: str) -> str:
    """The real log-in form over HTTP: its session cookie."""
    import http.cookiejar
    import urllib.request

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    headers = {"X-Forwarded-Proto": "https"}
    with opener.open(urllib.request.Request(url + "accounts/login/", headers=headers)) as page:
        html = page.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert token, "no CSRF token on the log-in page"
    csrf = next(c.value for c in jar if c.name == "csrftoken")
    from urllib.parse import urlencode

    body = urlencode(
        {"csrfmiddlewaretoken": token.group(1), "username": username, "password": PASSWORD}
    ).encode()
    request = urllib.request.Request(
        url + "accounts/login/",
        data=body,
        headers={
            **headers,
            "Referer": url.replace("http://", "https://") + "accounts/login/",
            "Cookie": f"csrftoken={csrf}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    plain = urllib.request.build_opener(NoRedirect)
    try:
        plain.open(request)
    except urllib.error.HTTPError as answer:
        assert answer.code == 302, answer.code
        cookie = answer.headers.get_all("Set-Cookie") or []
        session = next(c for c in cookie if c.startswith("sessionid="))
        return session.split(";", 1)[0]
    raise AssertionError("the log-in did not redirect")


def wrk(url: str, path: str, cookies: list[str], connections: int, seconds: int) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="page-bench-wrk-"))
    (folder / "rotate.lua").write_text(LUA)
    (folder / "cookies").write_text("\n".join(cookies) + "\n")
    env = dict(os.environ, BENCH_COOKIES=str(folder / "cookies"), BENCH_PATH=path)
    threads = min(connections, 2)
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
         "-s", str(folder / "rotate.lua"), url.rstrip("/") + path],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    shutil.rmtree(folder, ignore_errors=True)
    line = next(x for x in out.stdout.splitlines() if x.startswith("RESULT "))
    result = dict(json.loads(line.removeprefix("RESULT ")))
    result["per_s"] = round(result["requests"] / result["seconds"], 1)
    result["errors"] = result["not_200"] + result["socket_errors"]
    return result


def combine(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """The rounds of one target: the median of their p50s and of their p99s, the worst
    p99, requests per second over all of them, and every error."""
    requests = sum(r["requests"] for r in rounds)
    seconds = sum(r["seconds"] for r in rounds)
    return {
        "p50_ms": round(statistics.median(r["p50_ms"] for r in rounds), 2),
        "p99_ms": round(statistics.median(r["p99_ms"] for r in rounds), 2),
        "worst_p99_ms": round(max(r["p99_ms"] for r in rounds), 2),
        "per_s": round(requests / seconds, 1),
        "requests": requests,
        "errors": sum(r["errors"] for r in rounds),
    }


def show(label: str, r: dict[str, Any]) -> None:
    print(
        f"  {label:40} p50 {r['p50_ms']:7.2f} ms  p99 {r['p99_ms']:7.2f} ms "
        f"(worst {r['worst_p99_ms']:7.2f})  {r['per_s']:6.1f} req/s  "
        f"errors {r['errors']} of {r['requests']}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--interviews", type=int, default=20)
    parser.add_argument("--coached", type=int, default=200)
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=5, help="one round of one target")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument(
        "--unprepared",
        action="store_true",
        help="also serve with FOLLOWUP_SERVER_BINDING=0 (client-side binding, no prepare)",
    )
    parser.add_argument(
        "--with-action-user-index",
        action="store_true",
        help=f"also time the board with {ACTION_USER_INDEX} made again (dropped after)",
    )
    parser.add_argument(
        "--gunicorn",
        type=int,
        default=0,
        help="also serve the PostgreSQL store with this many gunicorn processes",
    )
    parser.add_argument("--old-src", type=Path, help="also serve this older src/ (PYTHONPATH)")
    parser.add_argument(
        "--floor",
        action="store_true",
        help="also time /floor/, a constant answer through the same stack (the floor)",
    )
    parser.add_argument("--child", choices=("build", "local", "sessions"))
    args = parser.parse_args()
    if args.child == "build":
        child_build(args.users, args.interviews, args.coached)
        return
    if args.child == "local":
        child_local(args.interviews)
        return
    if args.child == "sessions":
        child_sessions(args.sessions)
        return
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: run `bash bench/ensure-wrk`")
    from tests.postgres_plugin import start_cluster

    before = uptime()
    print(
        f"{args.users} candidates x {args.interviews} interviews, a coach of {args.coached}; "
        f"wrk {args.connections} connections, {args.rounds} rounds of {args.seconds} s "
        f"per target, interleaved; load: {before}"
    )
    cluster = start_cluster()
    homes = [tempfile.mkdtemp(prefix="page-bench-") for _ in range(2)]
    servers: list[Server] = []
    rounds: dict[str, list[dict[str, Any]]] = {}
    try:
        url = database(cluster, args, homes[0])
        env = server_env(homes[0], url)
        made = run_child("sessions", env, "--sessions", str(args.sessions))
        print(f"queries per page (PostgreSQL): {made['queries']}")
        local_env = base_env(homes[1])
        run_child("local", local_env, "--interviews", str(args.interviews))
        pg = Server(env, server=True)
        servers.append(pg)
        real = [log_in(pg.url, f"user{n}") for n in range(REAL_LOGINS)]
        cookies = real + made["cookies"][REAL_LOGINS:]
        coach = [made["coach"]]
        print(f"{len(cookies)} sessions ({REAL_LOGINS} through the log-in form)")
        local = Server(local_env, server=False)
        servers.append(local)
        c = args.connections
        # (name, server, path, cookies, connections)
        targets: list[tuple[str, Server, str, list[str], int]] = [
            (f"agenda PG waitress c{c}", pg, "/", cookies, c),
            (f"agenda SQLite local c{c}", local, "/", [""], c),
            ("agenda PG waitress c1", pg, "/", cookies, 1),
            ("agenda SQLite local c1", local, "/", [""], 1),
            ("board PG waitress c1", pg, "/coach/", coach, 1),
        ]
        if args.unprepared:
            plain = Server(dict(env, FOLLOWUP_SERVER_BINDING="0"), server=True)
            servers.append(plain)
            targets += [
                (f"agenda PG waitress unprepared c{c}", plain, "/", cookies, c),
                ("board PG waitress unprepared c1", plain, "/coach/", coach, 1),
            ]
        if args.gunicorn:
            many = Server(env, server=True, gunicorn=args.gunicorn)
            servers.append(many)
            targets += [
                (f"agenda PG gunicorn -w{args.gunicorn} c{c}", many, "/", cookies, c),
                (f"board PG gunicorn -w{args.gunicorn} c1", many, "/coach/", coach, 1),
            ]
        if args.old_src:
            old = Server(dict(env, PYTHONPATH=str(args.old_src)), server=True, old=True)
            servers.append(old)
            targets += [
                (f"agenda PG waitress old c{c}", old, "/", cookies, c),
                ("agenda PG waitress old c1", old, "/", cookies, 1),
                ("board PG waitress old c1", old, "/coach/", coach, 1),
            ]
        if args.floor:
            floor = Server(dict(env, **FLOOR), server=True)
            local_floor = Server(dict(local_env, **FLOOR), server=False)
            servers += [floor, local_floor]
            targets += [
                ("agenda PG waitress c4", pg, "/", cookies, 4),
                (f"floor PG waitress c{c}", floor, "/floor/", cookies, c),
                ("floor PG waitress c4", floor, "/floor/", cookies, 4),
                ("floor PG waitress c1", floor, "/floor/", cookies, 1),
                (f"floor SQLite local c{c}", local_floor, "/floor/", [""], c),
            ]
        for _, server, path, jar, _ in targets:  # warm every process and connection
            wrk(server.url, path, jar, c, 2)
        psql = [str(cluster.bindir / "psql"), "-q", url, "-c"]
        for n in range(args.rounds):
            for name, server, path, jar, connections in targets:
                rounds.setdefault(name, []).append(
                    wrk(server.url, path, jar, connections, args.seconds)
                )
            if args.with_action_user_index:
                # The single-column index that store migration 0007 dropped, made again.
                subprocess.run(
                    [*psql, f"CREATE INDEX {ACTION_USER_INDEX} ON followup_action (user_id)"],
                    check=True,
                )
                rounds.setdefault("board PG waitress c1, with user_id index", []).append(
                    wrk(pg.url, "/coach/", coach, 1, args.seconds)
                )
                subprocess.run([*psql, f"DROP INDEX {ACTION_USER_INDEX}"], check=True)
            print(f"round {n + 1} of {args.rounds} done; load: {uptime()}", flush=True)
    finally:
        for running in servers:
            running.stop()
        cluster.stop()
        for home in homes:
            shutil.rmtree(home, ignore_errors=True)
    results = {name: combine(found) for name, found in rounds.items()}
    for name, result in results.items():
        show(name, result)
    c = args.connections
    pairs = [
        (f"agenda PG waitress c{c}", f"agenda SQLite local c{c}"),
        ("agenda PG waitress c1", "agenda SQLite local c1"),
        ("board PG waitress c1", "agenda PG waitress c1"),
    ]
    if args.unprepared:
        pairs += [
            (f"agenda PG waitress c{c}", f"agenda PG waitress unprepared c{c}"),
            ("board PG waitress c1", "board PG waitress unprepared c1"),
        ]
    if args.gunicorn:
        pairs += [
            (f"agenda PG gunicorn -w{args.gunicorn} c{c}", f"agenda SQLite local c{c}"),
            (f"board PG gunicorn -w{args.gunicorn} c1", "board PG waitress c1"),
        ]
    if args.old_src:
        pairs += [
            (f"agenda PG waitress c{c}", f"agenda PG waitress old c{c}"),
            ("agenda PG waitress c1", "agenda PG waitress old c1"),
            ("board PG waitress c1", "board PG waitress old c1"),
        ]
    if args.floor:
        pairs += [
            (f"agenda PG waitress c{c}", f"floor PG waitress c{c}"),
            ("agenda PG waitress c4", "floor PG waitress c4"),
            ("agenda PG waitress c1", "floor PG waitress c1"),
            (f"agenda SQLite local c{c}", f"floor SQLite local c{c}"),
        ]
    if args.with_action_user_index:
        pairs.append(("board PG waitress c1", "board PG waitress c1, with user_id index"))
    print("ratios (same run, interleaved):")
    for a_name, b_name in pairs:
        a, b = results[a_name], results[b_name]
        print(
            f"  {a_name} / {b_name}: p50 x{a['p50_ms'] / b['p50_ms']:.2f}, "
            f"p99 x{a['p99_ms'] / b['p99_ms']:.2f}, req/s x{a['per_s'] / b['per_s']:.2f}"
        )
    print("RESULTS " + json.dumps(results))
    print(f"load before: {before}\nload after:  {uptime()}")


if __name__ == "__main__":
    main()
