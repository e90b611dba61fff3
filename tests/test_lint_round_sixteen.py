"""Round sixteen (issue 12), from studying set 16 after its one scoring: a
note pasted with single line breaks still has a signature (with a sign-off,
one we do not know, or none); "Sincerely yours," is a sign-off; a sign-off
in another language a blank line above the name is one even when the
dictionary happens to list its words; a note to a panel needs no one's name
in its greeting; a word said twice ("boda boda") is no slip; "un" before a
known participle is a word; South African and Kenyan slang is casual, not
misspelled.

The notes here were written for this test; none is in a held-out set or the
training corpus.
"""

from __future__ import annotations

import pytest

from followup.writing.lint import Code, lint
from followup.writing.note import parse_note
from tests.lint_scoring import findings

BODY = (
    "Thank you for showing me the cold chain at the Kisumu depot on Wednesday and for "
    "explaining how the night pickers stage the vaccine orders.\n"
    "Your point about the delays at the loading bay stayed with me, and I have sketched how "
    "the dock slots could be booked a day ahead.\n"
)


@pytest.mark.parametrize(
    "ending",
    [
        "Wanjiku Mwangi-Otieno\nWarehouse Supervisor, Nakuru\n",
        "Ngā mihi,\nTipene Hohaia\n",
        "Sincerely yours,\nPark Ji-hoon\n",
    ],
)
def test_a_signature_right_under_the_last_sentence_is_a_signature(ending: str) -> None:
    found = findings("Dear Ms Achieng,\n" + BODY + ending)
    assert Code.SPELLING.value not in found, found
    assert Code.INFORMAL.value not in found, found


def test_a_sign_off_the_dictionary_half_knows_is_still_a_sign_off() -> None:
    text = "Dear Mr Breathnach,\n\n" + BODY + "\nLe gach dea-ghuí,\n\nCiara Ní Fhloinn\n"
    found = findings(text)
    assert Code.INFORMAL.value not in found, found


def test_a_note_to_a_panel_greets_them_as_a_group() -> None:
    text = (
        "To: Selection panel, Kisumu Cold Stores\n\nDear all,\n\n"
        + BODY
        + "\nKind regards,\nAmos Ouma\n"
    )
    note = parse_note(text, "panel.txt")
    assert Code.MISSING_NAME not in {f.code for f in lint([note])}


def test_a_note_to_a_person_still_names_them() -> None:
    text = "To: Grace Achieng\n\nDear all,\n\n" + BODY + "\nKind regards,\nAmos Ouma\n"
    note = parse_note(text, "person.txt")
    assert Code.MISSING_NAME in {f.code for f in lint([note])}


@pytest.mark.parametrize(
    "line",
    [
        "Most of my claims work has been for matatu and boda boda operators in Kisumu.",
        "I also cleared the backlog of unbilled storage charges from the spring.",
    ],
)
def test_words_english_makes_or_borrows_are_no_slips(line: str) -> None:
    found = findings("Dear Ms Achieng,\n\n" + BODY + "\n" + line + "\n\nKind regards,\nAmos Ouma\n")
    assert Code.SPELLING.value not in found, found


def test_a_negated_slip_is_still_a_slip() -> None:
    line = "I also cleared the backlog of unfinshed storage orders from the spring."
    found = findings("Dear Ms Achieng,\n\n" + BODY + "\n" + line + "\n\nKind regards,\nAmos Ouma\n")
    assert any("'unfinshed'" in m for m in found.get(Code.SPELLING.value, [])), found


@pytest.mark.parametrize("word", ["bru", "lekker", "Niaje"])
def test_regional_slang_is_casual_not_misspelled(word: str) -> None:
    line = f"{word}, the depot tour was a real eye-opener for me."
    found = findings("Dear Ms Achieng,\n\n" + BODY + "\n" + line + "\n\nKind regards,\nAmos Ouma\n")
    assert Code.INFORMAL.value in found, found
    assert Code.SPELLING.value not in found, found
