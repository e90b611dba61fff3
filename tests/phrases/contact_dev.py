"""Phrasings of who contacts whom that the reader is tuned on (see `contact_heldout.py`).

The interview is Tuesday 2026-11-17 in the United States.
"""

from __future__ import annotations

from tests.phrases.heldout import Case

CONTACT_DEV: tuple[Case, ...] = (
    # Their news: someone at the employer will contact the candidates.
    Case("The head will phone candidates tomorrow afternoon.", decision="2026-11-18"),
    Case("HR will email all candidates by Friday.", decision="2026-11-20"),
    Case("The panel will ring finalists next week.", decision="2026-11-27"),
    Case("Someone from the team will reach out Monday.", decision="2026-11-23"),
    Case("We'll phone the successful candidate on Thursday.", decision="2026-11-19"),
    Case("The hiring manager will call everyone on Friday.", decision="2026-11-20"),
    Case("They will contact candidates by Monday.", decision="2026-11-23"),
    Case("The headteacher will get back to candidates on Thursday.", decision="2026-11-19"),
    Case("The recruiter will email the shortlisted candidates tomorrow.", decision="2026-11-18"),
    Case("The principal will phone applicants on Friday.", decision="2026-11-20"),
    Case("Our panel will contact the finalists by Thursday.", decision="2026-11-19"),
    Case("HR is going to call each candidate on Monday.", decision="2026-11-23"),
    Case(
        "The chair of governors will ring the successful applicant tomorrow.",
        decision="2026-11-18",
    ),
    Case("The school will email everyone who interviewed by Friday.", decision="2026-11-20"),
    Case("We will call all finalists next week.", decision="2026-11-27"),
    Case("The director plans to phone candidates on Thursday.", decision="2026-11-19"),
    Case("Someone will email you tomorrow afternoon.", decision="2026-11-18"),
    # Near misses: the candidate is told when to make contact.
    Case("Please phone us on Thursday if you have not heard.", follow_up="2026-11-19"),
    Case("Call me Monday.", follow_up="2026-11-23"),
    Case("Feel free to email the head on Friday.", follow_up="2026-11-20"),
    Case("Do ring the school office on Thursday.", follow_up="2026-11-19"),
    Case("You can email HR on Monday.", follow_up="2026-11-23"),
    Case("Candidates should phone the office on Friday.", follow_up="2026-11-20"),
    Case("Give the head a ring on Thursday.", follow_up="2026-11-19"),
    Case("Please contact the hiring manager next week.", follow_up="2026-11-23"),
    Case("Email me on Friday if you haven't heard.", follow_up="2026-11-20"),
    Case("Ring us tomorrow afternoon.", follow_up="2026-11-18"),
    Case("Feel free to call the panel chair on Monday.", follow_up="2026-11-23"),
    Case("Do get in touch with HR on Thursday.", follow_up="2026-11-19"),
)

CONTACT_DEV_NEWS: int = 17  # the first seventeen are news, the rest near misses
