"""Third reading by two hiring managers (issue #11): what they still flagged.

Each test writes its own interview, using only facts the record holds, and
asserts what the drafts say: a check-in does not put a vague timeframe in the
reader's mouth or give it a day; a strength follows a topic only when the two
are related; a thank-you with nothing on file invents nothing about the
reader; a listed topic is something the two talked about, not something the
reader explained; a panel's late notes open differently; a letter greets by
honorific and surname when the record gives one.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from followup.etiquette.model import Contact, ContactKind, Debrief, Interview, Purpose
from followup.etiquette.planner import plan
from followup.writing.drafting import Draft, Sender, drafts
from followup.writing.kinds import NoteKind
from followup.writing.lint import lint
from tests.factories import interviewer, local, make_interview

SENDER = Sender(name="Alex Morgan")


def written(interview: Interview, now_text: str) -> list[Draft]:
    now = local(now_text)
    return list(drafts(interview, plan(interview, now), SENDER, now=now).drafts)


def thanked(interview: Interview) -> Interview:
    """Every interviewer thanked the evening of the interview: a check-in comes next."""
    return make_interview(
        **{
            **{f: getattr(interview, f) for f in ("company", "role", "interviewers")},
            "next_step": interview.next_step,
            "decision_by": interview.decision_by,
            "contacts": tuple(
                Contact(ContactKind.EMAIL, local("2026-11-17 15:00"), Purpose.THANK_YOU, p.name)
                for p in interview.interviewers
            ),
        }
    )


# --- 1. a vague timeframe is the candidate's understanding, without a day -----------


@pytest.mark.parametrize(
    ("next_step", "said"),
    [
        ("We will call finalists next week.", "in the week of 23 November"),
        ("They will let me know by the end of next week.", "in the week of 23 November"),
        ("Someone will email us by the end of the month.", "by the end of November"),
    ],
)
def test_a_vague_next_step_is_not_given_a_day_or_put_in_their_mouth(
    next_step: str, said: str
) -> None:
    person = interviewer("Dana Whitfield", topics=("claims triage models",))
    interview = thanked(make_interview(interviewers=(person,), next_step=next_step))
    (check_in,) = [d for d in written(interview, "2026-12-02 10:00") if d.kind is NoteKind.CHECK_IN]
    body = check_in.body
    assert "you expected" not in body.lower(), body
    assert "I understood that news" in body and said in body, body
    # No weekday-and-date the employer never gave ("by Friday 27 November").
    understood = body.split("I understood", 1)[1].split(".")[0]
    assert not re.search(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", understood), body
    assert lint([check_in.as_note()], interview) == []


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"next_step": "We'll make a decision by Friday."}, "by Friday 20 November"),
        ({"decision_by": date(2026, 11, 25)}, "by Wednesday 25 November"),
    ],
)
def test_a_day_the_record_gives_is_still_named(fields: dict[str, object], said: str) -> None:
    person = interviewer("Dana Whitfield", topics=("claims triage models",))
    interview = thanked(make_interview(interviewers=(person,), **fields))
    (check_in,) = [d for d in written(interview, "2026-12-02 10:00") if d.kind is NoteKind.CHECK_IN]
    assert said in check_in.body, check_in.body


# --- 2. a strength follows a topic only when the two are related ---------------------


def panel_of_two() -> Interview:
    return make_interview(
        company="Hillcrest Academy",
        role="Head of Mathematics",
        interviewers=(
            interviewer("Ruth Jameson", title="Governor", topics=("parental engagement",)),
            interviewer(
                "Ahmed Khan", title="Head of Science", topics=("cross-curricular numeracy",)
            ),
        ),
        strengths=(
            "set up a numeracy programme with the science department",
            "trained twelve new teachers",
        ),
        debrief=Debrief(),
    )


def test_a_strength_goes_to_the_reader_whose_topic_it_shares_a_word_with() -> None:
    made = written(panel_of_two(), "2026-11-17 17:00")
    notes = {d.to: d.body for d in made if d.kind is NoteKind.THANK_YOU}
    ahmed, ruth = notes["Ahmed Khan"], notes["Ruth Jameson"]
    assert "numeracy programme" in ahmed and "numeracy programme" not in ruth
    # Related: said right after the topic, in the same paragraph.
    (para,) = [p for p in ahmed.split("\n\n") if "cross-curricular numeracy" in p]
    assert "numeracy programme" in para
    # Unrelated: never in the paragraph that names her topic, nor hung on it.
    (para,) = [p for p in ruth.split("\n\n") if "parental engagement" in p]
    assert "teachers" not in para, ruth
    assert "trained twelve new teachers" in ruth


def test_the_stock_for_my_part_shape_is_gone() -> None:
    for start in range(6):
        people = tuple(
            interviewer(f"Reader {chr(65 + k)}", topics=("teaching teachers",))
            for k in range(start % 3 + 1)
        )
        interview = make_interview(
            company=f"School {start}", interviewers=people, strengths=("trained new teachers",)
        )
        for d in written(interview, "2026-11-17 17:00"):
            assert "For my part" not in d.body
            assert "hope to build on in this role" not in d.body


# --- 3. nothing on file: a short honest note --------------------------------------------


def test_a_thank_you_with_no_notes_invents_nothing_about_the_reader() -> None:
    person = interviewer("Sam Ortiz", title="Operations Manager", topics=())
    interview = make_interview(
        company="Brightline Electrical",
        role="Qualified Electrician",
        interviewers=(person,),
        strengths=(),
        debrief=Debrief(),
    )
    (note,) = [d for d in written(interview, "2026-11-17 17:00") if d.kind is NoteKind.THANK_YOU]
    body = note.body
    for invented in ("your side", "where you sit", "your account", "answered several questions"):
        assert invented not in body, body
    assert "Operations Manager" not in body


# --- 4. a listed topic: talked about, not explained ------------------------------------


@pytest.mark.parametrize("name", ["Lena Ford", "Omar Haddad"])
def test_a_logistics_topic_is_talked_about_not_explained_by_them(name: str) -> None:
    person = interviewer(name, topics=("notice period",))
    interview = make_interview(interviewers=(person,), strengths=(), debrief=Debrief())
    (note,) = [d for d in written(interview, "2026-11-17 17:00") if d.kind is NoteKind.THANK_YOU]
    body = note.body
    assert "notice period" in body
    assert not re.search(r"talking me through|going through|explain", body), body
    assert re.search(
        r"(talking|talk|discuss)\w* about the notice period|discuss the notice period", body
    )


# --- 5. a panel's late thank-yous open differently ---------------------------------------


def test_a_panel_of_four_late_thank_yous_open_with_four_apologies() -> None:
    names = ("Pieter de Vries", "Sanne Bakker", "Joris Smit", "Eva Jansen")
    people = tuple(interviewer(n, topics=(f"topic {k}",)) for k, n in enumerate(names))
    interview = make_interview(
        interviewers=people,
        debrief=Debrief(forgot_to_mention="I speak Dutch and German."),
    )
    notes = [d for d in written(interview, "2026-11-19 10:00") if d.kind is NoteKind.THANK_YOU]
    assert len(notes) == 4
    openings = {d.body.split("\n\n")[1] for d in notes}
    assert len(openings) == 4, openings
    # The forgotten point, in every note (rule book), in four different sentences.
    forgot = {p for d in notes for p in re.split(r"(?<=\.) ", d.body) if "Dutch and German" in p}
    assert len(forgot) == 4, forgot


# --- 6. a letter greets by honorific and surname when the record gives one -------------


@pytest.mark.parametrize(
    ("name", "title", "greeting", "head"),
    [
        ("Ms Patricia Doyle", "Team Manager", "Dear Ms Doyle,", "Ms Patricia Doyle\nTeam Manager"),
        ("Patricia Doyle", "Ms", "Dear Ms Doyle,", "Ms Patricia Doyle\nNorthwind"),
        ("Patricia Doyle", "Team Manager", "Dear Patricia Doyle,", "Patricia Doyle\nTeam Manager"),
        ("Patricia Doyle", None, "Dear Patricia Doyle,", "Patricia Doyle\nNorthwind"),
    ],
)
def test_a_letter_greets_by_title_and_surname_or_full_name(
    name: str, title: str | None, greeting: str, head: str
) -> None:
    person = interviewer(name, title=title, email=None, topics=("caseload sizes",))
    interview = make_interview(interviewers=(person,))
    (letter,) = [d for d in written(interview, "2026-11-17 17:00") if d.kind is NoteKind.THANK_YOU]
    assert letter.heading is not None and head in letter.heading, letter.heading
    assert letter.body.startswith(greeting), letter.body
    assert lint([letter.as_note()], interview) == []


def test_check_ins_carrying_late_thanks_do_not_all_open_alike() -> None:
    openings = set()
    for n in range(8):
        person = interviewer("Dana Whitfield", topics=("claims triage models",))
        interview = make_interview(
            company=f"Harbour Works {n}",
            interviewers=(person,),
            next_step="We'll decide by Friday.",
        )
        made = written(interview, "2026-12-01 10:00")
        for d in made:
            if d.kind is NoteKind.CHECK_IN and re.search(r"sooner|before now|delay", d.body):
                openings.add(d.body.split("\n\n")[1].split(" on Tuesday")[0])
    assert len(openings) >= 2, openings


@pytest.mark.parametrize("role", ["Nurse", "Senior Data Engineer", "Chef"])
def test_every_question_form_is_specific_enough_for_the_linter(role: str) -> None:
    # Nothing on file about anyone: each of six readers is asked a different question.
    names = ("Priya Raman", "Marcus Bell", "Ana Ruiz", "Kwame Mensah", "Siobhan Neill", "Li Wei")
    people = tuple(interviewer(n, title=None, topics=()) for n in names)
    for n in range(4):
        interview = make_interview(
            company=f"Tailspin {n}",
            role=role,
            interviewers=people,
            strengths=(),
            debrief=Debrief(),
        )
        notes = [d for d in written(interview, "2026-11-17 17:00") if d.kind is NoteKind.THANK_YOU]
        asked = {p for d in notes for p in d.body.split("\n\n") if "joining as" in p}
        assert len(asked) == 6, asked
        assert lint([d.as_note() for d in notes], interview) == []


def test_a_day_given_by_someone_else_is_not_put_in_the_readers_mouth() -> None:
    person = interviewer("Dana Whitfield", topics=("claims triage models",))
    interview = thanked(
        make_interview(
            interviewers=(person,), next_step="The recruiter will phone candidates on Friday."
        )
    )
    (check_in,) = [d for d in written(interview, "2026-12-02 10:00") if d.kind is NoteKind.CHECK_IN]
    assert "you expected" not in check_in.body.lower(), check_in.body
    assert "I understood there would be news by Friday 20 November" in check_in.body
