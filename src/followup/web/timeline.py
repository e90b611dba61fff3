"""The plan as a picture: the geometry of the SVG timeline. Pure, given `now`.

One row per action, a bar from its not-before to its due (a diamond when the
two are the same moment), above them the interview itself and across them
today's line. Time runs on a square-root scale from just before the
interview (or `now`, if earlier): the first days after an interview, when
most of the follow-up happens, get most of the width, and a stay-in-touch
note a year out still fits. Dates are labelled on the axis, so the
compression is visible.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from followup.etiquette.labels import ACTIONS
from followup.etiquette.model import Action
from followup.web.dates import Dates

# app.css sizes the labels' column that stays put on a phone (svg.timeline-labels)
# as the share LABEL_WIDTH / WIDTH of the chart: change both together.
WIDTH = 680
LABEL_WIDTH = 190
RIGHT = 16
TOP = 44
ROW = 30
BAR = 14
MIN_TICK_GAP = 58
# Half the width of the widest date label ("30 Sep") at the axis's 11-unit font, with
# a margin, and of "today" and "interview": a label centred on its tick nearer than
# this to either edge is moved inside the plot area, so that none lies half under
# the labels' column ("ı Dec" at 1280 px, issue 16's review) or off the right edge.
TICK_HALF = 22
TODAY_HALF = 20
INTERVIEW_HALF = 28
# Half of "27 Nov" and of "today" at the axis's 12-unit font, and a margin: a
# tick closer than this to today's line loses its label (they collided at 34).
TODAY_GAP = 48
# Room a status mark ("cancelled") needs after its bar.
MARK_ROOM = 76
PAD = timedelta(hours=12)

STATUS_WORDS = {
    "not_yet": "not yet",
    "pending": "open",
    "overdue": "overdue",
    "done": "done",
    "cancelled": "cancelled",
}


@dataclass(frozen=True)
class Bar:
    label: str
    status: str
    x: float
    width: float
    y: float
    point: bool
    when: str

    @property
    def status_word(self) -> str:
        return STATUS_WORDS.get(self.status, self.status)

    @property
    def mid_y(self) -> float:
        return self.y + BAR / 2

    @property
    def end_x(self) -> float:
        return self.x + self.width

    @property
    def mark_before(self) -> bool:
        """Too near the right edge for its mark ("cancelled") after it: put it before."""
        return self.end_x > WIDTH - MARK_ROOM

    @property
    def diamond(self) -> str:
        cx, cy, r = self.x, self.mid_y, BAR / 2 + 1
        corners = ((cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy))
        return " ".join(f"{a:.1f},{b:.1f}" for a, b in corners)


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    # Too close to today's label, which sits at the same height: not labelled.
    quiet: bool = False
    # Where the label's middle goes: the tick's own x, unless that would put the
    # label over an edge of the plot area.
    label_x: float | None = None

    @property
    def text_x(self) -> float:
        return self.x if self.label_x is None else self.label_x


def inside(x: float, half: float) -> float:
    """The middle of a label `half` wide each side, moved inside the plot area."""
    return min(max(x, LABEL_WIDTH + half), WIDTH - half)


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    label_width: int
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    interview_x: float
    interview_width: float
    today_x: float | None
    axis_y: float
    description: str

    @property
    def today_label_x(self) -> float | None:
        return None if self.today_x is None else inside(self.today_x, TODAY_HALF)

    @property
    def interview_label_x(self) -> float:
        return inside(self.interview_x, INTERVIEW_HALF)

    @property
    def focus(self) -> float:
        """Where a narrow screen opens the timeline, as a share of its width: today's
        line, else the first open action (a phone shows the start otherwise)."""
        if self.today_x is not None:
            return self.today_x / self.width
        for bar in self.bars:
            if bar.status in ("pending", "overdue"):
                return bar.x / self.width
        return 0.0


def short(label: str, limit: int = 26) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def layout(
    start: datetime,
    end: datetime,
    actions: Sequence[Action],
    now: datetime,
    zone: ZoneInfo,
    home: ZoneInfo | None = None,
) -> Timeline:
    """Where everything goes, in SVG user units.

    Times are in `zone`, the interview's; when `home` (the candidate's zone)
    is another, each time names its zone.
    """
    dates = Dates.at(now, home or zone)
    utc = [a.astimezone(UTC) for a in (start, end, now)]
    start_u, end_u, now_u = utc
    instants = [start_u, end_u, now_u]
    for action in actions:
        instants += [action.not_before.astimezone(UTC), action.due.astimezone(UTC)]
    origin = min(instants) - PAD
    last = max(instants) + PAD
    span = (last - origin).total_seconds()
    left, right = float(LABEL_WIDTH), float(WIDTH - RIGHT)

    def x(moment: datetime) -> float:
        share = max(0.0, (moment.astimezone(UTC) - origin).total_seconds()) / span
        return left + (right - left) * math.sqrt(share)

    # The notes' greeting rule, from the light text module (not the linter and its dictionary).
    from followup.writing.text import greeting_name as greeting_for

    bars = []
    for row, action in enumerate(actions):
        a, b = x(action.not_before), x(action.due)
        name = ACTIONS[action.kind].short
        number = action.id.partition(":")[2]
        if number.isdigit():  # check_in:2, stay_in_touch:3: which one of several
            name = f"{name} {number}"
        # "Priya", "Dr. Patel", "J. R. Smith": as the notes greet them, not "Dr.".
        label = f"{name} · {greeting_for(action.to)}" if action.to else name
        when = (
            dates.moment(action.not_before, zone)
            if action.not_before == action.due
            else f"{dates.moment(action.not_before, zone, mark=False)} to "
            f"{dates.moment(action.due, zone)}"
        )
        bars.append(
            Bar(
                label=short(label),
                status=action.status.value,
                x=a,
                width=max(b - a, 3.0),
                y=TOP + row * ROW + (ROW - BAR) / 2,
                point=action.not_before == action.due,
                when=when,
            )
        )
    axis_y = TOP + len(actions) * ROW + 6
    ticks: list[Tick] = []
    day = origin.astimezone(zone).date() + timedelta(days=1)
    final = last.astimezone(zone).date()
    while day <= final:
        moment = datetime.combine(day, time(0), tzinfo=zone)
        position = x(moment)
        at = inside(position, TICK_HALF)
        # Spaced by where their labels go: the first one may have moved right.
        if (not ticks or at - ticks[-1].text_x >= MIN_TICK_GAP) and position <= right - 20:
            ticks.append(Tick(position, f"{day.day} {day:%b}", label_x=at))
        day += timedelta(days=1)
    interview_x = x(start_u)
    description = (
        f"Interview {dates.moment(start, zone)}; "
        + "; ".join(f"{bar.label}: {bar.when}, {bar.status_word}" for bar in bars)
        + "."
    )
    today_x = x(now_u) if origin <= now_u <= last else None
    if today_x is not None:
        today_at = inside(today_x, TODAY_HALF)
        ticks = [Tick(t.x, t.label, abs(t.text_x - today_at) < TODAY_GAP, t.label_x) for t in ticks]
    return Timeline(
        width=WIDTH,
        height=int(axis_y + 30),
        label_width=LABEL_WIDTH,
        bars=tuple(bars),
        ticks=tuple(ticks),
        interview_x=interview_x,
        interview_width=max(x(end_u) - interview_x, 4.0),
        today_x=today_x,
        axis_y=axis_y,
        description=description,
    )
