"""Business-day arithmetic: Monday to Friday, less the public holidays of one place.

Holidays come from the maintained `holidays` package, with observed days (a
Christmas that falls on a Saturday is off on the Monday in Ontario).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import holidays


class UnknownRegion(ValueError):
    """The country or subdivision has no holiday calendar."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@lru_cache(maxsize=64)
def _calendar(country: str, subdivision: str | None) -> Any:
    try:
        return holidays.country_holidays(country, subdiv=subdivision)
    except NotImplementedError as exc:
        if subdivision is not None:
            try:
                holidays.country_holidays(country)
            except NotImplementedError:
                pass
            else:
                raise UnknownRegion(
                    "subdivision", f"{country} has no subdivision {subdivision!r}"
                ) from exc
        raise UnknownRegion("country", f"no public-holiday calendar for {country!r}") from exc


# Answers kept per place, at most (a long-running server asks of any day).
_KEPT = 20_000


@lru_cache(maxsize=64)
def _answers(
    country: str, subdivision: str | None
) -> tuple[dict[date, bool], dict[tuple[date, int], date]]:
    """What one place's calendar has already answered: whether a day works, and
    `add`'s results. Shared by every calendar of the place, as `_calendar` is:
    an import plans thousands of interviews on the same few hundred days, and
    the holidays package's lookup costs more than the rest of the arithmetic."""
    return {}, {}


class BusinessCalendar:
    """The working days of one country (and optional subdivision)."""

    def __init__(self, country: str = "US", subdivision: str | None = None) -> None:
        self.country = country.upper()
        self.subdivision = subdivision.upper() if subdivision else None
        self._holidays = _calendar(self.country, self.subdivision)
        self._works, self._added = _answers(self.country, self.subdivision)

    # A calendar is its country and subdivision (the holidays are shared by
    # both through `_calendar`): equal calendars read phrases alike.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BusinessCalendar):
            return NotImplemented
        return (self.country, self.subdivision) == (other.country, other.subdivision)

    def __hash__(self) -> int:
        return hash((self.country, self.subdivision))

    def holiday_name(self, day: date) -> str | None:
        name = self._holidays.get(day)
        return str(name) if name is not None else None

    def is_business_day(self, day: date) -> bool:
        works = self._works.get(day)
        if works is None:
            if len(self._works) >= _KEPT:
                self._works.clear()
            works = self._works[day] = day.weekday() < 5 and day not in self._holidays
        return works

    def on_or_after(self, day: date) -> date:
        """The day itself if it is a business day, else the next one."""
        while not self.is_business_day(day):
            day += timedelta(days=1)
        return day

    def add(self, day: date, count: int) -> date:
        """The `count`-th business day after `day` (day itself not counted)."""
        if count < 0:
            raise ValueError("count must be 0 or more")
        key = (day, count)
        found = self._added.get(key)
        if found is not None:
            return found
        while count:
            day += timedelta(days=1)
            if self.is_business_day(day):
                count -= 1
        if len(self._added) >= _KEPT:
            self._added.clear()
        self._added[key] = day
        return day
