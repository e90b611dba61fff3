"""What the pages read, in a fixed number of queries whatever the store holds.

- The agenda: the command line's one agenda query (agenda/query.py), run
  through Django's connection with each section cut to what the page shows
  and the count of active applications stopped at the nudge's threshold,
  plus one query for the items snoozed in the browser.
- The interviews list: one page of interviews with their company, role and
  outcome (one query), their count, and their open actions (one query).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from followup.agenda.board import HORIZON, nudge_for
from followup.agenda.query import Snapshot, StoreNotReady, day_bounds, fetch
from followup.store.location import LOCAL_USERNAME, rules_stamp

PAGE = 50
STATUSES = (
    ("", "Any status"),
    ("waiting", "Waiting"),
    ("offer", "Offer"),
    ("next_round", "Next round"),
    ("rejected", "Rejected"),
    ("withdrawn", "Withdrawn"),
    ("called_off", "Called off"),
)


SECTIONS = (("overdue", "Overdue"), ("today", "Due today"), ("soon", "Next 7 days"))
# The zone whose day the last agenda was cut by: the zone is a setting read by
# the agenda query itself, so the page guesses it as the last one seen and
# queries again only when the setting has changed since.
_last_zone: list[ZoneInfo] = []


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
    # False when the section holds more than `total` (the page counts a cut
    # section only so far: agenda.query.COUNT_CAP).
    exact: bool = True


@dataclass(frozen=True)
class Agenda:
    now: datetime
    zone: ZoneInfo
    sections: tuple[Section, ...]
    has_interviews: bool
    nudge: str | None
    snoozed: int


@functools.cache
def _running_rules() -> str:
    """The stamp of the rules this process runs, read once: `rules_stamp` reads
    every file of the rules (about 2 ms a page), and a server keeps the rules it
    imported even if the files change under it."""
    return rules_stamp()


def _fetch(now: datetime, zone: ZoneInfo, *, limit: int, show: int, username: str) -> Snapshot:
    """The agenda query through Django's connection, after making the store ready
    if it is new or its plans were made by other rules."""
    from django.db import connection

    from followup.config import value_of

    def run() -> Snapshot:
        with connection.cursor() as cursor:
            return fetch(
                cursor,
                now,
                now + HORIZON,
                zone,
                limit=limit,
                show=show,
                hide_snoozed=True,
                # The page shows the count only through the nudge.
                active_cap=max(0, int(value_of("nudge_below", {}))),
                named=False,
                username=username,
            )

    try:
        found = run()
        if found.rules_stamp == _running_rules():
            return found
    except StoreNotReady:
        pass
    from followup.store.boot import setup

    setup()
    if username != LOCAL_USERNAME:
        # The server mode: this account's plans, made by other rules (or never).
        from followup.store.models import User
        from followup.store.services import refresh_plans

        refresh_plans(User.objects.get(username=username))
    return run()


def agenda(now: datetime, *, limit: int, show: str = "", username: str = LOCAL_USERNAME) -> Agenda:
    """Two statements: the agenda query (agenda/query.py) and the count of snoozed items."""
    from followup.config import value_of

    keys = [key for key, _ in SECTIONS]
    wanted = keys.index(show) if show in keys else -1
    guess = _last_zone[0] if _last_zone else ZoneInfo(value_of("timezone", {}))
    header = _fetch(now, guess, limit=limit, show=wanted, username=username)
    zone = ZoneInfo(value_of("timezone", header.settings))
    if zone.key != guess.key and day_bounds(now, zone) != day_bounds(now, guess):
        header = _fetch(now, zone, limit=limit, show=wanted, username=username)
    _last_zone[:] = [zone]
    nudge_below = value_of("nudge_below", header.settings)
    found: tuple[list[AgendaRow], ...] = ([], [], [])
    zones: dict[str, ZoneInfo] = {}
    for r in header.rows:
        not_before = datetime.fromisoformat(r.not_before_utc).replace(tzinfo=UTC)
        due = datetime.fromisoformat(r.due_utc).replace(tzinfo=UTC)
        local = zones.get(r.timezone) or zones.setdefault(r.timezone, ZoneInfo(r.timezone))
        found[r.section].append(
            AgendaRow(
                interview=r.interview,
                action_id=r.action_id,
                kind=r.kind,
                to=r.to,
                channel=r.channel,
                not_before=not_before.astimezone(local),
                due=due.astimezone(local),
                why=r.why,
                sources=r.sources,
                company=r.company,
                role=r.role,
                status=status_at(now, not_before, due),
            )
        )
    sections = tuple(
        Section(key, title, tuple(found[i]), header.totals[i], header.exact[i])
        for i, (key, title) in enumerate(SECTIONS)
    )
    snoozed = _snoozed(username, now)
    return Agenda(
        now=now.astimezone(zone),
        zone=zone,
        sections=sections,
        has_interviews=header.has_interviews,
        nudge=nudge_for(min(header.active, nudge_below), nudge_below),
        snoozed=snoozed,
    )


def _snoozed(username: str, now: datetime) -> int:
    """How many of the candidate's items are snoozed at `now`: one statement, written
    out (building it through the ORM on every page cost more than running it)."""
    from django.db import connection

    from followup.store.models import User
    from followup.web.models import Snooze

    sql = (
        f"SELECT count(*) FROM {Snooze._meta.db_table} s JOIN {User._meta.db_table} u "
        "ON u.id = s.user_id WHERE u.username = %s AND s.until > %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [username, connection.ops.adapt_datetimefield_value(now)])
        return int(cursor.fetchone()[0])


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
        # Accents, case, punctuation and spaces ignored, as `followup log --to`
        # reads names: "Jose" finds José Núñez, "obrien" O'Brien. SQLite's LIKE
        # folds ASCII case only (and PostgreSQL's unaccent is an extension), so
        # the few names of one candidate's interviews are compared here.
        from followup.etiquette.model import name_key

        wanted = name_key(query)
        names = rows.values_list(
            "pk", "application__company__name", "application__role", "seats__person__name"
        )
        found = {pk for pk, *texts in names if any(wanted in name_key(t or "") for t in texts)}
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
