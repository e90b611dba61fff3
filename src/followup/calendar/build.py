"""The calendar of a candidate's interviews and open actions, as RFC 5545 text (pure).

1. Each interview is an event in its own zone (a VTIMEZONE for every zone used).
2. Each open action of its stored plan is an event at its not-before time,
   with an alarm at that moment and a description saying what to do, by
   when, why (with the rule book's sources) and how (the command that writes
   its draft). The move-on reminder is an all-day event.
3. Every event has a stable UID, so importing again updates instead of
   duplicating; its SEQUENCE goes up whenever its content changes; an
   action that is done or cancelled, or an event that disappeared (an
   interview deleted), is sent once more with STATUS:CANCELLED.

A UID is made of what identifies the interview in any store (its company,
role and start instant, as the store's own duplicate check compares them,
hashed) and the action's ID, never of a store's row number: the same
interview exported and imported elsewhere, or added on two machines, has
the same UIDs, so a calendar fed by both shows each event once.

Events are written as text line by line, not through `icalendar` objects:
a calendar of 100,000 events built as objects took minutes and gigabytes.
Only the VTIMEZONE blocks come from `icalendar` (one per zone, not per event).
The output parses with `icalendar` and is checked against reference files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from typing import Protocol
from zoneinfo import ZoneInfo

from followup.etiquette.model import ActionKind
from followup.writing.kinds import FOR_ACTION

PRODID = "-//followup//interview follow-up//EN"
DOMAIN = "followup.invalid"
# How long a reminder occupies in the calendar (it does not make you busy).
REMINDER = timedelta(minutes=30)

TITLES = {
    ActionKind.PREPARE: "Prepare for the interview",
    ActionKind.DEBRIEF: "Write your debrief",
    ActionKind.SEND_REFERENCES: "Send your references",
    ActionKind.THANK_YOU: "Thank-you note",
    ActionKind.CHECK_IN: "Check in",
    ActionKind.CALL: "One follow-up call",
    ActionKind.MOVE_ON: "Time to move on",
    ActionKind.BRIDGE: "Bridge note",
    ActionKind.STAY_IN_TOUCH: "Stay-in-touch note",
    ActionKind.WITHDRAWAL: "Withdrawal note",
}


class Identified(Protocol):
    @property
    def company(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def start(self) -> datetime: ...


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Meeting:
    """One stored interview, as the calendar shows it."""

    id: int
    company: str
    role: str
    start: datetime  # aware
    end: datetime
    timezone: str
    people: tuple[Person, ...] = ()

    @cached_property
    def key(self) -> str:
        # Once per interview, however many of its actions are shown.
        return interview_key(self)

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Reminder:
    """One open action of a stored plan (a row of the actions table)."""

    meeting: Meeting
    action_id: str
    kind: ActionKind
    to: str | None
    not_before: datetime  # aware
    due: datetime
    why: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Known:
    """What the previous build said about one UID."""

    sequence: int
    fingerprint: str
    event: str  # the event's text without SEQUENCE and DTSTAMP, to cancel it if it goes


def _loose(name: str) -> str:
    # As the store's company_key: "Northwind  analytics" is "Northwind Analytics".
    return " ".join(name.split()).casefold()


def interview_key(interview: Identified) -> str:
    """16 hex digits naming one interview anywhere: company, role and start instant."""
    facts = "\n".join(
        (
            _loose(interview.company),
            _loose(interview.role),
            interview.start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
        )
    )
    return hashlib.sha256(facts.encode()).hexdigest()[:16]


def uid_of(interview: Identified, action_id: str | None = None) -> str:
    tail = f"-{action_id.replace(':', '-')}" if action_id else ""
    key = interview.key if isinstance(interview, Meeting) else interview_key(interview)
    return f"interview-{key}{tail}@{DOMAIN}"


# -- RFC 5545 text --------------------------------------------------------------------


def escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """One content line, folded at 75 octets without splitting a character; CRLF ended."""
    if len(line) <= 75 and line.isascii():
        return line + "\r\n"
    data = line.encode()
    if len(data) <= 75:
        return line + "\r\n"
    parts = []
    limit = 75
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # inside a UTF-8 sequence
            cut -= 1
        parts.append(data[:cut].decode())
        data = data[cut:]
        limit = 74  # continuation lines start with a space
    parts.append(data.decode())
    return "\r\n ".join(parts) + "\r\n"


# strftime was a third of the feed's time: these are built from isoformat instead.
def _basic(moment: datetime) -> str:
    """20261117T100000 (the wall clock of `moment`, in RFC 5545's basic format)."""
    return (
        moment.replace(tzinfo=None).isoformat(timespec="seconds").replace("-", "").replace(":", "")
    )


def _local(moment: datetime, zone: ZoneInfo) -> str:
    return _basic(moment.astimezone(zone))


def _utc(moment: datetime) -> str:
    return _basic(moment.astimezone(UTC)) + "Z"


DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _shown(moment: datetime) -> str:
    """Tue 08 Dec 2026 09:00 (as strftime("%a %d %b %Y %H:%M") in the C locale)."""
    m = moment
    day = f"{DAYS[m.weekday()]} {m.day:02d} {MONTHS[m.month - 1]} {m.year:04d}"
    return f"{day} {m.hour:02d}:{m.minute:02d}"


def _meeting_event(meeting: Meeting) -> str:
    people = [
        f"- {p.name}" + (f", {p.title}" if p.title else "") + (f" <{p.email}>" if p.email else "")
        for p in meeting.people
    ]
    zone, tz = meeting.timezone, meeting.zone
    # Only the lines that carry the user's words can pass 75 octets.
    return (
        "BEGIN:VEVENT\r\n"
        + fold(f"SUMMARY:{escape(f'Interview: {meeting.role} at {meeting.company}')}")
        + fold(f"DTSTART;TZID={zone}:{_local(meeting.start, tz)}")
        + fold(f"DTEND;TZID={zone}:{_local(meeting.end, tz)}")
        + fold(f"UID:{uid_of(meeting)}")
        + fold(f"DESCRIPTION:{escape('With:' + chr(10) + chr(10).join(people))}")
        + "STATUS:CONFIRMED\r\nEND:VEVENT\r\n"
    )


def _title(reminder: Reminder) -> str:
    who = f" to {reminder.to}" if reminder.to else ""
    return f"{TITLES[reminder.kind]}{who} ({reminder.meeting.company})"


def _description(reminder: Reminder) -> str:
    meeting = reminder.meeting
    zone = meeting.zone
    lines = [
        f"What: {TITLES[reminder.kind]}{f' to {reminder.to}' if reminder.to else ''}, "
        f"for {meeting.role} at {meeting.company}.",
        f"When: from {_shown(reminder.not_before.astimezone(zone))}, "
        f"by {_shown(reminder.due.astimezone(zone))} ({meeting.timezone}).",
        f"Why: {reminder.why} (sources: {' '.join(reminder.sources)})",
    ]
    if reminder.kind in FOR_ACTION:
        lines.append(f"How: followup draft {meeting.id} writes it for you to edit and send.")
    return "\n".join(lines)


def _reminder_event(reminder: Reminder) -> str:
    meeting = reminder.meeting
    zone, tz = meeting.timezone, meeting.zone
    summary = escape(_title(reminder))
    if reminder.kind is ActionKind.MOVE_ON:
        day = reminder.not_before.astimezone(tz).date()
        when = (
            f"DTSTART;VALUE=DATE:{day.isoformat().replace('-', '')}",
            f"DTEND;VALUE=DATE:{(day + timedelta(days=1)).isoformat().replace('-', '')}",
        )
        # An all-day event has no time: the alarm names the instant itself.
        trigger = f"TRIGGER;VALUE=DATE-TIME:{_utc(reminder.not_before)}"
    else:
        when = (
            f"DTSTART;TZID={zone}:{_local(reminder.not_before, tz)}",
            f"DTEND;TZID={zone}:{_local(reminder.not_before + REMINDER, tz)}",
        )
        trigger = "TRIGGER:P0D"
    return (
        "BEGIN:VEVENT\r\n"
        + fold(f"SUMMARY:{summary}")
        + fold(when[0])
        + fold(when[1])
        + fold(f"UID:{uid_of(meeting, reminder.action_id)}")
        + fold(f"DESCRIPTION:{escape(_description(reminder))}")
        + "STATUS:CONFIRMED\r\nTRANSP:TRANSPARENT\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
        + fold(f"DESCRIPTION:{summary}")
        + trigger
        + "\r\nEND:VALARM\r\nEND:VEVENT\r\n"
    )


def cancelled(event: str) -> str:
    """A published event once more, cancelled: its alarms and old status dropped."""
    unfolded = event.replace("\r\n ", "").replace("\r\n\t", "")
    kept: list[str] = []
    in_alarm = False
    for line in unfolded.split("\r\n"):
        if line == "BEGIN:VALARM":
            in_alarm = True
        elif line == "END:VALARM":
            in_alarm = False
        elif not in_alarm and line and not line.startswith(("STATUS", "SEQUENCE", "DTSTAMP")):
            kept.append(line)
    end = kept.pop()  # END:VEVENT
    return "".join(fold(line) for line in (*kept, "STATUS:CANCELLED", end))


def fingerprint(event: str) -> str:
    return hashlib.sha256(event.encode()).hexdigest()[:32]


def meeting_event(meeting: Meeting) -> tuple[str, str]:
    """(UID, event text without SEQUENCE and DTSTAMP)."""
    return uid_of(meeting), _meeting_event(meeting)


def reminder_event(reminder: Reminder) -> tuple[str, str]:
    return uid_of(reminder.meeting, reminder.action_id), _reminder_event(reminder)


def events(meetings: Iterable[Meeting], reminders: Iterable[Reminder]) -> Iterator[tuple[str, str]]:
    """(UID, event text without SEQUENCE and DTSTAMP) for every meeting and reminder."""
    yield from map(meeting_event, meetings)
    yield from map(reminder_event, reminders)


def header(zones: Mapping[str, tuple[int, int]]) -> str:
    """The calendar's opening lines and a VTIMEZONE for each zone, over the years given
    (first, last) plus a margin, not 1970 to 2038."""
    from icalendar import Timezone

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Interview follow-ups",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H",
    ]
    text = "".join(fold(line) for line in lines)
    for zone in sorted(zones):
        first, last = zones[zone]
        block = Timezone.from_tzid(
            zone, first_date=date(first - 1, 1, 1), last_date=date(last + 2, 1, 1)
        )
        text += block.to_ical().decode()
    return text


