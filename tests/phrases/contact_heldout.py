"""Held-out phrasings of who contacts whom, written before the reader was changed for them.

Third-party news ("HR will email all candidates by Friday") is the day of their news;
a near miss ("Feel free to email the head on Friday") is the candidate told when to make
contact. The reader's rules were written against `tests/phrases/contact_dev.py`; these
are only scored (`bench/phrase_kinds.py`). The interview is Tuesday 2026-11-17 in the
United States, as in `tests/phrases/heldout.py`.
"""

from __future__ import annotations

from tests.phrases.heldout import Case

CONTACT_HELD_OUT: tuple[Case, ...] = (
    # Their news: someone at the employer will contact the candidates.
    Case(
        "The head of department will phone shortlisted candidates on Thursday.",
        decision="2026-11-19",
    ),
    Case("HR will be emailing all applicants by Friday.", decision="2026-11-20"),
    Case("Our hiring panel will call the finalists early next week.", decision="2026-11-24"),
    Case("The recruiter is going to ring everyone tomorrow.", decision="2026-11-18"),
    Case("Someone from HR will contact the successful candidate on Monday.", decision="2026-11-23"),
    Case("They'll email every candidate next week.", decision="2026-11-27"),
    Case("We will phone each of the candidates on Friday.", decision="2026-11-20"),
    Case("The manager will reach out to candidates by Thursday.", decision="2026-11-19"),
    Case("The governors will write to all candidates next week.", decision="2026-11-27"),
    Case("The team lead will call the shortlist tomorrow afternoon.", decision="2026-11-18"),
    # Near misses: the candidate is told when to make contact.
    Case("Please ring the office on Friday if you have heard nothing.", follow_up="2026-11-20"),
    Case("Phone me on Thursday.", follow_up="2026-11-19"),
    Case("Feel free to email the recruiter next week.", follow_up="2026-11-23"),
    Case("You are welcome to call HR on Monday.", follow_up="2026-11-23"),
    Case("Do email the headteacher tomorrow if you have questions.", follow_up="2026-11-18"),
    Case("Contact the panel secretary on Thursday.", follow_up="2026-11-19"),
    Case("Give us a ring on Friday.", follow_up="2026-11-20"),
    Case("Drop the hiring manager a line on Monday.", follow_up="2026-11-23"),
    Case("Please reach out to the school on Friday if you haven't heard.", follow_up="2026-11-20"),
    Case("Candidates may phone the office on Thursday.", follow_up="2026-11-19"),
)

CONTACT_HELD_OUT_NEWS: int = 10  # the first ten are news, the rest near misses
