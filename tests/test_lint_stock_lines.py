"""`generic` on meaning, round twelve (issue 12): stock lines ("I could hit
the ground running", "an area where my previous experience would add value",
"the department's priorities for the coming year") and the employer's name
("bring them to Northgate Veterinary Hospital") name no detail of the
conversation; a note with one real detail stays specific.

The notes here were written for this test; none is in a held-out set.
"""

from __future__ import annotations

import pytest

from followup.writing.lint import Code, lint
from followup.writing.note import parse_note

FORM_LETTERS = [
    "Dear Ms Novak,\n\nThank you for a great conversation on Tuesday about the stores "
    "supervisor role. Everything we discussed confirmed that this would be the right next "
    "step for me, and I know I could hit the ground running.\n\nI look forward to hearing "
    "from you.\n\nBest regards,\nTomas Berg\n",
    "Dear Dr Quist,\n\nThank you for meeting me to talk about the position. I believe my "
    "skills and previous experience would make me a strong fit, and I would be glad to "
    "bring them to Northgate Veterinary Hospital.\n\nKind regards,\nLena Moss\n",
    "Dear Mr Adair,\n\nThank you for a very enjoyable interview for the analyst post. It "
    "was encouraging to hear about the department's priorities for the coming year, and "
    "this is an area where I hope to contribute.\n\nWith best wishes,\nRuth Ekwall\n",
]

SPECIFIC_NOTES = [
    "Dear Ms Novak,\n\nThank you for a great conversation on Tuesday about the stores "
    "supervisor role. Your plan to move the spare-parts cage next to the loading bay before "
    "the winter shutdown is the kind of change I have run before.\n\nBest regards,\nTomas "
    "Berg\n",
    "Dear Dr Quist,\n\nThank you for meeting me at Northgate Veterinary Hospital. I keep "
    "thinking about your point that the out-of-hours triage calls double in lambing "
    "season.\n\nKind regards,\nLena Moss\n",
]


def codes(text: str) -> set[str]:
    note = parse_note("Kind: thank_you\n\n" + text, "note.txt")
    return {f.code.value for f in lint([note])}


@pytest.mark.parametrize("text", FORM_LETTERS)
def test_stock_lines_and_the_employers_name_are_generic(text: str) -> None:
    assert Code.GENERIC.value in codes(text)


@pytest.mark.parametrize("text", SPECIFIC_NOTES)
def test_one_real_detail_keeps_the_note_specific(text: str) -> None:
    assert Code.GENERIC.value not in codes(text)
