"""Serving the web UI: Waitress (a production WSGI server, pure Python, any OS) on loopback.

1. Make the store ready (`store.boot.setup`: configure Django, migrate on
   first use, recompute stale plans), then apply any migration of the other
   apps (this one's snoozes) that the store's own stamp does not cover.
2. Bind 127.0.0.1 only: the local mode has one user and no login, so it must
   never be reachable from another machine.
3. Start the delivery worker (`followup worker`) in a background thread,
   unless told not to: it sends the outbox's due messages, polls for
   replies and queues the morning digest, as the command does.
4. Serve until Ctrl-C or SIGTERM; then stop the worker after its current
   pass (waiting at most WORKER_GRACE; a message it was handing to the
   server is found on the next start and never sent twice).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

HOST = "127.0.0.1"
DEFAULT_PORT = 8127
# Seconds to wait for the worker's current pass when the server stops: short,
# so SIGTERM is honoured within a second. A message the worker was handing to
# the mail server is found on the next start and never sent twice.
WORKER_GRACE = 0.3
# Seconds to wait for the pages being answered when the server stops.
REQUEST_GRACE = 0.1


def prepare() -> None:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from followup.store.boot import migration_lock, setup

    setup()
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        from django.core.management import call_command

        with migration_lock():
            call_command("migrate", verbosity=0, interactive=False)


def application() -> Any:
    from django.core.wsgi import get_wsgi_application

    return get_wsgi_application()


def make_server(port: int, threads: int = 4, host: str = HOST) -> Any:
    """A Waitress server bound to host:port (0: any free port), not yet running.

    In server mode (FOLLOWUP_SERVER=1, docs/server.md) the reverse proxy at
    FOLLOWUP_TRUSTED_PROXY (default 127.0.0.1) is trusted to say the scheme
    and the client's address (X-Forwarded-Proto, X-Forwarded-For); from
    anyone else those headers are dropped.
    """
    import logging
    import os

    from waitress.server import create_server

    prepare()
    # Waitress warns "Task queue depth is N" whenever a request waits for a free
    # thread: under any load that is every request, a line on standard error
    # each (and a stall once a pipe nobody reads fills up). Waiting is how one
    # process serves more connections than threads; real trouble still shows.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    proxy: dict[str, Any] = {}
    if os.environ.get("FOLLOWUP_SERVER") == "1":
        proxy = {
            "trusted_proxy": os.environ.get("FOLLOWUP_TRUSTED_PROXY", "127.0.0.1"),
            "trusted_proxy_headers": {"x-forwarded-proto", "x-forwarded-for"},
        }
    server = create_server(
        application(),
        host=host,
        port=port,
        threads=threads,
        ident="followup",
        clear_untrusted_proxy_headers=True,
        **proxy,
    )
    # Waitress waits up to 5 s for requests in flight when it stops; SIGTERM
    # must be honoured within a second. A request cut short never commits its
    # transaction (each write is atomic), and its threads are daemons.
    dispatcher = server.task_dispatcher
    stop_requests = dispatcher.shutdown

    def shutdown(cancel_pending: bool = True, timeout: float = 5) -> Any:
        return stop_requests(cancel_pending, min(timeout, REQUEST_GRACE))  # type: ignore[arg-type]

    dispatcher.shutdown = shutdown  # type: ignore[method-assign]
    return server


def address(server: Any) -> str:
    host = server.effective_host
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{server.effective_port}/"


def start_worker(interval: float = 30.0) -> tuple[threading.Thread, threading.Event]:
    """The delivery worker's loop in a daemon thread (after the store is ready)."""
    from followup.delivery.boot import setup
    from followup.delivery.worker import start_thread

    setup()
    return start_thread(interval)


def stop_worker(worker: tuple[threading.Thread, threading.Event]) -> None:
    thread, stop = worker
    stop.set()
    thread.join(WORKER_GRACE)


def run(
    port: int,
    threads: int,
    announce: Callable[[str], None],
    *,
    worker: float | None = 30.0,
    host: str = HOST,
) -> None:
    """Serve until stopped; `worker`: seconds between the worker's passes (None: no worker)."""
    import signal

    server = make_server(port, threads, host)

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    announce(address(server))
    background = None
    try:
        if worker is not None:
            background = start_worker(worker)
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        if background is not None:
            stop_worker(background)
