"""What the pages read, in a fixed number of queries whatever the store holds.

- The agenda: the command line's one agenda query (agenda/query.py) plus one
  query for the items snoozed in the browser.
- The interviews list: one page of interviews with their company, role and
  outcome (one query), their count, and their open actions (one query).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from followup.agenda.board import HORIZON, end_of_day, nudge_for
from followup.agenda.query import Snapshot, StoreNotReady, db_instant, read
from followup.config import value_of
from followup.store.location import LOCAL_USERNAME, database_path, rules_stamp

PAGE = 50
STATUSES = (
    ("", "Any status"),
    ("waiting", "Waiting"),
    ("offer", "Offer"),
    ("next_round", "Next round"),
    ("rejected", "Rejected"),
    ("withdrawn", "Withdrawn"),
)


# The web agenda's listing: the same selection and sections as the command
# line's (agenda/query.py, agenda/board.py: open actions whose window opens
# within 7 days and that have not expired; overdue, due before the end of the
# user's day, the rest), without the snoozed ones, and only the `limit` most
# urgent of each section (all of `show`), with each section's total. Ranked
# on the actions' ids first, so only the shown rows carry their text.
LISTING_SQL = """
WITH listed AS (
    SELECT a.id, a.due, a.not_before, a.interview_id, a.position,
           CASE WHEN a.due < %(now)s THEN 0 WHEN a.due < %(tonight)s THEN 1 ELSE 2 END AS section
    FROM followup_action AS a
    WHERE a.user_id = (SELECT id FROM followup_user WHERE username = %(username)s)
      AND a.not_before < %(horizon)s
      AND (a.expires IS NULL OR a.expires > %(now)s)
      AND NOT EXISTS (
          SELECT 1 FROM web_snooze AS s
          WHERE s.user_id = a.user_id AND s.interview_id = a.interview_id
            AND s.action_id = a.action_id AND s.until > %(now)s)
),
ranked AS (
    SELECT id, section,
           row_number() OVER (
               PARTITION BY section ORDER BY due, not_before, interview_id, position) AS rank,
           count(*) OVER (PARTITION BY section) AS total
    FROM listed
)
SELECT r.section, r.total, a.interview_id, a.action_id, a.kind, a.to_name, a.channel,
       a.not_before, a.due, a.why, a.sources, i.timezone, c.name, ap.role
FROM ranked AS r
JOIN followup_action AS a ON a.id = r.id
JOIN followup_interview AS i ON i.id = a.interview_id
JOIN followup_application AS ap ON ap.id = i.application_id
JOIN followup_company AS c ON c.id = ap.company_id
WHERE r.rank <= %(limit)s OR r.section = %(show)s
ORDER BY r.section, r.rank
"""
SECTIONS = (("overdue", "Overdue"), ("today", "Due today"), ("soon", "Next 7 days"))
# The moment the command line's agenda query lists nothing before: asked with
# it, that query answers only its header (settings, active applications).
LONG_AGO = datetime(1970, 1, 2, tzinfo=UTC)


@dataclass(frozen=True)
class AgendaRow:
    interview: int
    action_id: str
    kind: str
    to: str | None
    channel: str
    not_before: datetime
    due: datetime
    why: str
    sources: tuple[str, ...]
    company: str
    role: str
    status: str


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    rows: tuple[AgendaRow, ...]
    total: int


@dataclass(frozen=True)
class Agenda:
    now: datetime
    zone: ZoneInfo
    sections: tuple[Section, ...]
    has_interviews: bool
    nudge: str | None
    snoozed: int


def snapshot(now: datetime, horizon: datetime) -> Snapshot:
    """The command line's agenda query, after making the store ready if it is new or stale."""
    path = database_path()
    try:
        found = read(path, now, horizon)
        if found.rules_stamp == rules_stamp():
            return found
    except StoreNotReady:
        pass
    from followup.store.boot import setup

    setup()
    return read(path, now, horizon)


