"""When to send a message (pure): the next business-hours slot inside its window.

Business hours are 09:00 to 17:00 on the recipient's business days (weekends
and public holidays of the interview's country are off, from the core's
BusinessCalendar), in the recipient's zone (the interview's). The slot is the
first such instant at or after both `now` and the action's not-before, and
before its due time; if none is left, the answer is `now`: as soon as possible.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from followup.etiquette.businessdays import BusinessCalendar

OPENS = time(9, 0)
CLOSES = time(17, 0)


def business_slot(
    now: datetime,
    not_before: datetime,
    due: datetime,
    zone: ZoneInfo,
    calendar: BusinessCalendar,
    *,
    opens: time = OPENS,
    closes: time = CLOSES,
) -> datetime:
    """The instant (UTC) to send at; see the module's docstring.

    1. Start from the later of `now` and `not_before`, in the recipient's zone.
    2. If that day is a business day and the clock is inside business hours,
       that is the slot; before opening, the slot is that day's opening.
    3. Otherwise move to the next business day's opening and look again.
    4. A slot at or after `due` is no slot: send at `now`.
    """
    start = max(now.astimezone(UTC), not_before.astimezone(UTC)).astimezone(zone)
    deadline = due.astimezone(UTC)
    day = start.date()
    # A window longer than a year is not a real plan; stop looking there.
    for _ in range(400):
        if calendar.is_business_day(day):
            begin = datetime.combine(day, opens, tzinfo=zone)
            end = datetime.combine(day, closes, tzinfo=zone)
            candidate = max(start.astimezone(UTC), begin.astimezone(UTC))
            if candidate >= deadline:
                break
            if candidate < end.astimezone(UTC):
                return candidate
        day += timedelta(days=1)
        if datetime.combine(day, opens, tzinfo=zone).astimezone(UTC) >= deadline:
            break
    return now.astimezone(UTC)
