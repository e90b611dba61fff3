"""How the drafts read: every combination of facts gives a whole letter, and the
candidate's debrief notes are quoted as words to the company, not about it."""

from __future__ import annotations

import itertools
import re

import pytest

from followup.etiquette.model import Debrief, Interview
from followup.etiquette.planner import plan
from followup.writing.drafting import Draft, drafts
from followup.writing.kinds import NoteKind
from followup.writing.lint import lint
from followup.writing.text import count_words, sentences
from followup.writing.voice import first_person, to_reader, without_lead
from tests.factories import interviewer, local, make_interview

AFTER = local("2026-11-17 12:00")
NAMES = ["Priya Raman", "Marcus Bell", "Ana María Ruiz", "Olu Adeyemi", "Hannah Schmidt"]
TITLES = ["Engineering Manager", "Staff Engineer", "Head of Data", "Recruiter", "CFO"]
TOPICS = [
    ("streaming ingestion", "the on-call rotation"),
    ("data modelling",),
    ("dbt tests", "feature flags"),
    ("postmortem culture",),
    ("observability", "Kubernetes upgrades"),
]
STRENGTHS = (
    "ran a blameless on-call rotation for two years",
    "fluent in Spanish and Portuguese",
)
FORGOT = "I forgot to mention that I hold a current Certified Kubernetes Administrator licence."
THEIRS = "Their team ships weekly and they write postmortems for every incident."
MINE = "I liked that their onboarding plan is written down and shared in advance."
DEBRIEFS = {
    "none": Debrief(),
    "forgot": Debrief(forgot_to_mention=FORGOT),
    "stood_out": Debrief(stood_out=THEIRS),
    "stood_out_mine": Debrief(stood_out=MINE),
    "both": Debrief(forgot_to_mention=FORGOT, stood_out=THEIRS),
}
# The question a thank-you asks when nothing about its reader is on file.
QUESTION = re.compile(
    r"on one question|one question I would welcome|would set apart someone|wondered about since"
    r"|biggest difference|usually prove most rewarding"
)
# Openings that point back at something the note may not have said.
DANGLING = re.compile(r"^(?:That|This|These|Those|There|It also|Which)\b")
DANGLING_ANYWHERE = re.compile(
    r"\bthere\b|close to my own experience|contribute there|plays to my strengths too", re.I
)


def panel(size: int, topics: bool, titles: bool) -> tuple[object, ...]:
    return tuple(
        interviewer(
            NAMES[i],
            title=TITLES[i] if titles else None,
            topics=TOPICS[i] if topics else (),
        )
        for i in range(size)
    )


def thank_yous(interview: Interview) -> list[Draft]:
    result = drafts(interview, plan(interview, AFTER), now=AFTER)
    return [d for d in result.drafts if d.kind is NoteKind.THANK_YOU]


CASES = list(
    itertools.product([True, False], [True, False], [True, False], list(DEBRIEFS), [1, 2, 5])
)


@pytest.mark.parametrize(("topics", "titles", "strengths", "debrief", "size"), CASES)
def test_every_combination_of_facts_reads_as_a_whole_letter(
    topics: bool, titles: bool, strengths: bool, debrief: str, size: int
) -> None:
    interview = make_interview(
        interviewers=panel(size, topics, titles),
        strengths=STRENGTHS if strengths else (),
        debrief=DEBRIEFS[debrief],
    )
    result = drafts(interview, plan(interview, AFTER), now=AFTER)
    notes = [d for d in result.drafts if d.kind is NoteKind.THANK_YOU]
    assert len(notes) == size
    # Our own linter passes all of them, run together (so no two are too alike).
    assert lint([d.as_note() for d in result.drafts], interview) == []
    for note in notes:
        body = note.body
        assert count_words(body) <= 150, body
        assert not DANGLING_ANYWHERE.search(body), body
        for _, sentence in sentences(body):
            assert not DANGLING.match(sentence.strip()), (sentence, body)
        # The debrief is quoted to the company, and never says its lead-in twice.
        assert "Their team" not in body and "their team" not in body, body
        assert "they write" not in body and "their onboarding" not in body, body
        assert "forgot to mention" not in body and "I liked that I liked" not in body, body
        assert body.count("I liked that") <= 1, body
        for paragraph in body.split("\n\n")[1:-1]:
            assert paragraph[-1] in ".!?", paragraph
        assert "  " not in body and "None" not in body
        if topics:
            # Something they discussed is on file: no need to ask a question (a
            # title alone is not a conversation: the note may ask one, issue #11).
            assert not QUESTION.search(body), body
    if not topics:
        fields = [h.field for h in result.hints]
        assert all(f"interviewers[{i}].topics" in fields for i in range(size))


