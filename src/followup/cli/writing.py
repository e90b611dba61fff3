"""`followup draft` and `followup lint`: the writing core applied to files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from followup.cli.options import json_option, now_option
from followup.cli.plan import load_with_policy, resolve_now
from followup.errors import InputError

if TYPE_CHECKING:
    from datetime import datetime

    from followup.etiquette.model import Interview, Plan
    from followup.writing.drafting import Draft, Drafts, Sender
    from followup.writing.note import Note


def is_stored_id(target: str) -> bool:
    """An interview ID of the store, unless a file of that name exists."""
    return target.isdigit() and not Path(target).exists()


def load_target(target: str, settings: dict[str, Any] | None = None) -> tuple[Interview, Any]:
    """An interview file, or the ID of a stored interview (with the stored record)."""
    if not is_stored_id(target):
        return load_with_policy(target, settings)[0], None
    from followup.cli.shell import Shell

    user = Shell().user  # configures Django before any model is imported
    from followup.store import services

    stored = services.load(user, int(target))
    return stored.interview, stored


def sender_from(settings: dict[str, Any]) -> Sender:
    """Who signs: the `name`, `signature` and `phone` settings in force."""
    from followup.config import sender_from as sender_of

    return sender_of(settings)


def plan_target(target: str, now: str | None) -> tuple[Interview, Plan, Sender, datetime]:
    from followup.etiquette.planner import plan

    if is_stored_id(target):
        interview, stored = load_target(target)
        moment = resolve_now(now, interview)
        from followup.store import services

        planned = services.plan_now(stored, moment)
        return interview.as_of(moment), planned, sender_from(stored.settings), moment
    # A file is planned as `followup plan FILE` plans it: your settings'
    # holidays and policy, read without creating a store.
    from followup.config import stored_settings

    settings = stored_settings()  # read once, for the file's defaults, the policy and who signs
    interview, policy = load_with_policy(target, settings)
    moment = resolve_now(now, interview)
    # What the file records after --now has not happened yet at that moment.
    interview = interview.as_of(moment)
    return interview, plan(interview, moment, policy), sender_from(settings), moment


def read_note(path: str) -> Note:
    """Read one note file; every problem is one sentence naming the file."""
    from followup.writing.note import NoteError, parse_note

    file = Path(path)
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a note") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text") from None
    try:
        note = parse_note(text, path)
    except NoteError as exc:
        raise InputError(path, str(exc)) from None
    from followup.writing.lint import oversized

    count = oversized(note)
    if count is not None:
        raise InputError(
            path, f"is {count} words long: a note is at most a few hundred; is this the right file?"
        )
    return note


def distinct(paths: tuple[str, ...]) -> list[str]:
    """The paths as given, each file once: `lint a.txt a.txt` is one note, not a duplicate."""
    seen: dict[Path, str] = {}
    for path in paths:
        seen.setdefault(Path(path).resolve(), path)
    return list(seen.values())


def print_drafts(
    result: Drafts, where: str = "the interview file", opens: dict[str, str] | None = None
) -> None:
    """`opens`: for a draft whose action's window has not opened yet, when it may go."""
    from followup.etiquette.labels import by_post
    from followup.writing.kinds import LABEL

    if not result.drafts and not result.notices:
        click.echo("Nothing to write right now: no open action needs a message.")
    for number, draft in enumerate(result.drafts):
        if number:
            click.echo()
        # One heading line, so each block below it stays a note file lint reads.
        extra = [draft.needs, draft.carries]
        if opens and draft.action_id in opens:
            extra.insert(0, f"Not yet: it may go from {opens[draft.action_id]}.")
        if draft.covers:
            # Sent by hand, the log must hear it too (etiquette.history guesses nothing).
            extra.append(
                "Sent by hand, log it with "
                + " ".join(f"--carrying {c}" for c in draft.covers)
                + "."
            )
        if draft.heading:
            lines = [line for line in draft.heading.splitlines() if line]
            extra.append(f"Write its date and address above the greeting: {' / '.join(lines)}.")
        said = " ".join(e for e in extra if e)
        ready = ", NEEDS YOUR INPUT" if draft.needs else ""
        click.echo(
            f"=== {by_post(LABEL[draft.kind], draft.email is not None)} to {draft.to}"
            f" ({draft.action_id})"
            f"{_how(draft)}{ready}" + (f". {said}" if said else "") + " ==="
        )
        click.echo(draft.note_text(), nl=False)
    for notice in result.notices:
        if result.drafts:
            click.echo()
        click.echo(notice.message)
    facts = [h for h in result.hints if not h.field.startswith("config.")]
    settings = [h for h in result.hints if h.field.startswith("config.")]
    if facts:
        click.echo()
        click.echo(f"To make these drafts better, add to {where}:")
        for hint in facts:
            click.echo(f"- {hint.field}: {hint.message}")
    if settings:
        click.echo()
        click.echo("And in your settings:")
        for hint in settings:
            click.echo(f"- {hint.field.removeprefix('config.')}: {hint.message}")


