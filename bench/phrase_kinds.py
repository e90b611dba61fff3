"""Score the next-step reader on issue 16's kinds: the cases tuned on, and the held-out ones.

    .venv/bin/python bench/phrase_kinds.py

A case counts when every field it names is read exactly (decision date, follow-up
date, few days, no calls); the misses are listed.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.phrases.dev import DEV
from tests.phrases.heldout import HELD_OUT, Case

from followup.etiquette.businessdays import BusinessCalendar
from followup.etiquette.phrases import read_next_step

TODAY = date(2026, 11, 17)


def right(case: Case, calendar: BusinessCalendar) -> bool:
    step = read_next_step(case.text, TODAY, calendar)
    return (
        str(step.decision_by) == str(case.decision)
        and str(step.follow_up_on) == str(case.follow_up)
        and step.few_days == case.few_days
        and step.no_calls == case.no_calls
    )


def main() -> None:
    calendar = BusinessCalendar("US")
    for label, cases in (("tuned on", DEV), ("held out", HELD_OUT)):
        misses = [case.text for case in cases if not right(case, calendar)]
        print(f"{label}: {len(cases) - len(misses)}/{len(cases)} read right")
        for text in misses:
            print(f"  missed: {text}")


if __name__ == "__main__":
    main()
