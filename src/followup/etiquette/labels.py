"""The product's one vocabulary: how each kind of action, contact and outcome reads.

One table per enum, keyed by the enum, with every wording a screen needs;
the command line's Click choices and the web's select options are derived
from these tables, so a new kind is named once. Light on purpose (only the
enums): the agenda's fast path reads it without loading the rules.
"""

from __future__ import annotations

from followup.etiquette.actionwords import ACTION_LABELS, WORDS, ActionWords
from followup.etiquette.kinds import ActionKind, ContactKind, OutcomeKind, Purpose

__all__ = ["ACTIONS", "ACTION_LABELS", "ActionWords"]


# The words of each kind of action, keyed by the enum (etiquette/actionwords.py
# keeps them by stored value, for the agenda's start-up, which loads no enum).
ACTIONS: dict[ActionKind, ActionWords] = {
    ActionKind(value): words for value, words in WORDS.items()
}

# What a candidate can log (`followup log ACTION`, the web's "What did you do?"):
# a note of each purpose, or a contact with no purpose. Keyed by the stored
# value, which is the purpose's for a note and the contact kind's otherwise.
LOGGED: dict[Purpose | ContactKind, str] = {
    Purpose.THANK_YOU: "Thank-you note",
    Purpose.SEND_REFERENCES: "References sent",
    Purpose.CHECK_IN: "Check-in email",
    ContactKind.CALL: "Phone call",
    Purpose.BRIDGE: "Bridge note (after a rejection)",
    Purpose.STAY_IN_TOUCH: "Stay-in-touch note",
    Purpose.WITHDRAWAL: "Withdrawal note",
    ContactKind.VISIT: "Visit to the office",
    ContactKind.GIFT: "Gift",
}
LOGGABLE: tuple[str, ...] = tuple(k.value for k in LOGGED)
# The contacts among them that have no purpose (no letter, no email).
IN_PERSON = frozenset({ContactKind.CALL.value, ContactKind.VISIT.value, ContactKind.GIFT.value})

OUTCOMES: dict[OutcomeKind, str] = {
    OutcomeKind.OFFER: "Offer",
    OutcomeKind.NEXT_ROUND: "Next round",
    OutcomeKind.REJECTED: "Rejected",
    OutcomeKind.WITHDRAWN: "I withdrew",
    OutcomeKind.CALLED_OFF: "Called off by them",
}
OUTCOME_VALUES: tuple[str, ...] = tuple(k.value for k in OUTCOMES)


def choices(
    table: dict[ActionKind, str] | dict[Purpose | ContactKind, str] | dict[OutcomeKind, str],
) -> tuple[tuple[str, str], ...]:
    """(value, label) pairs for a web select, in the table's order."""
    return tuple((kind.value, label) for kind, label in table.items())


def plain(value: str) -> str:
    """A stored value as words in a sentence: "next_round" -> "next round"."""
    return value.replace("_", " ")


def by_post(label: str, has_email: bool) -> str:
    """A note's label as it will go: "Check-in letter" when there is no address to
    email it to ("Check-in email ..., send it as a letter" contradicted itself)."""
    if not has_email and label.endswith(" email"):
        return label.removesuffix(" email") + " letter"
    return label
