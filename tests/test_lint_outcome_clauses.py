"""Asking for the verdict in a clause of a longer sentence, in words the
older rules did not know: passing the interview, a decision in my favour,
my name on the list, whether they felt I was the right fit, whether I will
be among those invited. Asking about the process stays clean."""

from __future__ import annotations

import pytest

from followup.writing.lint import Code, lint
from followup.writing.note import parse_note


def codes(sentence: str) -> set[Code]:
    text = (
        "Dear Mr Haddad,\n\nThank you for Tuesday's interview and for walking me through the "
        f"night-shift rota at the Sidon depot. {sentence}\n\nKind regards,\nNour Khalil\n"
    )
    return {f.code for f in lint([parse_note(text, "n.txt")])}


@pytest.mark.parametrize(
    "sentence",
    [
        "I would welcome a note on the timing, and on whether I cleared the second stage.",
        "Please tell me if the selection board decided in my favor, and when I might start.",
        "I shall be thankful if you could say whether my name appears on the merit list.",
        "I am keen to hear if you thought I was a strong candidate, and what comes next.",
        "Could you let me know whether I will be one of the applicants shortlisted for the "
        "final panel?",
    ],
)
def test_asking_for_the_verdict_inside_a_longer_sentence(sentence: str) -> None:
    assert Code.ASKS_OUTCOME in codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I would welcome a note on when the second stage is likely to take place.",
        "If I am selected, I would be glad to start after my notice period.",
        "I hope I gave a clear picture of why I would be a good fit for the depot.",
        "Please let me know whether my name should appear as Nour or Nour K. on the badge.",
    ],
)
def test_asking_about_the_process_stays_clean(sentence: str) -> None:
    assert Code.ASKS_OUTCOME not in codes(sentence)
