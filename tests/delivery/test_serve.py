"""`followup serve` as a real process: it answers the calendar feed and its worker sends mail.

The store has the Northwind interview and an account on the recording SMTP
server (`mailbox`); the server runs on a free loopback port, as a user
starts it.
"""

from __future__ import annotations

import re
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from tests.delivery.conftest import SmtpServer
from tests.store_support import followup_process, run


@contextmanager
def serving(*args: str) -> Iterator[tuple[str, list[str]]]:
    """`followup serve --port 0 ARGS`: its address, and what it prints on stderr so far."""
    process = followup_process("serve", "--port", "0", *args)
    assert process.stdout is not None and process.stderr is not None
    errors: list[str] = []
    threading.Thread(target=lambda: errors.extend(process.stderr), daemon=True).start()  # type: ignore[arg-type]
    first: list[str] = []
    reader = threading.Thread(target=lambda: first.append(process.stdout.readline()))  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout=60)
    match = re.search(r"http://127\.0\.0\.1:\d+/", first[0] if first else "")
    if match is None:
        process.kill()
        raise AssertionError(f"followup serve did not start: {first!r} {errors!r}")
    try:
        yield match.group(), errors
    finally:
        process.terminate()
        assert process.wait(timeout=30) == 0, errors


def get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


def wait_for(condition: object, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def feed_token() -> str:
    from django.db import connections

    from followup.calendar.feed import new_token
    from followup.delivery.boot import setup

    token = new_token(setup(), datetime.now(UTC))
    connections.close_all()
    return token


def test_serve_answers_the_feed_and_its_worker_sends_the_queued_message(
    mailbox: SmtpServer,
) -> None:
    queued = run("send", "1", "thank_you:priya-raman", "--right-away")
    assert queued.code == 0, queued.err
    token = feed_token()
    with serving() as (address, errors):
        status, kind, body = get(f"{address}calendar/{token}.ics")
        assert (status, kind) == (200, "text/calendar; charset=utf-8")
        assert body.startswith(b"BEGIN:VCALENDAR") and b"Northwind Analytics" in body
        missing = get(f"{address}calendar/{'x' * len(token)}.ics")
        assert missing[0] == 404
        assert wait_for(lambda: len(mailbox.received) == 1), errors
        [received] = mailbox.received
        assert received.recipients == ["priya@northwind.example"]
        assert wait_for(lambda: any("sent: #1" in line for line in errors)), errors
    printed = "".join(errors)
    assert "Not Found: /calendar/….ics" in printed  # Django's warning, without the token
    assert token not in printed and "x" * len(token) not in printed
    listed = run("outbox", "--json")
    assert '"state": "sent"' in listed.out


def test_serve_without_its_worker_leaves_the_outbox_alone(mailbox: SmtpServer) -> None:
    assert run("send", "1", "thank_you:priya-raman", "--right-away").code == 0
    from django.db import connections

    connections.close_all()
    with serving("--no-worker") as (address, errors):
        assert get(address)[0] == 200
        # A worker inside serve sends a due message on its first pass, at once:
        # watch for that (or any complaint) for as long as two passes would take,
        # failing the moment it happens rather than after a fixed sleep.
        assert not wait_for(lambda: bool(mailbox.received or errors), seconds=2.0)
        assert mailbox.received == [] and errors == []
    assert '"state": "queued"' in run("outbox", "--json").out


def test_the_url_calendar_link_prints_is_the_one_serve_answers(mailbox: SmtpServer) -> None:
    from tests.delivery.conftest import free_port

    port = free_port()
    link = run("calendar", "--link", "--port", str(port))
    [url] = re.findall(r"http://127\.0\.0\.1:\d+/calendar/\S+\.ics", link.out)
    with serving("--port", str(port), "--no-worker") as (address, _):
        assert address == f"http://127.0.0.1:{port}/"
        status, kind, body = get(url)
    assert (status, kind) == (200, "text/calendar; charset=utf-8")
    assert body.startswith(b"BEGIN:VCALENDAR") and b"Northwind Analytics" in body
