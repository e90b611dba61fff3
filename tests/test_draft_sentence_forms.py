"""Sentence forms of the drafts: after a withdrawal, names with titles and
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
    # The contact's thank-you goes in the withdrawal of the same day; the others stay.
    assert len(thanks) == size - 1, "a withdrawal still leaves the thank-you notes to send"
    (withdrawal,) = [d for d in found if d.kind is NoteKind.WITHDRAWAL]
    assert withdrawal.covers == ("thank_you:priya-raman",)
    for draft in thanks:
        assert not INTEREST.search(draft.body), draft.body
        assert "Kubernetes" not in draft.body
        assert re.search(r"thank", draft.body, re.I)
    assert lint([d.as_note() for d in found], interview) == []


GREETINGS = {
    "Dr. Patel": "Dr. Patel",
    "Ms. Okonkwo": "Ms. Okonkwo",
    "J. R. Smith": "J. R. Smith",
    "Prof. Ana María López": "Prof. López",
    "Mr Lee": "Mr Lee",
    "Priya Raman": "Priya",
    "JR Smith": "JR",
}


def test_titles_and_initials_are_greeted_with_the_surname_or_the_full_name() -> None:
    topics = ["team culture", "hiring", "relocations", "patient portal", "triages", "actuals"]
    people = tuple(
        # By email: a letter greets by the full name ("Dear Priya Raman,").
        interviewer(name, title=None, email=f"p{i}@x.example", topics=(topics[i % len(topics)],))
        for i, name in enumerate(GREETINGS)
    )
    interview = make_interview(interviewers=people)
    found = thank_yous(interview)
    assert {d.to: d.body.splitlines()[0] for d in found} == {
        name: f"Dear {greeting}," for name, greeting in GREETINGS.items()
    }
    # Lint takes each greeting as naming its reader, and the topic as specific.
    assert lint([d.as_note() for d in found], interview) == []


@pytest.mark.parametrize(
    ("name", "greeting"),
    [("Dr. Patel", "Dear Dr.,"), ("J. R. Smith", "Dear J.,"), ("Ms. Okonkwo", "Dear Ms,")],
)
def test_a_greeting_with_only_a_title_or_an_initial_names_nobody(name: str, greeting: str) -> None:
    from followup.writing.lint import Code
    from followup.writing.note import parse_note

    interview = make_interview(interviewers=(interviewer(name, topics=("hiring",)),))
    note = parse_note(
        f"To: {name}\nKind: thank_you\n\n{greeting}\n\nThank you for our talk about hiring "
        "and the way your recruiters plan each quarter.\n\nBest regards,\nAlex\n",
        "note.txt",
    )
    found = [f for f in lint([note], interview) if f.code is Code.MISSING_NAME]
    assert len(found) == 1
    assert f"open with 'Dear {GREETINGS[name]},'" in found[0].message


def test_regular_inflections_and_trade_terms_are_spelled_right() -> None:
    from followup.writing.spelling import Speller

    check = Speller()
    fine = (
        "relocations triages actuals garde manger brunoise deglazed onboarded costings "
        "forecasted budgeted escalations handovers rotas prepped plating accruals "
        "reconciliations stakeholders rescheduling capex"
    )
    assert [w for w in fine.split() if not check.known(w)] == []
    slips = {"succesful": "successful", "wether": "whether", "begining": "beginning"}
    for word, meant in slips.items():
        assert not check.known(word)
        assert check.suggestion(word) == meant


# Strengths as people write them in the interview file.
STRENGTHS = [
    "strong communicator",
    "passionate about accessibility",
    "detail-oriented",
    "team player",
    "can start immediately",
    "love solving hard problems",
    "cut warehouse costs by a third",
    "Led the move to dbt.",
    "ten years of Python",
    "mentoring junior analysts",
    "fluent in Spanish",
    "I hold a CPA licence",
    "Strong communicator",
    "quick learner",
    "self-starter",
    "organised and reliable",
    "detail oriented",
    "highly organised",
    "always deliver on time",
    "work well under pressure",
    "thrive in fast-paced teams",
    "comfortable with ambiguity",
    "good at explaining complex ideas",
    "calm under pressure",
    "available to start in January",
    "deep knowledge of accounting",
    "proven track record in sales",
    "strong work ethic",
    "keen eye for detail",
    "Kubernetes expertise",
    "experienced project manager",
    "bilingual",
    "certified Scrum Master",
    "reduced churn by 20%",
    "spearheaded a new onboarding programme",
    "results-driven",
    "customer focused",
    "enjoy mentoring juniors",
    "people person",
    "native Spanish speaker",
    "problem solver",
    "analytical thinker",
    "excellent communication skills",
    "managed a team of 12",
    "willing to relocate",
    "creative",
    "a natural leader",
    "background in nursing",
    "strong background in retail",
    "attention to detail",
    "used to tight deadlines",
    "spent five years in Berlin",
    "comfortable presenting to clinicians",
    "good listening skills",
]
# Adjectives (and verbs) that must never follow "I bring", nor "I" without "am".
ADJECTIVE = (
    r"strong|passionate|detail[- ]oriented|organised|highly|comfortable|good|calm|available|"
    r"proven|keen|experienced|bilingual|certified|results-driven|customer|native|analytical|"
    r"excellent|willing|creative|used|quick|fluent|can|love|enjoy|always|work|thrive|spent"
)
# What may follow an adjective after "I bring": "strong work ethic", "good listening skills".
NOUNS = "knowledge|background|work|eye|communication|track|listening"
UNGRAMMATICAL = re.compile(
    rf"\bI bring (?:{ADJECTIVE})\b(?! (?:{NOUNS}))|"
    rf"\bI (?:{ADJECTIVE.replace('|can|love|enjoy|always|work|thrive|spent', '')})\b|"
    r"\bI bring (?:team|people|problem|self-starter|background|spent|can)\b",
)


@pytest.mark.parametrize("strength", STRENGTHS)
def test_every_strength_reads_as_an_english_clause(strength: str) -> None:
    people = tuple(
        interviewer(name, topics=(topic,))
        for name, topic in (("Priya Raman", "streaming ingestion"), ("Marcus Bell", "dbt tests"))
    )
    for panel in (people[:1], people):
        interview = make_interview(interviewers=panel, strengths=(strength,))
        found = written(interview)
        bodies = [d.body for d in found if d.kind is NoteKind.THANK_YOU]
        assert any(strength.rstrip(".").lower()[4:] in b.lower() for b in bodies), bodies
        for body in bodies:
            assert not UNGRAMMATICAL.search(body), body
        assert lint([d.as_note() for d in found], interview) == []


def test_strength_forms() -> None:
    from followup.writing.drafting import strength_clause

    assert [strength_clause(s) for s in STRENGTHS[:6]] == [
        "I am a strong communicator",
        "I am passionate about accessibility",
        "I am detail-oriented",
        "I am a team player",
        "I can start immediately",
        "I love solving hard problems",
    ]
    assert strength_clause("background in nursing") == "I bring a background in nursing"
    assert strength_clause("deep knowledge of SQL") == "I bring deep knowledge of SQL"
    assert strength_clause("spent five years in Berlin") == "I spent five years in Berlin"
    assert strength_clause("comfortable presenting to clinicians") == (
        "I am comfortable presenting to clinicians"
    )
    assert strength_clause("good listening skills") == "I bring good listening skills"


def test_a_topic_about_them_is_said_to_them() -> None:
    people = (interviewer("Lee Wong", topics=("how they run design critiques",)),)
    (note,) = thank_yous(make_interview(interviewers=people))
    assert "how you run design critiques" in note.subject + note.body


def test_an_interview_over_six_days_old_is_named_by_its_date() -> None:
    interview = make_interview(strengths=("ran a blameless on-call rotation for two years",))
    recent = thank_yous(interview, local("2026-11-23 09:00"))
    assert all("Tuesday" in d.body and "17 November" not in d.body for d in recent)
    # Issue #11: relative time words from the send time; the week before is "last week".
    later = thank_yous(interview, local("2026-11-24 09:00"))
    assert later and all("last week" in d.body for d in later)
    assert all("Tuesday's" not in d.subject for d in later)
    next_year = thank_yous(interview, local("2027-01-05 09:00"))
    assert all("Tuesday 17 November 2026" in d.body for d in next_year)


def test_the_shipped_example_reads_without_repeating_itself() -> None:
    from pathlib import Path

    from followup.interview_file import Defaults, load_interview

    example = Path(__file__).parent.parent / "examples" / "interview.yaml"
    interview = load_interview(example, Defaults())
    for draft in written(interview, local("2026-11-17 12:00")):
        assert draft.body.count("stayed with me") <= 1, draft.body
        assert lint([draft.as_note()], interview) == []


def test_topics_debrief_and_forgotten_points_read_as_sentences() -> None:
    people = (
        interviewer("Dr. Patel", topics=("team culture", "hybrid working policy")),
        interviewer("Ms. Okonkwo", topics=("patient portal",)),
        interviewer("Mr Lee", topics=("on-call rotation",)),
    )
    interview = make_interview(
        interviewers=people,
        company="Cascade Robotics",
        debrief=Debrief(
            stood_out="You let candidates meet the whole team.",
            forgot_to_mention="that I speak Spanish.",
        ),
    )
    text = "\n".join(d.subject + "\n" + d.body for d in thank_yous(interview))
    assert "the hybrid working policy" in text
    assert "the patient portal" in text and "the on-call rotation" in text
    assert "team culture" in text and "the team culture" not in text
    assert ": You let" not in text and "you let candidates meet the whole team" in text
    # The debrief's bare "that" is cut: the note's own sentence says it once.
    assert "that that I speak" not in text and ": that I speak" not in text
    assert text.count("I speak Spanish") == 3


def test_after_a_rejection_a_thank_you_still_thanks_without_pitching() -> None:
    interview = make_interview(
        interviewers=(interviewer("Chef Marco Rossi", topics=("garde manger station",)),),
        strengths=("calm under pressure",),
        outcome=Outcome(OutcomeKind.REJECTED, local("2026-11-20 09:00"), keep_in_touch=True),
    )
    found = written(interview, local("2026-11-21 10:00"))
    thanks = [d for d in found if d.kind is NoteKind.THANK_YOU]
    for draft in thanks:
        assert draft.body.startswith("Dear Chef Rossi,")
        assert not INTEREST.search(draft.body), draft.body
        assert "the garde manger station" in draft.body
    assert lint([d.as_note() for d in found], interview) == []
