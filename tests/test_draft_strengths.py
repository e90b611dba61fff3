"""Strengths as people write them: achievements in the past tense, and
strengths that already say "experience", read right in every lead-in."""

from __future__ import annotations

import re

import pytest

from followup.etiquette.planner import plan
from followup.writing.drafting import drafts, strength_clause, strength_kind
from followup.writing.kinds import NoteKind
from followup.writing.lint import lint
from tests.factories import interviewer, local, make_interview

PAST = [
    "trained twelve new graduate nurses as a preceptor",
    "trained 40 staff on the new EHR",
    "trained the whole front-of-house team",
    "trained fourteen new starters",
    "mentored seventeen apprentices",
    "organised a charity gala for 300 guests",
    "managed a team of six",
    "reduced waste by a fifth",
    "led the move to dbt",
    "built a three-statement model for a $40M acquisition",
    "cut food cost from 34 to 29 percent",
    "ran a 120-cover line on weekends",
    "grew the newsletter to 10,000 readers",
    "won a regional teaching award",
    "wrote the onboarding handbook",
    "taught AP Biology for six years",
    "made the sauce station profitable",
    "took over a failing clinic rota",
    "brought in three new clients",
    "sold $2M of software last year",
    "drove the switch to Kubernetes",
    "set up the team's first on-call rotation",
    "kept the ward fully staffed through winter",
    "began a peer-mentoring scheme",
]
# Past forms that are also adjectives keep reading as adjectives without an object.
ADJECTIVE_USES = {
    "trained in ACLS": "I am trained in ACLS",
    "trained nurse": "I am a trained nurse",
    "organised and reliable": "I am organised and reliable",
    "certified Scrum master": "I am a certified Scrum master",
    "experienced nurse": "I am an experienced nurse",
}
EXPERIENCE = [
    "five years of cardiac step-down experience",
    "ten years' experience in fine dining",
    "hands-on experience with Kafka",
    "experience teaching mixed-ability classes",
]


@pytest.mark.parametrize("strength", PAST)
def test_a_past_tense_strength_is_an_achievement_said_after_i(strength: str) -> None:
    assert strength_clause(strength) == f"I {strength}"
    assert strength_kind(strength) == "achievement"


@pytest.mark.parametrize(("strength", "clause"), ADJECTIVE_USES.items())
def test_a_past_form_used_as_an_adjective_stays_one(strength: str, clause: str) -> None:
    assert strength_clause(strength) == clause


def _thank_yous(strengths: tuple[str, ...]) -> list[str]:
    # Four interviewers with one topic each: every form of the strength line.
    people = tuple(
        interviewer(name, topics=(topic,))
        for name, topic in (
            ("Gavin Hart", "streaming ingestion"),
            ("Olu Adeyemi", "dbt tests"),
            ("Ana Ruiz", "observability"),
            ("Hannah Schmidt", "hiring"),
        )
    )
    interview = make_interview(interviewers=people, strengths=strengths)
    now = local("2026-11-17 12:00")
    found = drafts(interview, plan(interview, now), now=now).drafts
    assert lint([d.as_note() for d in found], interview) == []
    return [d.body for d in found if d.kind is NoteKind.THANK_YOU]


def test_many_past_tense_strengths_never_follow_bring() -> None:
    for start in range(0, len(PAST), 4):
        bodies = _thank_yous(tuple(PAST[start : start + 4]))
        assert len(bodies) == 4
        for body in bodies:
            assert not re.search(r"\bI bring (\w+ed|built|cut|ran|led|won|taught)\b", body), body


def test_the_nurses_preceptor_strength_reads_as_what_she_did() -> None:
    bodies = _thank_yous(
        ("five years of cardiac step-down experience", "trained twelve new graduate nurses")
    )
    text = "\n".join(bodies)
    assert "I trained twelve new graduate nurses" in text
    assert "bring trained" not in text


@pytest.mark.parametrize("strength", EXPERIENCE)
def test_a_strength_that_says_experience_does_not_get_it_twice(strength: str) -> None:
    for body in _thank_yous((strength,)):
        sentence = next(s for s in re.split(r"(?<=\.)\s+", body) if strength in s)
        assert len(re.findall(r"\bexperience\b", sentence)) == 1, sentence
