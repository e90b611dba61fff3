"""Time phrases: the lexicon of "by Friday", "in two weeks", "December 4", and what day each means.

The first half of reading a next step (`phrases.read_next_step` is the second):
every time phrase of the text is found with a table of regular expressions and
resolved, relative to `today` (the interview's local date), to a span of days
(`find_phrases`). The few words just before a phrase (its `Lead`: "by", "before",
"after", "until", "the week of") say which day of that span matters; which
trigger the phrase belongs to, and so whether it is a decision or a follow-up
date, is `phrases.py`'s business.

Choices where the rule book is silent:

- "Early next week" is Monday to Tuesday; "a few weeks" is three weeks.
- Weekdays are the next one strictly after today; "4/12" follows the interview
  country's order (`MONTH_FIRST`: April 12 in the US, 4 December in GB); a month
  and day already past roll to next year; a past year or a date more than two
  years out is dropped. A date no calendar has ("30 February", "2/30") gives
  nothing, not a neighbouring day, and is reported by `find_phrases`; so is a
  numeric date that only exists in the other order ("13/12" in the US).
  "4.12." and "4.12.2026" are read like "4/12".
- "End of day Friday", "EOD Friday", "COB tomorrow", "Friday close of business":
  the end of that day, one phrase.

Everything is pure: no clock, no I/O.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from functools import lru_cache
from typing import Final, Literal, TypeAlias

from dateutil.parser import parserinfo
from dateutil.relativedelta import relativedelta

from followup.etiquette.businessdays import BusinessCalendar

__all__ = [
    "Kind",
    "Lead",
    "LeadKind",
    "Phrase",
    "Span",
    "Spans",
    "find_phrases",
    "latest_day",
    "monday_of",
    "normalise",
    "numeric_order",
    "rx",
]

# No recruiter promises news two years out: anything later is a misreading (a
# typo'd year, a stray number), so it is dropped rather than trusted.
_HORIZON: Final = timedelta(days=731)

# ASCII matching keeps every matched letter a plain lower-case-able key, and the
# text is first mapped character-for-character (curly apostrophes, dashes and odd
# spaces become ASCII), so positions in the working copy are positions in the
# original text and `matched` can quote the user's own words.
_FLAGS: Final = re.IGNORECASE | re.ASCII | re.VERBOSE
_SAME_WIDTH: Final = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)
_LINE_BREAKS: Final = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")

# dateutil knows month names and abbreviations ("Sept", "Dec"); it is asked only
# about a word our own patterns already isolated, never to parse free text with
# its fuzzy mode, which happily invents a date out of any stray number.
_DATEUTIL: Final = parserinfo()


def rx(pattern: str, **parts: str) -> re.Pattern[str]:
    for name, part in parts.items():
        pattern = pattern.replace(f"%{name}%", part)
    return re.compile(pattern, _FLAGS)


# --------------------------------------------------------------------------
# Vocabulary shared by the patterns
# --------------------------------------------------------------------------

_WEEKDAY: Final = r"""(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday
    |(?:mon|tues|tue|weds|wed|thurs|thur|thu|fri)\.?)(?![a-z])"""
# "sat" and "sun" are left out on purpose: "I sat down with the team".
_WEEKDAY_INDEX: Final = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

_MONTH: Final = r"""(?<![a-z])(?:january|february|march|april|may|june|july|august|september
    |october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])"""
# A month name standing alone: "may" and "march" are far more often a verb.
_MONTH_ALONE: Final = r"""(?<![a-z])(?:january|february|april|june|july|august|september
    |october|november|december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])"""

_NUMBER_WORDS: Final = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
# Vague quantities. With days they mean the rule book's "few days" window; with
# weeks or months they still give a usable horizon ("a couple of weeks" = 2).
_VAGUE_NUMBERS: Final = {"couple": 2, "pair": 2, "few": 3, "several": 3, "handful": 3}
_NUMBER: Final = (
    r"(?:[0-9]{1,3}|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+pair\s+of|a\s+few|few|several"
    r"|a\s+handful\s+of|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?![a-z])"
)

# A bare count standing for "that many of the same unit": "a week, maybe two".
_COUNT: Final = (
    r"(?:[0-9]{1,3}|"
    + "|".join(sorted((w for w in _NUMBER_WORDS if w not in {"a", "an"}), key=len, reverse=True))
    + r")(?![a-z0-9])"
)


# --------------------------------------------------------------------------
# Spans of days
# --------------------------------------------------------------------------


class Kind(Enum):
    POINT = "point"  # one day: "Friday", "December 4", "in two weeks"
    PERIOD = "period"  # several days: "next week", "in December"
    DEADLINE = "deadline"  # the end of something: "the end of the month"


@dataclass(frozen=True)
class Span:
    first: date
    last: date
    kind: Kind
    # A length of time ("two weeks"): "after two weeks" is the same day as "in".
    elapsed: bool = False
    # A season whose end they wait for ("after the holidays"): "after" it is a
    # promise of the first working day once it is over, not a bound on nothing.
    resumes: bool = False


_FEW: Final = "few"
_Resolved: TypeAlias = Span | Literal["few"] | None
_Resolver: TypeAlias = Callable[[re.Match[str], date, BusinessCalendar], _Resolved]


def _point(day: date, *, elapsed: bool = False) -> Span:
    return Span(day, day, Kind.POINT, elapsed)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _this_friday(today: date) -> date:
    # "The end of the week" said on a Friday or over the weekend is next week's.
    friday = monday_of(today) + timedelta(days=4)
    return friday if today.weekday() < 4 else friday + timedelta(days=7)


def _coming(today: date, weekday: int) -> date:
    """The next `weekday` strictly after today ("by Friday" said on a Friday is a week out)."""
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def _last_of_month(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _month_of(token: str) -> int | None:
    number = _DATEUTIL.month(token.rstrip("."))
    return number if isinstance(number, int) else None


def _month_year(today: date, month: int, year: str | None) -> int:
    """The year of the named month: this year's unless it is over, then next year's."""
    if year:
        return int(year)
    return today.year if _last_of_month(today.year, month) >= today else today.year + 1


class _Impossible(ValueError):
    """A date no calendar has ("30 February", "2/30"): reported, never guessed at."""


def _next_occurrence(today: date, month: int, day: int, year: str | None) -> date | None:
    """A month and day: on or after today, rolling to a later year if already past.

    Raises `_Impossible` for a day the month never has, or a 29 February of a
    year that has none.
    """
    if not (1 <= month <= 12 and 1 <= day <= monthrange(2024, month)[1]):
        raise _Impossible(f"{month}/{day}")
    if year:
        number = int(year)
        if len(year) == 2:  # "12/4/26"
            number += 2000
        try:
            return date(number, month, day)
        except ValueError:
            raise _Impossible(f"{number}-{month}-{day}") from None
    for number in range(today.year, today.year + 9):  # 9 years always reach a Feb 29
        try:
            candidate = date(number, month, day)
        except ValueError:
            if day > 29 or month != 2:
                return None
            continue
        if candidate >= today:
            return candidate
    return None


# --------------------------------------------------------------------------
# Resolvers: one match -> a span of days (or None when it does not make sense)
# --------------------------------------------------------------------------


def _today_words(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    return _point(today)


def _tomorrow(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    # "The day after tomorrow", but not "tomorrow afternoon": the word, not the letters.
    after = re.search(r"(?<![a-z])after(?![a-z])", m.group(0), re.IGNORECASE) is not None
    return _point(today + timedelta(days=2 if after else 1))


def _weekday(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    weekday = _WEEKDAY_INDEX[m["wd"][:3].lower()]
    modifier = " ".join((m.groupdict().get("mod") or "").lower().split())
    week = " ".join((m.groupdict().get("week") or "").lower().split())
    if modifier in {"last", "past", "previous", "every", "each", "your"}:
        return None  # a day gone by, or a habit: not a date to act on
    if "after next" in week:
        return _point(monday_of(today) + timedelta(days=14 + weekday))
    if modifier == "next" or "next" in week:
        # "Next Friday" is the Friday of next week, not the coming one.
        return _point(monday_of(today) + timedelta(days=7 + weekday))
    return _point(_coming(today, weekday))


def _two_weekdays(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    """'By Wednesday or Thursday': the later day, the first such weekday after the first."""
    first = _weekday(m, today, calendar)
    if not isinstance(first, Span):
        return None
    return _point(_coming(first.first, _WEEKDAY_INDEX[m["wd2"][:3].lower()]))


def _midweek(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    return _point(_coming(today, 2))


def _this_week(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    friday = _this_friday(today)
    return Span(friday, friday, Kind.DEADLINE)


def _weekend(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    # Saturday and Sunday: "after the weekend" is Monday. "By the weekend" reads as
    # Sunday, which leads to the same check-in day as Friday (no business day between).
    saturday = monday_of(today) + timedelta(days=5)
    return Span(max(saturday, today), saturday + timedelta(days=1), Kind.PERIOD)


def _next_week(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    part = (m["part"] or "").lower()
    offset = 14 if "after" in m.group(0).lower() else 7
    monday = monday_of(today) + timedelta(days=offset)
    if "first" in part and "thing" in part:
        return _point(monday)
    if any(word in part for word in ("early", "beginning", "start", "first")):
        # Early next week: Monday or Tuesday; the promise runs to Tuesday.
        return Span(monday, monday + timedelta(days=1), Kind.PERIOD)
    if "mid" in part:
        return _point(monday + timedelta(days=2))
    if any(word in part for word in ("late", "end", "latter")):
        friday = monday + timedelta(days=4)
        return Span(friday, friday, Kind.DEADLINE)
    return Span(monday, monday + timedelta(days=4), Kind.PERIOD)


def _month_relative(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    part = m.group(0).lower()  # "month-end", "mid-month", "the end of next month"
    first = date(today.year, today.month, 1)
    if "next" in part:
        first += relativedelta(months=1)
    last = _last_of_month(first.year, first.month)
    if any(word in part for word in ("early", "beginning", "start")):
        return Span(first, first + timedelta(days=6), Kind.PERIOD)
    if "mid" in part:
        middle = first.replace(day=15)
        if middle < today:  # "mid-month" said on the 20th: next month's
            middle += relativedelta(months=1)
        return _point(middle)
    if any(word in part for word in ("late", "end")):
        return Span(last, last, Kind.DEADLINE)
    return Span(max(first, today), last, Kind.PERIOD)


def _named_month(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    month = _month_of(m["mon"])
    if month is None:
        return None
    year = _month_year(today, month, m["year"])
    part = (m.groupdict().get("part") or "").lower()
    first = date(year, month, 1)
    last = _last_of_month(year, month)
    if last < today:
        return None  # "December 2025" said in 2026
    if "first week" in part:
        return Span(first, first + timedelta(days=6), Kind.PERIOD)
    if "last week" in part:
        return Span(last - timedelta(days=6), last, Kind.PERIOD)
    if any(word in part for word in ("early", "beginning", "start")):
        return Span(first, first + timedelta(days=6), Kind.PERIOD)
    if "mid" in part:
        return _point(date(year, month, 15))
    if "late" in part:
        return Span(date(year, month, 21), last, Kind.PERIOD)
    if "end" in part:
        return Span(last, last, Kind.DEADLINE)
    return Span(max(first, today), last, Kind.PERIOD)


def _year_end(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    text = m.group(0).lower()
    if "quarter" in text:
        month = (today.month - 1) // 3 * 3 + 3
        last = _last_of_month(today.year, month)
    else:
        last = date(today.year, 12, 31)
    return Span(last, last, Kind.DEADLINE)


def _month_day(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    token = m["mon"].lower()
    groups = m.groupdict()
    if token == "may" and "of" in groups and not (groups["suf"] or groups["of"]):
        return None  # "4 May" needs "4th" or "of": "the top 3 may be called back"
    month = _month_of(token)
    found = _next_occurrence(today, month, int(m["day"]), m["year"]) if month else None
    return _point(found) if found else None


def _ordinal_day(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    """'The 15th': this month's if still ahead, else the next month that has that day."""
    day = int(m["day"])
    first = date(today.year, today.month, 1)
    for step in range(3):
        month = first + relativedelta(months=step)
        try:
            candidate = month.replace(day=day)
        except ValueError:
            continue
        if candidate >= today:
            return _point(candidate)
    return None


