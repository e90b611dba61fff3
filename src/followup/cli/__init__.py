"""The `followup` command: a thin shell over the core.

Commands load facts, call the core with an explicit `now`, and print. Heavy
imports (Rich, YAML, Django, the rules) happen inside the commands, and each
command's module is imported only when that command runs, so `--help` and the
daily agenda stay instant.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from followup import __version__
from followup.errors import FollowupError

# Each command: the module that defines it at module level (as `NAME_command`),
# and its one-line
# help, so `followup --help` lists every command without importing any of
# them. tests/test_docs.py checks these lines against the commands' own help.
COMMANDS: dict[str, tuple[str, str]] = {
    "add": ("interviews", "Store an interview: from FILE, or by answering questions."),
    "agenda": (
        "agenda",
        "What to do across all interviews: overdue, due today, and the next 7 days.",
    ),
    "calendar": ("delivery", "Every interview and open action as calendar events (.ics)."),
    "check": ("plan", "Ask whether a contact is wise before you make it."),
    "config": (
        "configure",
        "See or change your settings: `config`, `config NAME`, `config NAME VALUE`.",
    ),
    "confirm": (
        "proposals",
        "Do what an invitation's notice proposes: add it, move it, or mark it called off.",
    ),
    "debrief": ("recording", "Write down how it went, by flags or by answering four questions."),
    "decline": (
        "proposals",
        "Say no to an invitation's notice: not an interview, keep the old time, or keep it on.",
    ),
    "delete": (
        "interviews",
        "Delete an interview, its contact log and its plan (export first to keep a copy).",
    ),
    "draft": ("writing", "Draft the messages the plan calls for at --now."),
    "edit": ("interviews", "Change an interview's facts; its plan follows."),
    "eml": (
        "delivery",
        "Export one action's message as an .eml file (or a mailto: link) for your own client.",
    ),
    "export": (
        "backup",
        "Print your interviews and settings as one JSON document (format version 1).",
    ),
    "import": ("backup", "Read a file made by `followup export`: all of it, or nothing."),
    "lint": ("writing", "Check notes before you send them."),
    "list": ("interviews", "List every stored interview with its round, outcome and next action."),
    "log": ("recording", "Record a contact you made, after checking it against the guardrails."),
    "mail": ("delivery", "Your mail account: `followup mail smtp`, `mail imap`, `mail digest`."),
    "outbox": ("delivery", "The outbox: every message, its state, and what needs your word."),
    "outcome": (
        "recording",
        "Record how it ended: offer, next_round, rejected, withdrawn, called_off.",
    ),
    "plan": ("plan", "Show the dated follow-up plan for the interview in FILE."),
    "read": (
        "inbox",
        "Say what a message (.eml) or calendar file (.ics) is and what it would change.",
    ),
    "reply": (
        "recording",
        "Record that the employer replied, and whether they asked you to check back.",
    ),
    "send": (
        "delivery",
        "Put the message of one open action in the outbox (e.g. thank_you:priya-raman).",
    ),
    "serve": (
        "web",
        "Start the web UI on this machine only (127.0.0.1) and print its address.",
    ),
    "show": (
        "interviews",
        "Show one interview: its facts, its plan with reasons and sources, its history.",
    ),
    "worker": (
        "delivery",
        "Send due outbox messages, poll for replies and queue the morning digest.",
    ),
}


class Group(click.Group):
    """Loads commands on demand; turns our own errors into one sentence and an exit code."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(COMMANDS))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module = importlib.import_module(f"followup.cli.{COMMANDS[cmd_name][0]}")
            self.add_command(getattr(module, f"{cmd_name}_command"), cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][1]) for name in sorted(COMMANDS)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

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
        # An unreachable PostgreSQL server is the environment's: one sentence, exit 69.
        from followup.store.location import database_url
        from followup.store.server import unreachable

        server = unreachable(exc, database_url())
        if server is not None:
            click.echo(f"followup: {server.message}", err=True)
            sys.exit(server.exit_code)
        # A full or read-only disk is not a bug: one sentence and exit 74.
        from followup.store.disk import storage_failure
        from followup.store.location import home

        storage = storage_failure(exc, home())
        if storage is not None:
            click.echo(f"followup: {storage.message}", err=True)
            sys.exit(storage.exit_code)
        click.echo(
            f"followup: internal error ({type(exc).__name__}: {exc}); "
            "run again with FOLLOWUP_DEBUG=1 for details and please report it",
            err=True,
        )
        sys.exit(70)