def test_the_debrief_is_pasted_in_the_second_person() -> None:
    interview = make_interview(
        interviewers=(interviewer("Priya Raman"), interviewer("Marcus Bell", topics=())),
        debrief=Debrief(stood_out=THEIRS, forgot_to_mention=FORGOT),
    )
    bodies = " ".join(d.body for d in thank_yous(interview))
    assert "your team ships weekly and you write postmortems for every incident." in bodies
    # In every note, in different words (rule book, second edition).
    # (Each note builds its own sentence round it: not one sentence with two lead-ins.)
    assert bodies.count("Certified Kubernetes Administrator licence") == 2
    assert "forgot" not in bodies


def test_a_first_person_observation_gets_its_own_lead_in() -> None:
    interview = make_interview(
        interviewers=(interviewer("Priya Raman", topics=("streaming ingestion",)),),
        debrief=Debrief(stood_out=MINE),
    )
    (note,) = thank_yous(interview)
    assert "I liked that your onboarding plan is written down and shared in advance." in note.body
    assert "stood out to me" not in note.body and "stayed with me afterwards" not in note.body


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (THEIRS, "Your team ships weekly and you write postmortems for every incident."),
        ("They were open about their trade-offs.", "You were open about your trade-offs."),
        ("They’re hiring; they’ve grown fast.", "You’re hiring; you’ve grown fast."),
        ("I enjoyed meeting them.", "I enjoyed meeting you."),
        ("They pride themselves on calm releases.", "You pride yourselves on calm releases."),
        ("the company's onboarding is public", "your onboarding is public"),
        ("Northwind's onboarding is public", "Your onboarding is public"),
        ("I liked Northwind Analytics's salary bands", "I liked your salary bands"),
        # "They" means someone else: left as it is, which reads right.
        ("The engineers said they deploy daily.", "The engineers said they deploy daily."),
        ("Priya said they rotate on-call.", "Priya said they rotate on-call."),
        ("Everyone I met said they love the rota.", "Everyone I met said they love the rota."),
        (
            "The senior engineers love their tooling.",
            "The senior engineers love their tooling.",
        ),
        # A thing, not the company.
        (
            "The team writes postmortems and shares them.",
            "The team writes postmortems and shares them.",
        ),
        (
            "how openly the panel talked about trade-offs",
            "how openly the panel talked about trade-offs",
        ),
    ],
)
def test_to_reader(text: str, said: str) -> None:
    assert to_reader(text, "Northwind Analytics", ["Priya Raman"]) == said


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("I forgot to mention that I hold a CKA.", "I hold a CKA."),
        ("I forgot to mention: my team won an award", "My team won an award"),
        ("I meant to say that I have presented twice.", "I have presented twice."),
        ("I should have mentioned that I speak Spanish.", "I speak Spanish."),
        ("What stood out was how openly they talked.", "How openly they talked."),
        ("What stood out to me: the written onboarding plan.", "The written onboarding plan."),
        ("I led the migration.", "I led the migration."),
        ("I forgot to mention", "I forgot to mention"),
    ],
)
def test_without_lead(text: str, plain: str) -> None:
    assert without_lead(text) == plain


def test_first_person() -> None:
    assert first_person("I liked that the plan is written down.")
    assert first_person("My sense was that the team is calm.")
    assert not first_person("Their team ships weekly.")
    assert not first_person("Imagine a team that ships weekly.")
