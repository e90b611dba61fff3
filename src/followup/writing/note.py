"""A note as the linter reads it: an optional header, then the body.

    To: Priya Raman <priya.raman@northwind.example>
    Subject: Thank you for Tuesday
    Kind: thank_you

    Dear Priya,
    ...

The header is optional; when present it starts on the first line, holds only
`To:`, `Subject:` and `Kind:` (any case, each at most once) and ends with a
blank line, or at the first line that is not a `Key: value` header.
Without `Kind:` a note is a thank-you.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from followup.writing.kinds import NoteKind

HEADER = re.compile(r"^(?P<key>[A-Za-z][A-Za-z-]*)[ \t]*:[ \t]*(?P<value>.*)$")
KNOWN_HEADERS = ("to", "subject", "kind")


class NoteError(ValueError):
    """The note cannot be linted; the message says why in one sentence."""


@dataclass(frozen=True)
class Note:
    name: str
    body: str
    # 1-based line of the file where the body starts, so findings point into the file.
    body_line: int = 1
    kind: NoteKind = NoteKind.THANK_YOU
    to: str | None = None
    subject: str | None = None
    subject_line: int | None = None


def parse_kind(value: str) -> NoteKind:
    """`thank-you`, `Thank you` and `thank_you` all name the same kind."""
    key = re.sub(r"[\s-]+", "_", value.strip().lower())
    try:
        return NoteKind(key)
    except ValueError:
        choices = [k.value for k in NoteKind]
        close = difflib.get_close_matches(key, choices, n=1)
        hint = f"; did you mean {close[0]}?" if close else ""
        raise NoteError(
            f"Kind: {value.strip()!r} is not one of {', '.join(choices)}{hint}"
        ) from None


def parse_note(text: str, name: str) -> Note:
    """Split a note's text into header fields and body; `name` is how findings cite it."""
    lines = text.splitlines()
    first = HEADER.match(lines[0]) if lines else None
    fields: dict[str, tuple[str, int]] = {}
    body_start = 0
    if first and first.group("key").lower() in KNOWN_HEADERS:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                body_start = number
                break
            match = HEADER.match(line)
            if match is None:
                # A note pasted from an email client often has its greeting
                # right under the To: line: the header ends where a line
                # stops being "Key: value", blank line or not.
                body_start = number - 1
                break
            key = match.group("key").lower()
            if key not in KNOWN_HEADERS:
                raise NoteError(
                    f"line {number}: {match.group('key')!r} is not a header this tool reads "
                    "(To, Subject, Kind)"
                )
            if key in fields:
                raise NoteError(f"line {number}: {match.group('key')} is given twice")
            fields[key] = (match.group("value").strip(), number)
        else:
            raise NoteError("has a header but no body (end the header with a blank line)")
    body_lines = lines[body_start:]
    # Skip blank lines before the body so findings point at real text.
    blank = next((i for i, line in enumerate(body_lines) if line.strip()), len(body_lines))
    body_lines = body_lines[blank:]
    body_start += blank
    body = "\n".join(line.rstrip() for line in body_lines).strip("\n")
    if not body.strip():
        raise NoteError("is empty: a note needs a body" if not fields else "has no body")
    kind = NoteKind.THANK_YOU
    if "kind" in fields:
        if not fields["kind"][0]:
            raise NoteError(f"line {fields['kind'][1]}: Kind: is empty")
        kind = parse_kind(fields["kind"][0])
    to = fields["to"][0] if "to" in fields else ""
    subject, subject_line = fields.get("subject", ("", 0))
    return Note(
        name=name,
        body=body,
        body_line=body_start + 1,
        kind=kind,
        to=to or None,
        subject=subject or None,
        subject_line=subject_line if subject else None,
    )
