"""Holidays and clocks: business days from the holidays package, DST from zoneinfo."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup.etiquette.businessdays import BusinessCalendar, UnknownRegion
from followup.etiquette.planner import plan
from tests.factories import local, make_interview


def test_christmas_and_boxing_day_observed_in_ontario() -> None:
    ontario = BusinessCalendar("CA", "ON")
    # 2027: Christmas is a Saturday, Boxing Day a Sunday; both move to Mon and Tue.
    assert not ontario.is_business_day(date(2027, 12, 27))
    assert not ontario.is_business_day(date(2027, 12, 28))
    assert ontario.on_or_after(date(2027, 12, 25)) == date(2027, 12, 29)
    # In the US only Christmas is observed (on Friday 24 December 2027).
    us = BusinessCalendar("US")
    assert not us.is_business_day(date(2027, 12, 24))
    assert us.is_business_day(date(2027, 12, 28))


def test_check_in_skips_the_ontario_holidays() -> None:
    zone = "America/Toronto"
    interview = make_interview(
        start=local("2027-12-22 10:00", zone),
        timezone=zone,
        country="CA",
        subdivision="ON",
        decision_by=date(2027, 12, 24),
    )
    # Decision Fri 24 Dec; Mon 27 and Tue 28 are holidays: grace Wed 29, check in Thu 30.
    action = plan(interview, local("2027-12-22 12:00", zone)).action("check_in")
    assert action.not_before == local("2027-12-30 09:00", zone)


def test_us_thanksgiving_is_not_a_business_day() -> None:
    us = BusinessCalendar("US")
    assert us.holiday_name(date(2026, 11, 26)) == "Thanksgiving Day"
    assert us.add(date(2026, 11, 25), 1) == date(2026, 11, 27)
    # Decision Wed 25 Nov: grace Fri 27 (Thursday is Thanksgiving), check in Mon 30.
    interview = make_interview(decision_by=date(2026, 11, 25))
    action = plan(interview, local("2026-11-17 12:00")).action("check_in")
    assert action.not_before == local("2026-11-30 09:00")


def test_the_thank_you_window_is_24_elapsed_hours_across_the_autumn_change() -> None:
    # Clocks go back at 02:00 on Sunday 1 November 2026 in New York.
    interview = make_interview(start=local("2026-10-31 10:00"), end=local("2026-10-31 11:00"))
    action = plan(interview, local("2026-10-31 12:00")).action("thank_you:priya-raman")
    assert action.due == datetime(2026, 11, 1, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    elapsed = action.due.astimezone(UTC) - action.not_before.astimezone(UTC)
    assert elapsed.total_seconds() == 24 * 3600
    assert action.due.utcoffset() != action.not_before.utcoffset()


def test_wall_clock_rules_keep_09_00_across_the_change() -> None:
    interview = make_interview(start=local("2026-10-27 10:00"), end=local("2026-10-27 11:00"))
    check_in = plan(interview, local("2026-10-27 12:00")).action("check_in")
    assert check_in.not_before == local("2026-11-10 09:00")
    assert check_in.not_before.hour == 9


def test_london_interview_uses_english_bank_holidays() -> None:
    zone = "Europe/London"
    interview = make_interview(
        start=local("2026-12-17 14:00", zone), timezone=zone, country="GB", subdivision="ENG"
    )
    check_in = plan(interview, local("2026-12-17 16:00", zone)).action("check_in")
    # 17 Dec + 14 = Thu 31 Dec; then New Year's Day is a bank holiday.
    assert check_in.not_before == local("2026-12-31 09:00", zone)
    assert check_in.due == local("2027-01-06 17:00", zone)


def test_unknown_regions_name_the_field() -> None:
    with pytest.raises(UnknownRegion) as country:
        BusinessCalendar("XX")
    assert country.value.field == "country"
    with pytest.raises(UnknownRegion) as sub:
        BusinessCalendar("US", "ZZ")
    assert sub.value.field == "subdivision"


def test_an_interview_across_the_autumn_change_is_valid() -> None:
    # 01:30 happens twice on 1 November 2026 in New York: first EDT, then EST.
    first = datetime(2026, 11, 1, 1, 30, tzinfo=ZoneInfo("America/New_York"))
    second = first.replace(fold=1)
    interview = make_interview(start=first, end=second)
    assert interview.end.astimezone(UTC) > interview.start.astimezone(UTC)


def test_a_calendar_is_its_country_and_subdivision() -> None:
    """Readings are kept per calendar (phrases.read_next_step): equal calendars, equal keys."""
    assert BusinessCalendar("ca", "on") == BusinessCalendar("CA", "ON")
    assert hash(BusinessCalendar("ca", "on")) == hash(BusinessCalendar("CA", "ON"))
    assert BusinessCalendar("CA", "ON") != BusinessCalendar("CA")
    assert BusinessCalendar("CA") != BusinessCalendar("US")


def test_a_kept_reading_is_the_reading_made_afresh() -> None:
    from followup.etiquette import phrases

    texts = [
        "We'll make a decision by Friday.",
        "Check back with us next Monday; please don't call.",
        "You'll hear from us in a few days, by 30 February at the latest.",
    ]
    calendars = [BusinessCalendar("US"), BusinessCalendar("CA", "ON"), BusinessCalendar("GB")]
    for day in (date(2027, 12, 20), date(2027, 12, 23), date(2026, 11, 25)):
        for calendar in calendars:
            for text in texts:
                first = phrases.read_next_step(text, day, calendar)
                again = phrases.read_next_step(text, day, BusinessCalendar(calendar.country))
                afresh = phrases._read(text, day, calendar)
                assert first == afresh
                if calendar.subdivision is None:
                    assert again == first
    assert phrases.read_next_step("by Friday", date(2027, 12, 20), calendars[0]).decision_by == (
        date(2027, 12, 24)
    )


def test_a_wording_read_on_another_day_is_read_as_afresh() -> None:
    """The sentences and trigger words of a wording are kept per wording and phrase
    places (`phrases._kept_structure`): a reading on a new day, with them kept from
    other days, equals one made with nothing kept."""
    from followup.etiquette import phrases, timephrases

    texts = [
        "We'll make a decision by Friday.",
        "If you haven't heard by the 3rd, reach out to Priya. We decide by the 10th.",
        "Check back with us next Monday; please don't call.",
        "You'll hear from us in a few days, by 30 February at the latest.",
    ]
    calendar = BusinessCalendar("GB")
    days = [date(2026, 11, 25), date(2027, 1, 29), date(2027, 2, 26), date(2027, 12, 23)]
    warm = [phrases.read_next_step(text, day, calendar) for day in days for text in texts]
    caches = (
        phrases._kept_reading,
        phrases._kept_structure,
        phrases._normalised,
        timephrases._kept_candidates,
    )
    for cache in caches:
        cache.cache_clear()
    cold = [phrases.read_next_step(text, day, calendar) for day in days for text in texts]
    assert warm == cold
    assert cold[1].follow_up_on is not None  # the condition was read: a real test


def test_kept_business_days_are_the_holidays_packages() -> None:
    """Each place's answers are kept (`businessdays._answers`); they are the ones the
    holidays package gives, before and after they are kept, and after the store of
    them is emptied for being full."""
    import holidays

    from followup.etiquette import businessdays

    places = [("US", None), ("CA", "ON"), ("GB", "ENG")]
    days = [date(2026, 11, 1) + timedelta(days=n) for n in range(0, 800, 3)]
    for country, subdivision in places:
        official = holidays.country_holidays(country, subdiv=subdivision)

        def works(day: date, official: Any = official) -> bool:
            return day.weekday() < 5 and day not in official

        def added(day: date, count: int) -> date:
            while count:
                day += timedelta(days=1)
                count -= works(day)
            return day

        for _ in range(2):  # answered, then answered again from what was kept
            calendar = BusinessCalendar(country, subdivision)
            for day in days:
                assert calendar.is_business_day(day) == works(day)
                for count in (0, 1, 3, 10):
                    assert calendar.add(day, count) == added(day, count)
    kept = businessdays._KEPT
    businessdays._KEPT = 5
    try:
        calendar = BusinessCalendar("CA", "ON")
        for day in days:
            assert calendar.add(day, 2) == BusinessCalendar("CA", "ON").add(day, 2)
        assert len(businessdays._answers("CA", "ON")[1]) <= 5
    finally:
        businessdays._KEPT = kept
