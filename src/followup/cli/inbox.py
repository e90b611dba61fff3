"""`followup read FILE...`: what a message or a calendar file is, changing nothing.

The reading is `followup.inbox` (pure, on bytes); which stored interview it
belongs to is looked up only when a store already exists (reading a file
never creates one).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from followup import shellword
from followup.cli.options import json_option
from followup.errors import InputError

if TYPE_CHECKING:
    from followup.inbox.message import Reading
    from followup.store.models import User

# Larger files are not mail a person sends about an interview.
MAX_BYTES = 25 * 1024 * 1024

EFFECT = {
    "reply": "It would be recorded as the employer's reply; only their own words are read.",
    "auto_reply": "It would be noted in the history as automatic and change nothing.",
    "bounce": (
        "It would mark our message to {failed} bounced, take it out of the contact log "
        "(the plan asks for that step again) and tell you."
    ),
    "read_receipt": "It would change nothing.",
    "invite": "It would be proposed, never added by itself: add it with followup add {file}",
    "cancel": "It would propose marking the interview called off.",
    "other": "It would change nothing.",
}


def readings(files: tuple[str, ...]) -> list[tuple[str, Reading]]:
    from followup.inbox.message import NotMail, read

    found: list[tuple[str, Reading]] = []
    for file in files:
        path = Path(file)
        try:
            if path.stat().st_size > MAX_BYTES:
                raise InputError(file, "is larger than 25 MB: not a message or a calendar file")
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(file, f"cannot be read ({exc.strerror or exc})") from exc
        try:
            found.append((file, read(data)))
        except NotMail as exc:
            raise InputError(
                file, f"is neither an email message (.eml) nor a calendar file (.ics): {exc}"
            ) from exc
    return found


def store_user() -> User | None:
    """The store's user when a store exists; reading never creates one."""
    from followup.store.location import store_exists

    if not store_exists():
        return None
    from followup.delivery.boot import setup

    return setup()


def describe(file: str, reading: Reading, matches: int | None) -> list[str]:
    who = ""
    if reading.sender is not None:
        name = reading.sender.name
        who = f" from {name} <{reading.sender.email}>" if name else f" from {reading.sender.email}"
    lines = [f"{file}: {reading.kind.replace('_', ' ')}{who}"]
    if reading.subject:
        lines.append(f"  Subject: {reading.subject}")
    if reading.words:
        lines.append(f"  Their words: {reading.words}")
    if reading.failed_recipients:
        lines.append(f"  Failed: {', '.join(reading.failed_recipients)}")
    for event in reading.events:
        zone = f" ({event.timezone})" if event.timezone else ""
        start = event.start.isoformat() if event.start is not None else "no start"
        lines.append(f"  Event: {event.summary or '(no title)'}, {start}{zone}")
        people = [p.name or p.email for p in event.attendees]
        if people:
            lines.append(f"  Attendees: {', '.join(people)}")
        if event.video_link:
            lines.append(f"  Video: {event.video_link}")
        if event.recurring or event.all_day:
            lines.append(
                "  It is "
                + ("recurring" if event.recurring else "all day")
                + ": adding it asks which interview it is."
            )
    lines.append(
        f"  Belongs to: interview {matches}" if matches else "  Belongs to: no stored interview"
    )
    effect = EFFECT[reading.kind]
    if reading.kind == "invite" and matches:
        effect = f"It is interview {matches}'s invitation: a new time would be proposed as a move."
    elif reading.kind == "cancel" and matches:
        effect = (
            f"It would propose marking interview {matches} called off "
            f"(followup outcome {matches} called_off)."
        )
    lines.append(
        "  " + effect.format(failed=", ".join(reading.failed_recipients), file=shellword.word(file))
    )
    return lines


@click.command("read")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@json_option
def read_command(files: tuple[str, ...], as_json: bool) -> None:
    """Say what a message (.eml) or calendar file (.ics) is and what it would change.

    Nothing is changed. The kinds: invite, cancel, reply, auto_reply,
    bounce, read_receipt, other. `matches` is the stored interview it
    belongs to (by our Message-IDs, the invitation's UID, or an
    interviewer's address), or null.
    """
    found = readings(files)
    user = store_user()
    if user is not None:
        from followup.delivery.belongs import interview_of

        matched = [interview_of(user, reading) for _, reading in found]
    else:
        matched = [None for _ in found]
    if as_json:
        document: dict[str, Any] = {
            "messages": [
                reading.as_json(file, match)
                for (file, reading), match in zip(found, matched, strict=True)
            ]
        }
        click.echo(json.dumps(document, sort_keys=True, ensure_ascii=False, indent=2))
        return
    for (file, reading), match in zip(found, matched, strict=True):
        for line in describe(file, reading, match):
            click.echo(line)
