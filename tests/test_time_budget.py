"""The time budget of drafting and linting: a shell passes `out_of_time`, the core obeys.

Deterministic: the budgets here are spent from the start, or after a given
number of questions, never measured on the clock.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from followup.etiquette.planner import plan
from followup.writing.budget import LATE_DRAFT, never
from followup.writing.drafting import drafts
from followup.writing.lint import Code, lint
from followup.writing.note import Note
from tests.factories import local, make_interview

# After the interview, before any check-in: two thank-yous and the references are open.
AFTER = local("2026-11-17 12:00")


def spent_after(answers: int) -> Callable[[], bool]:
    """A budget that lasts `answers` questions, then is spent."""
    asked = itertools.count()
    return lambda: next(asked) >= answers


def test_a_budget_never_spent_changes_nothing() -> None:
    interview = make_interview()
    planned = plan(interview, AFTER)
    assert drafts(interview, planned, now=AFTER, out_of_time=never) == drafts(
        interview, planned, now=AFTER
    )


def test_a_spent_budget_gives_placeholders_that_say_so() -> None:
    interview = make_interview()
    planned = plan(interview, AFTER)
    full = drafts(interview, planned, now=AFTER)
    late = drafts(interview, planned, now=AFTER, out_of_time=lambda: True)
    assert len(full.drafts) >= 2
    # The same messages, in the same order, each one a placeholder.
    assert [d.action_id for d in late.drafts] == [d.action_id for d in full.drafts]
    assert [d.to for d in late.drafts] == [d.to for d in full.drafts]
    for draft in late.drafts:
        assert draft.late
        assert draft.body == LATE_DRAFT + "\n"
        assert draft.email is None
        assert draft.subject == ""
    assert LATE_DRAFT.startswith("This draft could not be prepared in time.")
    # No hint is drawn from a draft that was not written.
    assert late.hints == ()


def test_a_budget_spent_midway_keeps_the_drafts_written_in_time() -> None:
    interview = make_interview()
    planned = plan(interview, AFTER)
    full = drafts(interview, planned, now=AFTER)
    part = drafts(interview, planned, now=AFTER, out_of_time=spent_after(1))
    assert part.drafts[0] == full.drafts[0]
    assert not part.drafts[0].late
    assert all(d.late for d in part.drafts[1:])
    assert len(part.drafts) == len(full.drafts)


def _notes() -> list[Note]:
    interview = make_interview()
    planned = plan(interview, AFTER)
    return [d.as_note() for d in drafts(interview, planned, now=AFTER).drafts]


def test_lint_with_a_spent_budget_says_each_note_was_not_checked() -> None:
    notes = _notes()
    found = lint(notes, make_interview(), out_of_time=lambda: True)
    assert [(f.file, f.code) for f in found] == sorted((n.name, Code.STOPPED) for n in notes)
    assert {f.line for f in found} == {notes[0].body_line}
    assert found[0].message == (
        "Not checked in full: the time for checking ran out first; check this note on its own."
    )
    assert found[0].as_dict()["code"] == "stopped"


def test_lint_stops_between_checks_and_keeps_what_it_found() -> None:
    typo = Note(name="typo.txt", body="Thank you for the convresation yesterday.\n")
    clean = Note(name="later.txt", body="Thank you for your time.\n")
    # The first check of the first note (spelling) runs; then time is up.
    found = lint([typo, clean], out_of_time=spent_after(1))
    codes = {(f.file, f.code) for f in found}
    assert ("typo.txt", Code.SPELLING) in codes
    assert ("typo.txt", Code.STOPPED) in codes
    assert ("later.txt", Code.STOPPED) in codes
    assert ("later.txt", Code.SPELLING) not in codes


def test_lint_with_time_to_spare_finds_what_it_always_found() -> None:
    notes = _notes()
    assert lint(notes, make_interview(), out_of_time=never) == lint(notes, make_interview())
    assert all(f.code is not Code.STOPPED for f in lint(notes, make_interview()))
