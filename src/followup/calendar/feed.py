"""The calendar from the store: `followup calendar`, and the secret feed the web app serves.

The feed's URL carries a random token; the store keeps only its SHA-256, so
a copy of the database does not reveal the link. A new link revokes the old
one, and `revoke` stops every link at once.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from followup.errors import FollowupError

if TYPE_CHECKING:
    from followup.calendar.build import Known, Meeting, Reminder
    from followup.store.models import User


class FeedNotFound(FollowupError):
    """The token is unknown or was revoked (the web app answers 404)."""

    exit_code = 2


def digest_of(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# The default window: events from this long ago to this far ahead. Further
# back is history; further ahead, a plan changes before it matters. A
# calendar app drops what leaves the feed; `followup calendar --all` has it all.
BEFORE = timedelta(days=30)
AHEAD = timedelta(days=90)
# Raised when the text of the events changes, so every ETag changes with it.
TEXT_VERSION = "2"


def window(now: datetime, everything: bool = False) -> tuple[datetime, datetime]:
    """From midnight UTC 30 days before `now`'s day to 90 days after: it moves once a day,
    so a poll on the same day with nothing new gets the same ETag."""
    if everything:
        return datetime(1, 1, 2, tzinfo=UTC), datetime(9999, 12, 30, tzinfo=UTC)
    day = datetime.combine(now.astimezone(UTC).date(), time(0), tzinfo=UTC)
    return day - BEFORE, day + AHEAD


def _text(moment: datetime) -> str:
    # Django keeps aware datetimes in SQLite as naive UTC text, which sorts like time.
    return str(moment.astimezone(UTC).replace(tzinfo=None))


def _instant(value: str | datetime) -> datetime:
    # Django's cursor turns declared datetime columns into naive datetimes (UTC).
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC)


# One statement: the store's last change as far as the calendar can see it.
# Every write to an interview saves its row (`updated`) and rewrites its
# actions under new IDs (the table is AUTOINCREMENT); recomputing every plan
# (new rules, a policy setting) makes new IDs too; a deletion changes the count.
STAMP_SQL = """
SELECT (SELECT max(id) FROM followup_action WHERE user_id = :user),
       (SELECT count(*) FROM followup_interview WHERE user_id = :user),
       (SELECT max(updated) FROM followup_interview WHERE user_id = :user)
"""
FEED_STAMP_SQL = """
SELECT t.user_id,
       (SELECT max(id) FROM followup_action WHERE user_id = t.user_id),
       (SELECT count(*) FROM followup_interview WHERE user_id = t.user_id),
       (SELECT max(updated) FROM followup_interview WHERE user_id = t.user_id)
FROM delivery_feedtoken AS t WHERE t.digest = :digest AND t.revoked IS NULL
"""


@dataclass(frozen=True)
class Stamp:
    """What a poll needs to answer 304: the validator and the last change."""

    user_id: int
    etag: str
    last_modified: datetime | None


def _stamp(user_id: int, row: Sequence[Any], now: datetime, everything: bool) -> Stamp:
    low, _ = window(now, everything)
    facts = "|".join(str(v) for v in (*row, low.date(), everything, TEXT_VERSION))
    etag = '"' + hashlib.sha256(facts.encode()).hexdigest()[:32] + '"'
    return Stamp(user_id, etag, _instant(row[2]) if row[2] else None)


def stamp_of(user_id: int, now: datetime, everything: bool = False) -> Stamp:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(STAMP_SQL.replace(":user", "%s"), [user_id] * 3)
        row = cursor.fetchone()
    return _stamp(user_id, row, now, everything)


def feed_stamp(token: str, now: datetime) -> Stamp:
    """The feed's user and ETag in one query; FeedNotFound if the token is unknown or revoked."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(FEED_STAMP_SQL.replace(":digest", "%s"), [digest_of(token)])
        row = cursor.fetchone()
    if row is None:
        raise FeedNotFound("no such calendar feed (the link is wrong or was revoked)")
    return _stamp(row[0], row[1:], now, False)


