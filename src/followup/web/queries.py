"""What the pages read, in a fixed number of queries whatever the store holds.

- The agenda: the command line's one agenda query (agenda/query.py) plus one
  query for the items snoozed in the browser.
- The interviews list: one page of interviews with their company, role and
  outcome (one query), their count, and their open actions (one query).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.db.models import Q

from followup.agenda.board import HORIZON, Board, Item, build
from followup.agenda.query import Snapshot, StoreNotReady, read
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


@dataclass(frozen=True)
class Agenda:
    board: Board
    zone: ZoneInfo
    has_interviews: bool
    snoozed: int


def snapshot(now: datetime) -> Snapshot:
    path = database_path()
    try:
        found = read(path, now, now + HORIZON)
        if found.rules_stamp == rules_stamp():
            return found
    except StoreNotReady:
        pass
    from followup.store.boot import setup

    setup()
    return read(path, now, now + HORIZON)


def agenda(now: datetime) -> Agenda:
    from followup.web.models import Snooze

    found = snapshot(now)
    zone = ZoneInfo(value_of("timezone", found.settings))
    hidden = set(
        Snooze.objects.filter(user__username=LOCAL_USERNAME, until__gt=now).values_list(
            "interview_id", "action_id"
        )
    )
    rows = [r for r in found.rows if (r.interview, r.action_id) not in hidden]
    board = build(
        rows,
        now.astimezone(zone),
        zone,
        active=found.active,
        nudge_below=value_of("nudge_below", found.settings),
    )
    snoozed = len(found.rows) - len(rows)
    return Agenda(board, zone, found.has_interviews, snoozed)


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
        rows = rows.filter(
            Q(application__company__name__icontains=query)
            | Q(application__role__icontains=query)
            | Q(seats__person__name__icontains=query)
        ).distinct()
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


def items_of(board: Board) -> tuple[tuple[str, str, tuple[Item, ...]], ...]:
    return (
        ("overdue", "Overdue", board.overdue),
        ("today", "Due today", board.today),
        ("soon", "Next 7 days", board.soon),
    )
