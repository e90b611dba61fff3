"""Score the next-step reader on issue 16's kinds: the cases tuned on, and the held-out ones.

Also who contacts whom: third-party news ("HR will email all candidates by Friday")
against near misses that are check-back instructions ("Feel free to email the head
on Friday"), each scored on its own (`tests/phrases/contact_*.py`), and the
second held-out set (`tests/phrases/heldout2.py`).

    .venv/bin/python bench/phrase_kinds.py

A case counts when every field it names is read exactly (decision date, follow-up
date, few days, no calls); the misses are listed.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.phrases.contact_dev import CONTACT_DEV, CONTACT_DEV_NEWS
from tests.phrases.contact_heldout import CONTACT_HELD_OUT, CONTACT_HELD_OUT_NEWS
from tests.phrases.dev import DEV
from tests.phrases.heldout import HELD_OUT, Case
from tests.phrases.heldout2 import HELD_OUT_2

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
    for label, cases in (
        ("tuned on", DEV),
        ("held out", HELD_OUT),
        ("held out 2 (second new-user review)", HELD_OUT_2),
        ("contact news, tuned on", CONTACT_DEV[:CONTACT_DEV_NEWS]),
        ("contact near misses, tuned on", CONTACT_DEV[CONTACT_DEV_NEWS:]),
        ("contact news, held out", CONTACT_HELD_OUT[:CONTACT_HELD_OUT_NEWS]),
        ("contact near misses, held out", CONTACT_HELD_OUT[CONTACT_HELD_OUT_NEWS:]),
    ):
        misses = [case.text for case in cases if not right(case, calendar)]
        print(f"{label}: {len(cases) - len(misses)}/{len(cases)} read right")
        for text in misses:
            print(f"  missed: {text}")


if __name__ == "__main__":
    main()
