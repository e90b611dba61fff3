"""Dates and times as every page writes them: "Wednesday 2 December", "Wed 2 Dec, 14:00".

Pure: plain values in, strings out (no Django, no clock).

1. The day of the month has no leading zero; the year is written only when
   it is not the current year (in the candidate's zone).
2. Two widths of the same form: long in sentences and headings ("Wednesday
   2 December"), short in lists and rows ("Wed 2 Dec, 14:00").
3. A time is shown in one zone. When it is not the candidate's own zone (an
   interview abroad keeps its own clock), the text says which zone it is:
   "Wed 2 Dec, 09:00 (New York time)".
4. Lists across interviews (the agenda, the interview list) are in the
   candidate's zone, like `followup list` and `followup agenda`; an interview
   abroad adds its own clock, both places named in the command line's words
   (`places.clock`): "Wed 2 Dec, 14:00 London time (09:00 New York time)"
   (`at_home`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

# One wording of a zone for the web and the command line: "New York time", "UTC".
from followup.places import place

__all__ = ["Dates", "place"]

# The names in English whatever the process's locale (strftime's %A and %B
# follow it), from tables: strftime was a good part of the agenda's 60 rows.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Dates:
    """How to write dates for one candidate: their zone, and today's date there."""

    home: ZoneInfo
    today: date

    @classmethod
    def at(cls, now: datetime, home: ZoneInfo) -> Dates:
        return cls(home, now.astimezone(home).date())

    def day(self, value: date, *, short: bool = False) -> str:
        """ "Wednesday 2 December" (or "Wed 2 Dec"), with the year when it is not this one."""
        weekday, month = WEEKDAYS[value.weekday()], MONTHS[value.month - 1]
        text = (
            f"{weekday[:3]} {value.day} {month[:3]}" if short else f"{weekday} {value.day} {month}"
        )
        return text if value.year == self.today.year else f"{text} {value.year}"

    def where(self, zone: ZoneInfo) -> str:
        """ "" in the candidate's own zone, else " (New York time)"."""
        return "" if zone.key == self.home.key else f" ({place(zone)})"

    def moment(
        self,
        at: datetime,
        zone: ZoneInfo | None = None,
        *,
        short: bool = True,
        mark: bool = True,
    ) -> str:
        """ "Wed 2 Dec, 14:00" in `zone` (the candidate's by default); `mark`: say the zone."""
        shown = zone or self.home
        text = self.written(at.astimezone(shown), short=short)
        return text + self.where(shown) if mark else text

    def written(self, local: datetime, *, short: bool = True) -> str:
        """ "Wed 2 Dec, 14:00": a moment as its own clock reads, no zone said."""
        return f"{self.day(local.date(), short=short)}, {local.hour:02d}:{local.minute:02d}"

    def at_home(self, at: datetime, zone: ZoneInfo) -> str:
        """ "Wed 2 Dec, 14:00" in the candidate's zone; when `zone` is another, both
        clocks with their places, as the command line writes them (`places.clock`):
        "Wed 2 Dec, 14:00 London time (09:00 New York time)", with the day too
        when it differs there."""
        if zone.key == self.home.key:
            return self.moment(at, mark=False)
        from followup.places import clock

        return clock(at, self.home, zone, moment=self.written)

    def span(self, start: datetime, end: datetime, zone: ZoneInfo, *, short: bool = False) -> str:
        """ "Tuesday 17 November, 10:00–11:00 (New York time)": the zone always said."""
        first, last = start.astimezone(zone), end.astimezone(zone)
        if first.date() == last.date():
            text = f"{self.moment(first, zone, short=short, mark=False)}–{last:%H:%M}"
        else:
            text = (
                f"{self.moment(first, zone, short=short, mark=False)} – "
                f"{self.moment(last, zone, short=short, mark=False)}"
            )
        return f"{text} ({place(zone)})"
