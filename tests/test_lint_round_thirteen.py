"""Round thirteen (issue 12), from studying set 12 after its one scoring:
a form letter whose one long line is the writer's stock praise of themselves
is generic; a working pattern asked for with its figures is no impatience;
"yaar" is casual, not a slip for "year"; a title's stop ("Mr.") does not end
the sentence.

The notes and sentences here were written for this test; none is in a
held-out set or the training corpus.
"""

from __future__ import annotations

import pytest

from followup.writing.lint import Code
from followup.writing.text import sentences
from tests.lint_scoring import findings

SELF_PRAISE = [
    "Dear Mr Halvorsen,\n\nThank you for taking the time to meet me. I enjoyed hearing "
    "about the company and its plans.\n\nI am a self-motivated team player with a can-do "
    "attitude, and I always go above and beyond in a fast-paced environment.\n\nI look "
    "forward to hearing from you.\n\nKind regards,\nIngrid Solberg\n",
    "Dear Ms Achterberg,\n\nMany thanks for the interview. It was good to learn more about "
    "the role.\n\nI am passionate and dedicated, and I thrive where the pace is high; I "
    "would be a real asset from the first week.\n\nBest wishes,\nPieter de Graaf\n",
    # Round twelve's linter called this one specific (its long line asked the model).
    "Dear Ms Achterberg,\n\nThank you for meeting with me. It was a pleasure to learn more "
    "about the team and the interesting work it does.\n\nI do my best work when the pace is "
    "fast, and I am always eager to go the extra mile for my colleagues.\n\nThank you again "
    "for your time.\n\nKind regards,\nPieter de Graaf\n",
]


@pytest.mark.parametrize("text", SELF_PRAISE)
def test_stock_praise_of_oneself_is_no_detail(text: str) -> None:
    assert Code.GENERIC.value in findings(text)


def test_a_real_detail_beside_the_praise_keeps_the_note_specific() -> None:
    text = (
        "Dear Mr Halvorsen,\n\nThank you for taking the time to meet me. Your point that "
        "the Bergen ferry terminal loses two sailings a month to late refuelling stayed with "
        "me, and I have sketched how the bunkering slots could be booked a day ahead.\n\n"
        "I am a self-motivated team player, and I would enjoy working on it.\n\nKind "
        "regards,\nIngrid Solberg\n"
    )
    assert Code.GENERIC.value not in findings(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "I would like to confirm the roster, as I'd prefer five days on and two off if "
        "that is possible.",
        "I'd prefer the twelve-hour pattern, three on and four off, if a place is free.",
        "Could my rest days be Tuesday and Wednesday, as we discussed on the call?",
    ],
)
def test_a_working_pattern_asked_for_is_not_impatience(sentence: str) -> None:
    text = (
        "Dear Ms Byrne,\n\nThank you for the offer of the night porter post at the "
        f"Harbour Hotel; I am delighted to accept. {sentence}\n\nWith thanks,\nAoife Kelly\n"
    )
    assert Code.NEGATIVE.value not in findings(text, "stay_in_touch")


def test_yaar_is_casual_and_not_a_slip_for_year() -> None:
    text = (
        "Dear Mr Menon,\n\nThank you for the interview for the support analyst role. Your "
        "plan to move the ticket queue to the new portal before April sounds good, yaar, and "
        "I would enjoy helping with it.\n\nRegards,\nArjun Pillai\n"
    )
    found = findings(text)
    assert any("yaar" in message for message in found.get(Code.INFORMAL.value, []))
    assert not any("yaar" in message for message in found.get(Code.SPELLING.value, []))


def test_a_title_before_a_name_does_not_end_the_sentence() -> None:
    text = "Please give my thanks to Dr. Okonjo and Mrs. Hale. I enjoyed the visit."
    assert [s for _, s in sentences(text)] == [
        "Please give my thanks to Dr. Okonjo and Mrs. Hale. ",
        "I enjoyed the visit.",
    ]
    note = (
        "Dear Ms Byrne,\n\nThank you for letting me know, and please pass my good wishes to "
        "Mr. Delaney and the rest of the interview panel.\n\nKind regards,\nAoife Kelly\n"
    )
    assert Code.INFORMAL.value not in findings(note, "bridge")


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for ringing me this morning to let me know the outcome of the interview.",
        "Many thanks for writing to tell me your decision so promptly.",
    ],
)
def test_thanks_for_being_told_the_outcome_asks_nothing(sentence: str) -> None:
    text = (
        f"Dear Mr Quinlan,\n\n{sentence} I enjoyed meeting the team at the depot and would "
        "be glad to be considered for future vacancies.\n\nKind regards,\nOrla Whelan\n"
    )
    assert Code.ASKS_OUTCOME.value not in findings(text, "bridge")


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you, and could you let me know the outcome when it is decided?",
        "Please let me know the outcome as soon as you can.",
    ],
)
def test_asking_for_the_outcome_beside_thanks_is_still_asking(sentence: str) -> None:
    text = (
        f"Dear Mr Quinlan,\n\nThank you for the interview for the depot supervisor post "
        f"on Monday. {sentence}\n\nKind regards,\nOrla Whelan\n"
    )
    assert Code.ASKS_OUTCOME.value in findings(text, "check_in")


def test_a_results_focused_professional_with_a_track_record_is_a_form_letter() -> None:
    text = (
        "Dear Mrs Olawale,\n\nThank you for the opportunity to interview with your "
        "organisation. It was a pleasure to learn more about the position.\n\nI am a "
        "results-oriented professional with a proven track record, and I am confident "
        "that my skills would make me an asset.\n\nKindly let me know if any further "
        "documents are required from my side.\n\nYours sincerely,\nTunde Bakare\n"
    )
    assert Code.GENERIC.value in findings(text)


@pytest.mark.parametrize(
    "question",
    [
        "Could you tell me roughly when that might happen?",
        "May I ask how long the shortlisting usually takes?",
    ],
)
def test_a_question_of_timing_is_not_the_verdict(question: str) -> None:
    text = (
        "Dear Ms Ferreira,\n\nThank you again for Tuesday's interview for the archivist "
        f"post. You mentioned the panel would meet again after the audit. {question}\n\n"
        "Best regards,\nTiago Nunes\n"
    )
    assert Code.ASKS_OUTCOME.value not in findings(text, "check_in")


@pytest.mark.parametrize(("word", "plain"), [("gud", "good"), ("nite", "night")])
def test_a_texting_spelling_is_casual_not_a_slip(word: str, plain: str) -> None:
    text = (
        "Dear Mr Boateng,\n\nThank you for the interview for the dispatcher post. Your plan "
        f"to move the depot's night loading to the east bay sounds {word} to me.\n\n"
        "Kind regards,\nAma Owusu\n"
    )
    found = findings(text)
    assert any(f"'{word}'" in m and plain in m for m in found.get(Code.INFORMAL.value, []))
    assert Code.SPELLING.value not in found
