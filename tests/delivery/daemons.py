"""Starting a real mail daemon for a test: a free loopback port, then waiting
for its greeting (Dovecot's `* OK`, Postfix's `220`)."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Callable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def await_greeting(
    process: subprocess.Popen[bytes],
    port: int,
    greeting: bytes,
    seconds: float,
    why: Callable[[], str],
) -> None:
    """Return once 127.0.0.1:PORT greets with GREETING; if PROCESS ends first or
    SECONDS pass, raise with its output and WHY() (the daemon's own log)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                if s.recv(100).startswith(greeting):
                    return
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            output = process.stdout.read().decode() if process.stdout else ""
            name = os.path.basename(str(process.args[0]))  # type: ignore[index]
            raise RuntimeError(f"{name} did not start: {output} {why()}")
        time.sleep(0.05)
