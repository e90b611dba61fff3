"""A mistake folded into a courteous sentence (issue 12, round twelve): each
later clause of a long sentence, after ", and", ";", a dash or ", although /
which / but ...", is read by the model alone, so the courteous start does
not hide it; a parenthesis that cites them ("as you said") is no clause of
its own, and a clause asking of a plan, not of the writer, is no verdict
question.

The sentences here were written for this test; none is in a held-out set.
"""

from __future__ import annotations

import pytest

from followup.writing.lint import Code, _clauses, lint
from followup.writing.note import parse_note


def codes(sentence: str, kind: str = "thank_you") -> set[Code]:
    text = (
        f"Kind: {kind}\n\nDear Mr Tanaka,\n\nThank you for showing me round the Kawasaki "
        f"depot on Thursday. {sentence}\n\nKind regards,\nMiriam Cole\n"
    )
    return {f.code for f in lint([parse_note(text, "n.txt")])}


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed hearing how the drivers plan the night routes around the port, and would "
        "be glad to learn whether I came out ahead of the other finalists.",
        "Your account of the new cold-chain checks was the best part of the visit; I would "
        "be grateful to hear whether the job is likely to be mine.",
    ],
)
def test_an_outcome_question_after_a_courteous_clause_is_caught(sentence: str) -> None:
    assert Code.ASKS_OUTCOME in codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I admired the way the shift leads brief the loaders before each run; my current "
        "manager would never bother with anything so sensible.",
        "The yard was tidy and the handovers calm, which was a welcome change from the chaos "
        "I put up with at my present depot.",
    ],
)
def test_a_dig_after_a_courteous_clause_is_negative(sentence: str) -> None:
    assert Code.NEGATIVE in codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A plan asked after, not the writer's verdict.
        "You said the team hoped to hold the practical tests at the depot early next month, "
        "and I would be grateful to know whether that is still the plan.",
        # Long service, cited from them: no waiting in it.
        "I would enjoy working with your drivers, many of whom, as you said, have driven "
        "for the firm for more than twenty years.",
        # A courteous second clause.
        "I enjoyed our talk about the loading bays, and I would be glad to send the rota "
        "template I mentioned.",
    ],
)
def test_courteous_later_clauses_stay_clean(sentence: str) -> None:
    assert not codes(sentence) & {Code.ASKS_OUTCOME, Code.NEGATIVE}


def test_every_later_clause_is_read_and_a_citing_parenthesis_is_not_one() -> None:
    text = (
        "I enjoyed the visit to the cold store, particularly the racking the pickers use; "
        "the drivers, as you said, have been with you for many years."
    )
    assert [clause for _, clause in _clauses(text)] == [
        "Particularly the racking the pickers use.",
        "The drivers, have been with you for many years.",
    ]