def stamped(event: str, sequence: int, now: datetime) -> str:
    """The event with its SEQUENCE and DTSTAMP, before its last line."""
    head, _, _ = event.rpartition("END:VEVENT\r\n")
    return f"{head}SEQUENCE:{sequence}\r\nDTSTAMP:{_utc(now)}\r\nEND:VEVENT\r\n"


FOOTER = "END:VCALENDAR\r\n"


@dataclass
class Built:
    """What one build published: the text, and each UID's new state (for the next build)."""

    ics: bytes
    known: dict[str, Known]


def build(
    meetings: Iterable[Meeting],
    reminders: Iterable[Reminder],
    known: Mapping[str, Known],
    now: datetime,
    zones: Mapping[str, tuple[int, int]] | None = None,
) -> Built:
    """The whole calendar in memory (tests and small files); the feed streams `write`."""
    state: dict[str, Known] = {}
    meetings = list(meetings)
    reminders = list(reminders)
    if zones is None:
        zones = zones_of(meetings, reminders, now)
    text = "".join(write(meetings, reminders, known, now, zones, state))
    return Built(text.encode(), state)


def zones_of(
    meetings: Iterable[Meeting], reminders: Iterable[Reminder], now: datetime
) -> dict[str, tuple[int, int]]:
    zones: dict[str, tuple[int, int]] = {}
    for meeting in [*meetings, *(r.meeting for r in reminders)]:
        year = meeting.start.astimezone(ZoneInfo(meeting.timezone)).year
        first, last = zones.get(meeting.timezone, (year, year))
        zones[meeting.timezone] = (min(first, year), max(last, year))
    return zones


def write(
    meetings: Iterable[Meeting],
    reminders: Iterable[Reminder],
    known: Mapping[str, Known],
    now: datetime,
    zones: Mapping[str, tuple[int, int]],
    state: dict[str, Known],
    gone: Iterable[str] | None = None,
) -> Iterator[str]:
    """The calendar, piece by piece; fills `state` with each published UID's new state.

    `gone`: the UIDs of `known` to send as cancelled if this build does not
    produce them (default: all of `known`).
    """
    yield header(zones)
    for uid, event in events(meetings, reminders):
        yield publish_event(uid, event, known, now, state)
    for uid in known if gone is None else gone:
        if uid not in state:
            yield publish_event(uid, cancelled(known[uid].event), known, now, state)
    yield FOOTER


def publish_event(
    uid: str, event: str, known: Mapping[str, Known], now: datetime, state: dict[str, Known]
) -> str:
    """The event stamped with its SEQUENCE (raised if its content changed) and DTSTAMP."""
    mark = fingerprint(event)
    before = known.get(uid)
    if before is None:
        sequence = 0
    elif before.fingerprint == mark:
        sequence = before.sequence
    else:
        sequence = before.sequence + 1
    state[uid] = Known(sequence, mark, event)
    return stamped(event, sequence, now)
