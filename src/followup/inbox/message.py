"""What a message or a calendar file is: `read(data)`, pure, on bytes.

The kinds, checked in this order (the first that holds wins):

- `read_receipt`: an RFC 8098 disposition notification;
- `bounce`: a delivery report naming addresses that failed for good;
- `invite` / `cancel`: a calendar (the file itself, or a text/calendar part)
  with METHOD REQUEST or PUBLISH (or none) / METHOD CANCEL or a cancelled event;
- `auto_reply`: RFC 3834 `Auto-Submitted`, `X-Autoreply`, `X-Autorespond`,
  `X-Auto-Response-Suppress`, `Precedence: auto_reply/bulk/junk/list`, or an
  out-of-office subject;
- `reply`: a person wrote it;
- `other`: anything else (a delay warning, a mailing list, an iTIP REPLY).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from followup.inbox import automatic
from followup.inbox.invites import Event, NotCalendar, Person, looks_like_calendar, read_calendar
from followup.inbox.text import addresses, body_text, header, parse, part_text
from followup.inbox.words import own_words

KINDS = ("invite", "cancel", "reply", "auto_reply", "bounce", "read_receipt", "other")
HEADER_START = re.compile(rb"^(?:From |[!-9;-~]+:)")
MESSAGE_IDS = re.compile(r"<[^<>\s]+>")
CALENDAR_TYPES = ("text/calendar", "application/ics")


class NotMail(ValueError):
    """Neither an RFC 5322 message nor an iCalendar file."""


@dataclass(frozen=True)
class Reading:
    kind: str
    subject: str | None = None
    sender: Person | None = None
    words: str | None = None
    failed_recipients: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()
    # What ties it to our mail: the Message-IDs it answers (In-Reply-To,
    # References, or a report's original message), and why it is automatic.
    refers_to: tuple[str, ...] = ()
    automatic: str | None = None
    date: str | None = None

    def as_json(self, file: str, matches: int | None) -> dict[str, Any]:
        return {
            "events": [e.as_json() for e in self.events],
            "failed_recipients": list(self.failed_recipients),
            "file": file,
            "from": self.sender.as_json() if self.sender else None,
            "kind": self.kind,
            "matches": matches,
            "subject": self.subject,
            "words": self.words,
        }


def _calendar_kind(events: list[Event]) -> str | None:
    if not events:
        return None
    method = events[0].method
    if method == "CANCEL" or (method is None and all(e.cancelled for e in events)):
        return "cancel"
    if method in (None, "REQUEST", "PUBLISH"):
        return "invite"
    return None


def _calendar_parts(mail: EmailMessage) -> list[Event]:
    for part in mail.walk():
        if part.get_content_type() in CALENDAR_TYPES or (
            part.get_filename() or ""
        ).lower().endswith(".ics"):
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else part_text(part).encode()
            try:
                return read_calendar(data)
            except NotCalendar:
                continue
    return []


def _report_refs(mail: EmailMessage) -> list[str]:
    """Message-IDs a report names: Original-Message-ID, or the returned message's headers."""
    found: list[str] = []
    for part in mail.walk():
        kind = part.get_content_type()
        if kind in ("message/disposition-notification", "message/delivery-status"):
            found += MESSAGE_IDS.findall(part_text(part) or str(part.get_payload()))
        elif kind in ("text/rfc822-headers", "message/rfc822"):
            inner = part.get_payload()
            text = str(inner[0]) if isinstance(inner, list) and inner else part_text(part)
            found += MESSAGE_IDS.findall(
                "\n".join(
                    line for line in text.splitlines() if line.lower().startswith("message-id")
                )
            )
    if not found:
        # Non-standard bounces quote the message inline: its Message-ID line is ours.
        body = body_text(mail)
        found = MESSAGE_IDS.findall(
            "\n".join(
                line for line in body.splitlines() if line.strip().lower().startswith("message-id")
            )
        )
    return found


def read_email(data: bytes) -> Reading:
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:6].upper() == b"BEGIN:":
        raise NotMail("it is iCalendar text without a VCALENDAR or a VEVENT")
    if not HEADER_START.match(data.lstrip(b"\r\n")):
        raise NotMail("it does not start with a mail header")
    mail = parse(data)
    if not any(mail.get(name) is not None for name in ("From", "Date", "Message-ID")):
        raise NotMail("it has no From, Date or Message-ID header")
    subject = header(mail, "Subject")
    senders = addresses(mail, "From")
    sender = Person(name=senders[0][0], email=senders[0][1]) if senders else None
    refs = tuple(
        dict.fromkeys(
            MESSAGE_IDS.findall(
                f"{header(mail, 'In-Reply-To') or ''} {header(mail, 'References') or ''}"
            )
        )
    )
    base: dict[str, Any] = {
        "subject": subject,
        "sender": sender,
        "refers_to": refs,
        "date": header(mail, "Date"),
    }
    if automatic.is_read_receipt(mail):
        return Reading(kind="read_receipt", **{**base, "refers_to": (*refs, *_report_refs(mail))})
    permanent, temporary = automatic.failed_recipients(mail)
    if permanent:
        return Reading(
            kind="bounce",
            failed_recipients=tuple(permanent),
            **{**base, "refers_to": (*refs, *_report_refs(mail))},
        )
    events = _calendar_parts(mail)
    kind = _calendar_kind(events)
    if kind is not None:
        return Reading(kind=kind, events=tuple(events), **base)
    report = automatic.delivery_report(mail)
    if report == "failed" and not temporary:
        # It failed, but no address could be read from it: still a bounce, of our message.
        return Reading(kind="bounce", **{**base, "refers_to": (*refs, *_report_refs(mail))})
    if report is not None:
        # A delay warning, or news of delivery: nothing failed.
        return Reading(kind="other", automatic="delivery report", **base)
    if automatic.report_type(mail) == "feedback-report":
        # An abuse report (RFC 5965) about a message: no reply, and no bounce.
        return Reading(kind="other", automatic="feedback report", **base)
    reason = automatic.auto_reply_reason(mail)
    if reason is not None:
        return Reading(kind="auto_reply", automatic=reason, **base)
    if header(mail, "List-Id") or header(mail, "List-Unsubscribe"):
        return Reading(kind="other", **base)
    return Reading(kind="reply", words=own_words(body_text(mail)), **base)


def read(data: bytes) -> Reading:
    """What `data` is; NotMail when it is neither a message nor a calendar."""
    if looks_like_calendar(data):
        try:
            events = read_calendar(data)
        except NotCalendar as exc:
            raise NotMail(f"its calendar cannot be read ({exc})") from exc
        kind = _calendar_kind(events) or "other"
        return Reading(kind=kind, events=tuple(events))
    return read_email(data)
