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

from followup.calendar.build import uid_of
from followup.errors import FollowupError

if TYPE_CHECKING:
    from followup.calendar.build import Meeting, Reminder
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
AHEAD = timedelta(days=180)
# Raised when the text of the events changes, so every ETag changes with it.
TEXT_VERSION = "2"


def window(now: datetime, everything: bool = False) -> tuple[datetime, datetime]:
    """From midnight UTC 30 days before `now`'s day to 180 days after: it moves once a day,
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
# Every write that changes a plan rewrites its actions under new IDs (the
# table is AUTOINCREMENT), a deletion changes a count, an edit `updated`.
STAMP_SQL = """
SELECT (SELECT max(id) FROM followup_action WHERE user_id = :user),
       (SELECT count(*) FROM followup_action WHERE user_id = :user),
       (SELECT count(*) FROM followup_interview WHERE user_id = :user),
       (SELECT max(updated) FROM followup_interview WHERE user_id = :user)
"""
FEED_STAMP_SQL = """
SELECT t.user_id,
       (SELECT max(id) FROM followup_action WHERE user_id = t.user_id),
       (SELECT count(*) FROM followup_action WHERE user_id = t.user_id),
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
    return Stamp(user_id, etag, _instant(row[3]) if row[3] else None)


def stamp_of(user_id: int, now: datetime, everything: bool = False) -> Stamp:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(STAMP_SQL.replace(":user", "%s"), [user_id] * 4)
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
        WHERE i.user_id = %s AND i.start >= %s AND i.start < %s
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
        WHERE i.user_id = %s AND i.start >= %s AND i.start < %s
        ORDER BY i.start, i.id
        """,
        [user_id, low, high],
    )
    return [
        Meeting(pk, company, role, _instant(start), _instant(end), zone, tuple(people.get(pk, ())))
        for pk, company, role, start, end, zone in cursor.fetchall()
    ]


def _reminders(cursor: Any, user_id: int, low: str, high: str, now: str) -> list[Reminder]:
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
        WHERE a.user_id = %s AND a.not_before >= %s AND a.not_before < %s
          AND (a.expires IS NULL OR a.expires > %s)
        ORDER BY a.not_before, a.interview_id, a.position
        """,
        [user_id, low, high, now],
    )
    meetings: dict[int, Meeting] = {}
    reminders = []
    for row in cursor.fetchall():
        meeting = meetings.get(row[0])
        if meeting is None:
            meeting = meetings[row[0]] = Meeting(
                row[0], row[1], row[2], _instant(row[3]), _instant(row[4]), row[5]
            )
        reminders.append(
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
    return reminders


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
    from django.db import connection, transaction

    from followup.calendar.build import Known, write, zones_of
    from followup.delivery.models import CalendarEntry

    low_at, high_at = window(now, everything)
    low, high = _text(low_at), _text(high_at)
    with connection.cursor() as cursor:
        meetings = _meetings(cursor, user_id, low, high)
        reminders = _reminders(cursor, user_id, low, high, _text(now))
        cursor.execute(
            "SELECT uid, sequence, fingerprint FROM delivery_calendarentry WHERE user_id = %s",
            [user_id],
        )
        stored = cursor.fetchall()
    marks: dict[str, tuple[int, str]] = {}
    published: dict[str, str] = {}  # UID -> start, as the last build stored it
    gone: list[str] = []
    low_mark, high_mark = f"{low_at:%Y%m%dT%H%M%SZ}", f"{high_at:%Y%m%dT%H%M%SZ}"
    for uid, sequence, mark in stored:
        digest, _, start = mark.partition(" ")
        marks[uid] = (sequence, digest)
        if start:
            published[uid] = start
        # Published before and in the window: cancelled if it is not produced now.
        if not start or low_mark <= start < high_mark:
            gone.append(uid)
    produced = {uid_of(m) for m in meetings} | {uid_of(r.meeting, r.action_id) for r in reminders}
    missing = [uid for uid in gone if uid not in produced]
    texts: dict[str, str] = {}
    for first in range(0, len(missing), 500):  # rarely more than a few
        chunk = missing[first : first + 500]
        texts.update(
            CalendarEntry.objects.filter(user_id=user_id, uid__in=chunk).values_list("uid", "event")
        )
    known = {uid: Known(seq, digest, texts.get(uid, "")) for uid, (seq, digest) in marks.items()}
    state: dict[str, Known] = {}
    starts = {uid_of(m): m.start for m in meetings} | {
        uid_of(r.meeting, r.action_id): r.not_before for r in reminders
    }
    for piece in write(meetings, reminders, known, now, zones_of(meetings, reminders, now),
                       state, missing):  # fmt: skip
        yield piece.encode()
    changed = {
        uid: new for uid, new in state.items() if marks.get(uid, (-1, ""))[1] != new.fingerprint
    }
    if not changed:
        return
    with transaction.atomic():
        rows = {
            row.uid: row
            for first in range(0, len(changed), 500)
            for row in CalendarEntry.objects.filter(
                user_id=user_id, uid__in=list(changed)[first : first + 500]
            )
        }
        fresh = []
        for uid, new in changed.items():
            start = starts.get(uid)
            when = f"{start:%Y%m%dT%H%M%SZ}" if start else published.get(uid, "")
            mark = f"{new.fingerprint} {when}" if when else new.fingerprint
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