def _meetings(cursor: Any, user_id: int, low: str, high: str) -> list[Meeting]:
    from followup.calendar.build import Meeting, Person

    cursor.execute(
        """
        SELECT s.interview_id, p.name, p.title, p.email
        FROM followup_interviewer AS s
        JOIN followup_interview AS i ON i.id = s.interview_id
        JOIN followup_person AS p ON p.id = s.person_id
        WHERE i.user_id = ? AND i.start >= ? AND i.start < ?
        ORDER BY s.interview_id, s.position, s.id
        """,
        [user_id, low, high],
    )
    people: dict[int, list[Person]] = {}
    for interview_id, name, title, email in cursor.fetchall():
        people.setdefault(interview_id, []).append(Person(name, title, email))
    cursor.execute(
        """
        SELECT i.id, c.name, ap.role, i.start, i."end", i.timezone
        FROM followup_interview AS i
        JOIN followup_application AS ap ON ap.id = i.application_id
        JOIN followup_company AS c ON c.id = ap.company_id
        WHERE i.user_id = ? AND i.start >= ? AND i.start < ?
          -- Called off by the employer: no longer in the calendar (an event
          -- published before goes out once more, cancelled).
          AND NOT EXISTS (SELECT 1 FROM followup_outcome AS o
                          WHERE o.interview_id = i.id AND o.kind = 'called_off')
        ORDER BY i.start, i.id
        """,
        [user_id, low, high],
    )
    return [
        Meeting(pk, company, role, _instant(start), _instant(end), zone, tuple(people.get(pk, ())))
        for pk, company, role, start, end, zone in cursor.fetchall()
    ]


def _reminders(cursor: Any, user_id: int, low: str, high: str, now: str) -> Iterator[Reminder]:
    from followup.calendar.build import Meeting, Reminder
    from followup.etiquette.model import ActionKind

    # Over the index action_user_not_before; expired actions (a prepare
    # reminder after the interview) are no longer shown.
    cursor.execute(
        """
        SELECT a.interview_id, c.name, ap.role, i.start, i."end", i.timezone,
               a.action_id, a.kind, a.to_name, a.not_before, a.due, a.why, a.sources
        FROM followup_action AS a
        JOIN followup_interview AS i ON i.id = a.interview_id
        JOIN followup_application AS ap ON ap.id = a.application_id
        JOIN followup_company AS c ON c.id = ap.company_id
        WHERE a.user_id = ? AND a.not_before >= ? AND a.not_before < ?
          AND (a.expires IS NULL OR a.expires > ?)
        ORDER BY a.not_before, a.interview_id, a.position
        """,
        [user_id, low, high, now],
    )
    meetings: dict[int, Meeting] = {}
    for row in cursor:  # one at a time: the feed's memory does not grow with the window
        meeting = meetings.get(row[0])
        if meeting is None:
            meeting = meetings[row[0]] = Meeting(
                row[0], row[1], row[2], _instant(row[3]), _instant(row[4]), row[5]
            )
        yield (
            Reminder(
                meeting,
                row[6],
                ActionKind(row[7]),
                row[8],
                _instant(row[9]),
                _instant(row[10]),
                row[11],
                tuple(row[12].split()),
            )
        )


def stream(user_id: int, now: datetime, everything: bool = False) -> Iterator[bytes]:
    """The calendar of `user_id` from the stored plans, piece by piece; SEQUENCEs kept.

    1. Read, over indexes and within the window, the interviews (with their
       interviewers) and the open actions of the stored plans: no replanning,
       no drafting.
    2. Read what the previous build published (`CalendarEntry`: UID,
       sequence, fingerprint; the fingerprint field also keeps the event's
       start, so only the events of the window are compared).
    3. Write the events as text; store the UIDs whose content changed, with
       their raised SEQUENCE, once everything is written.
    """
    from django.db import connection

    from followup.calendar.build import (
        FOOTER,
        Known,
        cancelled,
        header,
        meeting_event,
        publish_event,
        reminder_event,
    )

    low_at, high_at = window(now, everything)
    low, high = _text(low_at), _text(high_at)
    # A plain sqlite3 connection (no Django type converters: the text is parsed
    # once here) in one read transaction, so the three reads agree.
    import sqlite3

    from followup.store.location import BUSY_TIMEOUT_SECONDS

    db: Any
    if connection.vendor == "postgresql":
        from followup.store.server import Reader

        db = Reader(connection.settings_dict)  # the same statements, through psycopg
    else:
        # uri=True: on a full disk the name is a read-only URI (store/disk.py).
        db = sqlite3.connect(
            connection.settings_dict["NAME"], timeout=BUSY_TIMEOUT_SECONDS, uri=True
        )
    changed: dict[str, tuple[Known, str]] = {}  # UID -> its new state, and its start
    try:
        db.execute("BEGIN")
        marks: dict[str, tuple[int, str, str]] = {
            uid: (sequence, *mark.partition(" ")[::2])  # fingerprint, start
            for uid, sequence, mark in db.execute(
                "SELECT uid, sequence, fingerprint FROM delivery_calendarentry WHERE user_id = ?",
                [user_id],
            )
        }
        known = {uid: Known(seq, digest, "") for uid, (seq, digest, _) in marks.items()}
        zones = {
            zone: (int(first[:4]), int(last[:4]))
            for zone, first, last in db.execute(
                "SELECT timezone, min(start), max(start) FROM followup_interview "
                "WHERE user_id = ? GROUP BY timezone",
                [user_id],
            )
        }
        yield header(zones).encode()
        produced: set[str] = set()

        def publish(uid: str, event: str, start: str) -> bytes:
            state: dict[str, Known] = {}
            text = publish_event(uid, event, known, now, state)
            new = state[uid]
            if marks.get(uid, (-1, "", ""))[1] != new.fingerprint:
                changed[uid] = (new, start)
            return text.encode()

        meetings = _meetings(db.cursor(), user_id, low, high)
        # Two interviews with the same company, role and start instant (the
        # store's duplicate check refuses them, an old import may hold them)
        # share a UID: the first is shown, so the event does not flip-flop.
        for meeting in meetings:
            uid, event = meeting_event(meeting)
            if uid in produced:
                continue
            produced.add(uid)
            yield publish(uid, event, _mark(meeting.start))
        del meetings
        for reminder in _reminders(db.cursor(), user_id, low, high, _text(now)):
            uid, event = reminder_event(reminder)
            if uid in produced:
                continue
            produced.add(uid)
            yield publish(uid, event, _mark(reminder.not_before))
        # Published before, in the window, and not produced now: cancelled.
        low_mark, high_mark = _mark(low_at), _mark(high_at)
        missing = [
            uid
            for uid, (_, _, start) in marks.items()
            if uid not in produced and (not start or low_mark <= start < high_mark)
        ]
        for first in range(0, len(missing), 500):  # rarely more than a few
            chunk = missing[first : first + 500]
            marks_in = ",".join("?" * len(chunk))
            for uid, event in db.execute(
                f"SELECT uid, event FROM delivery_calendarentry WHERE user_id = ? "
                f"AND uid IN ({marks_in})",
                [user_id, *chunk],
            ):
                yield publish(uid, cancelled(event), marks[uid][2])
        yield FOOTER.encode()
    finally:
        db.close()
    if changed:
        _remember(user_id, changed)


