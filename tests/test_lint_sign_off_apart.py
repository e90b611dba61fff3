"""A sign-off a blank line above the name, in a language the dictionary lacks.

Published samples often leave a line for a handwritten signature between the
sign-off and the typed name. With an English sign-off the sign-off list finds
it; one in another language ("Ngā mihi,", "Yn gywir,", "Cofion cynnes,") was
read as the note's last sentence: its words misspelled, its tone casual. A
sign-off in English words that the list does not know ("Catch ya later,")
is still the note's, and still read for tone.
"""

from __future__ import annotations

import pytest

from followup.writing.lint import lint
from followup.writing.note import parse_note

BODY = (
    "Kind: thank_you\n\nDear Ms Hale,\n\nThank you for showing me the signal box at Crewe "
    "on Tuesday and for explaining how the interlocking is tested before each "
    "possession.\n\nI would be glad to help with the relay-room audit you described.\n\n"
    "{sign_off}\n\n{name}\n"
)


def codes(sign_off: str, name: str = "Rawiri Walker") -> set[str]:
    note = parse_note(BODY.format(sign_off=sign_off, name=name), "note.txt")
    return {finding.code.value for finding in lint([note])}


@pytest.mark.parametrize("sign_off", ["Ngā mihi,", "Yn gywir,", "Cofion cynnes,", "Nāku noa,"])
def test_a_courtesy_in_another_language_above_the_name_is_the_sign_off(sign_off: str) -> None:
    assert codes(sign_off) == set()


def test_with_a_title_and_phone_under_the_name_too() -> None:
    assert codes("Ngā mihi,", "Rawiri Tūhoe-Pene\nSignalling Technician\n021 555 0198") == set()


@pytest.mark.parametrize("sign_off", ["Catch ya later,", "Peace out,", "Ta muchly,"])
def test_a_casual_sign_off_in_english_words_is_still_read(sign_off: str) -> None:
    assert "informal" in codes(sign_off)


def test_a_misspelled_english_sign_off_is_still_a_slip() -> None:
    assert "spelling" in codes("Yours sincerly,")
