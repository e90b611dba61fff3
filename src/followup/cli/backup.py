"""`followup export` and `import`: everything stored, as one JSON document and back.

The document's shape is `store.exchange`'s; these commands only read and
write the file (atomically) and say what happened.

Django, the rules and the store are imported inside the commands, so that
`followup --help` loads none of them.
"""

from __future__ import annotations

from pathlib import Path

import click

from followup.cli.shell import Shell, pass_shell, with_store


@click.command("export")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write to this file (replaced whole, never half-written) instead of printing.",
)
@with_store
def export_command(shell: Shell, output: str | None) -> None:
    """Print your interviews and settings as one JSON document (format version 1).

    Interviews keep their IDs and are written in the interview-file
    format, with their contact log and outcome; settings come along.
    `followup import` reads it back.

    \b
    Left out (set them up again after an import):
    - the outbox: messages scheduled or sent through it, and its notices;
    - the mail account (followup mail: SMTP and IMAP servers, sender,
      where the password is read, the morning digest; the password itself
      is never stored);
    - the calendar subscription link and its event sequence numbers;
    - snoozed agenda items.
    """
    user = shell.user
    from followup.store.exchange import export_text

    # Streamed: each interview is written as it is read (constant memory).
    if output is None:
        import sys

        sys.stdout.writelines(export_text(user))
        sys.stdout.flush()
        return
    import os
    import tempfile

    target = Path(output)
    handle, temp = tempfile.mkstemp(dir=target.parent or ".", prefix=".followup-export-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.writelines(export_text(user))
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    click.echo(f"Exported to {target}.", err=True)


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--merge",
    is_flag=True,
    help="Add to the interviews already stored, with new IDs (settings stay as they are).",
)
@pass_shell
def import_command(shell: Shell, file: str, merge: bool) -> None:
    """Read a file made by `followup export`: all of it, or nothing.

    It is read as a stream and written in one transaction: each problem
    names its field, and an error or Ctrl-C leaves the store as it was.
    Into an empty store, IDs and settings are kept; into one that holds
    interviews, --merge is needed.
    """
    user = shell.user
    from followup.store.exchange import load_file

    added, skipped = load_file(user, Path(file), merge=merge)
    click.echo(f"Imported {len(added)} interview{'' if len(added) == 1 else 's'}.")
    if skipped:
        click.echo(f"{skipped} were already stored and left as they are.")
    # An export leaves these behind (export's help): say so where they are missed.
    click.echo(
        "Not in a backup, to set up again: the outbox and its notices; the mail account "
        "and its morning digest (followup mail); the calendar subscription link and its "
        "event sequence numbers; snoozed agenda items."
    )
