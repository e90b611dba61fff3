"""Spelling slips of the hand (issue 12, round twelve): letters swapped, a
double letter typed once, a letter typed three times ("weeek") are slips
for the dictionary word they come from, however rare that word; a letter
stretched for effect in a word people stretch ("sooo", "goood") is still
informal; a doubled consonant that makes a common word ("propper") is no
British form; and a phrase in another language inside an English sentence
("Diolch am eich amser – ...") is not read against an English dictionary.

The sentences here were written for this test; none is in a held-out set.
"""

from __future__ import annotations

import pytest

from followup.writing import rules
from followup.writing.lint import lint
from followup.writing.note import parse_note


def findings(sentence: str) -> list[tuple[str, str]]:
    text = (
        "Kind: thank_you\n\nDear Ms Rhys,\n\nThank you for the interview on Monday about the "
        f"archive post. {sentence}\n\nKind regards,\nOwen Price\n"
    )
    return [(f.code.value, f.message) for f in lint([parse_note(text, "n.txt")])]


@pytest.mark.parametrize(
    ("sentence", "slip", "meant"),
    [
        ("I enjoyed seeing the parish regsiters from the 1840s.", "regsiters", "registers"),
        (
            "I admired the curator's candour and her warmth with the volunteres.",
            "volunteres",
            "volunteers",
        ),
        ("Your point about the dampnes in the lower store stayed with me.", "dampnes", "dampness"),
        ("I will send the cataloguing sample by the end of the weeek.", "weeek", "week"),
        ("It sounds like a propper challenge, and one I would enjoy.", "propper", "proper"),
    ],
)
def test_a_slip_of_the_hand_is_spelling(sentence: str, slip: str, meant: str) -> None:
    found = findings(sentence)
    assert "spelling" in {code for code, _ in found}, found
    message = next(m for code, m in found if code == "spelling")
    assert f"'{slip}'" in message and f"'{meant}'" in message
    assert "informal" not in {code for code, _ in found}


@pytest.mark.parametrize("sentence", ["It was sooo good to meet the team.", "The tour was goood."])
def test_a_word_stretched_for_effect_is_informal_not_spelling(sentence: str) -> None:
    found = {code for code, _ in findings(sentence)}
    assert "informal" in found and "spelling" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "I have refuelled the survey boat many times on the estuary.",
        "Diolch yn fawr iawn – it was a pleasure to see the reading room.",
        "Kia ora koutou katoa – thank you all for the welcome.",
    ],
)
def test_correct_words_and_a_phrase_in_another_language_pass(sentence: str) -> None:
    assert "spelling" not in {code for code, _ in findings(sentence)}


def test_slips_in_an_english_phrase_are_still_slips() -> None:
    found = findings("I realy enjoyd the tuor of the stacks.")
    assert "spelling" in {code for code, _ in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for fitting me in this arvo, it was a great natter.",
        "I am dead keen on the cataloguing project.",
    ],
)
def test_regional_colloquialisms_are_informal(sentence: str) -> None:
    assert "informal" in {code for code, _ in findings(sentence)}


@pytest.mark.parametrize("text", ["the dead letters office", "a dead end", "dead wood"])
def test_dead_as_a_plain_word_matches_no_rule(text: str) -> None:
    assert not any(r.pattern.search(text) for r in rules.INFORMAL)
