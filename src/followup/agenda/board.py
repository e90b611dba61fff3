"""The agenda across all interviews, from the stored actions: pure, given `now`.

1. Each listed action gets its status at `now` from its stored instants.
2. Actions go into the sections the agenda query put them in, most urgent
   first: overdue (past due), today (due before the end of the candidate's
   local day), and the next 7 days (open now, or opening within a week).
3. A nudge when fewer applications are active than the setting asks for.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from followup.agenda.query import Row, day_bounds, db_instant
from followup.tuples import NamedTuple

TYPE_CHECKING = False  # not typing's: the agenda imports no `typing` (followup/tuples.py)
if TYPE_CHECKING:
    from collections.abc import Iterable

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

    @property
    def opening(self) -> tuple[Item, ...]:
        """Of the next days' items, those whose window opens today (the digest's "From today")."""
        return tuple(item for item in self.soon if item.row.opening)


def end_of_day(now: datetime, zone: ZoneInfo) -> datetime:
    return day_bounds(now, zone)[1]


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
    """The board of rows the agenda query read for `now` in `zone`: the query
    decided each row's section (agenda/query.py); this adds its status."""
    now_utc = db_instant(now)
    sections: tuple[list[Item], list[Item], list[Item]] = ([], [], [])
    for row in rows:
        sections[row.section].append(Item(row, status_at(now_utc, row.not_before_utc, row.due_utc)))
    return Board(
        now=now,
        overdue=tuple(sections[0]),
        today=tuple(sections[1]),
        soon=tuple(sections[2]),
        active=active,
        nudge=nudge_for(active, nudge_below),
    )
