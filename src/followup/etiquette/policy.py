"""Every number of the rule book in one place, each with the sources behind it.

The rules (planner.py, guardrails.py) read these values and hold no numbers of
their own, so a coach can tune a policy without touching the logic.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import time
from typing import Any

from followup.etiquette.sources import Source, cite


@dataclass(frozen=True)
class Policy:
    name: str = "default"

    # prepare: from 24 hours before the start until the start (S4, S2, S3).
    prepare_hours_before: int = 24
    # debrief: write it down within 3 hours of the end (S4).
    debrief_hours: int = 3
    # send_references: by 23:59 of the interview's local date (S1).
    references_due: time = time(23, 59)
    # thank_you: within 24 elapsed hours of the end (S0, S2, S3, S4).
    thank_you_hours: int = 24
    # thank_you: S1's reserved variant waits a silent week before thanking.
    thank_you_delay_days: int = 0
    # thank_you: an unsent one expires this many days after it was due (rule
    # book, second edition): too late to stand alone, the check-in thanks instead.
    thank_you_expires_days: int = 7
    # check_in: one full business day of grace after a decision date, then the
    # next business day (S4; S0's "a little longer" is the grace day).
    check_in_grace_business_days: int = 1
    # check_in after "a few days": a week after the interview (S4).
    few_days_check_in_days: int = 7
    # check_in with no timeframe: about two weeks (S4; S2 says one or two).
    default_check_in_days: int = 14
    # check_in window: 3 business days, closing at 17:00 (S0, S2, S4).
    check_in_window_business_days: int = 3
    # call: 48 hours after the check-in email, window of 3 business days (S1, S0).
    call_after_check_in_hours: int = 48
    call_window_business_days: int = 3
    # move_on: the later of 30 days after the interview and a week after the
    # check-in could first go out (S4, S0).
    move_on_days_after_interview: int = 30
    move_on_days_after_check_in: int = 7
    # Our choice: the move-on reminder stays on the agenda for a week, then
    # leaves it (the plan still lists it) instead of nagging as overdue forever.
    move_on_listed_days: int = 7
    # bridge: 2 business days after a rejection (S3).
    bridge_window_business_days: int = 2
    # withdrawal thank-you: our choice, the same 2 business days (S2).
    withdrawal_window_business_days: int = 2
    # stay_in_touch: every 90 days, each with 14 days to send (S3, "every so often").
    stay_in_touch_days: int = 90
    stay_in_touch_window_days: int = 14
    # Our choice: stop suggesting stay-in-touch notes after a year's worth.
    stay_in_touch_max: int = 4

    # Wall-clock anchors: windows open at 09:00 and close at 17:00 local time.
    day_opens: time = time(9, 0)
    day_closes: time = time(17, 0)

    sources: dict[str, tuple[Source, ...]] = field(
        default_factory=lambda: dict(POLICY_SOURCES), compare=False, repr=False
    )

    def with_overrides(self, overrides: dict[str, Any]) -> Policy:
        """A copy with some numbers changed; unknown names and bad values are refused."""
        known = {f.name: f for f in fields(self) if f.name not in ("sources",)}
        clean: dict[str, Any] = {}
        for key, value in overrides.items():
            if key not in known:
                raise ValueError(f"policy.{key}: unknown setting")
            current = getattr(self, key)
            if isinstance(current, bool) or not isinstance(current, int | str | time):
                raise ValueError(f"policy.{key}: cannot be changed")
            if isinstance(current, int):
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise ValueError(f"policy.{key}: must be a whole number, 0 or more")
                if value > limit_of(key):
                    raise ValueError(f"policy.{key}: must be at most {limit_of(key)}")
            elif isinstance(current, time) and not isinstance(value, time):
                raise ValueError(f"policy.{key}: must be a time of day")
            elif isinstance(current, str) and not isinstance(value, str):
                raise ValueError(f"policy.{key}: must be text")
            clean[key] = value
        changed = replace(self, **clean)
        if changed.day_opens >= changed.day_closes:
            key = "day_opens" if "day_opens" in clean else "day_closes"
            raise ValueError(
                f"policy.{key}: the day must open before it closes (opens "
                f"{changed.day_opens:%H:%M}, closes {changed.day_closes:%H:%M})"
            )
        return changed


# The largest value each number may take: far beyond any sensible advice, yet
# small enough that no date computed from it overflows or takes long to count.
LIMITS = {"_hours": 2160, "_business_days": 60, "_days": 3650, "_max": 20}


def limit_of(name: str) -> int:
    """The largest value the policy number `name` accepts."""
    for suffix, limit in LIMITS.items():
        if name.endswith(suffix):
            return limit
    return 20


POLICY_SOURCES: dict[str, tuple[Source, ...]] = {
    "prepare": cite("S4", "S2", "S3"),
    "debrief": cite("S4"),
    "send_references": cite("S1"),
    "thank_you": cite("S0", "S2", "S3", "S4"),
    "check_in": cite("S0", "S2", "S4"),
    "call": cite("S1", "S0"),
    "move_on": cite("S4", "S0"),
    "bridge": cite("S3"),
    "stay_in_touch": cite("S3"),
    "withdrawal": cite("S2"),
}

DEFAULT = Policy()

# S1 would hold thanks back until a silent week has passed; the rule book allows
# this as an opt-in. The note then goes out a week after the interview, with the
# same 24-hour window to send it.
RESERVED = Policy(name="reserved", thank_you_delay_days=7)

POLICIES: dict[str, Policy] = {p.name: p for p in (DEFAULT, RESERVED)}
