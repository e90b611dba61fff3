"""Homophones: real words in the wrong place, which the dictionary cannot see,
reported as `spelling` only where the other word cannot be meant."""

from __future__ import annotations

import pytest

from followup.writing.lint import lint
from followup.writing.note import parse_note


def findings(sentence: str) -> list[tuple[str, str]]:
    note = parse_note(
        "To: Priya Raman\nSubject: Checking in\nKind: check_in\n\n"
        f"Dear Priya,\n\n{sentence}\n\nBest regards,\nAna Ruiz\n",
        "n.txt",
    )
    return [(f.code.value, f.message) for f in lint([note])]


@pytest.mark.parametrize(
    ("sentence", "said", "meant"),
    [
        ("Its a great kitchen.", "Its a", "it's"),
        ("Its been a pleasure to meet the team.", "Its been", "it's"),
        ("It was kind of you; its not often a panel is so welcoming.", "its not", "it's"),
        ("Its great to hear the project is going ahead.", "Its great to", "it's"),
        ("I would love to work their.", "their", "there"),
        ("I hope to see you their, at the open day.", "their", "there"),
        ("Their is a lot I would like to learn.", "Their is", "there"),
        ("Your welcome to share the sample with the board.", "Your welcome", "you're welcome"),
        ("I did not want to loose touch.", "to loose", "lose"),
        ("I will not loose sight of the budget.", "loose sight", "lose"),
    ],
)
def test_a_homophone_in_the_wrong_place_is_a_spelling_finding(
    sentence: str, said: str, meant: str
) -> None:
    found = findings(sentence)
    assert len(found) == 1, found
    code, message = found[0]
    assert code == "spelling"
    assert message.startswith(f"'{said}': ")
    assert meant in message


@pytest.mark.parametrize(
    "sentence",
    [
        "I admired its team and the way its kitchen runs.",
        "I enjoyed meeting their team in their kitchen.",
        "The hospital has its very own simulation centre.",
        "The clinic is proud of its so-called open rota.",
        "It's a great kitchen, and it's been a pleasure.",
        "I would love to work there.",
        "Thank you for your welcome on Monday.",
        "Your welcome pack arrived this morning.",
        "I will not lose touch, and the loose ends are tied up.",
        "The work is theirs to shape.",
    ],
)
def test_near_misses_stay_clean(sentence: str) -> None:
    assert findings(sentence) == []