def utc(value: object) -> datetime:
    """A stored instant as the database cursor returns it (text, or a naive datetime)."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def agenda(now: datetime, *, limit: int, show: str = "") -> Agenda:
    """Three statements: the header (settings, active applications), the listing, the snoozed."""
    from django.db import connection

    from followup.web.models import Snooze

    header = snapshot(now, LONG_AGO)
    zone = ZoneInfo(value_of("timezone", header.settings))
    keys = [key for key, _ in SECTIONS]
    params: dict[str, str | int] = {
        "username": LOCAL_USERNAME,
        "now": db_instant(now),
        "tonight": db_instant(end_of_day(now.astimezone(zone), zone)),
        "horizon": db_instant(now + HORIZON),
        "limit": limit,
        "show": keys.index(show) if show in keys else -1,
    }
    found: dict[int, list[AgendaRow]] = {0: [], 1: [], 2: []}
    totals = {0: 0, 1: 0, 2: 0}
    zones: dict[str, ZoneInfo] = {}
    with connection.cursor() as cursor:
        cursor.execute(LISTING_SQL, params)
        for r in cursor.fetchall():
            section, totals[r[0]] = r[0], r[1]
            not_before, due = utc(r[7]), utc(r[8])
            local = zones.get(r[11]) or zones.setdefault(r[11], ZoneInfo(r[11]))
            found[section].append(
                AgendaRow(
                    interview=r[2],
                    action_id=r[3],
                    kind=r[4],
                    to=r[5],
                    channel=r[6],
                    not_before=not_before.astimezone(local),
                    due=due.astimezone(local),
                    why=r[9],
                    sources=tuple(r[10].split()),
                    company=r[12],
                    role=r[13],
                    status=status_at(now, not_before, due),
                )
            )
    sections = tuple(
        Section(key, title, tuple(found[i]), totals[i]) for i, (key, title) in enumerate(SECTIONS)
    )
    snoozed = Snooze.objects.filter(user__username=LOCAL_USERNAME, until__gt=now).count()
    return Agenda(
        now=now.astimezone(zone),
        zone=zone,
        sections=sections,
        has_interviews=header.has_interviews,
        nudge=nudge_for(header.active, value_of("nudge_below", header.settings)),
        snoozed=snoozed,
    )


def status_at(now: datetime, not_before: datetime, due: datetime) -> str:
    """An open action's status at `now` (the planner's rule; aware datetimes compare in UTC)."""
    if now < not_before:
        return "not_yet"
    return "pending" if now <= due else "overdue"


@dataclass(frozen=True)
class Listed:
    id: int
    company: str
    role: str
    start: datetime
    outcome: str | None
    next_kind: str | None
    next_to: str | None
    next_due: datetime | None
    next_status: str | None


@dataclass(frozen=True)
class Listing:
    rows: tuple[Listed, ...]
    total: int
    page: int
    pages: int


def interviews(user_id: int, query: str, status: str, page: int, now: datetime) -> Listing:
    from followup.store.models import Action, Interview

    rows = Interview.objects.filter(user_id=user_id)
    if query:
        # Accents and case ignored, as `followup log --to` reads names: "Jose"
        # finds José Núñez. SQLite's LIKE folds ASCII case only, so the few
        # names of one candidate's interviews are compared here.
        from followup.writing.text import fold

        wanted = fold(" ".join(query.split()))
        names = rows.values_list(
            "pk", "application__company__name", "application__role", "seats__person__name"
        )
        found = {pk for pk, *texts in names if any(wanted in fold(t or "") for t in texts)}
        rows = rows.filter(pk__in=found)
    if status == "waiting":
        rows = rows.filter(outcome__isnull=True)
    elif status:
        rows = rows.filter(outcome__kind=status)
    total = rows.count()
    pages = max(1, -(-total // PAGE))
    page = min(max(page, 1), pages)
    chosen = list(
        rows.select_related("application__company", "outcome").order_by("-start", "-pk")[
            (page - 1) * PAGE : page * PAGE
        ]
    )
    upcoming: dict[int, list[Action]] = defaultdict(list)
    for action in (
        Action.objects.filter(interview_id__in=[r.pk for r in chosen])
        .exclude(expires__lte=now)
        .order_by("due", "position")
    ):
        upcoming[action.interview_id].append(action)
    listed = []
    for row in chosen:
        zone = ZoneInfo(row.timezone)
        first = upcoming[row.pk][0] if upcoming[row.pk] else None
        outcome = getattr(row, "outcome", None)
        listed.append(
            Listed(
                id=row.pk,
                company=row.application.company.name,
                role=row.application.role,
                start=row.start.astimezone(zone),
                outcome=outcome.kind if outcome else None,
                next_kind=first.kind if first else None,
                next_to=first.to_name if first else None,
                next_due=first.due.astimezone(zone) if first else None,
                next_status=status_at(now, first.not_before, first.due) if first else None,
            )
        )
    return Listing(tuple(listed), total, page, pages)
