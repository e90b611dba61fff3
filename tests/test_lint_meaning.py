"""The linter on meaning (issue 12): form letters are `generic` whatever their
words, specific notes are not; signatures without a sign-off line and
greetings that share their line are not false alarms.

The notes here were written for this test; none is in the training corpus.
"""

from __future__ import annotations

import pytest

from followup.writing.lint import Code, lint
from followup.writing.note import parse_note

FORM_LETTERS = [
    # Words beyond the stock vocabulary, but nothing of this interview.
    "Dear Ms Kowalczyk,\n\nMany thanks for a stimulating meeting yesterday. Your firm's "
    "ambitious outlook and supportive ethos left a lasting impression on me. With my "
    "dedication and versatility, I am certain I would be an asset to the business.\n\n"
    "Kind regards,\nTomasz Wren\n",
    "Hello Mr Adebayo,\n\nI am thankful you found room in your calendar to see me. The "
    "post appears fulfilling and a natural match for my abilities. As a self-starter who "
    "enjoys demanding settings, I would be proud to join a forward-moving employer such as "
    "yours.\n\nBest wishes,\nLeila Haddad\n",
    pytest.param(
        "Dear Hiring Manager Ruth,\n\nIt was a genuine pleasure meeting you. Our discussion "
        "deepened my eagerness for the opening, and I trust my experience suits what you are "
        "looking for. Thank you for weighing my application.\n\nSincerely,\nOwen Price\n",
        # Its long second sentence scores just at the threshold: a known miss.
        marks=pytest.mark.xfail(reason="specificity model: borderline long boilerplate"),
    ),
]

SPECIFIC_NOTES = [
    "Dear Ms Kowalczyk,\n\nThank you for showing me the bottling line on Thursday. Your plan to "
    "cut changeover time between the cider and the perry runs is the kind of problem I "
    "enjoyed most at my last plant.\n\nKind regards,\nTomasz Wren\n",
    "Hello Mr Adebayo,\n\nThank you for the conversation about the tenant newsletter. I "
    "liked your idea of printing the repair figures for each block on the back page, and "
    "I have a draft layout I could share.\n\nBest wishes,\nLeila Haddad\n",
    "Dear Ruth,\n\nThank you for our talk on Monday. The question you asked about reconciling "
    "the grant ledger with the charity's bank feeds has stayed with me, and I wrote up how I "
    "would approach it.\n\nSincerely,\nOwen Price\n",
]


def codes(text: str) -> list[tuple[str, str]]:
    return [(f.code.value, f.message) for f in lint([parse_note(text, "note.txt")])]


@pytest.mark.parametrize("text", FORM_LETTERS)
def test_form_letters_are_generic(text: str) -> None:
    assert Code.GENERIC.value in {code for code, _ in codes(text)}


@pytest.mark.parametrize("text", SPECIFIC_NOTES)
def test_specific_notes_are_not(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "signature",
    [
        "Oluwaseun Adeyemi-Bakare",
        "Siobhán Ní Dhuibhir\nPlanning Officer",
        "Thandiwe Mokoena\nthandiwe.mokoena@example.org",
        "Kseniya Vasylenko\n+44 20 7946 0000",
    ],
)
def test_uncommon_name_in_bare_signature_is_no_spelling_mistake(signature: str) -> None:
    text = (
        "Dear Priya,\n\nThank you for explaining how the conservation area appraisal feeds "
        f"the local plan on Tuesday. I enjoyed it.\n\n{signature}\n"
    )
    assert [c for c, _ in codes(text) if c == "spelling"] == []


def test_signature_right_under_the_last_sentence() -> None:
    text = (
        "Dear Priya,\n\nThank you for explaining how the conservation area appraisal feeds the "
        "local plan. I look forward to hearing about next steps.\nOluwaseun Adeyemi\n"
    )
    assert [c for c, _ in codes(text) if c == "spelling"] == []


@pytest.mark.parametrize(
    "word",
    ["hypothecation", "masterplanning", "placemaking", "densification", "brownfield"],
)
def test_specialist_words_of_planning_and_policy_are_known(word: str) -> None:
    text = (
        f"Dear Priya,\n\nThank you for Tuesday. Our talk about {word} and the Leeds depot site "
        "was the best part of the hour.\n\nBest,\nSam Hale\n"
    )
    assert [m for c, m in codes(text) if c == "spelling"] == []


@pytest.mark.parametrize(
    "opening",
    [
        "Maria, many thanks for the tour of the depot on Friday.",
        "Dr Okafor, thank you for the walk round the depot on Friday.",
        "Good morning Maria, thank you for the tour of the depot on Friday.",
        "Hi Joanna - thank you for the tour of the depot on Friday.",
    ],
)
def test_greeting_sharing_its_line(opening: str) -> None:
    text = (
        f"{opening} Your plan to move the night loading bays to the north yard was clear, "
        "and I have a rota in mind for it.\n\nBest,\nSam Hale\n"
    )
    assert "missing_name" not in {c for c, _ in codes(text)}


def test_the_writers_address_names_them() -> None:
    text = (
        "Dear Priya,\n\nThank you for explaining how the conservation area appraisal feeds the "
        "local plan.\n\nKind regards,\nNkechinyere O.\nnkechinyere.obi@example.org\n"
    )
    assert [c for c, _ in codes(text) if c == "spelling"] == []


@pytest.mark.parametrize(("typo", "meant"), [("wich", "which"), ("mosk", "most")])
def test_the_larger_word_list_does_not_hide_a_slip(typo: str, meant: str) -> None:
    """SCOWL's huge lists have 'wich' and 'mosk'; a common word one edit away wins."""
    text = (
        f"Dear Priya,\n\nThank you for Tuesday. The Leeds depot plan, {typo} you showed me, "
        "was the best part of the hour.\n\nBest,\nSam Hale\n"
    )
    found = [m for c, m in codes(text) if c == "spelling"]
    assert len(found) == 1 and f"'{typo}'" in found[0], found