def _mark(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _remember(user_id: int, changed: dict[str, tuple[Known, str]]) -> None:
    """Store the new SEQUENCE, fingerprint (with the event's start) and text of each UID."""
    from django.db import transaction

    from followup.delivery.models import CalendarEntry

    uids = list(changed)
    with transaction.atomic():
        rows = {
            row.uid: row
            for first in range(0, len(uids), 500)
            for row in CalendarEntry.objects.filter(
                user_id=user_id, uid__in=uids[first : first + 500]
            )
        }
        fresh = []
        for uid, (new, start) in changed.items():
            mark = f"{new.fingerprint} {start}" if start else new.fingerprint
            row = rows.get(uid)
            if row is None:
                fresh.append(
                    CalendarEntry(
                        user_id=user_id, uid=uid, sequence=new.sequence, fingerprint=mark,
                        event=new.event,
                    )
                )  # fmt: skip
            else:
                row.sequence, row.fingerprint, row.event = new.sequence, mark, new.event
                row.save(update_fields=["sequence", "fingerprint", "event"])
        CalendarEntry.objects.bulk_create(fresh)


def calendar_for(user: User, now: datetime, everything: bool = False) -> bytes:
    """Every interview and action of `user` in the window as an .ics file (see `stream`)."""
    return b"".join(stream(user.pk, now, everything))


def new_token(user: User, now: datetime) -> str:
    """A fresh secret for the feed's URL; every earlier one stops working."""
    from django.db import transaction

    from followup.delivery.models import FeedToken

    token = secrets.token_urlsafe(24)
    with transaction.atomic():
        FeedToken.objects.filter(user=user, revoked=None).update(revoked=now)
        FeedToken.objects.create(user=user, digest=digest_of(token), created=now)
    return token


def feed_url(token: str, host: str, port: int) -> str:
    """Where `followup serve --port PORT` answers the feed of `token`."""
    return f"http://{host}:{port}/calendar/{token}.ics"


def revoke(user: User, now: datetime) -> int:
    from followup.delivery.models import FeedToken

    return FeedToken.objects.filter(user=user, revoked=None).update(revoked=now)


def calendar_feed(token: str, now: datetime | None = None) -> bytes:
    """The .ics the feed URL serves for `token`; FeedNotFound if unknown or revoked.

    For the web app: call `followup.delivery.boot.setup()` once at start-up,
    then this in the view (text/calendar; charset=utf-8), or `feed_stamp`
    first to answer a poll that finds nothing new with 304.
    """
    moment = now or datetime.now(UTC)
    found = feed_stamp(token, moment)
    return b"".join(stream(found.user_id, moment))
