"""Drafting: every open action that needs words gets a specific, distinct draft
that passes the linter, and `followup draft` shows them (text and exact JSON)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.cli import cli
from followup.etiquette.model import (
    Contact,
    ContactKind,
    Debrief,
    Interview,
    Outcome,
    OutcomeKind,
    Purpose,
)
from followup.etiquette.planner import plan
from followup.writing.drafting import MISSING_REFERENCES, Draft, Hint, drafts, strength_clause
from followup.writing.kinds import NoteKind
from followup.writing.lint import Code, lint
from followup.writing.text import count_words, likeness
from tests.factories import interviewer, local, make_interview

# After the interview, before any check-in: thank-yous (and references) are open.
AFTER = local("2026-11-17 12:00")

# --- a realistic pool of facts, with uncommon but correct words -----------------

NAMES = [
    "Priya Raman",
    "Marcus Bell",
    "Ana María Ruiz",
    "Dr. Kwame Mensah",
    "Siobhán O'Neill",
    "Jean-Luc Moreau",
    "Olu Adeyemi",
    "Hannah Schmidt",
    "Tomás Herrera",
    "Mei Lin",
]
COMPANIES = ["Northwind Analytics", "Contoso Health", "Fabrikam", "Tailspin Toys", "Litware"]
ROLES = [
    "Senior Data Engineer",
    "Product Designer",
    "Site Reliability Engineer",
    "Clinical Operations Manager",
    "Grants Coordinator",
    "Financial Analyst",
]
TITLES = ["Engineering Manager", "Staff Engineer", "Head of Design", "Recruiter", "CFO", None]
TOPICS = [
    "streaming ingestion",
    "the on-call rotation",
    "data modelling",
    "dbt tests",
    "Kubernetes upgrades",
    "the onboarding flow",
    "postmortem culture",
    "feature flags",
    "patient intake",
    "grant reporting",
    "supplier audits",
    "the quarterly close",
    "accessibility reviews",
    "observability",
]
STRENGTHS = [
    "cut warehouse costs by a third with incremental models",
    "ran a blameless on-call rotation for two years",
    "ten years of Python and SQL",
    "mentoring junior analysts",
    "fluent in Spanish and Portuguese",
    "built the onboarding runbook my last team still uses",
    "shipped a design system used by forty engineers",
    "I led the move from spreadsheets to a proper grants database",
]
FORGOT = [
    "I led the migration of 40 Airflow DAGs to Dagster last year.",
    "I hold a current Certified Kubernetes Administrator certification",
    "my team won an internal award for accessibility work",
    "I have presented at two regional healthcare conferences.",
]
STOOD_OUT = [
    "Their team writes postmortems for data incidents, not only outages.",
    "how openly the panel talked about trade-offs",
    "The onboarding plan for new hires is written down and shared in advance.",
    "the company publishes its salary bands",
]
NEXT_STEPS = [
    None,
    "We'll make a decision by Friday.",
    "You should hear from us in a few days.",
    "Check back with me on 4 December.",
    "Don't call us, we'll call you.",
    "We are still interviewing.",
]


@st.composite
def interviews(draw: st.DrawFn) -> tuple[Interview, datetime]:
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True))
    people = tuple(
        interviewer(
            name,
            title=draw(st.sampled_from(TITLES)),
            email=draw(st.sampled_from([f"person{i}@example.com", None])),
            phone=draw(st.sampled_from(["+1 212 555 0100", None])),
            topics=tuple(draw(st.lists(st.sampled_from(TOPICS), max_size=2, unique=True))),
        )
        for i, name in enumerate(names)
    )
    start = local("2026-11-17 10:00")
    contacts: list[Contact] = []
    outcome = None
    situation = draw(st.sampled_from(["fresh", "check_in_sent", "rejected", "withdrawn"]))
    if situation == "check_in_sent":
        contacts.append(
            Contact(ContactKind.EMAIL, local("2026-12-08 09:30"), Purpose.CHECK_IN, people[0].name)
        )
    elif situation == "rejected":
        outcome = Outcome(OutcomeKind.REJECTED, local("2026-11-25 15:00"), keep_in_touch=True)
        if draw(st.booleans()):
            contacts.append(
                Contact(
                    ContactKind.EMAIL, local("2026-11-26 10:00"), Purpose.BRIDGE, people[0].name
                )
            )
    elif situation == "withdrawn":
        outcome = Outcome(OutcomeKind.WITHDRAWN, local("2026-11-18 09:00"))
    interview = make_interview(
        company=draw(st.sampled_from(COMPANIES)),
        role=draw(st.sampled_from(ROLES)),
        start=start,
        interviewers=people,
        strengths=tuple(draw(st.lists(st.sampled_from(STRENGTHS), max_size=3, unique=True))),
        debrief=Debrief(
            went_well="The design exercise.",
            stood_out=draw(st.sampled_from([None, *STOOD_OUT])),
            forgot_to_mention=draw(st.sampled_from([None, *FORGOT])),
        ),
        next_step=draw(st.sampled_from(NEXT_STEPS)),
        references_requested=draw(st.booleans()),
        contacts=tuple(contacts),
        outcome=outcome,
    )
    hours = draw(st.integers(min_value=1, max_value=24 * 150))
    return interview, start + timedelta(hours=hours)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(interviews())
def test_every_draft_passes_the_linter(case: tuple[Interview, datetime]) -> None:
    interview, now = case
    result = drafts(interview, plan(interview, now), now=now)
    # Every one, even with nothing on file about an interviewer beyond a name.
    assert lint([d.as_note() for d in result.drafts], interview) == []


@settings(max_examples=100, deadline=None)
@given(interviews())
def test_drafts_are_deterministic_and_read_cleanly(case: tuple[Interview, datetime]) -> None:
    interview, now = case
    the_plan = plan(interview, now)
    first = drafts(interview, the_plan)
    assert first == drafts(interview, the_plan)
    for draft in first.drafts:
        for text in (draft.subject, draft.body):
            assert "None" not in text and "{" not in text and "  " not in text
            assert not re.search(r"\s[,.;:]", text), text
        paragraphs = draft.body.split("\n\n")
        assert paragraphs[0].startswith(("Dear ", "Hello ")), draft.body
        for paragraph in paragraphs[1:-1]:
            # The references email with none on file says so in brackets (issue #11).
            assert paragraph[-1] in ".!?" or paragraph == MISSING_REFERENCES, paragraph
        assert count_words(draft.body) <= (80 if draft.kind is NoteKind.VOICEMAIL else 150)


@settings(max_examples=100, deadline=None)
@given(interviews())
def test_notes_to_one_panel_stay_unalike(case: tuple[Interview, datetime]) -> None:
    interview, now = case
    notes = [d for d in drafts(interview, plan(interview, now)).drafts if d.kind == "thank_you"]
    names = [w for p in interview.interviewers for w in re.findall(r"\w+", p.name)]
    for i, a in enumerate(notes):
        for b in notes[i + 1 :]:
            score = likeness(a.body, b.body, mask=names)
            topics_a = set(interview.interviewer(a.to or "").topics)  # type: ignore[union-attr]
            topics_b = set(interview.interviewer(b.to or "").topics)  # type: ignore[union-attr]
            if topics_a and topics_b and not topics_a & topics_b:
                # Different conversations: different notes.
                assert score < 0.3, (a.body, b.body)
            else:
                # Same facts on file for both: the wording alone keeps them apart,
                # well below the linter's duplicate mark.
                assert score < 0.35, (a.body, b.body)


# --- specific facts in specific places ------------------------------------------


def thank_yous(interview: Interview, now: datetime = AFTER) -> list[Draft]:
    return [d for d in drafts(interview, plan(interview, now)).drafts if d.kind == "thank_you"]


def test_each_thank_you_carries_that_persons_topic_and_its_own_strength() -> None:
    interview = make_interview(
        strengths=(
            "cut warehouse costs by a third with incremental models",
            "ran a blameless on-call rotation for two years",
        ),
        interviewers=(
            interviewer("Priya Raman", topics=("streaming ingestion", "on-call rotation")),
            interviewer("Marcus Bell", title="Staff Engineer", topics=("data modelling",)),
        ),
    )
    notes = {d.to: d for d in thank_yous(interview)}
    priya, marcus = notes["Priya Raman"].body, notes["Marcus Bell"].body
    assert "streaming ingestion" in priya and "data modelling" not in priya
    assert "data modelling" in marcus and "streaming ingestion" not in marcus
    # Each gets the strength that fits their topics.
    assert "I ran a blameless on-call rotation" in priya
    assert "I cut warehouse costs" in marcus
    assert "on-call" not in marcus
    assert priya.startswith("Dear Priya,") and marcus.startswith("Dear Marcus,")
    for body in (priya, marcus):
        assert "Senior Data Engineer" in body and "Northwind Analytics" in body
        assert count_words(body) <= 150
    assert likeness(priya, marcus, mask=["Priya", "Marcus"]) < 0.15


def test_forgotten_point_and_what_stood_out_go_to_one_person_each() -> None:
    interview = make_interview(
        debrief=Debrief(
            forgot_to_mention="I led the migration of 40 Airflow DAGs to Dagster.",
            stood_out="Their team writes postmortems for data incidents.",
        )
    )
    notes = [d.body for d in thank_yous(interview)]
    # Rule book, second edition: what was forgotten goes in every thank-you, in
    # different words; what stood out still goes to one reader.
    assert sum("Dagster" in body for body in notes) == 2
    assert len({body.split("Dagster")[0].rsplit("\n\n", 1)[-1] for body in notes}) == 2
    assert sum("postmortems" in body for body in notes) == 1


def test_a_large_panel_still_differs_note_by_note() -> None:
    people = tuple(interviewer(name, topics=()) for name in NAMES[:6])
    interview = make_interview(interviewers=people, strengths=())
    notes = thank_yous(interview)
    assert len(notes) == 6
    names = [w for p in people for w in re.findall(r"\w+", p.name)]
    worst = max(
        likeness(a.body, b.body, mask=names) for i, a in enumerate(notes) for b in notes[i + 1 :]
    )
    # Same facts for everyone (only a title): the wording alone keeps them apart.
    assert worst < 0.45
    assert lint([d.as_note() for d in notes], interview) == []


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        (
            {"next_step": "We'll make a decision by Friday."},
            "have news by Friday 20 November",
        ),
        ({"decision_by": date(2026, 11, 25)}, "have news by Wednesday 25 November"),
        ({"follow_up_on": date(2026, 12, 1)}, "check back with you on Tuesday 1 December"),
        ({"next_step": "You'll hear from us in a few days."}, "in touch within a few days"),
    ],
)
def test_check_in_names_the_timeframe_they_gave(fields: dict[str, Any], said: str) -> None:
    interview = make_interview(**fields)
    late = local("2026-12-02 10:00")
    check_in = next(
        d for d in drafts(interview, plan(interview, late)).drafts if d.kind == "check_in"
    )
    assert said in check_in.body
    # Offers more: what fits the trade and the history (issue #11).
    assert re.search(r"happy to send|would be useful|glad to provide", check_in.body)
    assert lint([check_in.as_note()], interview) == []


def test_check_in_without_a_timeframe_reads_well_and_asks_for_it() -> None:
    interview = make_interview(next_step=None)
    result = drafts(interview, plan(interview, local("2026-12-02 10:00")))
    check_in = next(d for d in result.drafts if d.kind == "check_in")
    # Rule book, second edition: by 2 December the thank-you has expired unsent,
    # so the check-in thanks, and names the day once.
    assert "Thank you for your time on Tuesday" in check_in.body
    assert "I am writing to follow up on the Senior Data Engineer role." in check_in.body
    assert "next_step" in [h.field for h in result.hints]


def test_check_in_never_asks_about_the_outcome() -> None:
    for next_step in NEXT_STEPS:
        interview = make_interview(next_step=next_step)
        result = drafts(interview, plan(interview, local("2026-12-10 10:00")))
        for draft in result.drafts:
            body = draft.body.lower()
            assert "got the job" not in body and "decision been made" not in body
            assert not [f for f in lint([draft.as_note()]) if f.code is Code.ASKS_OUTCOME]


def test_voicemail_script_after_the_check_in_went_out() -> None:
    interview = replace(
        make_interview(next_step="We'll make a decision by Friday."),
        contacts=(
            Contact(ContactKind.EMAIL, local("2026-11-24 09:30"), Purpose.CHECK_IN, "Priya Raman"),
        ),
    )
    result = drafts(interview, plan(interview, local("2026-11-26 12:00")))
    (voicemail,) = [d for d in result.drafts if d.action_id == "call"]
    assert voicemail.kind is NoteKind.VOICEMAIL and voicemail.email is None
    assert voicemail.subject == "Voicemail script for Priya Raman (+1 212 555 0142)"
    assert "following my email of Tuesday 24 November" in voicemail.body
    assert count_words(voicemail.body) <= 80
    assert lint([voicemail.as_note()], interview) == []


def test_no_voicemail_when_they_asked_not_to_be_called() -> None:
    interview = replace(
        make_interview(next_step="Don't call us, we'll call you."),
        contacts=(
            Contact(ContactKind.EMAIL, local("2026-12-02 09:30"), Purpose.CHECK_IN, "Priya Raman"),
        ),
    )
    result = drafts(interview, plan(interview, local("2026-12-07 12:00")))
    assert not [d for d in result.drafts if d.kind is NoteKind.VOICEMAIL]


FOLLOWS_UP = re.compile(r"follow(?:ing)?[\s-]*up|check(?:ing)? in|where .* stands", re.I)


@pytest.mark.parametrize(
    "next_step",
    [
        "Please do not follow up, we will contact you.",
        "Kindly don't chase us; we'll reach out.",
        "No need to reach out, we'll let you know.",
        # A timeframe too: the line that names it must not chase either.
        "Please don't chase us, we'll be in touch next week.",
    ],
)
def test_a_check_in_after_please_do_not_follow_up_does_not_say_it_follows_up(
    next_step: str,
) -> None:
    # The rule book keeps this one email (S3), but the words must not contradict
    # their request: no "I am writing to follow up", no "Checking in" subject.
    interview = make_interview(next_step=next_step)
    for now in ("2026-11-24 10:00", "2026-12-02 10:00", "2026-12-04 10:00"):
        result = drafts(interview, plan(interview, local(now)))
        (check_in,) = [d for d in result.drafts if d.kind is NoteKind.CHECK_IN]
        assert not FOLLOWS_UP.search(check_in.subject + "\n" + check_in.body), check_in.body
        assert "one short note about the Senior Data Engineer role" in check_in.body
        assert lint([check_in.as_note()], interview) == []


def test_a_request_about_calls_only_keeps_the_plain_check_in() -> None:
    for next_step in ("Don't call us, we'll call you.", "Please don't follow up by phone."):
        interview = make_interview(next_step=next_step)
        result = drafts(interview, plan(interview, local("2026-12-02 10:00")))
        (check_in,) = [d for d in result.drafts if d.kind is NoteKind.CHECK_IN]
        assert "I am writing to follow up on the Senior Data Engineer role." in check_in.body


def test_draft_command_after_please_do_not_follow_up(tmp_path: Path) -> None:
    path = write_interview(tmp_path, next_step="Please do not follow up, we will contact you.")
    result = CliRunner().invoke(cli, ["draft", str(path), "--now", "2026-12-02 10:00"])
    assert result.exit_code == 0, result.output
    assert "Subject: Senior Data Engineer at Northwind Analytics\n" in result.output
    assert (
        "I know you would rather not be chased, so this is just one short note about the "
        "Senior Data Engineer role."
    ) in result.output
    assert "writing to follow up" not in result.output


def test_bridge_then_stay_in_touch_after_a_rejection() -> None:
    rejected = make_interview(
        outcome=Outcome(OutcomeKind.REJECTED, local("2026-11-25 15:00"), keep_in_touch=True),
        debrief=Debrief(stood_out="Their team writes postmortems for data incidents."),
    )
    (bridge,) = [
        d
        for d in drafts(rejected, plan(rejected, local("2026-11-25 16:00"))).drafts
        if d.kind is NoteKind.BRIDGE
    ]
    assert bridge.to == "Priya Raman"
    assert "other openings with you" in bridge.body
    assert "your team writes postmortems" in bridge.body
    sent = replace(
        rejected,
        contacts=(
            Contact(ContactKind.EMAIL, local("2026-11-26 10:00"), Purpose.BRIDGE, "Priya Raman"),
        ),
    )
    result = drafts(sent, plan(sent, local("2027-02-25 10:00")))
    (stay,) = [d for d in result.drafts if d.kind is NoteKind.STAY_IN_TOUCH]
    assert stay.action_id == "stay_in_touch:1" and stay.subject == "Keeping in touch"
    assert lint([bridge.as_note(), stay.as_note()], sent) == []


def test_withdrawal_note_and_the_thank_yous_still_due() -> None:
    interview = make_interview(outcome=Outcome(OutcomeKind.WITHDRAWN, local("2026-11-17 15:00")))
    result = drafts(interview, plan(interview, local("2026-11-17 16:00")))
    kinds = [d.kind.value for d in result.drafts]
    # The contact's thank-you goes in the withdrawal of the same day: one message, not two.
    assert kinds.count("thank_you") == 1 and "withdrawal" in kinds
    withdrawal = next(d for d in result.drafts if d.kind is NoteKind.WITHDRAWAL)
    assert withdrawal.covers == (f"thank_you:{interview.contact_person.key}",)
    assert "withdraw my application" in withdrawal.body
    assert lint([d.as_note() for d in result.drafts], interview) == []


def test_references_email_asks_for_nothing() -> None:
    interview = make_interview(references_requested=True)
    result = drafts(interview, plan(interview, AFTER))
    references = next(d for d in result.drafts if d.kind is NoteKind.SEND_REFERENCES)
    # Issue #11: no draft claims an attachment; with no references on file it
    # says what is missing, and sending it is refused (see `missing`).
    assert "attach" not in references.body and "?" not in references.body
    assert MISSING_REFERENCES in references.body and references.missing


# --- missing facts ----------------------------------------------------------------


def test_bare_record_still_reads_well_and_says_what_to_add() -> None:
    interview = make_interview(
        interviewers=(interviewer("Priya Raman", title=None, topics=()),),
        strengths=(),
        debrief=Debrief(),
    )
    result = drafts(interview, plan(interview, AFTER))
    (note,) = [d for d in result.drafts if d.kind == "thank_you"]
    assert note.body.startswith("Dear Priya,\n\nThank you for your time on Tuesday")
    assert "Senior Data Engineer role at Northwind Analytics" in note.body
    fields = [h.field for h in result.hints]
    assert fields == [
        "interviewers[0].topics",
        "interviewers[0].title",
        "strengths",
        "debrief.stood_out",
        "debrief.forgot_to_mention",
        "next_step",
        "config.name",
    ]
    # With nothing about Priya on file, the note asks her one question about
    # the role from her side, so it is no form letter and passes our linter.
    assert re.search(r"one question|would value your view", note.body, re.I), note.body
    assert lint([note.as_note()], interview) == []
    topics = next(h for h in result.hints if h.field == "interviewers[0].topics")
    assert topics.message == (
        "Add what you discussed with Priya Raman: with nothing specific to them on file, "
        "their thank-you asks them a general question about the role instead."
    )


def test_title_alone_invents_nothing_about_the_reader() -> None:
    interview = make_interview(
        interviewers=(interviewer("Marcus Bell", title="Staff Engineer", topics=()),),
        strengths=(),
    )
    (note,) = thank_yous(interview)
    # A title is not a conversation: no "how the work looks from your side as ...".
    assert "Staff Engineer" not in note.body
    assert lint([note.as_note()], interview) == []


def test_long_free_text_is_left_out_to_stay_within_150_words() -> None:
    rambling = "I also " + " ".join(["built dashboards for the finance team"] * 12) + "."
    interview = make_interview(
        debrief=Debrief(forgot_to_mention=rambling, stood_out="The onboarding plan is public."),
    )
    result = drafts(interview, plan(interview, AFTER))
    for draft in result.drafts:
        assert count_words(draft.body) <= 150
    # Rule book, second edition: it goes in every note, so each leaves it out.
    assert [h for h in result.hints if h.field == "debrief.forgot_to_mention"] == [
        Hint(
            "debrief.forgot_to_mention",
            f"The note to {name} leaves out what you forgot to mention, which is over 40 "
            "words; shorten it in the interview file to keep it.",
        )
        for name in ("Marcus Bell", "Priya Raman")
    ]


def test_facts_that_fit_alone_but_not_together_leave_the_longest_out() -> None:
    interview = make_interview(
        interviewers=(
            interviewer("Priya Raman", topics=("streaming ingestion", "the on-call rotation")),
        ),
        strengths=(
            "ran a blameless on-call rotation for two years",
            "cut streaming costs by a third",
        ),
        debrief=Debrief(
            forgot_to_mention="I rebuilt the nightly finance models twice, first in SQL and "
            "then in dbt, and cut the run from four hours to forty minutes.",
            stood_out="The team writes postmortems for data incidents as well as outages, "
            "shares them with the whole company in a weekly review, and tracks every "
            "follow-up to the end, which I have rarely seen done so well.",
        ),
    )
    result = drafts(interview, plan(interview, AFTER))
    (note,) = [d for d in result.drafts if d.kind == "thank_you"]
    assert count_words(note.body) <= 150
    assert "streaming ingestion" in note.body and "forty minutes" in note.body
    assert "postmortems" not in note.body
    assert [h.field for h in result.hints if "leaves out" in h.message] == ["debrief.stood_out"]


@pytest.mark.parametrize(
    ("strength", "clause"),
    [
        ("cut warehouse costs by a third", "I cut warehouse costs by a third"),
        ("Led the move to dbt.", "I led the move to dbt"),
        ("ten years of Python", "I bring ten years of Python"),
        ("mentoring junior analysts", "I bring experience in mentoring junior analysts"),
        ("fluent in Spanish", "I am fluent in Spanish"),
        ("I hold a CPA licence", "I hold a CPA licence"),
        ("The ability to explain models", "I bring the ability to explain models"),
    ],
)
def test_strengths_become_first_person_clauses(strength: str, clause: str) -> None:
    assert strength_clause(strength) == clause


# --- the command ----------------------------------------------------------------


def write_interview(tmp_path: Path, **overrides: Any) -> Path:
    data: dict[str, Any] = {
        "company": "Northwind Analytics",
        "role": "Senior Data Engineer",
        "start": "2026-11-17 10:00",
        "timezone": "America/New_York",
        "country": "US",
        "interviewers": [
            {
                "name": "Priya Raman",
                "title": "Engineering Manager",
                "email": "priya@northwind.example",
                "topics": ["streaming ingestion"],
            }
        ],
        "strengths": ["ran a blameless on-call rotation for two years"],
        "next_step": "We'll make a decision by Friday.",
    }
    data.update(overrides)
    path = tmp_path / "interview.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_draft_json_is_exact(tmp_path: Path) -> None:
    path = write_interview(tmp_path)
    result = CliRunner().invoke(cli, ["draft", str(path), "--now", "2026-11-17 12:00", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "drafts": [
            {
                "action_id": "thank_you:priya-raman",
                "kind": "thank_you",
                "to": "Priya Raman",
                "email": "priya@northwind.example",
                "subject": "Our conversation about streaming ingestion",
                "body": (
                    "Dear Priya,\n\n"
                    "Thank you for your time today; I came away with a much clearer picture of "
                    "the Senior Data Engineer role at Northwind Analytics.\n\n"
                    "I found our conversation about streaming ingestion particularly useful."
                    "\n\n"
                    # The strength shares no word with the topic: its own paragraph.
                    "I ran a blameless on-call rotation for two years, which I hope is "
                    "relevant to the role."
                    "\n\n"
                    "I would be glad to continue the conversation whenever it suits you.\n\n"
                    "Best regards,"
                ),
                "ready": True,
                "needs": None,
                "covers": [],
                "heading": None,
            },
            {
                "action_id": "check_in",
                "kind": "check_in",
                "to": "Priya Raman",
                "email": "priya@northwind.example",
                "subject": "Checking in: Senior Data Engineer at Northwind Analytics",
                "body": (
                    "Dear Priya,\n\n"
                    "When we met on Tuesday 17 November, you expected to have news "
                    "by Friday 20 November, so I wanted to ask where the Senior "
                    "Data Engineer search stands.\n\n"
                    "I appreciate how much goes into a hiring decision. Should examples of my "
                    "work and references help, I would be glad to provide them.\n\n"
                    "I was glad we could talk about streaming ingestion, and I am still very "
                    "keen on the role.\n\n"
                    "Thank you for your time.\n\n"
                    "Best regards,"
                ),
                "ready": True,
                "needs": None,
                "covers": [],
                "heading": None,
            },
        ],
        "hints": [
            {
                "field": "debrief.stood_out",
                "message": "Note what stood out to you about the company: it makes a note "
                "unmistakably yours.",
            },
            {
                "field": "debrief.forgot_to_mention",
                "message": "If there was something you meant to say in the interview and did "
                "not, note it: a thank-you is the place to add it.",
            },
            {
                "field": "config.name",
                "message": "Set your name, so the drafts are signed and the voicemail script "
                'says it: followup config name "Your Name".',
            },
        ],
        "notices": [],
    }
    # Sorted keys, two-space indent: the stable form.
    assert result.output.startswith('{\n  "drafts": [\n    {\n      "action_id"')


def test_draft_text_is_a_note_file_lint_reads_back(tmp_path: Path) -> None:
    path = write_interview(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["draft", str(path), "--now", "2026-11-17 12:00"])
    assert result.exit_code == 0, result.output
    assert "=== Thank-you note to Priya Raman (thank_you:priya-raman) ===" in result.output
    assert "To make these drafts better, add to the interview file:" in result.output
    # Drafted before its window opens, so its heading says when it may go (issue 16).
    assert "=== Check-in email to Priya Raman (check_in). Not yet: it may go from " in (
        result.output
    )
    # Each draft, saved as it is printed, is a note file the linter accepts.
    texts = re.split(r"^=== .* ===\n", result.output.split("\nTo make these drafts")[0], flags=re.M)
    notes = []
    for number, text in enumerate(texts[1:]):
        notes.append(tmp_path / f"note{number}.txt")
        notes[-1].write_text(text.strip() + "\n", encoding="utf-8")
    linted = runner.invoke(cli, ["lint", *map(str, notes), "--interview", str(path)])
    assert linted.exit_code == 0, linted.output
    assert linted.output == "No findings in 2 notes.\n"


def test_draft_letter_when_no_email(tmp_path: Path) -> None:
    path = write_interview(
        tmp_path, interviewers=[{"name": "Marcus Bell", "topics": ["data modelling"]}]
    )
    result = CliRunner().invoke(cli, ["draft", str(path), "--now", "2026-11-17 12:00"])
    assert (
        "(thank_you:marcus-bell), no email address: send it as a letter. Write its date and "
        "address above the greeting: 17 November 2026 / Marcus Bell / Northwind Analytics. ==="
    ) in result.output
    assert "\nTo: Marcus Bell\nKind: thank_you\n\nDear Marcus Bell,\n" in result.output


def test_draft_with_nothing_open(tmp_path: Path) -> None:
    path = write_interview(
        tmp_path,
        contacts=[
            {"kind": "email", "purpose": "thank_you", "to": "Priya Raman", "at": "2026-11-17 13:00"}
        ],
        outcome={"kind": "offer", "at": "2026-11-19 10:00"},
    )
    runner = CliRunner()
    text = runner.invoke(cli, ["draft", str(path), "--now", "2026-11-20 12:00"])
    assert text.exit_code == 0
    assert text.output.startswith("Nothing to write right now")
    as_json = runner.invoke(cli, ["draft", str(path), "--now", "2026-11-20 12:00", "--json"])
    assert json.loads(as_json.output) == {"drafts": [], "hints": [], "notices": []}


def test_draft_bad_input_is_one_sentence_and_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(cli, ["draft", str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2
    assert missing.output.strip() == f"followup: {tmp_path / 'nope.yaml'}: no such file"
    bad_now = runner.invoke(cli, ["draft", str(write_interview(tmp_path)), "--now", "soon"])
    assert bad_now.exit_code == 2
    assert "--now" in bad_now.output and "Traceback" not in bad_now.output


def test_drafts_are_signed_from_the_settings_and_still_lint_clean() -> None:
    from followup.writing.drafting import Sender

    interview = make_interview()
    result = plan(interview, local("2026-11-17 12:00"))
    sender = Sender(
        name="Jordan Okafor",
        signature="Jordan Okafor\n+1 917 555 0199\nlinkedin.com/in/jordanokafor",
    )
    signed = drafts(interview, result, sender).drafts
    assert signed
    for draft in signed:
        if draft.kind.value == "voicemail":
            assert "this is Jordan Okafor" in draft.body
        else:
            assert draft.body.endswith(
                "Jordan Okafor\n+1 917 555 0199\nlinkedin.com/in/jordanokafor\n"
            )
    assert lint([d.as_note() for d in signed], interview) == []
    unsigned = drafts(interview, result).drafts
    assert all("Okafor" not in d.body for d in unsigned)


# --- before the interview has ended -------------------------------------------------


def test_nothing_that_looks_back_is_drafted_before_the_interview_ends() -> None:
    interview = make_interview(references_requested=True)  # ends 11:00 in New York
    before = local("2026-11-17 10:30")
    result = drafts(interview, plan(interview, before), now=before)
    assert result.drafts == ()
    (notice,) = result.notices
    assert notice.action_ids == (
        "send_references",
        "thank_you:marcus-bell",
        "thank_you:priya-raman",
        "check_in",
    )
    assert notice.message == (
        "Not drafted yet: the thank-you notes to Marcus Bell and Priya Raman, the references "
        "email and the check-in email. They look back on the interview, so they are drafted "
        "once it has ended, at 11:00 on Tuesday 17 November 2026 (America/New_York)."
    )
    assert notice.not_before == interview.end
    # From the end on, they are drafted, in the past tense they need.
    ended = drafts(interview, plan(interview, interview.end), now=interview.end)
    # The references email carries Priya's thank-you (one message a day to her).
    assert ended.notices == () and len(ended.drafts) == 3


def test_a_withdrawal_before_the_interview_is_still_drafted() -> None:
    interview = make_interview(outcome=Outcome(OutcomeKind.WITHDRAWN, local("2026-11-16 09:00")))
    before = local("2026-11-16 10:00")
    result = drafts(interview, plan(interview, before), now=before)
    assert [d.kind for d in result.drafts] == [NoteKind.WITHDRAWAL]
    assert lint([d.as_note() for d in result.drafts], interview) == []


def test_draft_command_before_the_interview_says_when(tmp_path: Path) -> None:
    path = write_interview(tmp_path, end="2026-11-17 11:30")
    runner = CliRunner()
    text = runner.invoke(cli, ["draft", str(path), "--now", "2026-11-17 09:00"])
    assert text.exit_code == 0, text.output
    assert "Thank you for" not in text.output and "Nothing to write" not in text.output
    message = (
        "Not drafted yet: the thank-you note to Priya Raman and the check-in email. They look "
        "back on the interview, so they are drafted once it has ended, at 11:30 on Tuesday 17 "
        "November 2026 (America/New_York)."
    )
    assert text.output.splitlines()[0] == message
    as_json = runner.invoke(cli, ["draft", str(path), "--now", "2026-11-17 09:00", "--json"])
    assert json.loads(as_json.output) == {
        "drafts": [],
        "hints": [],
        "notices": [
            {
                "action_ids": ["thank_you:priya-raman", "check_in"],
                "message": message,
                "not_before": "2026-11-17T11:30:00-05:00",
            }
        ],
    }


@pytest.mark.parametrize(
    ("signature", "phone"),
    [
        ("Jordan Okafor\n+1 917 555 0199", "+1 917 555 0199"),
        ("Jordan Okafor\nMobile: (020) 7946 0018", "(020) 7946 0018"),
        ("Jordan Okafor\nlinkedin.com/in/jordanokafor", None),
        ("Jordan Okafor, class of 2019", None),
        (None, None),
    ],
)
def test_the_voicemail_number_comes_from_the_signature(
    signature: str | None, phone: str | None
) -> None:
    from followup.writing.drafting import Sender

    assert Sender(name="Jordan Okafor", signature=signature).phone == phone


@pytest.mark.parametrize(
    ("check_back", "says", "opening"),
    [
        (
            date(2026, 12, 10),
            None,
            "Thank you for your note of Thursday 3 December. You asked me to check back "
            "with you on Thursday 10 December",
        ),
        (
            None,
            "We will decide by Friday 11 December.",
            "Thank you for your note of Thursday 3 December. You expected to have "
            "news by Friday 11 December",
        ),
    ],
)
def test_a_check_in_they_asked_for_answers_their_reply(
    check_back: date | None, says: str | None, opening: str
) -> None:
    sent = Contact(ContactKind.EMAIL, local("2026-12-01 09:30"), Purpose.CHECK_IN, "Priya Raman")
    reply = Contact(
        ContactKind.REPLY, local("2026-12-03 10:00"), to="Priya Raman", check_back=check_back,
        says=says,
    )  # fmt: skip
    interview = replace(make_interview(), contacts=(sent, reply))
    now = local("2026-12-14 10:00")
    result = drafts(interview, plan(interview, now), now=now)
    (check_in,) = [d for d in result.drafts if d.action_id == "check_in:2"]
    assert opening in check_in.body
    # The interview's own timeframe belongs to the first check-in, not this one.
    assert "When we met" not in check_in.body
    assert lint([check_in.as_note()], interview) == []


def test_a_check_in_by_post_is_called_a_letter_not_an_email(tmp_path: Path) -> None:
    # "Check-in email to ..., no email address: send it as a letter" contradicted
    # itself (issue 16, the first hour).
    path = write_interview(
        tmp_path, interviewers=[{"name": "Marcus Bell", "topics": ["data modelling"]}]
    )
    result = CliRunner().invoke(cli, ["draft", str(path), "--now", "2026-11-25 12:00"])
    assert result.exit_code == 0, result.output
    assert "=== Check-in letter to Marcus Bell (check_in), no email address: " in result.output
    assert "Check-in email" not in result.output
