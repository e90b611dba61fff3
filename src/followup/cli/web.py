"""`followup serve`: the web UI on 127.0.0.1, served by Waitress."""

from __future__ import annotations

import click


def register(cli: click.Group) -> None:
    @cli.command("serve")
    @click.option(
        "--port",
        type=click.IntRange(0, 65535),
        default=8127,
        show_default=True,
        help="The port on 127.0.0.1 (0 picks a free one).",
    )
    @click.option(
        "--threads", type=click.IntRange(1, 32), default=4, show_default=True, hidden=True
    )
    def serve_command(port: int, threads: int) -> None:
        """Start the web UI on this machine only (127.0.0.1) and print its address.

        Serves the agenda, every interview, drafts with live checking and the
        contact log with its guardrails, from the same store as the other
        commands. One user, no login: it listens on loopback only. Stop it
        with Ctrl-C.
        """
        from followup.errors import FollowupError
        from followup.web.server import run

        def announce(url: str) -> None:
            click.echo(f"followup is running at {url}  (Ctrl-C to stop)", err=False)

        try:
            run(port, threads, announce)
        except OSError as exc:
            raise FollowupError(
                f"cannot listen on 127.0.0.1:{port} ({exc.strerror or exc})"
            ) from None
