"""Drafts say only what the file holds: after a withdrawal or a rejection, before
an interview that never took place, with strengths that are not experience, and
with dates in the year they are written."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from followup.cli import cli
from followup.etiquette.model import Interview, Outcome, OutcomeKind
from followup.etiquette.planner import plan
from followup.writing.drafting import Draft, drafts, strength_clause, strength_kind
from followup.writing.kinds import NoteKind
from followup.writing.lint import lint
from tests.factories import interviewer, local, make_interview

# Claims about what an interviewer said or did that no interview file holds.
INVENTED = re.compile(
    r"candour|frank answers|daily rhythm|spends its days|challenges your group|"
    r"how openly you described|tackling this year",
    re.I,
)
NAMES = ["Dr. Ann Lee", "Gavin", "Olu Adeyemi", "Ana Ruiz", "Hannah Schmidt"]
CLOSED = [OutcomeKind.WITHDRAWN, OutcomeKind.REJECTED]


def bare_panel(size: int) -> tuple[object, ...]:
    return tuple(interviewer(n, title=None, topics=(), phone=None) for n in NAMES[:size])


def written(interview: Interview, now: datetime) -> list[Draft]:
    return list(drafts(interview, plan(interview, now), now=now).drafts)


@pytest.mark.parametrize("kind", CLOSED)
@pytest.mark.parametrize("size", [1, 2, 3, 5])
@pytest.mark.parametrize("day", ["2026-11-05", "2026-11-23"])
def test_a_closed_thank_you_to_a_bare_name_invents_nothing(
    kind: OutcomeKind, size: int, day: str
) -> None:
    start = local(f"{day} 10:00")
    interview = make_interview(
        interviewers=bare_panel(size),
        strengths=(),
        start=start,
        outcome=Outcome(kind, start + timedelta(hours=3), keep_in_touch=True),
    )
    now = start + timedelta(hours=4)
    found = written(interview, now)
    thanks = [d for d in found if d.kind is NoteKind.THANK_YOU]
    # Rule book, second edition: a rejection cancels the unsent thank-yous. After
    # a withdrawal the contact's goes in the withdrawal of the same day (one
    # message to them, not two); the others' stay.
    assert len(thanks) == (size - 1 if kind is OutcomeKind.WITHDRAWN else 0)
    date = f"{start:%A} {start.day} November"
    for note in thanks:
        assert not INVENTED.search(note.body), note.body
        # Only what is true: the full date of the interview and where things stand.
        assert date in note.body and "2026" not in note.body, note.body
        stands = (
            "withdr|stepping back"
            if kind is OutcomeKind.WITHDRAWN
            else r"not selected|not to be going|outcome"
        )
        assert re.search(stands, note.body, re.I), note.body
        assert "?" not in note.body
    # Specific enough for our own linter, and no two alike.
    assert lint([d.as_note() for d in found], interview) == []


# Rule book, second edition: after a rejection there is no thank-you to hint about.
@pytest.mark.parametrize("kind", [OutcomeKind.WITHDRAWN])
def test_hints_after_a_closed_outcome_match_what_the_drafts_did(kind: OutcomeKind) -> None:
    start = local("2026-11-23 10:00")
    interview = make_interview(
        interviewers=bare_panel(2),
        strengths=(),
        start=start,
        outcome=Outcome(kind, local("2026-11-26 15:00"), keep_in_touch=True),
    )
    now = local("2026-11-26 16:00")
    result = drafts(interview, plan(interview, now), now=now)
    messages = {h.field: h.message for h in result.hints}
    # The contact's thank-you rides in the withdrawal; the second panellist's stands alone.
    assert messages["interviewers[1].topics"] == (
        f"Add what you discussed with {NAMES[1]}: with nothing specific to them on file, "
        "their thank-you can only thank them for their time on the day."
    )
    assert "question" not in " ".join(messages.values())
    # A closed thank-you carries neither strengths nor what you forgot to say.
    assert "strengths" not in messages and "debrief.forgot_to_mention" not in messages
    assert "debrief.stood_out" in messages


def test_hints_while_in_the_running_still_ask_for_strengths_and_what_was_forgotten() -> None:
    interview = make_interview(interviewers=bare_panel(1), strengths=())
    now = local("2026-11-17 12:00")
    fields = [h.field for h in drafts(interview, plan(interview, now), now=now).hints]
    assert "strengths" in fields and "debrief.forgot_to_mention" in fields


def test_the_review_case_from_the_command_line(tmp_path: Path) -> None:
    data = {
        "company": "Hooli",
        "role": "Platform Engineer",
        "start": "2026-11-23 10:00",
        "end": "2026-11-23 11:00",
        "timezone": "America/New_York",
        "country": "US",
        "interviewers": [
            {"name": "Dr. Ann Lee", "email": "ann@hooli.example", "contact": True},
            {"name": "Gavin", "email": "gavin@hooli.example"},
        ],
        "outcome": {"kind": "rejected", "at": "2026-11-26 15:00", "keep_in_touch": True},
    }
    path = tmp_path / "h.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["draft", str(path), "--now", "2026-11-26 16:00", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    # Rule book, second edition: the rejection cancels both thank-yous; the
    # bridge note to the contact thanks them.
    assert [d["kind"] for d in out["drafts"]] == ["bridge"]
    assert all(not INVENTED.search(d["body"]) for d in out["drafts"])
    assert "a general question" not in result.output


# Words that look back on an interview as if it had taken place.
LOOKS_BACK = re.compile(
    r"enjoyed learning|time you and your colleagues have given|particularly|when we met|"
    r"our conversation|our discussion",
    re.I,
)


def test_a_withdrawal_before_the_interview_does_not_look_back_on_it() -> None:
    start = local("2026-12-08 10:00")
    interview = make_interview(
        company="Pied Piper",
        role="SRE",
        start=start,
        interviewers=(interviewer("Richard Hendricks", topics=("compression",)),),
        strengths=("can start immediately",),
        outcome=Outcome(OutcomeKind.WITHDRAWN, local("2026-12-01 09:00")),
    )
    for now in (local("2026-12-01 10:00"), local("2026-12-09 10:00")):
        found = written(interview, now)
        (note,) = [d for d in found if d.kind is NoteKind.WITHDRAWAL]
        assert not LOOKS_BACK.search(note.body), note.body
        assert "compression" not in note.body
        assert "Thank you for inviting me to interview for the SRE role at Pied Piper" in note.body
        assert "withdraw my application, and with it my place at the interview on " in note.body
        assert "Tuesday 8 December." in note.body and "2026" not in note.body
        assert lint([d.as_note() for d in found], interview) == []


def test_a_withdrawal_after_the_interview_still_thanks_for_it() -> None:
    start = local("2026-12-08 10:00")
    interview = make_interview(
        company="Pied Piper",
        role="SRE",
        start=start,
        interviewers=(interviewer("Richard Hendricks", topics=("compression",)),),
        outcome=Outcome(OutcomeKind.WITHDRAWN, local("2026-12-09 09:00")),
    )
    found = written(interview, local("2026-12-09 10:00"))
    (note,) = [d for d in found if d.kind is NoteKind.WITHDRAWAL]
    # What they talked about, not a subject the candidate learnt (review four).
    assert "withdraw my application. I enjoyed our conversation about compression.\n\n" in (
        note.body
    )
    assert "inviting me" not in note.body and "my place at the interview" not in note.body
    assert lint([d.as_note() for d in found], interview) == []


# Lead-ins that claim more than some kinds of strength can carry.
CLAIMS_EXPERIENCE = re.compile(r"Some of my own experience fits the role well: I (?!bring)")
CLAIMS_FITNESS = re.compile(
    r"my own experience|plays to my strengths|do this job well|contribute quickly|"
    r"skills fit|how I work"
)
AVAILABILITY_LEADS = re.compile(
    r"(One practical point in my favour: |It may also help to know that |"
    r"On the practical side, |As for logistics, )I (?:can|am)"
)


def _realistic_strengths() -> list[str]:
    from tests.test_draft import STRENGTHS as WRITTEN
    from tests.test_draft_sentence_forms import STRENGTHS as AS_PEOPLE_WRITE

    return list(dict.fromkeys([*AS_PEOPLE_WRITE, *WRITTEN, "willing to relocate"]))


def _strength_notes(strength: str) -> tuple[Interview, list[Draft]]:
    # Four interviewers: one of each form of the strength line.
    people = tuple(
        interviewer(name, topics=(topic,))
        for name, topic in zip(
            NAMES[1:], ("streaming ingestion", "dbt tests", "observability", "hiring"), strict=True
        )
    )
    interview = make_interview(interviewers=people, strengths=(strength,))
    now = local("2026-11-17 12:00")
    return interview, written(interview, now)


@pytest.mark.parametrize("strength", _realistic_strengths())
def test_each_strength_gets_a_lead_in_that_fits_its_kind(strength: str) -> None:
    interview, found = _strength_notes(strength)
    kind = strength_kind(strength)
    clause = strength_clause(strength)
    bodies = [d.body for d in found if d.kind is NoteKind.THANK_YOU]
    assert len(bodies) == 4
    for body in bodies:
        assert clause in body, body
        sentence = next(s for s in re.split(r"(?<=\.)\s+", body) if clause in s)
        if kind == "availability":
            assert AVAILABILITY_LEADS.search(sentence), sentence
            assert not CLAIMS_FITNESS.search(sentence), sentence
        elif kind in ("trait", "skill"):
            assert not CLAIMS_EXPERIENCE.search(sentence), sentence
    assert lint([d.as_note() for d in found], interview) == []


def test_strength_kinds_of_realistic_strengths() -> None:
    assert {
        s: strength_kind(s)
        for s in (
            "can start immediately",
            "available to start in January",
            "willing to relocate",
            "team player",
            "love solving hard problems",
            "keen eye for detail",
            "fluent in Spanish",
            "I hold a CPA licence",
            "cut warehouse costs by a third",
            "spearheaded a new onboarding programme",
            "ten years of Python",
            "background in nursing",
        )
    } == {
        "can start immediately": "availability",
        "available to start in January": "availability",
        "willing to relocate": "availability",
        "team player": "trait",
        "love solving hard problems": "trait",
        "keen eye for detail": "trait",
        "fluent in Spanish": "skill",
        "I hold a CPA licence": "skill",
        "cut warehouse costs by a third": "achievement",
        "spearheaded a new onboarding programme": "achievement",
        "ten years of Python": "experience",
        "background in nursing": "experience",
    }


def test_the_review_case_reads_as_availability_not_experience() -> None:
    _, found = _strength_notes("can start immediately")
    text = " ".join(d.body for d in found)
    assert "experience fits the role well: I can start immediately" not in text
    assert re.search(
        r"(It may also help to know that|On the practical side,|As for logistics,) "
        r"I can start immediately",
        text,
    ), text


def test_a_second_strength_of_another_kind_is_not_joined_to_the_first() -> None:
    people = (interviewer("Priya Raman", topics=("on-call rotation", "starting dates")),)
    interview = make_interview(
        interviewers=people,
        strengths=("ran a blameless on-call rotation for two years", "can start immediately"),
    )
    (note,) = [d for d in written(interview, local("2026-11-17 12:00")) if d.kind == "thank_you"]
    assert "I ran a blameless on-call rotation" in note.body
    assert "start immediately" not in note.body


def test_check_ins_drop_the_year_within_it_and_keep_it_across_new_year() -> None:
    this_year = make_interview(decision_by=date(2026, 11, 20))
    now = local("2026-11-23 10:00")
    (check_in,) = [d for d in written(this_year, now) if d.kind is NoteKind.CHECK_IN]
    # Written for the day it may go (24 November), a week on: the date in full.
    assert (
        "When we met on Tuesday 17 November, you expected to have news by "
        "Friday 20 November," in check_in.body
    )
    assert "2026" not in check_in.body

    start = local("2026-12-21 10:00")
    across = make_interview(start=start, decision_by=date(2027, 1, 6))
    later = local("2027-01-08 10:00")
    found = written(across, later)
    (check_in,) = [d for d in found if d.kind is NoteKind.CHECK_IN]
    # Rule book, second edition: the thank-you expired unsent, so the check-in thanks.
    assert "Thank you for your time on Monday 21 December 2026" in check_in.body
    assert "by Wednesday 6 January 2027," in check_in.body
    assert lint([d.as_note() for d in found], across) == []


def test_no_draft_of_the_current_year_names_the_year() -> None:
    interview = make_interview(decision_by=date(2026, 11, 20), references_requested=True)
    for now in (local("2026-11-17 12:00"), local("2026-11-24 10:00"), local("2026-12-01 10:00")):
        for draft in written(interview, now):
            assert "2026" not in draft.subject + draft.body, draft.body


@pytest.mark.parametrize(
    ("said", "wanted", "not_said"),
    [
        # Issue 16's third review: the note named days the employer never gave.
        ("Check back next week.", "asked me to check back with you around this time", "Monday"),
        (
            "Get in touch with me if you have heard nothing by the 3rd.",
            "asked me to get in touch if I had not heard by Thursday 3 December",
            "Friday 4 December",
        ),
        # A day they named is still named.
        ("They asked me to check back on Monday.", "check back with you on Monday 23 November", ""),
    ],
)
def test_a_check_in_names_only_the_day_they_gave(said: str, wanted: str, not_said: str) -> None:
    interview = make_interview(next_step=said, start=local("2026-11-17 10:00"))
    now = local("2026-12-10 12:00")
    (check_in,) = [d for d in written(interview, now) if d.kind is NoteKind.CHECK_IN]
    text = " ".join(check_in.body.split())
    assert wanted in text, text
    assert not not_said or not_said not in text
