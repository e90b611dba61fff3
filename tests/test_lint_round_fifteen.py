"""Round fifteen (issue 12), from studying set 15 after its one scoring: a
short run of words in another language inside an English sentence ("Diolch
yn fawr iawn once again for ...") is neither misspelled nor read by the tone
model as chatty; a reason given for asking about timing, a frank word on a
weak moment of one's own interview and a request made for the family's sake
are courteous, not negative.

The notes and sentences here were written for this test; none is in a
held-out set or the training corpus.
"""

from __future__ import annotations

import pytest

from followup.writing.lint import Code
from tests.lint_scoring import findings


def note(middle: str, name: str = "Ms Quigley") -> str:
    return (
        f"Dear {name},\n\nThank you for showing me round the sorting depot at Larne on "
        "Tuesday and for explaining how the night shift loads the ferry trailers.\n\n"
        f"{middle}\n\nKind regards,\nNiamh Gallagher\n"
    )


@pytest.mark.parametrize(
    "line",
    [
        # Welsh, Irish, Swahili and Tagalog runs of two or more words.
        "Diolch o galon once again for your patience with my questions.",
        "Go raibh maith agat for the time you gave me.",
        "The team seemed to me mzuri sana, and I would be glad to join it.",
        "Maraming salamat po for the tour of the cold store.",
    ],
)
def test_a_run_of_words_in_another_language_is_no_slip(line: str) -> None:
    found = findings(note(line))
    assert Code.SPELLING.value not in found, found
    assert Code.INFORMAL.value not in found, found


@pytest.mark.parametrize(
    ("line", "slip"),
    [
        # A slip beside a foreign word is still a slip when English stands between.
        ("Gracias for teh tour of the cold store.", "teh"),
        # A word two edits from a common one is a slip, not a word of another
        # language, and so starts no run: "tommorow" and its neighbour stay.
        ("I can start the inducton tommorow if that suits.", "inducton"),
    ],
)
def test_a_slip_near_a_foreign_word_is_still_a_slip(line: str, slip: str) -> None:
    found = findings(note(line))
    assert any(f"'{slip}'" in m for m in found.get(Code.SPELLING.value, [])), found


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Could you let me know roughly when you expect to decide? I ask only because my "
            "employer asks for a month's notice.",
            "check_in",
        ),
        (
            "I would value any feedback on the loading exercise, which I know took me longer "
            "than I would have liked.",
            "bridge",
        ),
        (
            "Might the start be moved to the Monday after Easter? I understand if that is "
            "difficult, but it would help my children settle at their new school.",
            "stay_in_touch",
        ),
        ("I appreciate being kept informed about the panel's dates.", "check_in"),
    ],
)
def test_courteous_reasons_and_requests_are_not_negative(line: str, kind: str) -> None:
    found = findings(note(line), kind)
    assert Code.NEGATIVE.value not in found, found


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "I have an offer from another depot that runs out on Friday, so I need your "
            "decision before then.",
            "check_in",
        ),
        (
            "My family depends on this job, so I hope you will think very carefully before "
            "turning me down.",
            "check_in",
        ),
    ],
)
def test_the_same_subjects_as_pressure_stay_negative(line: str, kind: str) -> None:
    found = findings(note(line), kind)
    assert Code.NEGATIVE.value in found, found
