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


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Send me the deets for the induction day and I will be there.", "deets"),
        ("I can bring references, portfolio, whatevs you need.", "whatevs"),
        ("Lemme know when the rota is out.", "Lemme"),
        ("Great convo about the loading bay on Tuesday.", "convo"),
    ],
)
def test_clipped_slang_is_informal_not_a_spelling_mistake(sentence: str, word: str) -> None:
    note = parse_note(f"Kind: thank_you\n\nHi Dana,\n\n{sentence}\n\nBest,\nSam\n", "note.txt")
    findings = lint([note])
    assert not [f for f in findings if f.code is Code.SPELLING], findings
    assert any(f.code is Code.INFORMAL and word.lower() in f.message.lower() for f in findings)


def spelling(sentence: str) -> list[str]:
    body = f"Kind: thank_you\n\nDear Dana,\n\n{sentence}\n\nKind regards,\nSam Okafor\n"
    return [f.message for f in lint([parse_note(body, "note.txt")]) if f.code is Code.SPELLING]


@pytest.mark.parametrize(
    "sentence",
    [
        # Trade and foreign words no common word is a slip away from.
        "Thank you for showing me how the bakery laminates its kouign dough for the "
        "viennoiserie counter.",
        "I enjoyed the tour of the sawmill and the cross-laminated panels in the kiln shed.",
        "Thank you for the bowl of pozole after the site walk; it was very welcome.",
    ],
)
def test_a_word_of_a_trade_far_from_any_common_word_is_no_mistake(sentence: str) -> None:
    assert spelling(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "meant"),
    [
        ("I am very greatful for the tour of the bottling line.", "grateful"),
        ("I look forward to hearing your desicion on the panel.", "decision"),
        ("I can start the induction tommorow if that suits the depot.", "tomorrow"),
    ],
)
def test_a_long_word_two_slips_from_a_common_word_is_a_mistake(sentence: str, meant: str) -> None:
    found = spelling(sentence)
    assert len(found) == 1 and f"did you mean '{meant}'" in found[0], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Could you tell me whether the post is definitely mine before I hand in my notice?",
        "Before I tell my landlord, can you confirm that the role is mine?",
        "I would like to know if the position is really mine.",
    ],
)
def test_asking_whether_the_job_is_mine_asks_the_outcome(sentence: str) -> None:
    body = f"Kind: check_in\n\nDear Dana,\n\n{sentence}\n\nKind regards,\nSam Okafor\n"
    found = {f.code for f in lint([parse_note(body, "note.txt")])}
    assert Code.ASKS_OUTCOME in found


# Round nine: the post and employer a form letter names in title case ("the
# Night Duty Pharmacist post at Elmfield Clinic") are the same in any note
# for that job, like the interview's company and role; they are no detail.
NAMED_POST_LETTERS = [
    "Dear Ms Quayle,\n\nThank you for the chance to interview for the Night Duty Pharmacist "
    "post at Elmfield Community Clinic.\n\nI am confident my skills would make me a strong "
    "addition to your team.\n\nYours sincerely,\nTobias Wren\n",
    "Dear Mr Adeyemi,\n\nMany thanks for meeting me about the Junior Structural Designer "
    "position with Carrow & Penn Associates. I enjoyed learning about the company.\n\n"
    "Kind regards,\nLiesel Ford\n",
]


@pytest.mark.parametrize("text", NAMED_POST_LETTERS)
def test_a_named_post_and_employer_are_no_detail(text: str) -> None:
    assert Code.GENERIC.value in codes(text)


def test_a_detail_beside_a_named_post_keeps_the_note_specific() -> None:
    text = (
        "Dear Ms Quayle,\n\nThank you for the chance to interview for the Night Duty "
        "Pharmacist post at Elmfield Community Clinic. Your account of how the out-of-hours "
        "dispensing log is checked against the ward fridges each morning was useful.\n\n"
        "Yours sincerely,\nTobias Wren\n"
    )
    assert Code.GENERIC.value not in codes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Night Duty Pharmacist post at Elmfield Community Clinic.", 6),
        ("the data platform role and the Leeds depot rota.", 0),
        ("I liked the Kafka migration. The role suits me.", 0),
    ],
)
def test_named_post_takes_title_case_words_only(text: str, expected: int) -> None:
    from followup.writing.lint import named_post

    assert len(named_post(text)) == expected
