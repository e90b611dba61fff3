"""The calendar: reference .ics files for the edge cases, compared order-insensitively.

Set FOLLOWUP_WRITE_ICS=1 to rewrite the references after a deliberate change
(then read the diff: it is the change users' calendars will see).
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar, Component

from followup.calendar.build import Built, Known, Meeting, Person, Reminder, build, uid_of
from followup.etiquette.model import (
    OPEN_STATUSES,
    ActionKind,
    Contact,
    ContactKind,
    Interview,
    Purpose,
)
from followup.etiquette.planner import plan
from tests.factories import interviewer, local, make_interview

ICS = Path(__file__).parent / "ics"
STAMP = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def normal(component: Component) -> tuple[Any, ...]:
    """A component as a sorted, hashable value: property order and event order do not matter."""
    props = sorted(
        line
        for line in (
            component.content_line(name, value)
            for name, values in component.items()
            for value in (values if isinstance(values, list) else [values])
        )
        if not line.startswith("DTSTAMP")
    )
    children = sorted(normal(c) for c in component.subcomponents)
    return (component.name, tuple(props), tuple(children))


def parse(data: bytes) -> Calendar:
    calendar = Calendar.from_ical(data)
    assert isinstance(calendar, Calendar)
    calendar.validate()
    return calendar


Entry = tuple[Meeting, list[Reminder]]


def entry_for(interview: Interview, only: ActionKind | None = None) -> Entry:
    """An interview as the store keeps it: its facts, and the open actions of its plan
    worked out just before it starts (as `services.replan` stores them)."""
    meeting = Meeting(
        1,
        interview.company,
        interview.role,
        interview.start,
        interview.end,
        interview.timezone,
        tuple(Person(p.name, p.title, p.email) for p in interview.interviewers),
    )
    result = plan(interview, interview.start - timedelta(seconds=1))
    reminders = [
        Reminder(
            meeting,
            a.id,
            a.kind,
            a.to,
            a.not_before,
            a.due,
            a.why,
            tuple(s.id for s in a.sources),
        )
        for a in result.actions
        if a.status in OPEN_STATUSES and (only is None or a.kind is only)
    ]
    return meeting, reminders


def calendar(entries: list[Entry], known: dict[str, Known], now: datetime) -> Built:
    return build([m for m, _ in entries], [r for _, rs in entries for r in rs], known, now)


def check_reference(name: str, built: Built) -> None:
    path = ICS / name
    if os.environ.get("FOLLOWUP_WRITE_ICS"):
        path.write_bytes(built.ics)
    assert normal(parse(built.ics)) == normal(parse(path.read_bytes()))


LONDON = make_interview(
    company="Acme",
    role="Analyst",
    start=local("2026-11-24 14:00", "Europe/London"),
    timezone="Europe/London",
    country="GB",
    interviewers=(interviewer("Ann Lee", email="ann@acme.example", topics=("pricing",)),),
)


def test_london() -> None:
    check_reference("london.ics", calendar([entry_for(LONDON)], {}, STAMP))


def test_new_york() -> None:
    interview = make_interview()
    check_reference("new_york.ics", calendar([entry_for(interview)], {}, STAMP))


def test_across_the_autumn_dst_change() -> None:
    # Friday 30 October 2026 in New York: clocks go back on Sunday 1 November,
    # so the interview is in EDT (-04:00) and its check-in in EST (-05:00).
    interview = make_interview(start=local("2026-10-30 16:00"))
    built = calendar([entry_for(interview)], {}, STAMP)
    check_reference("dst_change.ics", built)
    text = built.ics.decode()
    assert "DTSTART;TZID=America/New_York:20261030T160000" in text
    assert "TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500" in text


def test_the_move_on_reminder_is_all_day_with_an_alarm_at_its_not_before() -> None:
    interview = make_interview()
    built = calendar([entry_for(interview, only=ActionKind.MOVE_ON)], {}, STAMP)
    check_reference("move_on_all_day.ics", built)
    cal = parse(built.ics)
    [event] = [c for c in cal.walk("VEVENT") if "move_on" in str(c["uid"])]
    assert event.decoded("dtstart").isoformat() == "2026-12-17"
    [alarm] = event.walk("VALARM")
    assert alarm.decoded("trigger") == local("2026-12-17 09:00").astimezone(UTC)


def test_each_action_has_an_alarm_at_its_not_before_and_says_what_why_how() -> None:
    interview = make_interview()
    cal = parse(calendar([entry_for(interview)], {}, STAMP).ics)
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert uid_of(interview, "thank_you:priya-raman") == (
        "interview-8b22a6fb0bf1189c-thank_you-priya-raman@followup.invalid"
    )
    thanks = events[uid_of(interview, "thank_you:priya-raman")]
    assert thanks.decoded("dtstart") == local("2026-11-17 11:00")
    [alarm] = thanks.walk("VALARM")
    assert alarm.decoded("trigger") == timedelta(0)
    description = str(thanks["description"])
    assert description.startswith("What: Thank-you note to Priya Raman, for Senior Data")
    assert "\nWhy: " in description and "(sources: S0 S2 S3 S4)" in description
    # The calendar names the command that drafts the note; it does not run the drafter.
    assert description.endswith("\nHow: followup draft 1 writes it for you to edit and send.")
    assert str(events[uid_of(interview)]["summary"]) == (
        "Interview: Senior Data Engineer at Northwind Analytics"
    )


def test_a_change_raises_the_sequence_and_a_reply_cancels_the_check_in() -> None:
    interview = make_interview()
    first = calendar([entry_for(interview)], {}, STAMP)
    again = calendar([entry_for(interview)], first.known, STAMP + timedelta(hours=1))
    assert {u: k.sequence for u, k in again.known.items()} == dict.fromkeys(first.known, 0)
    replied = replace(
        interview,
        contacts=(
            Contact(ContactKind.EMAIL, local("2026-11-17 15:00"), Purpose.THANK_YOU, "Priya Raman"),
            Contact(ContactKind.REPLY, local("2026-11-18 10:00")),
        ),
    )
    later = calendar([entry_for(replied)], again.known, STAMP)
    events = {str(e["uid"]): e for e in parse(later.ics).walk("VEVENT")}
    check_in = events[uid_of(interview, "check_in")]
    assert str(check_in["status"]) == "CANCELLED"
    assert check_in.walk("VALARM") == []
    assert later.known[uid_of(interview, "check_in")].sequence == 1
    # A done action leaves the stored plan: it is sent once more, cancelled.
    thanks = events[uid_of(interview, "thank_you:priya-raman")]
    assert str(thanks["status"]) == "CANCELLED" and thanks.walk("VALARM") == []
    assert later.known[uid_of(interview)].sequence == 0


def test_a_deleted_interview_is_published_once_more_as_cancelled() -> None:
    first = calendar([entry_for(make_interview())], {}, STAMP)
    gone = calendar([], first.known, STAMP)
    events = list(parse(gone.ics).walk("VEVENT"))
    assert len(events) == len(first.known)
    assert {str(e["status"]) for e in events} == {"CANCELLED"}
    assert {e["sequence"] for e in events} == {1}


# -- from the store: `followup calendar` and the feed -----------------------------


def test_the_command_and_the_feed_serve_the_same_calendar(store: Path, tmp_path: Path) -> None:
    from followup.calendar.feed import FeedNotFound, calendar_feed, new_token, revoke
    from followup.delivery.boot import setup
    from tests.store_support import add, run

    add(tmp_path)
    out = tmp_path / "followup.ics"
    result = run("calendar", "-o", str(out), "--now", "2026-11-17T12:00:00-05:00")
    assert result.code == 0, result.err
    calendar = parse(out.read_bytes())
    uids = {str(e["uid"]) for e in calendar.walk("VEVENT")}
    assert "interview-8b22a6fb0bf1189c-check_in@followup.invalid" in uids
    user = setup()
    token = new_token(user, STAMP)
    fed = parse(calendar_feed(token, local("2026-11-17 12:00")))
    assert normal(fed) == normal(calendar)
    link = run("calendar", "--link")
    found = re.search(r"http://127\.0\.0\.1:8127/calendar/([A-Za-z0-9_-]{32})\.ics", link.out)
    assert found is not None, link.out
    url, new = found.group(), found.group(1)
    assert link.out == (
        "Subscribe to this URL in a calendar app on this computer; it updates while "
        "followup serve --port 8127 runs:\n"
        f"  {url}\n"
        f"  webcal://127.0.0.1:8127/calendar/{new}.ics  (opens your calendar app)\n"
        "Anyone with this link can read your calendar; followup calendar --revoke stops it.\n"
        "Offline, or for a web calendar (which cannot reach 127.0.0.1): "
        "followup calendar -o followup.ics, then import the file.\n"
    )
    assert normal(parse(calendar_feed(new, local("2026-11-17 12:00")))) == normal(calendar)
    with pytest.raises(FeedNotFound):
        calendar_feed(token)  # the new link revoked it
    revoke(user, STAMP)
    with pytest.raises(FeedNotFound):
        calendar_feed(new)


def test_the_link_names_the_port_and_can_write_the_offline_file(
    store: Path, tmp_path: Path
) -> None:
    from tests.store_support import add, run

    add(tmp_path)
    out = tmp_path / "offline.ics"
    link = run("calendar", "--link", "--port", "9001", "-o", str(out))
    assert link.code == 0, link.err
    assert "\n  http://127.0.0.1:9001/calendar/" in link.out
    assert "\n  webcal://127.0.0.1:9001/calendar/" in link.out
    assert link.out.endswith(f"import {out} (written now; write it again after changes).\n")
    assert b"Northwind Analytics" in parse(out.read_bytes()).to_ical()
    bad = run("calendar", "--link", "--port", "0")
    assert bad.code == 2 and "Invalid value for '--port'" in bad.err


# -- UIDs survive export, import and a second machine ----------------------------------


def test_a_uid_names_the_interview_not_its_row() -> None:
    interview = make_interview()
    same = replace(interview, company="  northwind   ANALYTICS ", role="senior data engineer")
    day = timedelta(days=1)
    moved = replace(interview, start=interview.start + day, end=interview.end + day)
    other = replace(interview, role="Staff Data Engineer")
    assert uid_of(same, "check_in") == uid_of(interview, "check_in")
    assert uid_of(moved, "check_in") != uid_of(interview, "check_in")
    assert uid_of(other, "check_in") != uid_of(interview, "check_in")
    # The instant counts, not how it was written: 10:00 New York is 15:00 UTC.
    utc = replace(interview, start=interview.start.astimezone(UTC))
    assert uid_of(utc) == uid_of(interview)


def uids_in(home: Path, now: str = "2026-11-18T12:00:00-05:00") -> set[str]:
    from tests.store_support import run, use_home

    with pytest.MonkeyPatch.context() as mp:
        use_home(mp, home)
        result = run("calendar", "--now", now)
    assert result.code == 0, result.err
    return {str(e["uid"]) for e in parse(result.out.encode()).walk("VEVENT")}


def test_export_then_import_elsewhere_gives_the_same_uids(
    store: Path, tmp_path: Path, make_store: Any
) -> None:
    from tests.store_support import ACME, NORTHWIND, add, run, use_home, write

    add(tmp_path, NORTHWIND)
    add(tmp_path, ACME, "acme.yaml")
    before = uids_in(store)
    assert len(before) > 2
    exported = write(tmp_path, "backup.json", run("export").out)

    # Into an empty store.
    empty = make_store(tmp_path / "empty")
    with pytest.MonkeyPatch.context() as mp:
        use_home(mp, empty)
        assert run("import", str(exported)).code == 0
    assert uids_in(empty) == before

    # Into a store that already has another interview: the rows get new IDs.
    busy = make_store(tmp_path / "busy")
    other = NORTHWIND.replace("Northwind Analytics", "Contoso").replace("northwind", "contoso")
    with pytest.MonkeyPatch.context() as mp:
        use_home(mp, busy)
        add(tmp_path, other, "contoso.yaml")
        assert run("import", "--merge", str(exported)).code == 0
        assert [i["id"] for i in run("export").json["interviews"]] == [1, 2, 3]
    assert before < uids_in(busy)

    # Added by hand on a second machine, in the other order.
    second = make_store(tmp_path / "second")
    with pytest.MonkeyPatch.context() as mp:
        use_home(mp, second)
        add(tmp_path, ACME, "acme.yaml")
        add(tmp_path, NORTHWIND)
    assert uids_in(second) == before


def test_the_calendar_shows_recent_and_coming_events_unless_all(
    store: Path, tmp_path: Path
) -> None:
    """From 30 days ago to 90 days ahead by default; --all for every stored event."""
    from tests.store_support import add, run

    add(tmp_path)  # Tuesday 17 November 2026, its check-in in December, move-on 17 December
    assert uids_in(store, "2026-11-18T12:00:00-05:00") >= {
        "interview-8b22a6fb0bf1189c@followup.invalid",
        "interview-8b22a6fb0bf1189c-move_on@followup.invalid",
    }
    # Months later: the interview and its reminders are history, left out...
    late = "2027-03-01T12:00:00-05:00"
    result = run("calendar", "--now", late)
    assert result.code == 0, result.err
    assert result.out.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" not in result.out
    # ...and a year ahead of it, not yet shown.
    early = run("calendar", "--now", "2025-11-01T12:00:00-05:00")
    assert b"Northwind" not in early.out.encode()
    everything = run("calendar", "--all", "--now", late)
    uids = {str(e["uid"]) for e in parse(everything.out.encode()).walk("VEVENT")}
    assert "interview-8b22a6fb0bf1189c-move_on@followup.invalid" in uids
    assert "interview-8b22a6fb0bf1189c@followup.invalid" in uids


def test_an_interview_called_off_leaves_the_calendar_cancelled(store: Path) -> None:
    # Rule book, Statuses: `called_off` cancels every action; the interview's own
    # event, already in the candidate's calendar, is published once more cancelled.
    from followup.calendar.feed import calendar_feed, new_token
    from followup.delivery.boot import setup
    from tests.store_support import add, run

    add(store)
    token = new_token(setup(), STAMP)
    before = parse(calendar_feed(token, local("2026-11-16 12:00")))
    interview_uid = "interview-8b22a6fb0bf1189c@followup.invalid"
    statuses = {str(e["uid"]): str(e["status"]) for e in before.walk("VEVENT")}
    assert statuses[interview_uid] == "CONFIRMED"
    called_off = run("outcome", "1", "called_off", "--at", "2026-11-16 12:00")
    assert called_off.code == 0, called_off.err
    after = parse(calendar_feed(token, local("2026-11-16 13:00")))
    events = {str(e["uid"]): e for e in after.walk("VEVENT")}
    assert set(events) == set(statuses)
    assert {str(e["status"]) for e in events.values()} == {"CANCELLED"}
    assert all(e.walk("VALARM") == [] for e in events.values())
    assert events[interview_uid]["sequence"] == 1
