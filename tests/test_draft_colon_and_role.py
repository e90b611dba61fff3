"""After a colon the pasted debrief runs on in lower case unless it starts with
a name; a question about the role gives it an article by sound."""

from __future__ import annotations

import re

import pytest

from followup.etiquette.model import Debrief, Outcome, OutcomeKind
from followup.etiquette.planner import plan
from followup.writing.drafting import drafts
from followup.writing.kinds import NoteKind
from followup.writing.lint import lint
from tests.factories import interviewer, local, make_interview

AFTER = local("2026-11-17 12:00")


def _bodies(kind: NoteKind, **fields: object) -> list[str]:
    interview = make_interview(**fields)
    found = drafts(interview, plan(interview, AFTER), now=AFTER).drafts
    assert lint([d.as_note() for d in found], interview) == []
    return [d.body for d in found if d.kind is kind]


@pytest.mark.parametrize(
    ("stood_out", "said"),
    [
        (
            "Analysts join investment committee meetings early.",
            ": analysts join investment committee meetings early.",
        ),
        ("Monthly simulation drills run for the whole unit.", ": monthly simulation drills"),
        ("Families visit the ward every evening.", ": families visit the ward"),
        # Names stay as written: the company, a product named in a topic, "I".
        ("Northwind runs a blameless postmortem culture.", ": Northwind runs"),
        ("Kafka streams feed every dashboard.", ": Kafka streams"),
        ("James runs the data platform guild.", ": James runs"),
    ],
)
def test_the_stood_out_line_after_a_colon_starts_lower_unless_a_name(
    stood_out: str, said: str
) -> None:
    people = (
        interviewer("Priya Raman", topics=("Kafka streams",)),
        interviewer("Marcus Bell", topics=("data modelling",)),
    )
    bodies = _bodies(NoteKind.THANK_YOU, interviewers=people, debrief=Debrief(stood_out=stood_out))
    # Rule book, second edition: what stood out becomes appreciation or a
    # question ("I was glad to hear that ...", "... more about how ..."), so
    # the line runs on after "that" or "how" as it did after a colon.
    tail = said.removeprefix(": ")
    assert any(re.search(rf"(?:: |that |how ){re.escape(tail)}", b) for b in bodies), bodies


def test_the_bridge_note_lowers_the_pasted_line_too() -> None:
    rejected = make_interview(
        outcome=Outcome(OutcomeKind.REJECTED, local("2026-11-25 15:00"), keep_in_touch=True),
        debrief=Debrief(stood_out="Analysts join investment committee meetings early."),
    )
    now = local("2026-11-25 16:00")
    (bridge,) = [
        d for d in drafts(rejected, plan(rejected, now)).drafts if d.kind is NoteKind.BRIDGE
    ]
    assert "that analysts join investment committee meetings early." in bridge.body


def test_forgot_to_mention_keeps_i() -> None:
    bodies = _bodies(NoteKind.THANK_YOU, debrief=Debrief(forgot_to_mention="I hold a CCRN."))
    assert any("I hold a CCRN." in b for b in bodies), bodies


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("Backend Engineer", "joining as a Backend Engineer?"),
        ("ICU Registered Nurse", "joining as an ICU Registered Nurse?"),
        ("Engineering Manager", "joining as an Engineering Manager?"),
        ("MBA Intern", "joining as an MBA Intern?"),
        ("UX Designer", "joining as a UX Designer?"),
    ],
)
def test_the_question_about_the_role_takes_an_article_by_sound(role: str, said: str) -> None:
    bare = (interviewer("Sam", title=None, topics=(), phone=None),)
    bodies = _bodies(NoteKind.THANK_YOU, interviewers=bare, role=role, strengths=())
    assert len(bodies) == 1
    assert said.rstrip("?") in bodies[0], bodies[0]
