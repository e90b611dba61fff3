"""The agenda across all interviews, from the stored actions: pure, given `now`.

1. Each listed action gets its status at `now` from its stored instants.
2. Actions go into three sections, most urgent first: overdue (past due),
   today (due before the end of the candidate's local day), and the next
   7 days (open now, or opening within a week).
3. A nudge when fewer applications are active than the setting asks for.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from followup.agenda.query import Row, db_instant

HORIZON = timedelta(days=7)


def status_at(now: str, not_before: str, due: str) -> str:
    """The status of an open action; the same rule as etiquette.planner.status_at.

    Instants are the database's UTC text ("2026-11-17 16:00:00"), which sorts
    like time.

    Stored actions are open by construction (done and cancelled ones are not
    stored), and the planner's module is not imported here to keep the
    agenda's start-up light.
    """
    if now < not_before:
        return "not_yet"
    if now <= due:
        return "pending"
    return "overdue"


class Item(NamedTuple):
    row: Row
    status: str


class Board(NamedTuple):
    now: datetime
    overdue: tuple[Item, ...]
    today: tuple[Item, ...]
    soon: tuple[Item, ...]
    active: int
    nudge: str | None

    @property
    def items(self) -> tuple[Item, ...]:
        return self.overdue + self.today + self.soon


def end_of_day(now: datetime, zone: ZoneInfo) -> datetime:
    local = now.astimezone(zone)
    return datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=zone)


def nudge_for(active: int, nudge_below: int) -> str | None:
    if active >= nudge_below:
        return None
    what = (
        "No application is"
        if active == 0
        else ("Only 1 application is" if active == 1 else f"Only {active} applications are")
    )
    return (
        f"{what} waiting on an answer: keep other applications going, so no single "
        "one carries all your hopes."
    )


def build(
    rows: Iterable[Row], now: datetime, zone: ZoneInfo, *, active: int, nudge_below: int
) -> Board:
    # Compared as the database's UTC text, which sorts like time (and avoids
    # Python comparing two times of one zone by their wall clock).
    now_utc = db_instant(now)
    tonight = db_instant(end_of_day(now, zone))
    horizon = db_instant(now + HORIZON)
    overdue: list[Item] = []
    today: list[Item] = []
    soon: list[Item] = []
    for row in rows:
        if row.expires_utc is not None and now_utc >= row.expires_utc:
            continue
        if row.not_before_utc >= horizon:
            continue
        item = Item(row, status_at(now_utc, row.not_before_utc, row.due_utc))
        if item.status == "overdue":
            overdue.append(item)
        elif row.due_utc < tonight:
            today.append(item)
        else:
            soon.append(item)
    return Board(
        now=now,
        overdue=tuple(overdue),
        today=tuple(today),
        soon=tuple(soon),
        active=active,
        nudge=nudge_for(active, nudge_below),
    )
