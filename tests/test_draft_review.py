"""Drafts as a new user found them: after a withdrawal, names with titles and
initials, strengths as people write them, dates of older interviews."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from followup.etiquette.model import Debrief, Interview, Outcome, OutcomeKind
from followup.etiquette.planner import plan
from followup.writing.drafting import Draft, drafts
from followup.writing.kinds import NoteKind
from followup.writing.lint import lint
from tests.factories import interviewer, local, make_interview

AFTER = local("2026-11-17 12:00")


def written(interview: Interview, now: datetime = AFTER) -> list[Draft]:
    return list(drafts(interview, plan(interview, now), now=now).drafts)


def thank_yous(interview: Interview, now: datetime = AFTER) -> list[Draft]:
    return [d for d in written(interview, now) if d.kind is NoteKind.THANK_YOU]


# Words that say the candidate still wants the job.
INTEREST = re.compile(
    r"interested|keen|enthusiastic|joining|contribute|do this job|plays to my strengths|"
    r"fits the role|first three months|first year|good .* from an outstanding",
    re.I,
)


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_a_thank_you_after_a_withdrawal_thanks_without_restating_interest(size: int) -> None:
    people = [
        interviewer("Priya Raman", topics=("streaming ingestion",)),
        interviewer("Marcus Bell", title=None, topics=()),
        interviewer("Olu Adeyemi", title=None, topics=()),
        interviewer("Ana Ruiz", topics=("dbt tests",)),
        interviewer("Hannah Schmidt", topics=("observability",)),
    ][:size]
    withdrew = local("2026-11-17 11:30")
    interview = make_interview(
        interviewers=tuple(people),
        strengths=("ran a blameless on-call rotation for two years",),
        debrief=Debrief(
            forgot_to_mention="I hold a Kubernetes certification.",
            stood_out="Their team writes postmortems for every incident.",
        ),
        outcome=Outcome(OutcomeKind.WITHDRAWN, withdrew),
    )
    found = written(interview)
    thanks = [d for d in found if d.kind is NoteKind.THANK_YOU]
    assert thanks, "a withdrawal still leaves the thank-you notes to send"
    for draft in thanks:
        assert not INTEREST.search(draft.body), draft.body
        assert "Kubernetes" not in draft.body
        assert re.search(r"thank", draft.body, re.I)
    assert lint([d.as_note() for d in found], interview) == []
