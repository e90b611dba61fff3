"""`followup serve`: the web UI on 127.0.0.1, served by Waitress."""

from __future__ import annotations

import click


@click.command("serve")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8127,
    show_default=True,
    help="The port on 127.0.0.1 (0 picks a free one).",
)
@click.option("--threads", type=click.IntRange(1, 32), default=4, show_default=True, hidden=True)
@click.option(
    "--no-worker",
    is_flag=True,
    help="Do not send the outbox from here (run `followup worker` elsewhere).",
)
@click.option(
    "--worker-interval",
    default=30.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds between two passes of the worker.",
)
@click.option(
    "--server",
    "server_mode",
    is_flag=True,
    help="Serve as the multi-user server behind a reverse proxy (FOLLOWUP_SERVER=1; "
    "docs/server.md): hosts, origins and the secret key from the environment.",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="The address to listen on; another than loopback only with --server.",
)
def serve_command(
    port: int, threads: int, no_worker: bool, worker_interval: float, server_mode: bool, host: str
) -> None:
    """Start the web UI on this machine only (127.0.0.1) and print its address.

    Serves the agenda, every interview, drafts with live checking and the
    contact log with its guardrails, the outbox and the calendar feed
    (/calendar/TOKEN.ics), from the same store as the other commands. One
    user, no login: it listens on loopback only. The delivery worker runs
    inside it (as `followup worker`) unless --no-worker. Stop it with Ctrl-C.
    """
    import os

    from followup.errors import FollowupError, InputError
    from followup.web.server import run

    if server_mode:
        # Read by the settings when Django starts, which is below.
        os.environ["FOLLOWUP_SERVER"] = "1"
    elif host not in ("127.0.0.1", "localhost", "::1"):
        raise InputError("--host", "only loopback without --server (one user, no login)")

    def announce(url: str) -> None:
        click.echo(f"followup is running at {url}  (Ctrl-C to stop)", err=False)

    try:
        run(port, threads, announce, worker=None if no_worker else worker_interval, host=host)
    except OSError as exc:
        raise FollowupError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
