"""The `followup` command: a thin shell over the core.

Commands load facts, call the core with an explicit `now`, and print. Heavy
imports (Rich, YAML, the rules) happen inside the commands so `--help` stays
instant.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from followup import __version__
from followup.errors import FollowupError


class Group(click.Group):
    """Turns our own errors into one sentence on stderr and their exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FollowupError as exc:
            click.echo(f"followup: {exc.message}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="followup")
def cli() -> None:
    """Plan, check and carry out the follow-up of your job interviews."""


def main() -> None:
    try:
        cli(prog_name="followup")
    except Exception as exc:  # the last net: a bug must not show a user a traceback
        if os.environ.get("FOLLOWUP_DEBUG"):
            raise
        click.echo(
            f"followup: internal error ({type(exc).__name__}: {exc}); "
            "run again with FOLLOWUP_DEBUG=1 for details and please report it",
            err=True,
        )
        sys.exit(70)


from followup.cli import plan as _plan  # noqa: E402  (registers the commands)

_plan.register(cli)

from followup.cli import store as _store  # noqa: E402

_store.register(cli)

from followup.cli import writing as _writing  # noqa: E402

_writing.register(cli)

from followup.cli import delivery as _delivery  # noqa: E402

_delivery.register(cli)

from followup.cli import web as _web  # noqa: E402

_web.register(cli)
