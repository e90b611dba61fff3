"""The `followup` entry point: `followup --help` without importing click.

Python starts in about 15 ms; importing click and the command group takes
three to five times that. `--help` (and `-h`) alone print this copy of the
group's help, which tests/test_startup.py checks against what click renders
(update it from `COLUMNS=80 followup --help` when a command's line changes);
`agenda` and `agenda --json` call the agenda directly (a test checks they
print what the click command prints); everything else goes to
`followup.cli.main`. The console script calls `run`, which after the agenda
ends the process without the interpreter's teardown (see `_leave`). The copy
is used only where
click would wrap at 78 columns, as it does for a terminal 80 or more wide
and for a pipe.
"""

from __future__ import annotations

import os
import sys

HELP = """\
Usage: followup [OPTIONS] COMMAND [ARGS]...

  Plan, check and carry out the follow-up of your job interviews.

Options:
  --version   Show the version and exit.
  -h, --help  Show this message and exit.

Commands:
  add       Store an interview: from FILE, or by answering questions.
  agenda    What to do across all interviews: overdue, due today, and the next
            7 days.
  calendar  Every interview and open action as calendar events (.ics).
  check     Ask whether a contact is wise before you make it.
  config    See or change your settings: `config`, `config NAME`, `config NAME
            VALUE`.
  confirm   Do what an invitation's notice proposes: add it, move it, or mark
            it called off.
  debrief   Write down how it went, by flags or by answering four questions.
  decline   Say no to an invitation's notice: not an interview, keep the old
            time, or keep it on.
  delete    Delete an interview, its contact log and its plan (export first to
            keep a copy).
  draft     Draft the messages the plan calls for at --now.
  edit      Change an interview's facts; its plan follows.
  eml       Export one action's message as an .eml file (or a mailto: link)
            for your own client.
  export    Print your interviews and settings as one JSON document (format
            version 1).
  import    Read a file made by `followup export`: all of it, or nothing.
  lint      Check notes before you send them.
  list      List every stored interview with its round, outcome and next
            action.
  log       Record a contact you made, after checking it against the
            guardrails.
  mail      Your mail account: `followup mail smtp`, `mail imap`, `mail
            digest`.
  outbox    The outbox: every message, its state, and what needs your word.
  outcome   Record how it ended: offer, next_round, rejected, withdrawn,
            called_off.
  plan      Show the dated follow-up plan for the interview in FILE.
  read      Say what a message (.eml) or calendar file (.ics) is and what it
            would change.
  reply     Record that the employer replied, and whether they asked you to
            check back.
  send      Put the message of one open action in the outbox (e.g.
            thank_you:priya-raman).
  serve     Start the web UI on this machine only (127.0.0.1) and print its
            address.
  show      Show one interview: its facts, its plan with reasons and sources,
            its history.
  worker    Send due outbox messages, poll for replies and queue the morning
            digest.
"""


def _columns() -> int:
    # As shutil.get_terminal_size, which click asks, without importing shutil.
    try:
        columns = int(os.environ["COLUMNS"])
        if columns > 0:
            return columns
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


# The agenda's command lines that run without click.
FAST_AGENDA = (["agenda"], ["agenda", "--json"])


def run() -> None:
    """The `followup` console script (pyproject.toml): `main`, then, after the
    agenda, the process ends at once."""
    main()
    if sys.argv[1:] in FAST_AGENDA:
        _leave()


def _leave() -> None:
    """End the process without Python's teardown, once the output is written.

    Tearing the interpreter down (freeing every module, object and the
    garbage collector's last pass) costs a cold agenda about as long as its
    query at 1,000 interviews, for nothing: the agenda has closed its
    database connections, and nothing on its path registers an exit handler.
    When the output cannot be flushed (a closed pipe) the interpreter exits as
    usual, so that case is reported as it always was.
    """
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(0)


def main() -> None:
    args = sys.argv[1:]
    if args in (["--help"], ["-h"]) and _columns() >= 80:
        sys.stdout.write(HELP)
        return
    if args in FAST_AGENDA:
        # The daily read: one SQL query, and no click (a third of its start-up).
        _agenda("--json" in args)
        return
    from followup.cli import main as cli_main

    cli_main()


def _agenda(as_json: bool) -> None:
    """`followup agenda [--json]` as its click command runs it, errors included."""
    from followup.errors import FollowupError

    try:
        from followup.agenda.text import show

        show(None, as_json)
    except FollowupError as exc:
        sys.stderr.write(f"followup: {exc.message}\n")
        sys.exit(exc.exit_code)
    except Exception as exc:  # the last net, worded as followup.cli.main's
        if os.environ.get("FOLLOWUP_DEBUG"):
            raise
        from followup.store.location import database_url
        from followup.store.server import unreachable

        server = unreachable(exc, database_url())
        if server is not None:
            sys.stderr.write(f"followup: {server.message}\n")
            sys.exit(server.exit_code)
        sys.stderr.write(
            f"followup: internal error ({type(exc).__name__}: {exc}); "
            "run again with FOLLOWUP_DEBUG=1 for details and please report it\n"
        )
        sys.exit(70)
