"""Held-out next-step phrasings for issue 16, written before the reader was changed.

Not tuned on: the reader's new rules were written against `tests/test_next_step_kinds.py`;
these were set aside first and only scored (`bench/phrase_kinds.py`). The interview is
Tuesday 2026-11-17 in the United States. Each case gives what must be read: the decision
date, the follow-up date, the few-days window and no-calls (None: must be absent).
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    text: str
    decision: str | None = None
    follow_up: str | None = None
    few_days: bool = False
    no_calls: bool = False


HELD_OUT: tuple[Case, ...] = (
    Case("You should hear back from us 2-4 days from today.", decision="2026-11-21"),
    Case("Expect an answer a few days after we talk to the last candidate.", few_days=True),
    Case("We should be able to let you know in twelve days or so.", decision="2026-11-29"),
    Case("We'll have news in ~3 weeks.", decision="2026-12-08"),
    Case("Decision in approx. 10 days.", decision="2026-11-27"),
    Case("We'll get back to you by Monday or Tuesday.", decision="2026-11-24"),
    Case("You can check in with me Monday or Tuesday.", follow_up="2026-11-24"),
    Case("We won't make a decision until after the holidays.", decision="2027-01-04"),
    Case("Reach out to me once the New Year is under way.", follow_up="2027-01-04"),
    Case(
        "Reach out to me if you've heard nothing by the 10th.",
        decision="2026-12-10",
        follow_up="2026-12-11",
    ),
    Case("Please do not chase us; we will reach out.", no_calls=True),
    Case(
        "No need to chase, we'll be in touch within a week.", decision="2026-11-24", no_calls=True
    ),
)
