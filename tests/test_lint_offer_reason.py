"""`negative` in a withdrawal (issue 12, round nine): an offer elsewhere is
the reason a withdrawal gives, and the writer's own deadline to that
employer ("and must reply to them by Monday") presses nobody who reads it.
In a check-in, the same deadline is pressure still.

The notes here were written for this test; none is in a held-out set.
"""

from __future__ import annotations

import pytest

from followup.writing.lint import Code, lint
from followup.writing.note import parse_note

WITHDRAWALS = [
    "Dear Mr Osei,\n\nI have been offered a teaching post at another school and must reply to "
    "them by Monday, so I am withdrawing from the Head of Science process.\n\nThank you for "
    "your time and the tour of the labs.\n\nKind regards,\nFern Abbott\n",
    "Dear Ms Calloway,\n\nI have accepted another offer and need to respond by Friday with my "
    "start date. Please withdraw my application.\n\nWith thanks,\nDev Raman\n",
]


def codes(kind: str, text: str) -> set[str]:
    note = parse_note(f"Kind: {kind}\n\n" + text, "note.txt")
    return {f.code.value for f in lint([note])}


@pytest.mark.parametrize("text", WITHDRAWALS)
def test_an_offer_elsewhere_with_its_deadline_is_a_withdrawals_reason(text: str) -> None:
    assert Code.NEGATIVE.value not in codes("withdrawal", text)


def test_a_reason_wrapped_across_lines_is_read_as_one_sentence() -> None:
    # A note pasted from a mail client that wraps at 72 columns: the offer and
    # its deadline sit on two lines of one sentence.
    text = (
        "Dear Mr Osei,\n\nI have been offered a teaching post at another school\n"
        "and must reply to them by Monday, so I am withdrawing from the Head of\n"
        "Science process.\n\nThank you for your time and the tour of the labs.\n\n"
        "Kind regards,\nFern Abbott\n"
    )
    assert Code.NEGATIVE.value not in codes("withdrawal", text)


def test_the_same_deadline_asked_of_them_is_pressure_in_a_withdrawal() -> None:
    text = (
        "Dear Mr Osei,\n\nI have been offered a teaching post at another school. Please "
        "respond by Monday or I will withdraw.\n\nKind regards,\nFern Abbott\n"
    )
    assert Code.NEGATIVE.value in codes("withdrawal", text)


def test_an_offer_elsewhere_in_a_check_in_is_pressure_still() -> None:
    text = (
        "Dear Ms Calloway,\n\nI have another offer and need to respond by Friday, so could you "
        "tell me where the process stands?\n\nWith thanks,\nDev Raman\n"
    )
    assert Code.NEGATIVE.value in codes("check_in", text)


@pytest.mark.parametrize(
    "close", ["We await the decision with interest.", "I shall await your reply with pleasure."]
)
def test_a_formal_close_of_waiting_with_interest_is_not_negative(close: str) -> None:
    text = (
        "Dear Mr Osei,\n\nThank you for showing me how the lab rota covers the Saturday "
        f"practicals. {close}\n\nKind regards,\nFern Abbott\n"
    )
    assert Code.NEGATIVE.value not in codes("thank_you", text)


def test_waiting_with_more_said_is_read_as_it_stands() -> None:
    from followup.writing.rules import COURTEOUS_WAIT

    assert (
        COURTEOUS_WAIT.fullmatch("I await your reply with interest, as I have waited weeks.")
        is None
    )
