"""Issue 16's kinds of next-step phrasing, in our own words: the cases the reader was
changed against (the held-out ones are in `heldout.py`). Tuesday 2026-11-17, US."""

from __future__ import annotations

from tests.phrases.heldout import Case

DEV: tuple[Case, ...] = (
    # Short ranges counted from the interview day.
    Case("We'll get back to you a few days after we talk to your references.", few_days=True),
    Case("We'll reach out 3-5 days from today.", decision="2026-11-22"),
    Case("Expect to hear from us three to five days after the interview.", decision="2026-11-22"),
    # Approximate durations.
    Case("We'll know in ten days or so.", decision="2026-11-27"),
    Case("We'll have an answer ten days or so from now.", decision="2026-11-27"),
    Case("Answer in ~2 weeks.", decision="2026-12-01"),
    Case("You'll hear from us ~10 days out.", decision="2026-11-27"),
    Case("Decision approx. 2 weeks.", decision="2026-12-01"),
    # ... as the candidate reports them (second new-user review).
    Case("They said ten days or so.", decision="2026-11-27"),
    Case("They said a week or so.", decision="2026-11-24"),
    Case("The recruiter said roughly two weeks.", decision="2026-12-01"),
    Case("About ten days.", decision="2026-11-27"),
    Case("He thinks around three weeks.", decision="2026-12-08"),
    # Two alternative days: the later.
    Case("We'll decide by Wednesday or Thursday.", decision="2026-11-19"),
    Case("Check back with me Thursday or Friday.", follow_up="2026-11-20"),
    # Seasons and holidays, from the country's own calendar.
    Case("We'll be in touch after the holidays.", decision="2027-01-04"),
    Case("Check back with me after the holidays.", follow_up="2027-01-04"),
    Case("We'll get back to you once the New Year is under way.", decision="2027-01-08"),
    Case("We'll decide early in the new year.", decision="2027-01-08"),
    # A condition that tells the candidate when to check back.
    Case(
        "Get in touch with me if you have heard nothing by the 3rd.",
        decision="2026-12-03",
        follow_up="2026-12-04",
    ),
    Case(
        "Please follow up if you haven't heard back by Friday.",
        decision="2026-11-20",
        follow_up="2026-11-23",
    ),
    Case(
        "They said if I haven't heard anything by the 8th to drop her a line.",
        decision="2026-12-08",
        follow_up="2026-12-09",
    ),
    Case(
        "Ping her if I hadn't heard anything by the 10th.",
        decision="2026-12-10",
        follow_up="2026-12-11",
    ),
    Case(
        "Nudge the recruiter if nothing has arrived by Monday.",
        decision="2026-11-23",
        follow_up="2026-11-24",
    ),
    # "Don't call us" in other words.
    Case("Please don't chase us, we will reach out.", no_calls=True),
    Case("There's no need to chase us.", no_calls=True),
    Case("Don't follow up by phone, please.", no_calls=True),
    Case("We'll reach out; no need to contact us in the meantime.", no_calls=True),
    Case("Jose asked me please not to chase them, they will reach out.", no_calls=True),
    Case("They asked me not to chase.", no_calls=True),
    Case("They'd rather I didn't chase them.", no_calls=True),
    Case("They will be in touch, so no need to follow up by phone.", no_calls=True),
)