def _numeric(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    # "2026-12-04" is ISO, year, month, day everywhere.
    found = _next_occurrence(today, int(m["m"]), int(m["d"]), m["y"])
    return _point(found) if found else None


# Where "4/12" is the 12th of April: the US and the places that write dates its
# way (its territories, the Philippines, Micronesia, the Marshall Islands,
# Palau). Canada writes both ways; month first is its most common numeric form
# in email, so it is read so. Everywhere else is day first ("4/12" is 4 December).
MONTH_FIRST: Final = frozenset(
    {"US", "PR", "GU", "VI", "AS", "MP", "UM", "PH", "FM", "MH", "PW", "CA"}
)


_A_NUMERIC_DATE: Final = rx(r"(?<![0-9/.])(?P<a>[0-9]{1,2})[/.](?P<b>[0-9]{1,2})(?![0-9])")


def numeric_order(words: str, day: date, country: str) -> str | None:
    """Say how a numeric date in `words` that was read as `day` was read, and how to
    write it beyond doubt: "'4/12' was read month first, the order followed for CA;
    write the month out ('12 April' or '4 December') to leave no doubt". None when the
    words hold no such date."""
    month_first = country.upper() in MONTH_FIRST
    for m in _A_NUMERIC_DATE.finditer(words):
        first, second = int(m["a"]), int(m["b"])
        month, number = (first, second) if month_first else (second, first)
        if (month, number) != (day.month, day.day):
            continue
        ways = [f"{number} {day:%B}"]
        if 1 <= number <= 12 and number != month and month <= monthrange(2024, number)[1]:
            ways.append(f"{month} {date(2024, number, 1):%B}")
        order = "month" if month_first else "day"
        return (
            f"{m.group()!r} was read {order} first, the order followed for {country.upper()}; "
            f"write the month out ({' or '.join(repr(way) for way in ways)}) to leave no doubt"
        )
    return None


def _slashed(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    """'4/12', '04/12/2026', '4.12.': in the order the interview's country writes dates."""
    first, second = int(m["a"]), int(m["b"])
    if (first, second) == (24, 7):
        return None  # "24/7", round the clock
    month, day = (first, second) if calendar.country in MONTH_FIRST else (second, first)
    if month > 12:
        if month <= 31 and day <= 31:
            # "13/12" in the US, "12/13" or "11/31" in GB: written as a date, but
            # not one in this country's order. Say so rather than guess the order.
            raise _Impossible(f"{first}/{second}")
        return None  # a ratio or a score ("50/50"), not a date
    found = _next_occurrence(today, month, day, m["y"])
    return _point(found) if found else None


# Holidays named by a word that is not always the calendar's: "Xmas", "Deepavali".
_HOLIDAY_KEYWORDS: Final = {"xmas": "christmas", "deepavali": "diwali", "divali": "diwali"}
# Where a holiday is looked up when the interview's own calendar does not keep it:
# Diwali's date moves with the lunar calendar, and India's calendar has it each
# year; Thanksgiving is the US one, but Canada's (in October) is a holiday of most
# provinces and not of the federal calendar, so Ontario's says when it is.
_HOLIDAY_HOMES: Final[dict[tuple[str, str | None], tuple[str, str | None]]] = {
    ("diwali", None): ("IN", None),
    ("thanksgiving", None): ("US", None),
    ("thanksgiving", "CA"): ("CA", "ON"),
}


def _next_holiday(keyword: str, today: date, calendar: BusinessCalendar) -> date | None:
    for offset in range(400):
        day = today + timedelta(days=offset)
        name = (calendar.holiday_name(day) or "").lower()
        if keyword in name and "observed" not in name:
            return day
    return None


def _holiday(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    """'By Thanksgiving', 'after Diwali': the next such public holiday of the interview's
    own calendar (or of the holiday's home country, when the interview's has none).

    "After Christmas" is a promise of news once it is over (`resumes`), on the first
    working day of the interview's calendar after it, as "after the holidays" is."""
    word = " ".join(m["hol"].lower().split())
    keyword = "new year" if word.startswith("new") else _HOLIDAY_KEYWORDS.get(word, word)
    day = _next_holiday(keyword, today, calendar)
    if day is None and keyword == "christmas":
        day = _next_occurrence(today, 12, 25, None)
    home = _HOLIDAY_HOMES.get((keyword, calendar.country)) or _HOLIDAY_HOMES.get((keyword, None))
    if day is None and home is not None and home != (calendar.country, calendar.subdivision):
        day = _next_holiday(keyword, today, BusinessCalendar(*home))
    return Span(day, day, Kind.POINT, resumes=True) if day is not None else None


# Where summer falls in December to February. Everywhere else, June to August.
_SOUTHERN: Final = frozenset(
    {"AR", "AU", "BO", "BR", "BW", "CL", "LS", "MZ", "NA", "NZ", "PE", "PY", "UY", "ZA", "ZW"}
)


def _year_end_holidays(today: date, calendar: BusinessCalendar) -> tuple[date, date]:
    """The year-end holidays still to come (or under way): 24 December to the last
    public holiday of the country's calendar in the first week of January."""
    year = today.year - 1 if today <= date(today.year, 1, 7) else today.year
    first = date(year, 12, 24)
    last = date(year + 1, 1, 1)
    for offset in range(7):
        day = date(year + 1, 1, 1) + timedelta(days=offset)
        if calendar.holiday_name(day):
            last = day  # "New Year's Day (observed)", Scotland's 2 January
    return first, last


def _holidays(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    """'After the holidays', 'over the summer': the season, waited out."""
    word = m.group(0).lower()
    if "summer" in word:
        if calendar.country in _SOUTHERN:
            year = today.year if today.month <= 2 else today.year + 1
            first = date(year - 1, 12, 1)
            last = date(year, 2, monthrange(year, 2)[1])
        else:
            year = today.year if today <= date(today.year, 8, 31) else today.year + 1
            first, last = date(year, 6, 1), date(year, 8, 31)
    else:
        first, last = _year_end_holidays(today, calendar)
    return Span(max(first, today), last, Kind.PERIOD, resumes=True)


def _new_year(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    """'Once the New Year is under way', 'early in the new year': its first working week."""
    _, last = _year_end_holidays(today, calendar)
    back = calendar.on_or_after(last + timedelta(days=1))
    return Span(back, back + timedelta(days=4), Kind.PERIOD)


def _number(token: str | None) -> tuple[int, bool] | None:
    """A count and whether it was vague; None for "so" as in "a week or so"."""
    if token is None:
        return None
    words = token.lower().split()
    if words[0].isdigit():
        return int(words[0]), False
    for word in words:
        if word in _VAGUE_NUMBERS:
            return _VAGUE_NUMBERS[word], True
    value = _NUMBER_WORDS.get(words[0])
    return (value, False) if value is not None else None


def _duration(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    groups = m.groupdict()
    first = _number(groups.get("n")) or (1, False)
    count, vague = first
    for other in (_number(groups.get("n2")), _number(groups.get("n3"))):
        if other is not None:
            # "One to two weeks", "a day or two", "a week, maybe two": the promise
            # runs to the larger.
            count, vague = max(count, other[0]), vague and other[1]
    unit = m["unit"].lower().rstrip("s")
    half = bool(groups.get("half") or groups.get("half2"))
    if unit == "day" and vague:
        return _FEW
    found = _length(count, unit, half, bool(groups.get("biz")), today, calendar)
    margin = _margin(groups.get("mn"), groups.get("munit"))
    if margin and isinstance(found, Span):
        return _point(found.last + timedelta(days=margin), elapsed=True)
    return found


def _margin(count: str | None, unit: str | None) -> int:
    """The days of "give or take a few days", "give or take a week" (0 when none is named)."""
    if unit is None:
        return 0
    number, _ = _number(count) or (1, False)
    return number * (7 if unit.lower().startswith("week") else 1)


def _length(
    count: int, unit: str, half: bool, business: bool, today: date, calendar: BusinessCalendar
) -> _Resolved:
    if unit in {"hour", "hr"}:
        # "Within 24 hours" runs into tomorrow; "in a couple of hours" is today.
        days = math.ceil(count / 24) if count >= 24 else 0
        return _point(today + timedelta(days=days), elapsed=True)
    if unit == "day":
        if count > _HORIZON.days:
            return None
        if business:
            return _point(calendar.add(today, count + (1 if half else 0)), elapsed=True)
        return _point(today + timedelta(days=count + (1 if half else 0)), elapsed=True)
    if unit in {"week", "wk", "fortnight"}:
        weeks = 2 if unit == "fortnight" else 1
        days = math.ceil(7 * weeks * (count + (0.5 if half else 0)))
        if days > _HORIZON.days:
            return None
        return _point(today + timedelta(days=days), elapsed=True)
    if count > 24:
        return None
    later = today + relativedelta(months=count) + timedelta(days=15 if half else 0)
    return _point(later, elapsed=True)


def _few(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    return _FEW


# --------------------------------------------------------------------------
# The table of time phrases
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Pattern:
    name: str
    regex: re.Pattern[str]
    resolve: _Resolver
    # Only meaningful after a preposition: "in two weeks" but not "two weeks of
    # interviews"; "by December" but not "June will call you".
    needs_lead: bool = False
    # Bare "today" is mostly small talk ("thanks for coming in today").
    bare_today: bool = False


_OPTIONAL_WEEKDAY: Final = rf"(?:{_WEEKDAY},?\s+(?:the\s+)?)?"

_DAY_AND_SPAN_PATTERNS: Final[tuple[_Pattern, ...]] = (
    _Pattern(
        "iso date",
        rx(r"(?<![0-9])(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})(?![0-9])"),
        _numeric,
    ),
    _Pattern(
        "numeric date",
        rx(
            r"""(?<![0-9/.-])(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})(?:/(?P<y>[0-9]{4}|[0-9]{2}))?
            (?![0-9/])(?!\s*(?:of\s+)?(?:an?\s+)?(?:days?|hours?|weeks?|months?)(?![a-z]))"""
        ),
        _slashed,
    ),
    _Pattern(
        # "4.12." or "04.12.2026", as much of Europe writes dates: the closing dot
        # or the year keeps decimals ("4.5 stars") out.
        "dotted date",
        rx(
            r"""(?<![0-9.])(?P<a>[0-9]{1,2})\.(?P<b>[0-9]{1,2})
            (?:\.(?P<y>[0-9]{4})(?![0-9])(?!\.[0-9])|\.(?![0-9]))"""
        ),
        _slashed,
    ),
    _Pattern(
        "month day",
        rx(
            r"""%WD%(?P<mon>%MONTH%)\.?\s*(?:the\s+)?(?P<day>[0-9]{1,2})
            (?P<suf>st|nd|rd|th)?(?![0-9a-z])(?:,?\s+(?P<year>[0-9]{4})(?![0-9]))?""",
            WD=_OPTIONAL_WEEKDAY,
            MONTH=_MONTH,
        ),
        _month_day,
    ),
    _Pattern(
        "day month",
        rx(
            r"""%WD%(?<![0-9])(?P<day>[0-9]{1,2})(?P<suf>st|nd|rd|th)?\s+(?P<of>of\s+)?
            (?P<mon>%MONTH%)(?:,?\s+(?P<year>[0-9]{4})(?![0-9]))?""",
            WD=_OPTIONAL_WEEKDAY,
            MONTH=_MONTH,
        ),
        _month_day,
    ),
    _Pattern(
        "day of the month",
        rx(
            r"""%WD%(?<![a-z0-9])the\s+(?P<day>[0-9]{1,2})(?:st|nd|rd|th)(?![a-z0-9])
            (?!\s+(?:of|round|interview|stage|step|phase|time|floor|candidate|person|call
              |week|day|month|year|place|position|choice|option|attempt)s?(?![a-z]))""",
            WD=_OPTIONAL_WEEKDAY,
        ),
        _ordinal_day,
    ),
    _Pattern(
        "day of the month, after a weekday",
        rx(
            r"%WD%(?<![a-z0-9])(?P<day>[0-9]{1,2})(?:st|nd|rd|th)(?![a-z0-9])",
            WD=rf"(?:{_WEEKDAY},?\s+)",
        ),
        _ordinal_day,
    ),
    _Pattern(
        "part of a named month",
        rx(
            r"""(?P<part>early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of
              |(?:the\s+)?(?:first|last)\s+week\s+of)[\s-]*(?:the\s+month\s+of\s+)?
            (?P<mon>%MONTH%)(?:,?\s+(?P<year>[0-9]{4})(?![0-9]))?""",
            MONTH=_MONTH,
        ),
        _named_month,
    ),
    _Pattern(
        "named month",
        rx(
            r"(?P<mon>%MONTH%)(?:,?\s+(?P<year>[0-9]{4})(?![0-9]))?",
            MONTH=_MONTH_ALONE,
        ),
        _named_month,
        needs_lead=True,
    ),
    _Pattern(
        "this or next month",
        rx(
            r"""(?:(?:early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)[\s-]*)?
            (?:next\s+month|(?:this|the)\s+month)(?![a-z])(?!\s+of(?![a-z]))"""
        ),
        _month_relative,
    ),
    _Pattern(
        "month end",
        rx(r"end\s+of\s+(?:the\s+)?month(?![a-z])|month[\s-]?end(?![a-z])"),
        _month_relative,
    ),
    _Pattern(
        "mid-month",
        rx(r"mid[\s-]?month(?![a-z])"),
        _month_relative,
    ),
    _Pattern(
        "year or quarter end",
        rx(
            r"""(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:calendar\s+)?(?:year|quarter)
            |(?:year|quarter)[\s-]?end(?![a-z])"""
        ),
        _year_end,
    ),
    _Pattern(
        "weekday",
        rx(
            r"""(?:(?P<mod>next|this\s+coming|this|coming|the\s+following|following|last|past
              |previous|every|each|your)\s+)?(?P<wd>%WD%)
            (?:\s+(?P<week>(?:of\s+)?next\s+week|(?:of\s+the\s+)?week\s+after\s+next))?""",
            WD=_WEEKDAY,
        ),
        _weekday,
    ),
    _Pattern(
        # "Wednesday or Thursday", "next Thu/Fri": one phrase, so the sentence that is
        # nothing but it is still their timeframe, and the second day follows the first.
        "two weekdays",
        rx(
            r"""(?:(?P<mod>next|this\s+coming|this|coming|the\s+following|following)\s+)?
            (?P<wd>%WD%)\s*(?:,?\s+or\s+(?:on\s+)?|/)(?P<wd2>%WD%)
            (?:\s+(?P<week>(?:of\s+)?next\s+week))?""",
            WD=_WEEKDAY,
        ),
        _two_weekdays,
    ),
    _Pattern(
        "next week, weekday",
        rx(
            r"(?P<week>next\s+week|the\s+week\s+after\s+next),?\s+(?:on\s+)?(?P<wd>%WD%)",
            WD=_WEEKDAY,
        ),
        _weekday,
    ),
    _Pattern(
        "midweek",
        rx(r"mid[\s-]?week|(?:the\s+)?middle\s+of\s+(?:the|this)\s+week"),
        _midweek,
    ),
    _Pattern(
        "this week",
        rx(
            r"""(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:work\s*)?week(?![a-z])
            |later\s+(?:this|in\s+the)\s+week|this\s+week|within\s+the\s+week
            |(?:the\s+)?week'?s\s+end"""
        ),
        _this_week,
    ),
    _Pattern("weekend", rx(r"(?:the\s+|this\s+)?week[\s-]?end(?![a-z])"), _weekend),
    _Pattern(
        "next week",
        rx(
            r"""(?:(?P<part>early|mid|late|first\s+thing|(?:the\s+)?(?:beginning|start|middle
              |end|first\s+part|latter\s+part)\s+of)[\s-]*)?
            (?:next\s+week|(?:the\s+)?week\s+after\s+next|the\s+following\s+week)(?![a-z])"""
        ),
        _next_week,
    ),
    _Pattern(
        "end of day",
        rx(
            r"""(?:later|sometime|some\s+time|by\s+the\s+end\s+of)\s+today(?!')
            |(?<!at\s)(?<!at\sthe\s)(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day
              (?:\s+today(?!'))?
            |(?:(?:close|end)\s+of\s+(?:business|play)|(?<![a-z])(?:eod|cob|eob)(?![a-z]))
              (?:\s+today(?!'))?
            |this\s+(?:afternoon|evening)|tonight"""
        ),
        _today_words,
    ),
    _Pattern("today", rx(r"(?<![a-z])today(?!')(?![a-z])"), _today_words, bare_today=True),
    _Pattern(
        "tomorrow",
        rx(
            r"""(?:the\s+)?day\s+after\s+tomorrow|(?:first\s+thing\s+)?(?<![a-z])tomorrow(?!')
            (?![a-z])(?:\s+(?:morning|afternoon|evening|night))?"""
        ),
        _tomorrow,
    ),
    _Pattern(
        "the holidays",
        rx(
            r"""(?:the\s+|this\s+)?(?:(?:christmas|xmas|winter|festive|end[\s-]+of[\s-]+(?:the[\s-]+)?year
              |year[\s-]?end|new\s+year|summer)\s+)?
            (?:holidays|holiday\s+season|festive\s+season|holiday\s+break|festivities)(?![a-z])
            |(?:the\s+)?(?:christmas|xmas|winter|summer|new\s+year)\s+break(?![a-z])
            |(?:the\s+)?summer(?:\s+months)?(?![a-z])"""
        ),
        _holidays,
        needs_lead=True,
    ),
    _Pattern(
        "the new year under way",
        rx(
            r"""(?:once|when|after)\s+the\s+new\s+year\s+(?:is\s+|has\s+|gets\s+)?
              (?:under\s*way|started|begun|starts|begins|going|kicks\s+off|kicked\s+off)
            |(?:early\s+|sometime\s+)?in\s+the\s+new\s+year
            |(?:early|(?:the\s+)?(?:start|beginning|first\s+week)\s+of)\s+(?:the\s+new|next)\s+year
            |(?:early|the\s+start\s+of|the\s+beginning\s+of)\s+january(?![a-z])"""
        ),
        _new_year,
    ),
    _Pattern(
        "holiday",
        rx(
            r"""(?<![a-z])(?P<hol>thanksgiving|christmas|xmas|new\s+year|diwali|deepavali|divali)
            (?:'?s)?(?:\s+day)?(?![a-z])"""
        ),
        _holiday,
        needs_lead=True,
    ),
    _Pattern(
        "a length of time",
        rx(
            r"""(?:(?P<anchor>the\s+(?:next|coming|following))\s+)?
            # "About ten days", "around three weeks": an estimate, as "roughly" is.
            (?:(?P<approx>~|\+/-|(?:approximately|approx\.?|aprox\.?|appx\.?|apprx\.?|roughly
              |circa|ca\.|about|abt\.?|around|give\s+or\s+take|more\s+or\s+less)(?=\s))\s*
              |(?P<hedge>maybe|perhaps|possibly|probably|another|just|under|or
              |less\s+than|no\s+more\s+than|up\s+to)\s+)?
            (?<![a-z0-9])(?P<n>%NUM%)(?:\s*(?P<alt>-|to|or)\s*(?P<n2>%NUM%))?
            (?P<half2>\s+and\s+a\s+half)?\s*(?:more\s+|additional\s+|extra\s+)?
            (?P<biz>(?:business|working|work)\s+)?(?P<unit>days?|weeks?|wks?|fortnights?|months?|hours?|hrs?)
            (?![a-z])(?P<half>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so(?![a-z]))?
            # Counted from the interview day: "from today", "after we talk", "out".
            (?P<suffix>\s+from\s+(?:now|today)(?![a-z])|'?s?\s+time(?![a-z])|\s+out(?![a-z])
              # "after we talk": the verb is part of the phrase, and of the words quoted.
              |\s+(?:after|following|of)\s+(?:we(?:'ve|\s+have)?(?:\s+(?:talk(?:ed)?|speak|spoken?
                |meet|met|chat(?:ted)?|interview(?:ed)?|finish(?:ed)?|wrap(?:ped)?\s+up))?
                |today|(?:the|our|your|this|today's)\s+
                (?:interview|call|meeting|conversation|chat|talk)s?)(?![a-z]))?
            (?:\s+or\s+so(?![a-z]))?
            # "A week, maybe two", "ten days, possibly twelve": the larger, said after.
            (?:,?\s+(?:or\s+)?(?:maybe|perhaps|possibly|probably|likely|or|at\s+most|up\s+to)
              \s+(?P<n3>%COUNT%)(?=\s*(?:[.,;!?)]|\Z)|\s+(?:at\s+(?:the\s+)?(?:most|latest)|tops
              |max(?:imum)?)(?![a-z])))?
            # "Two weeks, give or take a few days": the margin counts, to the latest day.
            (?P<margin>,?\s+give\s+or\s+take(?:\s+(?P<mn>%NUM%)\s+(?P<munit>days?|weeks?)
              (?![a-z]))?(?![a-z]))?
            # "Ten days, or two weeks at most": an estimate when another length follows.
            (?=(?P<other>,?\s+(?:or|maybe|perhaps|possibly|probably)\s+(?:%NUM%)\s+
              (?:business\s+|working\s+)?(?:days?|weeks?|wks?|fortnights?|months?)(?![a-z])))?""",
            NUM=_NUMBER,
            COUNT=_COUNT,
        ),
        _duration,
        needs_lead=True,
    ),
    _Pattern(
        "a day or two",
        rx(
            r"""(?:(?P<anchor>the\s+(?:next|coming|following))\s+)?
            (?:(?:about|around|roughly|maybe|another|just)\s+)?(?<![a-z0-9])(?P<n>an?|one|1)\s+
            (?P<biz>(?:business|working)\s+)?(?P<unit>day|week|month|hour|wk)\s+(?P<alt>or)\s+
            (?P<n2>two|2|three|3|so)(?![a-z0-9])"""
        ),
        _duration,
        needs_lead=True,
    ),
    _Pattern(
        "the next week",
        rx(
            r"""(?P<anchor>the\s+(?:next|coming))\s+(?P<unit>day|week|month)(?![a-z])
            (?:\s+or\s+so(?![a-z]))?"""
        ),
        _duration,
        needs_lead=True,
    ),
    _Pattern(
        "the coming days",
        rx(r"(?:the\s+)?(?:coming|next\s+several|next\s+couple\s+of)\s+days(?![a-z])"),
        _few,
    ),
)

# Close of business on a named day: "by end of day Friday", "EOD Friday", "by close
# of business Thursday", "COB tomorrow", "Friday EOD", "end of day on December 4".
# The day is read by the day patterns above; the whole is one phrase, so "end of
# day" is not also read as today, and "after COB Thursday" is the Friday.
_NAMED_DAYS: Final = frozenset(
    {
        "iso date",
        "us date",
        "month day",
        "day month",
        "day of the month",
        "day of the month, after a weekday",
        "weekday",
        "next week, weekday",
        "tomorrow",
    }
)
_DAY_PATTERNS: Final = tuple(p for p in _DAY_AND_SPAN_PATTERNS if p.name in _NAMED_DAYS)
_CLOSE_OF_DAY: Final = r"""(?:
      (?:the[\s-]+)?end[\s-]+of[\s-]+(?:the[\s-]+)?(?:business[\s-]+|work(?:ing)?[\s-]+)?day
      |(?:close|end)[\s-]+of[\s-]+(?:business|play)(?:[\s-]+day)?
      |(?<![a-z])(?:eod|cob|eob)
    )(?![a-z])"""


def _without_groups(pattern: re.Pattern[str]) -> str:
    # One regex cannot name a group twice, and the day patterns share names ("wd").
    return re.sub(r"\(\?P<[a-z0-9_]+>", "(?:", pattern.pattern)


_A_NAMED_DAY: Final = "|".join(f"(?:{_without_groups(p.regex)})" for p in _DAY_PATTERNS)


def _close_of_day(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    day = m["day"]
    for pattern in _DAY_PATTERNS:
        found = pattern.regex.fullmatch(day)
        if found is None:
            continue
        resolved = pattern.resolve(found, today, calendar)
        if isinstance(resolved, Span):
            # The end of that day: "before EOD Friday" still means Friday.
            return Span(resolved.first, resolved.last, Kind.DEADLINE)
        return resolved
    return None


_CLOSE_OF_DAY_PATTERNS: Final = (
    _Pattern(
        "close of business, then the day",
        rx(
            r"""(?<!at\s)(?<!at\sthe\s)%EOD%(?:\s*,\s*|\s+)(?:on\s+)?(?P<day>%DAY%)""",
            EOD=_CLOSE_OF_DAY,
            DAY=_A_NAMED_DAY,
        ),
        _close_of_day,
    ),
    _Pattern(
        "the day, then close of business",
        rx(
            r"""(?P<day>%DAY%)(?:\s*,\s*|\s+)(?:(?:at|by)\s+)?%EOD%""",
            EOD=_CLOSE_OF_DAY,
            DAY=_A_NAMED_DAY,
        ),
        _close_of_day,
    ),
)

_PATTERNS: Final = (*_DAY_AND_SPAN_PATTERNS, *_CLOSE_OF_DAY_PATTERNS)
_WEEKDAY_PATTERNS: Final = frozenset({"weekday", "two weekdays"})


# --------------------------------------------------------------------------
# The words just before a time phrase
# --------------------------------------------------------------------------


class LeadKind(Enum):
    AT = "at"  # by, on, in, within, no later than, on or before ... or nothing
    BEFORE = "before"
    AFTER = "after"  # strictly after: "after the 15th"
    FROM = "from"  # from, starting, on or after
    UNTIL = "until"  # until, till, through


@dataclass(frozen=True)
class Lead:
    start: int
    kind: LeadKind
    has_preposition: bool
    week_of: bool


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that may sit between a preposition and its time phrase, or form one.
_LEAD_WORDS: Final = _words(
    """by before on or until till til through thru after no not later than prior to ahead of
    as starting start from around about approximately roughly sometime some time at the in
    within inside over for during come week hopefully probably likely ideally maybe possibly
    very right just again latest am pm a.m. p.m. noon midnight take takes taking more less
    longer least wait"""
)
_PREPOSITIONS: Final = _words(
    """by before on until till til through thru after in within inside over for during around
    about sometime at from starting as come prior ahead take takes taking wait"""
)
# A lead cannot begin with these: "Monday or Friday", "the 4th of December", "we'll
# know more by Friday" (but "more than a few days" keeps its "take", "no", "not").
_NOT_INITIAL: Final = _words("or of than to time later week and more less longer least")
_LEAD_TOKEN: Final = rx(
    r"(?<![a-z0-9'.:])(give\s+(?:us|me|them|it)|[a-z0-9'.:]+)\s+\Z",
)
_CLOCK: Final = rx(r"[0-9]{1,2}(?::[0-9]{2})?(?:am|pm|a\.m\.|p\.m\.)?")


def _lead(work: str, start: int) -> Lead:
    words: list[tuple[int, str]] = []
    position = start
    while len(words) < 6:
        token = _LEAD_TOKEN.search(work, max(0, position - 30), position)
        if token is None:
            break
        word = " ".join(token.group(1).lower().split())
        if not (word in _LEAD_WORDS or word.startswith("give ") or _CLOCK.fullmatch(word)):
            break
        words.insert(0, (token.start(1), word))
        position = token.start(1)
    while words and words[0][1] in _NOT_INITIAL:
        if words[0][1] == "week" and len(words) > 1 and words[1][1] == "of":
            break  # "decision: week of 12/7"
        words.pop(0)
    names = {word for _, word in words}
    lead_start = words[0][0] if words else start
    has_preposition = any(word in _PREPOSITIONS or word.startswith("give ") for word in names)
    week_of = "week" in names and "of" in names
    if "after" in names:
        kind = LeadKind.FROM if "or" in names else LeadKind.AFTER
    elif names & {"from", "starting", "start"} or {"as", "of"} <= names:
        kind = LeadKind.FROM
    elif names & {"before", "prior", "ahead"}:
        kind = LeadKind.AT if "or" in names else LeadKind.BEFORE
    elif names & {"until", "till", "til", "through", "thru"}:
        kind = LeadKind.UNTIL
    else:
        kind = LeadKind.AT
    return Lead(lead_start, kind, has_preposition, week_of)


# --------------------------------------------------------------------------
# Finding the time phrases
# --------------------------------------------------------------------------


class Spans:
    """Non-overlapping spans of the text, kept sorted, answering in log time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.ends[i] > start:
            return True
        return i + 1 < len(self.starts) and self.starts[i + 1] < end

    def claim(self, start: int, end: int) -> bool:
        """Add the span unless it overlaps one already there; say whether it was added."""
        if self.overlaps(start, end):
            return False
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True

    def strictly_inside(self, position: int) -> bool:
        i = bisect_right(self.starts, position) - 1
        return i >= 0 and self.starts[i] < position < self.ends[i]


@dataclass(frozen=True)
class Phrase:
    start: int  # where the lead begins ("by" in "by Friday")
    body: int  # where the time phrase itself begins
    end: int
    resolved: Span | Literal["few"]
    lead: Lead
    bare_today: bool
    # A weekday named without "this" or "next" ("Wednesday or Thursday"): the coming
    # one, unless a length of time said just before it places it later.
    loose_weekday: bool = False


def latest_day(today: date) -> date:
    return date.max if today > date.max - _HORIZON else today + _HORIZON


# Texts up to this long have their matches kept (`_candidates`): many
# interviews share a next step's wording, and an import reads thousands.
CACHED_UP_TO: Final = 2_000

_Candidate: TypeAlias = tuple[_Pattern, re.Match[str], Lead, bool]


def _candidates(work: str) -> tuple[_Candidate, ...]:
    """Every pattern's matches in `work`, in pattern order, with their lead and whether the
    phrase is an estimate: all that depends on the words alone, not on the day."""
    if len(work) <= CACHED_UP_TO:
        return _kept_candidates(work)
    return _match_all(work)


def _match_all(work: str) -> tuple[_Candidate, ...]:
    found: list[_Candidate] = []
    for pattern in _PATTERNS:
        for m in pattern.regex.finditer(work):
            if m.end() == m.start():
                continue
            groups = m.groupdict()
            # "~10 days", "ten days or so": an estimate is always a length of time.
            # So is "a week or two", "two to three weeks", "a week, maybe two".
            anchored = any(
                groups.get(name)
                for name in (
                    "anchor",
                    "suffix",
                    "approx",
                    "hedge",
                    "orso",
                    "alt",
                    "n3",
                    "margin",
                    "other",
                )
            )
            found.append((pattern, m, _lead(work, m.start()), anchored))
    return tuple(found)


_kept_candidates = lru_cache(maxsize=1024)(_match_all)


def find_phrases(
    work: str, today: date, calendar: BusinessCalendar
) -> tuple[list[Phrase], list[tuple[int, int]]]:
    """The time phrases, and the spans of dates that do not exist ("30 February")."""
    latest = latest_day(today)
    found: list[Phrase] = []
    impossible: list[tuple[int, int]] = []
    for pattern, m, lead, anchored in _candidates(work):
        try:
            resolved = pattern.resolve(m, today, calendar)
        except _Impossible:
            # Its words are not read again by a shorter pattern ("February"
            # alone would become the end of February).
            impossible.append((m.start(), m.end()))
            continue
        except (ValueError, OverflowError):
            resolved = None
        if resolved is None or (isinstance(resolved, Span) and resolved.last > latest):
            continue
        if pattern.needs_lead and not (lead.has_preposition or anchored):
            continue
        groups = m.groupdict()
        loose = pattern.name in _WEEKDAY_PATTERNS and not (groups.get("mod") or groups.get("week"))
        found.append(
            Phrase(lead.start, m.start(), m.end(), resolved, lead, pattern.bare_today, loose)
        )
    # Overlaps: the longest phrase wins ("the end of next week" over "next week",
    # "Friday, December 4" over "Friday"), then the earliest; an impossible date
    # keeps its words from every phrase inside it.
    taken = Spans()
    unread = []
    for start, end in sorted(impossible, key=lambda span: (span[0] - span[1], span[0])):
        if taken.claim(start, end):
            unread.append((start, end))
    chosen = [
        p
        for p in sorted(found, key=lambda p: (p.body - p.end, p.body))
        if taken.claim(p.body, p.end)
    ]
    return sorted(chosen, key=lambda p: p.body), sorted(unread)


def normalise(text: str) -> str:
    """Same length as `text`: odd apostrophes, dashes and spaces made plain ASCII."""
    translated = text.translate(_SAME_WIDTH)
    return "".join("\n" if ch in _LINE_BREAKS else " " if ch.isspace() else ch for ch in translated)
