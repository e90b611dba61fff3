"""The calendar of a candidate's interviews and actions (pure; the `icalendar` package).

1. Each interview is an event in its own zone (a VTIMEZONE for every zone used).
2. Each action of its plan is an event at its not-before time, with an alarm
   at that moment and a description saying what to do, by when, why (with
   the rule book's sources) and how (the first lines of its draft). The
   move-on reminder is an all-day event.
3. Every event has a stable UID, so importing again updates instead of
   duplicating; its SEQUENCE goes up whenever its content changes; a
   cancelled action, or an event that disappeared (an interview deleted),
   is sent once more with STATUS:CANCELLED.

A UID is made of what identifies the interview in any store (its company,
role and start instant, as the store's own duplicate check compares them,
hashed) and the action's ID, never of a store's row number: the same
interview exported and imported elsewhere, or added on two machines, has
the same UIDs, so a calendar fed by both shows each event once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from followup.etiquette.model import Action, ActionKind, Interview, Plan, Status
from followup.fields import calendar_text, one_line
from followup.writing.drafting import Draft

PRODID = "-//followup//interview follow-up//EN"
DOMAIN = "followup.invalid"
# How long a reminder occupies in the calendar (it does not make you busy).
REMINDER = timedelta(minutes=30)
DRAFT_LINES = 4

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


@dataclass(frozen=True)
class Entry:
    """One stored interview, its plan at `now`, and the drafts of its open actions."""

    interview: Interview
    plan: Plan
    drafts: Mapping[str, Draft]


@dataclass(frozen=True)
class Known:
    """What the previous build said about one UID."""

    sequence: int
    fingerprint: str
    event: str  # the event's iCalendar text, to cancel it if it disappears


@dataclass(frozen=True)
class Built:
    ics: bytes
    known: dict[str, Known]


def _loose(name: str) -> str:
    # As the store's company_key: "Northwind  analytics" is "Northwind Analytics".
    return " ".join(name.split()).casefold()


def interview_key(interview: Interview) -> str:
    """16 hex digits naming one interview anywhere: company, role and start instant."""
    facts = "\n".join(
        (
            _loose(interview.company),
            _loose(interview.role),
            interview.start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
        )
    )
    return hashlib.sha256(facts.encode()).hexdigest()[:16]


def uid_of(interview: Interview, action_id: str | None = None) -> str:
    tail = f"-{action_id.replace(':', '-')}" if action_id else ""
    return f"interview-{interview_key(interview)}{tail}@{DOMAIN}"


def _title(action: Action, interview: Interview) -> str:
    who = f" to {action.to}" if action.to else ""
    return f"{TITLES[action.kind]}{who} ({interview.company})"


def _description(action: Action, interview: Interview, draft: Draft | None) -> str:
    zone = interview.tz
    lines = [
        f"What: {TITLES[action.kind]}{f' to {action.to}' if action.to else ''}, "
        f"for {interview.role} at {interview.company}.",
        f"When: from {action.not_before.astimezone(zone):%a %d %b %Y %H:%M}, "
        f"by {action.due.astimezone(zone):%a %d %b %Y %H:%M} ({interview.timezone}).",
        f"Why: {action.why} (sources: {' '.join(s.id for s in action.sources)})",
    ]
    if draft is not None:
        body = [line for line in draft.body.splitlines() if line.strip()][:DRAFT_LINES]
        lines.append("How: a draft is ready (followup draft); it begins:")
        lines.append(f"Subject: {draft.subject}")
        lines.extend(body)
    return "\n".join(lines)


def _interview_event(entry: Entry) -> Event:
    interview = entry.interview
    event = Event()
    event.add("uid", uid_of(interview))
    event.add("summary", one_line(f"Interview: {interview.role} at {interview.company}"))
    event.add("dtstart", interview.local_start)
    event.add("dtend", interview.local_end)
    people = [
        f"- {p.name}" + (f", {p.title}" if p.title else "") + (f" <{p.email}>" if p.email else "")
        for p in interview.interviewers
    ]
    event.add("description", calendar_text("With:\n" + "\n".join(people)))
    event.add("status", "CONFIRMED")
    return event


def _action_event(entry: Entry, action: Action) -> Event:
    interview = entry.interview
    zone = interview.tz
    event = Event()
    event.add("uid", uid_of(interview, action.id))
    # One line: a U+2028 in a name or company must not break a calendar line.
    summary = one_line(_title(action, interview))
    if action.status is Status.DONE:
        summary = f"Done: {summary}"
    event.add("summary", summary)
    start = action.not_before.astimezone(zone)
    if action.kind is ActionKind.MOVE_ON:
        event.add("dtstart", start.date())
        event.add("dtend", start.date() + timedelta(days=1))
    else:
        event.add("dtstart", start)
        event.add("dtend", start + REMINDER)
    event.add(
        "description", calendar_text(_description(action, interview, entry.drafts.get(action.id)))
    )
    event.add("transp", "TRANSPARENT")
    if action.status is Status.CANCELLED:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    if action.status in (Status.NOT_YET, Status.PENDING, Status.OVERDUE):
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        if action.kind is ActionKind.MOVE_ON:
            # An all-day event has no time: the alarm names the instant itself.
            alarm.add(
                "trigger", action.not_before.astimezone(UTC), parameters={"VALUE": "DATE-TIME"}
            )
        else:
            alarm.add("trigger", timedelta(0))
        event.add_component(alarm)
    return event


def fingerprint(event: Event) -> str:
    return hashlib.sha256(event.to_ical()).hexdigest()[:32]


def build(entries: Sequence[Entry], known: Mapping[str, Known], now: datetime) -> Built:
    """The calendar for `entries`; `known` is what the previous build returned."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Interview follow-ups")
    calendar.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    events: dict[str, Event] = {}
    for entry in entries:
        events[uid_of(entry.interview)] = _interview_event(entry)
        for action in entry.plan.actions:
            events[uid_of(entry.interview, action.id)] = _action_event(entry, action)
    for uid, previous in known.items():
        if uid not in events:
            gone = Event.from_ical(previous.event)
            assert isinstance(gone, Event)
            if str(gone.get("status", "")) != "CANCELLED":
                gone.pop("status", None)
                gone.add("status", "CANCELLED")
                gone.subcomponents = []
            events[uid] = gone
    result: dict[str, Known] = {}
    for uid in sorted(events):
        event = events[uid]
        mark = fingerprint(event)
        before = known.get(uid)
        if before is None:
            sequence = 0
        elif before.fingerprint == mark:
            sequence = before.sequence
        else:
            sequence = before.sequence + 1
        result[uid] = Known(sequence, mark, event.to_ical().decode())
        event.add("sequence", sequence)
        event.add("dtstamp", now.astimezone(UTC))
        calendar.add_component(event)
    # VTIMEZONE rules for the years the events span, not 1970 to 2038.
    years = [e.interview.local_start.year for e in entries] or [now.year]
    calendar.add_missing_timezones(
        first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 2, 1, 1)
    )
    return Built(calendar.to_ical(), result)
