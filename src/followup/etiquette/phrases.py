"""Read what an interviewer said about next steps, and derive dated facts from it.

`read_next_step("We'll decide by Friday; check back with me Monday", today, calendar)`
finds a decision date (Friday), an instructed follow-up date (Monday), a vague and
short "few days" window, and a "don't call us" request (ETIQUETTE.md, Vocabulary).

How a sentence is read, in four steps:

1. Time phrases ("by Friday", "in two weeks", "December 4", "after the 15th") are
   found with a small table of regular expressions; each resolves, relative to
   `today` (the interview's local date), to a span of days. The few words just
   before a phrase ("by", "before", "after", "until", "the week of") say which day
   of that span matters.
2. Trigger words say who acts: "decide", "let you know", "hear from us" are the
   employer promising news (a decision date); "check back", "follow up with me",
   "feel free to email me" are the candidate being told when to make contact (a
   follow-up date). "Call", "email", "reach out" and the like are read from their
   object and subject: "we'll call you" is a promise, "call me" an instruction.
3. A time phrase belongs to the nearest trigger before it in its sentence, else
   to one right after it ("By Friday, we'll decide"). A time phrase with no
   trigger is not a promise ("Thanks for coming in on Tuesday") and is ignored,
   unless the sentence is nothing but a time phrase ("By Friday.").
4. Negated promises ("we won't decide by Friday") are ignored, except that "not
   until X" still dates the news to X.

Choices where the rule book is silent:

- A span ("next week", "in December") gives a decision date at its end (the latest
  moment they promised) and a follow-up date at its start (the first moment they
  invited). "Early next week" is Monday to Tuesday.
- Several decision dates: the latest (see the end of `read_next_step`); several
  follow-up dates: the latest too, so the check-in is never too soon.
- "Soon", "shortly", "ASAP" are not "a few days": they name no timeframe, and a
  recruiter's "soon" is often weeks. "A few weeks" is three weeks.
- "We'll call you" alone is a promise, not a request not to call.
- "If you haven't heard by Friday, follow up" dates their decision (Friday); the
  grace rule then sets the check-in, so no follow-up date is derived.
- "After X" for a follow-up is the first business day after X; "we'll decide
  after X" promises nothing and is ignored.
- "End of day Friday", "EOD Friday", "COB tomorrow", "Friday close of business":
  the end of that day, one phrase ("before EOD Friday" is still Friday, "after
  COB Thursday" the next business day).
- Weekdays are the next one strictly after today; "4/12" follows the interview
  country's order (`MONTH_FIRST`: April 12 in the US, 4 December in GB); a month
  and day already past roll to next year; a past year or a date more than two
  years out is dropped. A date no calendar has ("30 February", "2/30") gives
  nothing, not a neighbouring day, and is quoted in `NextStep.unreadable`; so
  is a numeric date that only exists in the other order ("13/12" in the US).
  "4.12." and "4.12.2026" are read like "4/12".
- The candidate's own report of their words ("They will get back to me by
  Friday", "She said she would let me know") is their promise: a third-person
  subject turns "get back to me" and "let me know" into news for the candidate,
  and so does "they will call me" (`_promised_to_candidate`). An instruction
  reported by the candidate ("they asked me to check back on Monday", "I should
  follow up on 12/7") is the follow-up date (`_candidate_told`).

Everything is pure: no clock, no I/O. Every date derived is on or after `today`.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum
from typing import Final, Literal, TypeAlias

from dateutil.parser import parserinfo
from dateutil.relativedelta import relativedelta

from followup.etiquette.businessdays import BusinessCalendar
from followup.etiquette.model import NextStep

__all__ = ["read_next_step"]

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


def _rx(pattern: str, **parts: str) -> re.Pattern[str]:
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


# --------------------------------------------------------------------------
# Spans of days
# --------------------------------------------------------------------------


class _Kind(Enum):
    POINT = "point"  # one day: "Friday", "December 4", "in two weeks"
    PERIOD = "period"  # several days: "next week", "in December"
    DEADLINE = "deadline"  # the end of something: "the end of the month"


@dataclass(frozen=True)
class _Span:
    first: date
    last: date
    kind: _Kind
    # A length of time ("two weeks"): "after two weeks" is the same day as "in".
    elapsed: bool = False


_FEW: Final = "few"
_Resolved: TypeAlias = _Span | Literal["few"] | None
_Resolver: TypeAlias = Callable[[re.Match[str], date, BusinessCalendar], _Resolved]


def _point(day: date, *, elapsed: bool = False) -> _Span:
    return _Span(day, day, _Kind.POINT, elapsed)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _this_friday(today: date) -> date:
    # "The end of the week" said on a Friday or over the weekend is next week's.
    friday = _monday(today) + timedelta(days=4)
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
    after = "after" in m.group(0).lower()
    return _point(today + timedelta(days=2 if after else 1))


def _weekday(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    weekday = _WEEKDAY_INDEX[m["wd"][:3].lower()]
    modifier = " ".join((m.groupdict().get("mod") or "").lower().split())
    week = " ".join((m.groupdict().get("week") or "").lower().split())
    if modifier in {"last", "past", "previous", "every", "each", "your"}:
        return None  # a day gone by, or a habit: not a date to act on
    if "after next" in week:
        return _point(_monday(today) + timedelta(days=14 + weekday))
    if modifier == "next" or "next" in week:
        # "Next Friday" is the Friday of next week, not the coming one.
        return _point(_monday(today) + timedelta(days=7 + weekday))
    return _point(_coming(today, weekday))


def _midweek(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    return _point(_coming(today, 2))


def _this_week(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    friday = _this_friday(today)
    return _Span(friday, friday, _Kind.DEADLINE)


def _weekend(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    # Saturday and Sunday: "after the weekend" is Monday. "By the weekend" reads as
    # Sunday, which leads to the same check-in day as Friday (no business day between).
    saturday = _monday(today) + timedelta(days=5)
    return _Span(max(saturday, today), saturday + timedelta(days=1), _Kind.PERIOD)


def _next_week(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    part = (m["part"] or "").lower()
    offset = 14 if "after" in m.group(0).lower() else 7
    monday = _monday(today) + timedelta(days=offset)
    if "first" in part and "thing" in part:
        return _point(monday)
    if any(word in part for word in ("early", "beginning", "start", "first")):
        # Early next week: Monday or Tuesday; the promise runs to Tuesday.
        return _Span(monday, monday + timedelta(days=1), _Kind.PERIOD)
    if "mid" in part:
        return _point(monday + timedelta(days=2))
    if any(word in part for word in ("late", "end", "latter")):
        friday = monday + timedelta(days=4)
        return _Span(friday, friday, _Kind.DEADLINE)
    return _Span(monday, monday + timedelta(days=4), _Kind.PERIOD)


def _month_relative(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    part = m.group(0).lower()  # "month-end", "mid-month", "the end of next month"
    first = date(today.year, today.month, 1)
    if "next" in part:
        first += relativedelta(months=1)
    last = _last_of_month(first.year, first.month)
    if any(word in part for word in ("early", "beginning", "start")):
        return _Span(first, first + timedelta(days=6), _Kind.PERIOD)
    if "mid" in part:
        middle = first.replace(day=15)
        if middle < today:  # "mid-month" said on the 20th: next month's
            middle += relativedelta(months=1)
        return _point(middle)
    if any(word in part for word in ("late", "end")):
        return _Span(last, last, _Kind.DEADLINE)
    return _Span(max(first, today), last, _Kind.PERIOD)


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
        return _Span(first, first + timedelta(days=6), _Kind.PERIOD)
    if "last week" in part:
        return _Span(last - timedelta(days=6), last, _Kind.PERIOD)
    if any(word in part for word in ("early", "beginning", "start")):
        return _Span(first, first + timedelta(days=6), _Kind.PERIOD)
    if "mid" in part:
        return _point(date(year, month, 15))
    if "late" in part:
        return _Span(date(year, month, 21), last, _Kind.PERIOD)
    if "end" in part:
        return _Span(last, last, _Kind.DEADLINE)
    return _Span(max(first, today), last, _Kind.PERIOD)


def _year_end(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    text = m.group(0).lower()
    if "quarter" in text:
        month = (today.month - 1) // 3 * 3 + 3
        last = _last_of_month(today.year, month)
    else:
        last = date(today.year, 12, 31)
    return _Span(last, last, _Kind.DEADLINE)


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


def _holiday(m: re.Match[str], today: date, calendar: BusinessCalendar) -> _Resolved:
    """'By Thanksgiving': the next such public holiday of the interview's own calendar."""
    word = m["hol"].lower()
    keyword = "christmas" if word == "xmas" else "new year" if word.startswith("new") else word
    for offset in range(400):
        day = today + timedelta(days=offset)
        name = (calendar.holiday_name(day) or "").lower()
        if keyword in name and "observed" not in name:
            return _point(day)
    return None


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
    second = _number(groups.get("n2"))
    count, vague = first
    if second is not None:
        # "One to two weeks", "a day or two": the promise runs to the larger.
        count, vague = max(count, second[0]), vague and second[1]
    unit = m["unit"].lower().rstrip("s")
    half = bool(groups.get("half") or groups.get("half2"))
    if unit == "day" and vague:
        return _FEW
    if unit in {"hour", "hr"}:
        # "Within 24 hours" runs into tomorrow; "in a couple of hours" is today.
        days = math.ceil(count / 24) if count >= 24 else 0
        return _point(today + timedelta(days=days), elapsed=True)
    if unit == "day":
        if count > _HORIZON.days:
            return None
        if groups.get("biz"):
            return _point(calendar.add(today, count + (1 if half else 0)), elapsed=True)
        return _point(today + timedelta(days=count + (1 if half else 0)), elapsed=True)
    if unit in {"week", "wk"}:
        days = math.ceil(7 * (count + (0.5 if half else 0)))
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
        _rx(r"(?<![0-9])(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})(?![0-9])"),
        _numeric,
    ),
    _Pattern(
        "numeric date",
        _rx(
            r"""(?<![0-9/.-])(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})(?:/(?P<y>[0-9]{4}|[0-9]{2}))?
            (?![0-9/])(?!\s*(?:of\s+)?(?:an?\s+)?(?:days?|hours?|weeks?|months?)(?![a-z]))"""
        ),
        _slashed,
    ),
    _Pattern(
        # "4.12." or "04.12.2026", as much of Europe writes dates: the closing dot
        # or the year keeps decimals ("4.5 stars") out.
        "dotted date",
        _rx(
            r"""(?<![0-9.])(?P<a>[0-9]{1,2})\.(?P<b>[0-9]{1,2})
            (?:\.(?P<y>[0-9]{4})(?![0-9])(?!\.[0-9])|\.(?![0-9]))"""
        ),
        _slashed,
    ),
    _Pattern(
        "month day",
        _rx(
            r"""%WD%(?P<mon>%MONTH%)\.?\s*(?:the\s+)?(?P<day>[0-9]{1,2})
            (?P<suf>st|nd|rd|th)?(?![0-9a-z])(?:,?\s+(?P<year>[0-9]{4})(?![0-9]))?""",
            WD=_OPTIONAL_WEEKDAY,
            MONTH=_MONTH,
        ),
        _month_day,
    ),
    _Pattern(
        "day month",
        _rx(
            r"""%WD%(?<![0-9])(?P<day>[0-9]{1,2})(?P<suf>st|nd|rd|th)?\s+(?P<of>of\s+)?
            (?P<mon>%MONTH%)(?:,?\s+(?P<year>[0-9]{4})(?![0-9]))?""",
            WD=_OPTIONAL_WEEKDAY,
            MONTH=_MONTH,
        ),
        _month_day,
    ),
    _Pattern(
        "day of the month",
        _rx(
            r"""%WD%(?<![a-z0-9])the\s+(?P<day>[0-9]{1,2})(?:st|nd|rd|th)(?![a-z0-9])
            (?!\s+(?:of|round|interview|stage|step|phase|time|floor|candidate|person|call
              |week|day|month|year|place|position|choice|option|attempt)s?(?![a-z]))""",
            WD=_OPTIONAL_WEEKDAY,
        ),
        _ordinal_day,
    ),
    _Pattern(
        "day of the month, after a weekday",
        _rx(
            r"%WD%(?<![a-z0-9])(?P<day>[0-9]{1,2})(?:st|nd|rd|th)(?![a-z0-9])",
            WD=rf"(?:{_WEEKDAY},?\s+)",
        ),
        _ordinal_day,
    ),
    _Pattern(
        "part of a named month",
        _rx(
            r"""(?P<part>early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of
              |(?:the\s+)?(?:first|last)\s+week\s+of)[\s-]*(?:the\s+month\s+of\s+)?
            (?P<mon>%MONTH%)(?:,?\s+(?P<year>[0-9]{4})(?![0-9]))?""",
            MONTH=_MONTH,
        ),
        _named_month,
    ),
    _Pattern(
        "named month",
        _rx(
            r"(?P<mon>%MONTH%)(?:,?\s+(?P<year>[0-9]{4})(?![0-9]))?",
            MONTH=_MONTH_ALONE,
        ),
        _named_month,
        needs_lead=True,
    ),
    _Pattern(
        "this or next month",
        _rx(
            r"""(?:(?:early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)[\s-]*)?
            (?:next\s+month|(?:this|the)\s+month)(?![a-z])(?!\s+of(?![a-z]))"""
        ),
        _month_relative,
    ),
    _Pattern(
        "month end",
        _rx(r"end\s+of\s+(?:the\s+)?month(?![a-z])|month[\s-]?end(?![a-z])"),
        _month_relative,
    ),
    _Pattern(
        "mid-month",
        _rx(r"mid[\s-]?month(?![a-z])"),
        _month_relative,
    ),
    _Pattern(
        "year or quarter end",
        _rx(
            r"""(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:calendar\s+)?(?:year|quarter)
            |(?:year|quarter)[\s-]?end(?![a-z])"""
        ),
        _year_end,
    ),
    _Pattern(
        "weekday",
        _rx(
            r"""(?:(?P<mod>next|this\s+coming|this|coming|the\s+following|following|last|past
              |previous|every|each|your)\s+)?(?P<wd>%WD%)
            (?:\s+(?P<week>(?:of\s+)?next\s+week|(?:of\s+the\s+)?week\s+after\s+next))?""",
            WD=_WEEKDAY,
        ),
        _weekday,
    ),
    _Pattern(
        "next week, weekday",
        _rx(
            r"(?P<week>next\s+week|the\s+week\s+after\s+next),?\s+(?:on\s+)?(?P<wd>%WD%)",
            WD=_WEEKDAY,
        ),
        _weekday,
    ),
    _Pattern(
        "midweek",
        _rx(r"mid[\s-]?week|(?:the\s+)?middle\s+of\s+(?:the|this)\s+week"),
        _midweek,
    ),
    _Pattern(
        "this week",
        _rx(
            r"""(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:work\s*)?week(?![a-z])
            |later\s+(?:this|in\s+the)\s+week|this\s+week|within\s+the\s+week
            |(?:the\s+)?week'?s\s+end"""
        ),
        _this_week,
    ),
    _Pattern("weekend", _rx(r"(?:the\s+|this\s+)?week[\s-]?end(?![a-z])"), _weekend),
    _Pattern(
        "next week",
        _rx(
            r"""(?:(?P<part>early|mid|late|first\s+thing|(?:the\s+)?(?:beginning|start|middle
              |end|first\s+part|latter\s+part)\s+of)[\s-]*)?
            (?:next\s+week|(?:the\s+)?week\s+after\s+next|the\s+following\s+week)(?![a-z])"""
        ),
        _next_week,
    ),
    _Pattern(
        "end of day",
        _rx(
            r"""(?:later|sometime|some\s+time|by\s+the\s+end\s+of)\s+today(?!')
            |(?<!at\s)(?<!at\sthe\s)(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day
              (?:\s+today(?!'))?
            |(?:(?:close|end)\s+of\s+(?:business|play)|(?<![a-z])(?:eod|cob|eob)(?![a-z]))
              (?:\s+today(?!'))?
            |this\s+(?:afternoon|evening)|tonight"""
        ),
        _today_words,
    ),
    _Pattern("today", _rx(r"(?<![a-z])today(?!')(?![a-z])"), _today_words, bare_today=True),
    _Pattern(
        "tomorrow",
        _rx(
            r"""(?:the\s+)?day\s+after\s+tomorrow|(?:first\s+thing\s+)?(?<![a-z])tomorrow(?!')
            (?![a-z])(?:\s+(?:morning|afternoon|evening|night))?"""
        ),
        _tomorrow,
    ),
    _Pattern(
        "holiday",
        _rx(r"(?P<hol>thanksgiving|christmas|xmas|new\s+year)(?:'?s)?(?:\s+day)?(?![a-z])"),
        _holiday,
        needs_lead=True,
    ),
    _Pattern(
        "a length of time",
        _rx(
            r"""(?:(?P<anchor>the\s+(?:next|coming|following))\s+)?
            (?:(?:about|around|roughly|approximately|approx\.?|maybe|perhaps|another|just|under
              |less\s+than|no\s+more\s+than|up\s+to)\s+)?
            (?<![a-z0-9])(?P<n>%NUM%)(?:\s*(?:-|to|or)\s*(?P<n2>%NUM%))?
            (?P<half2>\s+and\s+a\s+half)?\s*(?:more\s+|additional\s+|extra\s+)?
            (?P<biz>(?:business|working|work)\s+)?(?P<unit>days?|weeks?|wks?|months?|hours?|hrs?)
            (?![a-z])(?P<half>\s+and\s+a\s+half)?
            (?P<suffix>\s+from\s+(?:now|today)(?![a-z])|'?s?\s+time(?![a-z]))?
            (?:\s+or\s+so(?![a-z]))?""",
            NUM=_NUMBER,
        ),
        _duration,
        needs_lead=True,
    ),
    _Pattern(
        "a day or two",
        _rx(
            r"""(?:(?P<anchor>the\s+(?:next|coming|following))\s+)?
            (?:(?:about|around|roughly|maybe|another|just)\s+)?(?<![a-z0-9])(?P<n>an?|one|1)\s+
            (?P<biz>(?:business|working)\s+)?(?P<unit>day|week|month|hour)\s+or\s+
            (?P<n2>two|2|three|3|so)(?![a-z0-9])"""
        ),
        _duration,
        needs_lead=True,
    ),
    _Pattern(
        "the next week",
        _rx(
            r"""(?P<anchor>the\s+(?:next|coming))\s+(?P<unit>day|week|month)(?![a-z])
            (?:\s+or\s+so(?![a-z]))?"""
        ),
        _duration,
        needs_lead=True,
    ),
    _Pattern(
        "the coming days",
        _rx(r"(?:the\s+)?(?:coming|next\s+several|next\s+couple\s+of)\s+days(?![a-z])"),
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
        if isinstance(resolved, _Span):
            # The end of that day: "before EOD Friday" still means Friday.
            return _Span(resolved.first, resolved.last, _Kind.DEADLINE)
        return resolved
    return None


_CLOSE_OF_DAY_PATTERNS: Final = (
    _Pattern(
        "close of business, then the day",
        _rx(
            r"""(?<!at\s)(?<!at\sthe\s)%EOD%(?:\s*,\s*|\s+)(?:on\s+)?(?P<day>%DAY%)""",
            EOD=_CLOSE_OF_DAY,
            DAY=_A_NAMED_DAY,
        ),
        _close_of_day,
    ),
    _Pattern(
        "the day, then close of business",
        _rx(
            r"""(?P<day>%DAY%)(?:\s*,\s*|\s+)(?:(?:at|by)\s+)?%EOD%""",
            EOD=_CLOSE_OF_DAY,
            DAY=_A_NAMED_DAY,
        ),
        _close_of_day,
    ),
)

_PATTERNS: Final = (*_DAY_AND_SPAN_PATTERNS, *_CLOSE_OF_DAY_PATTERNS)


# --------------------------------------------------------------------------
# The words just before a time phrase
# --------------------------------------------------------------------------


class _LeadKind(Enum):
    AT = "at"  # by, on, in, within, no later than, on or before ... or nothing
    BEFORE = "before"
    AFTER = "after"  # strictly after: "after the 15th"
    FROM = "from"  # from, starting, on or after
    UNTIL = "until"  # until, till, through


@dataclass(frozen=True)
class _Lead:
    start: int
    kind: _LeadKind
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
_LEAD_TOKEN: Final = _rx(
    r"(?<![a-z0-9'.:])(give\s+(?:us|me|them|it)|[a-z0-9'.:]+)\s+\Z",
)
_CLOCK: Final = _rx(r"[0-9]{1,2}(?::[0-9]{2})?(?:am|pm|a\.m\.|p\.m\.)?")


def _lead(work: str, start: int) -> _Lead:
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
        kind = _LeadKind.FROM if "or" in names else _LeadKind.AFTER
    elif names & {"from", "starting", "start"} or {"as", "of"} <= names:
        kind = _LeadKind.FROM
    elif names & {"before", "prior", "ahead"}:
        kind = _LeadKind.AT if "or" in names else _LeadKind.BEFORE
    elif names & {"until", "till", "til", "through", "thru"}:
        kind = _LeadKind.UNTIL
    else:
        kind = _LeadKind.AT
    return _Lead(lead_start, kind, has_preposition, week_of)


# --------------------------------------------------------------------------
# Finding the time phrases
# --------------------------------------------------------------------------


class _Spans:
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
class _Phrase:
    start: int  # where the lead begins ("by" in "by Friday")
    body: int  # where the time phrase itself begins
    end: int
    resolved: _Span | Literal["few"]
    lead: _Lead
    bare_today: bool


def _latest(today: date) -> date:
    return date.max if today > date.max - _HORIZON else today + _HORIZON


def _find_phrases(
    work: str, today: date, calendar: BusinessCalendar
) -> tuple[list[_Phrase], list[tuple[int, int]]]:
    """The time phrases, and the spans of dates that do not exist ("30 February")."""
    latest = _latest(today)
    found: list[_Phrase] = []
    impossible: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.regex.finditer(work):
            if m.end() == m.start():
                continue
            try:
                resolved = pattern.resolve(m, today, calendar)
            except _Impossible:
                # Its words are not read again by a shorter pattern ("February"
                # alone would become the end of February).
                impossible.append((m.start(), m.end()))
                continue
            except (ValueError, OverflowError):
                resolved = None
            if resolved is None or (isinstance(resolved, _Span) and resolved.last > latest):
                continue
            lead = _lead(work, m.start())
            groups = m.groupdict()
            anchored = bool(groups.get("anchor") or groups.get("suffix"))
            if pattern.needs_lead and not (lead.has_preposition or anchored):
                continue
            found.append(
                _Phrase(lead.start, m.start(), m.end(), resolved, lead, pattern.bare_today)
            )
    # Overlaps: the longest phrase wins ("the end of next week" over "next week",
    # "Friday, December 4" over "Friday"), then the earliest; an impossible date
    # keeps its words from every phrase inside it.
    taken = _Spans()
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


# --------------------------------------------------------------------------
# Sentences, clauses and negation
# --------------------------------------------------------------------------

_SENTENCE_END: Final = _rx(r"[.!?;]+(?=\s|$)|\n|\s-+\s|\s*\|\s*")
_ABBREVIATION: Final = _rx(r"(?<![a-z])(?:[ap]\.m|e\.g|i\.e|mr|mrs|ms|dr|st|vs|approx)\Z")
_CLAUSE_BREAK: Final = _rx(
    r"""[,;:()]|\s-+\s|(?<![a-z])(?:and|but|so|however|though|although|then|while|whereas
    |because|since|otherwise|unless)(?![a-z'])"""
)
_NEGATION: Final = _rx(
    r"""(?<![a-z])(?:not|never|cannot|no|nothing|unlikely|won't|wont|don't|dont|can't|cant
    |doesn't|isn't|aren't|wasn't|shouldn't|wouldn't|couldn't|haven't|hasn't|didn't)(?![a-z])"""
)
# Negative words that do not negate the promise: the conditional "if you haven't
# heard by Friday" still dates their news to Friday, "don't hesitate to follow up"
# is an invitation, "no later than" is a deadline.
_NOT_A_NEGATION: Final = _rx(
    r"""(?:haven't|have\s+not|hasn't|has\s+not|don't|do\s+not|dont|didn't|did\s+not|havent)
      \s+(?:yet\s+)?(?:hear|heard|receive|received|get|gotten|got)(?![a-z])
    |(?:don't|do\s+not|dont)\s+hesitate
    |(?:no|not)\s+later\s+than|no\s+(?:problem|worries|matter|doubt)|not\s+only
    |(?:not|no|won't|will\s+not|shouldn't|should\s+not)\s+(?:take\s+)?(?:any\s+|much\s+)?
      (?:more|longer)\s+than"""
)
# What may come before a time phrase that opens its sentence ("Hopefully by Friday, ...").
_OPENING_FILLER: Final = _rx(
    r"""\A[\s"'(\[*>-]*(?:(?:and|so|but|then|hopefully|ideally|probably|likely|also|again|well
    |ok|okay|anyway|realistically|honestly|just|um|uh|next\s+steps?)[\s,:]*)*\Z"""
)
_CLOSING_FILLER: Final = _rx(
    r"""\A[\s.!?;,"')\]*]*(?:(?:at\s+the\s+latest|hopefully|probably|or\s+so|ish|latest)
    [\s.!?;,"')\]*]*)*\Z"""
)


class _Layout:
    """Sentences and clauses of the text; breaks inside a time phrase ("Dec. 4",
    "Friday, December 4") do not count."""

    def __init__(self, work: str, protected: _Spans) -> None:
        self.sentences: list[tuple[int, int]] = []
        position = 0
        for m in _SENTENCE_END.finditer(work):
            if m.end() == m.start() or protected.strictly_inside(m.start()):
                continue
            if m.group().startswith(".") and _ABBREVIATION.search(
                work, max(0, m.start() - 8), m.start()
            ):
                continue  # "5 p.m. Friday", "e.g. Monday"
            self.sentences.append((position, m.start()))
            position = m.end()
        self.sentences.append((position, len(work)))
        self.sentence_starts = [start for start, _ in self.sentences]
        breaks = [
            m for m in _CLAUSE_BREAK.finditer(work) if not protected.strictly_inside(m.start())
        ]
        self.break_starts = [m.start() for m in breaks]
        self.break_ends = [m.end() for m in breaks]

    def sentence(self, position: int) -> tuple[int, int]:
        return self.sentences[bisect_right(self.sentence_starts, position) - 1]

    def clause_start(self, position: int) -> int:
        """Where the clause holding `position` begins (after a comma, "and", "but"...)."""
        sentence_start = self.sentence(position)[0]
        i = bisect_right(self.break_ends, position) - 1
        if i >= 0 and self.break_starts[i] >= sentence_start:
            return self.break_ends[i]
        return sentence_start


def _negated(work: str, start: int, end: int) -> bool:
    # A negation governs the words close after it; 120 characters is a long clause.
    cleaned = _NOT_A_NEGATION.sub(" ", work[max(start, end - 120) : end])
    return _NEGATION.search(cleaned) is not None


# --------------------------------------------------------------------------
# Triggers: who acts
# --------------------------------------------------------------------------


class _Role(Enum):
    DECISION = "decision"  # the employer will decide / get back
    FOLLOW_UP = "follow_up"  # the candidate is told when to make contact
    TASK = "task"  # the candidate must do something by then: not our business here


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    role: _Role


_EMPLOYER_WORDS: Final = _rx(
    r"""(?<![a-z])(?:
      decid(?:e|es|ed|ing)|decisions?|make\s+(?:a|our|the|their|my)\s+(?:final\s+)?
        (?:call|choice|selection|pick|hire)
      |select(?:s|ed|ing|ion)?|choos(?:e|es|ing)|chosen|finali[sz](?:e|es|ed|ing)|offers?|verdict
      |outcome|results?|answers?|news|feedback|updates?|updating|revert
      |let\s+(?:you|the\s+candidates?|candidates|everyone|all\s+candidates)\s+know
      |(?:get|come|circle|report)\s+back\s+to\s+(?:you|everyone|all|candidates|each)
      |circle\s+back|hear(?:d|ing)?
      |be\s+in\s+touch|(?:be|get|stay)\s+in\s+contact|notif(?:y|ied|ication)|inform\s+you
      |respon(?:d|se)|repl(?:y|ies)|know\s+more|more\s+(?:info|information|details)
      |(?:we|you|i|they|to|should|will|would|may|might)(?:'ll|'d|\s+will|\s+should|\s+would
        |\s+may|\s+might)?\s+know(?!\s+(?:what|if|whether|that|about|how)(?![a-z]))
      |(?:it|this|that|process|decision|review)(?:'ll|\s+will|\s+should|\s+won't|\s+will\s+not
        |\s+shouldn't|\s+may|\s+might|\s+could|\s+can|\s+usually|\s+typically|\s+normally
        |\s+generally)?\s+(?:takes?|taking)
      |next\s+steps?|next\s+round|second\s+round|final\s+round|round\s+of\s+interviews
      |schedul(?:e|ed|ing)|wrap(?:ping)?\s+(?:things\s+|it\s+|this\s+|everything\s+)?up
      |fill(?:ing)?\s+(?:the|this)\s+(?:role|position|job|opening|seat|vacancy)
      |give\s+(?:us|me|them)(?!\s+an?\s+(?:quick\s+)?(?:call|ring|shout|buzz))
    )(?![a-z])"""
)
# Verbs of contact: the employer's promise or the candidate's instruction,
# depending on who does it to whom (`_contact_role`).
_CONTACT_WORDS: Final = _rx(
    r"""(?<![a-z])(?:
      check(?:ing)?[\s-]+(?:back|in)|follow(?:ing)?[\s-]*ups?|reach(?:ing)?\s+out
      |touch(?:ing)?\s+base|get(?:ting)?\s+in\s+touch|contact(?:ing)?|call(?:ing)?
      |phon(?:e|ing)|ring|e-?mail(?:ing)?|ping(?:ing)?|message|text|write|nudge
      |get\s+back\s+to\s+(?:me|us)
      |drop\s+(?:me|us)\s+an?\s+(?:quick\s+)?(?:line|note|e-?mail|message)
      |give\s+(?:me|us)\s+an?\s+(?:quick\s+)?(?:call|ring|shout|buzz)
      |(?:send|shoot)\s+(?:me|us)\s+an?\s+(?:quick\s+)?(?:e-?mail|note|message|line)
    )(?![a-z])"""
)
# The candidate's own deadlines ("let us know by Friday", "send your references").
_TASK_WORDS: Final = _rx(
    r"""(?<![a-z])(?:let\s+(?:me|us)\s+know
      |please\s+(?:respond|reply|confirm|send|submit|return|complete|sign)
      |send\s+(?:(?:me|us|over)\s+)*(?:your|the|any|those|these)|submit|complete\s+(?:the|your)
      |fill\s+out|your\s+availability)(?![a-z])"""
)
_OBJECT: Final = _rx(r"\A\s+(?:back\s+)?(?:with\s+|to\s+)?(?P<who>you|me|us|from)(?![a-z])")
_ARTICLE_END: Final = _rx(r"(?<![a-z])(?:a|an|the|our|my|their|your|quick)\s+\Z")
_SUBJECT: Final = _rx(
    r"""(?<![a-z])(?P<who>we|i|you|they|he|she|someone|somebody|recruiters?|recruiting|hr|team
    |manager|coordinator|one\s+of\s+us|our)(?![a-z])"""
)


# Someone other than the speaker and the reader: in a next step the candidate
# wrote in their own words ("They will get back to me", "She'll let me know"),
# "me" is the candidate, so the words are the employer's promise.
_THIRD_PERSON: Final = frozenset(
    {"they", "he", "she", "someone", "somebody", "recruiter", "recruiters", "recruiting"}
    | {"hr", "team", "manager", "coordinator"}
)


_LET_ME_KNOW: Final = _rx(r"let\s+(?:me|us)\s+know")


def _reported(work: str, start: int, clause_start: int) -> bool:
    """The words at `start` are done by a third person, as the candidate reports it."""
    before = work[max(clause_start, start - 60) : start]
    subjects = list(_SUBJECT.finditer(before))
    return bool(subjects) and subjects[-1]["who"].lower() in _THIRD_PERSON


# What sits between a subject and a contact verb when the candidate was told to
# make contact, in their own words: "they asked me to check back", "recruiter
# told me to email her", "they said to follow up", "I should follow up", "I was
# told to check in". ETIQUETTE.md rule 1: an instruction to check back is the
# follow-up date, not the day of their news.
_INSTRUCTED: Final = _rx(
    r"""\A(?:(?:ask(?:s|ed)?|tell|tells|told|instruct(?:s|ed)?|wants?|wanted|sa(?:id|y|ys)
      |suggest(?:s|ed)?|invit(?:e|es|ed)|encourag(?:e|es|ed)|advis(?:e|es|ed)
      |remind(?:s|ed)?|recommend(?:s|ed)?|prefer(?:s|red)?|(?:would|'d)\s+like|need(?:s|ed)?)
        \s+(?:(?:me|us|him|her|them|candidates?)\s+)?to
      |(?:should|ought\s+to|need\s+to|have\s+to|had\s+to|can|could|may|might
        |am\s+to|'m\s+to|was\s+to|am\s+supposed\s+to|'m\s+supposed\s+to|was\s+supposed\s+to
        |(?:am|'m|was|were|are|'re|'ve\s+been|have\s+been|got)\s+(?:told|asked|invited
          |encouraged|advised|welcome|free|allowed|meant)\s+to))
      \s+(?:(?:please|just|kindly|simply|definitely|go\s+ahead\s+and)\s+)?\Z"""
)
_SUGGESTED: Final = _rx(
    r"(?<![a-z])(?:suggest(?:s|ed)?|recommend(?:s|ed)?|propos(?:e|es|ed)|insist(?:s|ed)?"
    r"|ask(?:s|ed)?)\s+(?:that\s+)?\Z"
)
# A future or promise just before the verb: "Ann will call me", "they're going to
# email me", "she promised to ring me" (no subject word needed: a name will do).
_PROMISED: Final = _rx(
    r"""(?<![a-z'])(?:will|'ll|would|'d|shall|is\s+going\s+to|are\s+going\s+to|'s\s+going\s+to
    |'re\s+going\s+to|was\s+going\s+to|plans?\s+to|planned\s+to|promised\s+to|intends?\s+to
    |is\s+to|are\s+to)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?\Z"""
)


def _candidate_told(work: str, start: int, clause_start: int) -> bool:
    """The contact verb at `start` is the candidate's, as they were told to make it."""
    before = work[max(clause_start, start - 60) : start]
    subjects = list(_SUBJECT.finditer(before))
    if subjects:
        last = subjects[-1]
        who = last["who"].lower()
        tail = before[last.end() :].lstrip()
        if who in _THIRD_PERSON:
            return bool(_INSTRUCTED.match(tail)) and not _PROMISED.search(tail)
        if who in {"i", "we"}:
            # "I should follow up" is the candidate; "I'll reach out" stays the
            # recruiter's promise, as before. "She suggested I follow up": a bare
            # verb after a suggestion.
            if not tail and _SUGGESTED.search(before, 0, last.start()):
                return True
            return bool(_INSTRUCTED.match(tail)) and not tail.lower().startswith(
                ("said", "say", "tell", "told")
            )
        return False
    # No subject: "told to check back", "asked to follow up on Friday".
    return bool(_INSTRUCTED.match(before[-40:].lstrip())) or bool(
        re.search(r"(?:told|asked|invited|encouraged|advised)\s+to\s+\Z", before, re.I)
    )


def _promised_to_candidate(work: str, start: int, clause_start: int) -> bool:
    """Someone other than the reader will contact 'me': "they will call me"."""
    before = work[max(clause_start, start - 60) : start]
    subjects = list(_SUBJECT.finditer(before))
    if subjects and subjects[-1]["who"].lower() in {"you", "i", "we"}:
        return False  # "you can email me", "we will call me" is no promise to the candidate
    if _reported(work, start, clause_start):
        tail = before[subjects[-1].end() :].lstrip() if subjects else before
        return not _INSTRUCTED.match(tail)
    return bool(_PROMISED.search(before))


def _contact_role(work: str, start: int, end: int, clause_start: int) -> _Role:
    words = work[start:end].lower()
    if re.search(r"(?<![a-z])(?:me|us)(?![a-z])", words):
        if _reported(work, start, clause_start):
            return _Role.DECISION  # "they will get back to me", "he'll give me a call"
        return _Role.FOLLOW_UP  # "drop me a line", "give us a call"
    obj = _OBJECT.match(work[end : end + 30])
    if obj is not None:
        # "we'll call you" / "a call from us" versus "call me" / "check back with us";
        # but "they will call me", in the candidate's words, is their promise.
        if obj["who"].lower() in {"you", "from"}:
            return _Role.DECISION
        if _promised_to_candidate(work, start, clause_start):
            return _Role.DECISION
        return _Role.FOLLOW_UP
    if _candidate_told(work, start, clause_start):
        return _Role.FOLLOW_UP  # "they asked me to check back", "I should follow up"
    before = work[max(clause_start, start - 60) : start]
    if _ARTICLE_END.search(before):
        # A noun: "a follow-up" is the candidate's, "an email" is one they send you.
        noun_is_candidates = words.startswith(("follow", "check"))
        return _Role.FOLLOW_UP if noun_is_candidates else _Role.DECISION
    subjects = list(_SUBJECT.finditer(before))
    if subjects and subjects[-1]["who"].lower() != "you":
        return _Role.DECISION  # "I'll reach out next week", "our recruiter will call"
    return _Role.FOLLOW_UP  # "you can email me", "feel free to touch base", imperatives


def _find_triggers(work: str, protected: _Spans, layout: _Layout) -> list[_Trigger]:
    found: list[tuple[int, int, _Role | None]] = []
    for regex, role in (
        (_TASK_WORDS, _Role.TASK),
        (_EMPLOYER_WORDS, _Role.DECISION),
        (_CONTACT_WORDS, None),
    ):
        found.extend((m.start(), m.end(), role) for m in regex.finditer(work))
    # Overlaps: the longest wins ("let us know" is a task, not "know").
    taken = _Spans()
    chosen = [
        (start, end, role)
        for start, end, role in sorted(found, key=lambda t: (t[0] - t[1], t[0]))
        if not protected.overlaps(start, end) and taken.claim(start, end)
    ]
    triggers: list[_Trigger] = []
    for start, end, role in sorted(chosen, key=lambda t: t[0]):
        if role is None:
            role = _contact_role(work, start, end, layout.clause_start(start))
        elif (
            role is _Role.TASK
            and _LET_ME_KNOW.match(work, start)
            and _reported(work, start, layout.clause_start(start))
        ):
            role = _Role.DECISION  # "she said she would let me know"
        triggers.append(_Trigger(start, end, role))
    return triggers


# --------------------------------------------------------------------------
# Reading one time phrase in its sentence
# --------------------------------------------------------------------------


def _role_of(
    phrase: _Phrase, work: str, layout: _Layout, triggers: list[_Trigger], starts: list[int]
) -> _Role | None:
    sentence_start, sentence_end = layout.sentence(phrase.body)
    first = bisect_left(starts, sentence_start)
    # Triggers never overlap a time phrase, so those starting before its body end
    # before it. "Give us two weeks": a trigger inside the lead counts as before.
    split = bisect_left(starts, phrase.body, first)
    if split > first:
        # The nearest trigger before the phrase: "decide by Friday; ... check back Monday".
        nearest = triggers[split - 1]
        if phrase.bare_today and phrase.start - nearest.end > 25:
            return None
        return nearest.role
    if phrase.bare_today:
        return None  # "Today" must follow its verb: "we'll let you know today"
    opens_sentence = phrase.start - sentence_start < 60 and bool(
        _OPENING_FILLER.match(work[sentence_start : phrase.start])
    )
    if split < len(triggers) and triggers[split].end <= sentence_end:
        # A trigger after the phrase counts within the same clause ("next week we'll
        # call you") or when the phrase opens the sentence ("By Friday, we'll decide").
        following = triggers[split]
        same_clause = layout.clause_start(following.start) == layout.clause_start(phrase.start)
        if same_clause or opens_sentence:
            return following.role
    # A sentence that is nothing but a time phrase ("By Friday.") is, in this field,
    # their timeframe.
    if (
        opens_sentence
        and sentence_end - phrase.end < 60
        and _CLOSING_FILLER.match(work[phrase.end : sentence_end])
    ):
        return _Role.DECISION
    return None


def _week_of(span: _Span) -> _Span:
    """'The week of December 7': that day to the Friday of its week."""
    friday = _monday(span.first) + timedelta(days=4)
    return _Span(span.first, max(span.first, friday), _Kind.PERIOD)


def _decision_day(
    span: _Span, lead: _Lead, negated: bool, calendar: BusinessCalendar
) -> date | None:
    """The latest day their promise covers, or None when no promise was made."""
    kind = lead.kind
    if kind is _LeadKind.AFTER and span.elapsed:
        kind = _LeadKind.AT  # "after two weeks" is in two weeks
    if kind is _LeadKind.AFTER:
        # "We'll decide after the 15th" bounds nothing; "not until after the 15th"
        # at least dates the news to the first working day after it.
        return calendar.on_or_after(span.last + timedelta(days=1)) if negated else None
    if kind is _LeadKind.UNTIL:
        # "We won't know until next week" dates the news; "interviewing until the 20th" doesn't.
        return span.last if negated else None
    if kind is _LeadKind.FROM:
        return None
    if kind is _LeadKind.BEFORE:
        if negated or span.kind is _Kind.DEADLINE:
            return span.last  # "not before Friday"; "before the end of the month"
        return span.first - timedelta(days=1)
    return None if negated else span.last


def _follow_up_day(
    span: _Span, lead: _Lead, negated: bool, calendar: BusinessCalendar
) -> date | None:
    """The first day they said the candidate may make contact."""
    kind = lead.kind
    if kind is _LeadKind.AFTER and span.elapsed:
        kind = _LeadKind.AT
    if kind is _LeadKind.AFTER:
        # "Reach out after the 15th": the first working day once the 15th is over.
        return calendar.on_or_after(span.last + timedelta(days=1))
    if kind is _LeadKind.FROM:
        return span.first
    if kind in (_LeadKind.UNTIL, _LeadKind.BEFORE):
        # "Please don't follow up before the 15th" invites contact from the 15th.
        return span.first if negated else None
    return None if negated else span.first


# --------------------------------------------------------------------------
# Calls
# --------------------------------------------------------------------------

# "We'll call you" on its own is a promise, not a request not to call: it does not
# set no_calls. Only an explicit "don't call", "no calls", "email only" does.
_NO_CALLS: Final = _rx(
    r"""(?<![a-z])(?:
      (?:please\s+)?(?:do\s+not|don't|dont)\s+(?:phone|call|ring|telephone)(?![a-z])
        # "Don't call before Friday" allows calls after it: not a no-calls request.
        (?!(?:\s+(?:us|me|the\s+office))?\s+(?:before|until|till|prior)(?![a-z]))
        (?:\s+(?:us|me))?(?:,?\s+we'll\s+call\s+you)?
      |no\s+(?:phone\s+|telephone\s+)?calls?(?![a-z])(?:,?\s+please)?
      |(?:refrain|avoid)\s+(?:from\s+)?(?:calling|phoning|ringing)
      |(?:can't|cannot|can\s+not|unable\s+to|won't|will\s+not|don't|do\s+not|doesn't|does\s+not
        |are\s+not\s+able\s+to)\s+(?:be\s+able\s+to\s+)?(?:take|accept|return|answer)\s+
        (?:any\s+)?(?:phone\s+|telephone\s+)?calls
      |no\s+need\s+to\s+(?:call|phone)
      |(?:rather\s+than|instead\s+of)\s+(?:calling|phoning|(?:a\s+)?(?:phone\s+)?calls?)
      |(?:by|via|through)\s+e-?mail\s+only|e-?mail\s+only|only\s+(?:by|via|through)\s+e-?mail
    )(?![a-z])"""
)


# --------------------------------------------------------------------------
# The entry point
# --------------------------------------------------------------------------


def _after_triggers(
    phrase: _Phrase, work: str, triggers: list[_Trigger], starts: list[int]
) -> _Phrase:
    """Start the quoted phrase after a trigger its lead ran into ("check in on Monday")."""
    start = phrase.start
    i = bisect_left(starts, phrase.body) - 1
    while i >= 0 and triggers[i].end > phrase.start:
        start = max(start, triggers[i].end)
        i -= 1
    while start < phrase.body and work[start].isspace():
        start += 1
    return replace(phrase, start=start)


def _normalise(text: str) -> str:
    """Same length as `text`: odd apostrophes, dashes and spaces made plain ASCII."""
    translated = text.translate(_SAME_WIDTH)
    return "".join("\n" if ch in _LINE_BREAKS else " " if ch.isspace() else ch for ch in translated)


READ_AT_MOST: Final = 20_000


def read_next_step(text: str | None, today: date, calendar: BusinessCalendar) -> NextStep:
    """Derive the decision date, follow-up date, few-days window and no-calls request.

    `today` is the interview's local date; every phrase is relative to it, and any
    derived date is on or after it.
    """
    if text is None or not text.strip():
        return NextStep(text=text)
    # Only the first READ_AT_MOST characters are read: the fields' limits keep
    # new text shorter, and a huge value stored before them must not stall a plan.
    work = _normalise(text[:READ_AT_MOST])
    phrases, unread = _find_phrases(work, today, calendar)
    protected = _Spans()
    for phrase in phrases:
        protected.claim(phrase.body, phrase.end)
    layout = _Layout(work, protected)
    triggers = _find_triggers(work, protected, layout)
    starts = [trigger.start for trigger in triggers]
    phrases = [_after_triggers(phrase, work, triggers, starts) for phrase in phrases]
    latest = _latest(today)

    decisions: list[date] = []
    follow_ups: list[date] = []
    few_days = False
    matched: list[tuple[int, str]] = []
    for phrase in phrases:
        role = _role_of(phrase, work, layout, triggers, starts)
        if role is None or role is _Role.TASK:
            continue
        negated = _negated(work, layout.clause_start(phrase.start), phrase.body)
        if isinstance(phrase.resolved, str):
            # "We won't need more than a few days" is still a few days; a plainly
            # negated one ("not in a few days") is not.
            if negated and phrase.lead.kind is _LeadKind.AT:
                continue
            few_days = True
            matched.append((phrase.start, text[phrase.start : phrase.end]))
            continue
        span = phrase.resolved
        if phrase.lead.week_of and span.kind is _Kind.POINT:
            span = _week_of(span)
        bucket = decisions if role is _Role.DECISION else follow_ups
        try:
            if role is _Role.DECISION:
                day = _decision_day(span, phrase.lead, negated, calendar)
            else:
                day = _follow_up_day(span, phrase.lead, negated, calendar)
        except OverflowError:
            continue  # "after" a day at the very end of the calendar
        if day is None or not today <= day <= latest:
            continue
        bucket.append(day)
        matched.append((phrase.start, text[phrase.start : phrase.end]))

    no_calls = False
    for m in _NO_CALLS.finditer(work):
        no_calls = True
        matched.append((m.start(), text[m.start() : m.end()]))

    # Several dates: keep the latest. Checking in after the earliest would press
    # them before a later promise ("first round by Friday, a decision by the end of
    # the month") has run out, and a check-in that is too soon is refused anyway.
    return NextStep(
        text=text,
        decision_by=max(decisions, default=None),
        follow_up_on=max(follow_ups, default=None),
        few_days=few_days,
        no_calls=no_calls,
        matched=tuple(phrase for _, phrase in sorted(matched, key=lambda item: item[0])),
        unreadable=tuple(text[start:end] for start, end in unread),
    )
