"""A complaint added as the last clause of a courteous sentence ("..., although
the wait was ...") is read on its own by the model, so the courteous start
does not hide it; elapsed time stated plainly and short sentences are not
torn apart."""

from __future__ import annotations

import pytest

from followup.writing.lint import Code, _clauses, lint
from followup.writing.note import parse_note


def codes(sentence: str, kind: str = "check_in") -> set[Code]:
    text = (
        f"Kind: {kind}\n\nDear Ms Varga,\n\nThank you again for the interview for the "
        f"warehouse supervisor post and the tour of the Győr site. {sentence}\n\n"
        "Kind regards,\nPetra Nagy\n"
    )
    return {f.code for f in lint([parse_note(text, "n.txt")])}


def test_a_complaint_in_the_last_clause_is_negative() -> None:
    sentence = (
        "I would be glad to send the shift plans we talked about, although the whole process "
        "has been far slower and more disorganised than I was promised."
    )
    assert Code.NEGATIVE in codes(sentence)


def test_elapsed_time_said_plainly_in_a_clause_stays_clean() -> None:
    sentence = (
        "I wanted to ask where the search for the supervisor post stands, as it has been two "
        "weeks since my second interview with you."
    )
    assert Code.NEGATIVE not in codes(sentence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I liked the tour, although it rained.", []),
        (
            "I enjoyed hearing about the new racking in the cold store, particularly the way "
            "the pickers' routes were redrawn last spring.",
            ["Particularly the way the pickers' routes were redrawn last spring."],
        ),
    ],
)
def test_only_a_long_sentence_gives_its_last_clause(text: str, expected: list[str]) -> None:
    assert [clause for _, clause in _clauses(text)] == expected
