"""Held-out phrasings for the three kinds a second new-user review found missed.

Written before the reader was changed for them, and not tuned on: the changes were
made against `tests/phrases/dev.py`; these are only scored (`bench/phrase_kinds.py`).
The kinds: an approximate duration reported by the candidate ("they said ten days or
so"); a condition that says when to check back ("email her if I haven't heard
anything by the 8th"), which dates their news and, on the next working day, the
check-in; and "don't chase us" in other words, which sets no-calls. The interview is
Tuesday 2026-11-17 in the United States, as in `tests/phrases/heldout.py`.
"""

from __future__ import annotations

from tests.phrases.heldout import Case

HELD_OUT_2: tuple[Case, ...] = (
    # Approximate durations, in the candidate's report.
    Case("The recruiter said two weeks or so.", decision="2026-12-01"),
    Case("Sam mentioned about a week.", decision="2026-11-24"),
    Case("Her guess was roughly ten days.", decision="2026-11-27"),
    Case("They told me a fortnight or so.", decision="2026-12-01"),
    # A condition that tells the candidate when to check back.
    Case(
        "She said to email her if I hadn't heard anything by the 11th.",
        decision="2026-12-11",
        follow_up="2026-12-14",
    ),
    Case(
        "Give Sam a shout if you don't hear anything by Friday.",
        decision="2026-11-20",
        follow_up="2026-11-23",
    ),
    Case(
        "If I still haven't heard by the 9th, I should nudge the recruiter.",
        decision="2026-12-09",
        follow_up="2026-12-10",
    ),
    Case(
        "Told to reach out to Priya if nothing has come through by the 4th.",
        decision="2026-12-04",
        follow_up="2026-12-07",
    ),
    # "Don't chase us" in other words.
    Case("Maria said there's no need to chase them; they'll be in touch.", no_calls=True),
    Case("They asked that I not chase them, they'll contact me.", no_calls=True),
    Case("She'd prefer I didn't chase; they will get back to me.", no_calls=True),
    Case("Told me not to chase them - they will be in touch.", no_calls=True),
)
