"""Every stored interview with its round, outcome and most urgent open action.

Read by `followup list` (text and `--json`); one query for the interviews and
one for their stored actions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from followup.store.models import User


@dataclass(frozen=True)
class NextAction:
    kind: str
    to: str | None
    not_before: datetime
    due: datetime
    status: str


@dataclass(frozen=True)
class Listed:
    id: int
    company: str
    role: str
    round: int
    start: datetime
    end: datetime
    timezone: str
    outcome: str | None
    outcome_at: datetime | None
    open_actions: int
    next: NextAction | None


def listing(user: User, now: datetime) -> list[Listed]:
    """Every interview with its round and its most urgent open action at `now`."""
    from collections import defaultdict

    from followup.agenda.board import status_at
    from followup.agenda.query import db_instant
    from followup.store.models import Action, Interview

    rows = list(
        Interview.objects.filter(user=user)
        .select_related("application__company", "outcome")
        .order_by("pk")
    )
    rounds: dict[int, list[Interview]] = defaultdict(list)
    for row in rows:
        rounds[row.application_id].append(row)
    round_of = {
        row.pk: i + 1
        for same in rounds.values()
        for i, row in enumerate(sorted(same, key=lambda r: (r.start, r.pk)))
    }
    actions: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(user=user).order_by("due", "position"):
        if action.expires is None or action.expires > now:
            actions[action.interview_id].append(action)
    listed = []
    for row in rows:
        zone = ZoneInfo(row.timezone)
        own = actions.get(row.pk, [])
        first = own[0] if own else None
        outcome = getattr(row, "outcome", None)
        listed.append(
            Listed(
                id=row.pk,
                company=row.application.company.name,
                role=row.application.role,
                round=round_of[row.pk],
                start=row.start.astimezone(zone),
                end=row.end.astimezone(zone),
                timezone=row.timezone,
                outcome=outcome.kind if outcome else None,
                outcome_at=outcome.at.astimezone(zone) if outcome else None,
                open_actions=len(own),
                next=NextAction(
                    kind=first.kind,
                    to=first.to_name,
                    not_before=first.not_before.astimezone(zone),
                    due=first.due.astimezone(zone),
                    status=status_at(
                        db_instant(now), db_instant(first.not_before), db_instant(first.due)
                    ),
                )
                if first
                else None,
            )
        )
    return listed
