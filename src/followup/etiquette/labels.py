"""The product's one vocabulary: how each kind of action, contact and outcome reads.

One table per enum, keyed by the enum, with every wording a screen needs;
the command line's Click choices and the web's select options are derived
from these tables, so a new kind is named once. Light on purpose (only the
enums): the agenda's fast path reads it without loading the rules.
"""

from __future__ import annotations

from typing import NamedTuple

from followup.etiquette.kinds import ActionKind, ContactKind, OutcomeKind, Purpose


class ActionWords(NamedTuple):
    # Before the person's name, in the plan and the agenda: "Check in with Priya".
    todo: str
    # A line of the morning digest, before "to Priya".
    digest: str
    # A bar of the timeline, where room is short.
    short: str
    # The message the action needs written, when it needs one (drafts, lint).
    note: str | None = None


ACTIONS: dict[ActionKind, ActionWords] = {
    ActionKind.PREPARE: ActionWords(
        "Prepare your questions", "Prepare for the interview", "Prepare"
    ),
    ActionKind.DEBRIEF: ActionWords("Write your debrief", "Write your debrief", "Debrief"),
    ActionKind.SEND_REFERENCES: ActionWords(
        "Send references to", "Send your references", "References", "References email"
    ),
    ActionKind.THANK_YOU: ActionWords(
        "Thank-you note to", "Thank-you note", "Thank-you", "Thank-you note"
    ),
    ActionKind.CHECK_IN: ActionWords("Check in with", "Check in", "Check-in", "Check-in email"),
    # The one call needs a script in case nobody answers.
    ActionKind.CALL: ActionWords(
        "One call to", "One follow-up call", "One call", "Voicemail script"
    ),
    ActionKind.MOVE_ON: ActionWords("Move on", "Time to move on", "Move on"),
    ActionKind.BRIDGE: ActionWords("Bridge note to", "Bridge note", "Bridge note", "Bridge note"),
    ActionKind.STAY_IN_TOUCH: ActionWords(
        "Stay in touch with", "Stay-in-touch note", "Stay in touch", "Stay-in-touch note"
    ),
    ActionKind.WITHDRAWAL: ActionWords(
        "Withdrawal note to", "Withdrawal note", "Withdrawal note", "Withdrawal note"
    ),
}

# By the stored value, for the agenda's fast path and the web, which read rows.
ACTION_LABELS = {kind.value: words.todo for kind, words in ACTIONS.items()}

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
