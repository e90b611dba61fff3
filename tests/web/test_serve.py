"""`followup serve` and the per-install secret key."""

from __future__ import annotations

import socket
import stat
from pathlib import Path

from followup.web.secret import KEY_NAME, secret_key


def test_the_secret_key_is_made_once_and_kept_private(tmp_path: Path) -> None:
    first = secret_key(tmp_path / "home")
    assert len(first) > 40
    path = tmp_path / "home" / KEY_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert secret_key(tmp_path / "home") == first
    assert secret_key(tmp_path / "other") != first
    assert [p.name for p in (tmp_path / "home").iterdir()] == [KEY_NAME]


def test_serve_says_so_when_the_port_is_taken(store: Path) -> None:
    from tests.store_support import run

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "--port", str(port))
    assert result.code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.err


def test_serve_binds_loopback_only(store: Path) -> None:
    from followup.web.server import HOST, address, make_server

    server = make_server(0)
    try:
        assert HOST == "127.0.0.1"
        assert server.socket.getsockname()[0] == "127.0.0.1"
        assert address(server) == f"http://127.0.0.1:{server.effective_port}/"
    finally:
        server.close()


def test_sigterm_stops_serve_within_a_second_even_while_a_page_is_drafted(store: Path) -> None:
    import contextlib
    import re
    import signal
    import threading
    import time
    import urllib.request

    from tests.store_support import NORTHWIND, followup_process, run

    sample = store / "northwind.yaml"
    sample.write_text(NORTHWIND)
    assert run("add", str(sample)).code == 0
    process = followup_process("serve", "--port", "0")
    assert process.stdout is not None
    line = process.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:\d+/", line)
    assert match is not None, line

    def load_drafts() -> None:
        # The server goes away mid-request: that is the point.
        with contextlib.suppress(OSError):
            urllib.request.urlopen(match.group() + "interviews/1/drafts/", timeout=10).read()

    busy = [threading.Thread(target=load_drafts, daemon=True) for _ in range(4)]
    for thread in busy:
        thread.start()
    time.sleep(0.2)
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    code = process.wait(timeout=30)
    elapsed = time.monotonic() - started
    assert code == 0
    assert elapsed < 1.0, f"{elapsed:.2f} s after SIGTERM"