def _how(draft: Draft) -> str:
    from followup.writing.kinds import NoteKind

    if draft.kind is NoteKind.VOICEMAIL:
        return ", to leave if the call goes unanswered"
    if draft.email is None:
        return ", no email address: send it as a letter"
    return ""


def _count(number: int, noun: str) -> str:
    if number == 0:
        return f"No {noun}s"
    return f"{number} {noun}" + ("s" if number != 1 else "")


@click.command("draft")
@click.argument("target", metavar="FILE|ID")
@now_option
@json_option
def draft_command(target: str, now: str | None, as_json: bool) -> None:
    """Draft the messages the plan calls for at --now.

    FILE|ID is an interview file, or the ID of a stored interview. Either
    way the drafts are signed with your `name` or `signature` setting.

    \b
    1. Work out the plan, as `followup plan` does.
    2. For each open action that needs words (thank-you notes, references,
       the check-in, the voicemail for the one call, bridge, stay-in-touch
       and withdrawal notes), fill its templates from the interview file.
       Before the interview has ended, only a withdrawal is drafted; the
       rest look back on it, and a line says when they will be drafted.
    3. List the facts that would make the drafts better.

    Each draft is printed as a note file that `followup lint` reads.
    """
    from followup.porcelain import dumps
    from followup.writing.drafting import drafts

    interview, planned, sender, moment = plan_target(target, now)
    result = drafts(interview, planned, sender, now=moment)
    if as_json:
        click.echo(
            dumps(
                {
                    "drafts": [d.as_dict() for d in result.drafts],
                    "hints": [h.as_dict() for h in result.hints],
                    "notices": [n.as_dict() for n in result.notices],
                }
            )
        )
    else:
        from followup.places import clock

        where = f"interview {target} (followup edit {target})"
        # Issue 16: a draft shown before its window opens says when it may go.
        zone = interview.tz
        opens = {
            a.id: clock(a.not_before, zone, zone, year=moment.astimezone(zone).year)
            for a in planned.actions
            if a.not_before > moment
        }
        print_drafts(result, where if is_stored_id(target) else "the interview file", opens)


@click.command("lint")
@click.argument(
    "notes", nargs=-1, required=True, metavar="NOTE...", type=click.Path(dir_okay=False)
)
@click.option(
    "--interview",
    "interview_file",
    metavar="FILE|ID",
    help="An interview file or stored interview ID: its names, company, role and "
    "topics are known words.",
)
@json_option
def lint_command(notes: tuple[str, ...], interview_file: str | None, as_json: bool) -> None:
    """Check notes before you send them.

    Each NOTE is a text file: optional header lines (To:, Subject:, Kind:)
    and a blank line, then the body. Finds spelling mistakes, notes that are
    too long, informal, generic or negative, notes that ask for the outcome
    or miss the interviewer's name, and notes too alike to each other.

    Exits 0 with no findings, 1 with findings, 2 when a file cannot be read.
    """
    from followup.config import stored_settings, value_of
    from followup.porcelain import dumps
    from followup.writing.lint import lint

    settings = stored_settings()
    interview = load_target(interview_file, settings)[0] if interview_file else None
    notes = tuple(distinct(notes))
    words = value_of("words", settings) or ()
    findings = lint([read_note(path) for path in notes], interview, words)
    if as_json:
        click.echo(dumps({"findings": [f.as_dict() for f in findings]}))
    else:
        for finding in findings:
            click.echo(f"{finding.file}:{finding.line}: {finding.code}: {finding.message}")
        click.echo(f"{_count(len(findings), 'finding')} in {_count(len(notes), 'note')}.")
    if findings:
        click.get_current_context().exit(1)
