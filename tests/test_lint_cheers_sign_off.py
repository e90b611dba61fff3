"""A "Cheers" opening the closing line is a casual sign-off, with a word or two
more after it as well as with the name; "cheers" in a sentence is fine."""

from __future__ import annotations

import pytest

from followup.writing.lint import Code, lint
from followup.writing.note import parse_note

BODY = (
    "Dear Ms Havili,\n\nThank you for showing me the cold store on Tuesday and for explaining "
    "how the night shift rotates pallets before the Friday deliveries.\n\n"
)


def codes(text: str) -> set[Code]:
    return {f.code for f in lint([parse_note(text, "n.txt")])}


@pytest.mark.parametrize("closing", ["Cheers for now,", "Cheers then, friend,", "Cheers again!"])
def test_cheers_with_words_after_it_closing_the_note_is_informal(closing: str) -> None:
    assert Code.INFORMAL in codes(f"{BODY}{closing}\nTevita Fifita\n")


def test_cheers_in_a_sentence_and_a_plain_sign_off_stay_clean() -> None:
    text = (
        f"{BODY}The way the crew cheers each on-time dispatch stayed with me.\n\n"
        "Kind regards,\nTevita Fifita\n"
    )
    assert Code.INFORMAL not in codes(text)
