"""`generic` on the form letter (issue 12, round eight): a sentence the
specificity model reads as a detail ("the responsibilities you outlined")
names nothing of the conversation when all its words are stock, form-letter
vocabulary, names, or the company and role; a sentence with a real detail
keeps the note specific however formal the rest.

The notes here were written for this test; none is in a held-out set.
"""

from __future__ import annotations

import pytest

from followup.writing.lint import Code, lint
from followup.writing.note import parse_note

FORM_LETTERS = [
    # Praise of the panel and its questions, and the candidate's claims.
    "Dear Mr Okonkwo,\n\nThank you for the interview on Friday. I valued the time the panel "
    "devoted to answering my questions, and the expectations you described for the "
    "role.\n\nI would bring integrity, a collaborative approach and a strong work ethic to "
    "the team.\n\nYours sincerely,\nHelena Marsh\n",
    # Formal gratitude: distinguished, honour, esteemed.
    "Dear Dr Lindqvist,\n\nIt was an honour to be received by such a distinguished panel "
    "from your esteemed organisation. The challenges ahead that you outlined reinforced my "
    "interest in the position.\n\nWith kind regards,\nAmara Felton\n",
    # Casual, and still about nothing of the interview.
    "Hi Jess,\n\nThanks heaps for today, honestly the whole team seemed awesome and I "
    "totally got the lowdown on the role. Super keen to hear whether I was successful in "
    "this round!\n\nCheers,\nRory\n",
]

SPECIFIC_NOTES = [
    # Formal vocabulary around one real detail of the conversation.
    "Dear Mr Okonkwo,\n\nThank you for the interview on Friday. I valued your account of how "
    "the night shift reconciles the pharmacy stock counts against the ward orders, and the "
    "panel's question on controlled-drug audits.\n\nYours sincerely,\nHelena Marsh\n",
    "Dear Dr Lindqvist,\n\nIt was an honour to hear how your lab moved its freezer inventory "
    "onto barcoded racks after the sample mix-up in March. I have attached the label "
    "template I mentioned.\n\nWith kind regards,\nAmara Felton\n",
]


def codes(text: str) -> set[str]:
    note = parse_note("Kind: thank_you\n\n" + text, "note.txt")
    return {f.code.value for f in lint([note])}


@pytest.mark.parametrize("text", FORM_LETTERS)
def test_form_letter_vocabulary_is_generic(text: str) -> None:
    assert Code.GENERIC.value in codes(text)


@pytest.mark.parametrize("text", SPECIFIC_NOTES)
def test_a_real_detail_among_formal_words_is_specific(text: str) -> None:
    assert Code.GENERIC.value not in codes(text)
