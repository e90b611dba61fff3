"""A long word of an office one letter off ("acommodation"-like slips in
words too rare for the common-word check) is a slip; a long trade word that
is no dictionary word's neighbour stays clean."""

from __future__ import annotations

import pytest

from followup.writing.lint import Code, lint
from followup.writing.note import parse_note


def codes(sentence: str) -> set[Code]:
    text = f"Dear Morgan,\n\nThank you for Monday's interview. {sentence}\n\nBest regards,\nRui\n"
    return {f.code for f in lint([parse_note(text, "n.txt")])}


@pytest.mark.parametrize(
    "sentence",
    [
        "We spent a while on the decommisioning of the old depot.",
        "I liked hearing about the standardisaton of the audit templates.",
        "Your account of the refurbishmment of the east wing was vivid.",
    ],
)
def test_a_long_word_one_letter_off_a_dictionary_word_is_a_slip(sentence: str) -> None:
    assert Code.SPELLING in codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I liked hearing about the hydrotreating unit and its debottlenecking study.",
        "Your point about the pharmacovigilance signals and their triage stayed with me.",
        "The recommissioning plan for the chillers was a highlight of the tour.",
    ],
)
def test_long_trade_words_stay_clean(sentence: str) -> None:
    assert Code.SPELLING not in codes(sentence)
