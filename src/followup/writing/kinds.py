"""The kinds of message the product drafts and lints, and their word limits."""

from __future__ import annotations

from enum import StrEnum

from followup.etiquette.labels import ACTIONS
from followup.etiquette.model import ActionKind


class NoteKind(StrEnum):
    THANK_YOU = "thank_you"
    SEND_REFERENCES = "send_references"
    CHECK_IN = "check_in"
    BRIDGE = "bridge"
    STAY_IN_TOUCH = "stay_in_touch"
    VOICEMAIL = "voicemail"
    WITHDRAWAL = "withdrawal"


# The plan's actions that need words, and the message each one needs. The
# single call needs a voicemail script in case nobody answers (S1).
FOR_ACTION: dict[ActionKind, NoteKind] = {
    ActionKind.THANK_YOU: NoteKind.THANK_YOU,
    ActionKind.SEND_REFERENCES: NoteKind.SEND_REFERENCES,
    ActionKind.CHECK_IN: NoteKind.CHECK_IN,
    ActionKind.CALL: NoteKind.VOICEMAIL,
    ActionKind.BRIDGE: NoteKind.BRIDGE,
    ActionKind.STAY_IN_TOUCH: NoteKind.STAY_IN_TOUCH,
    ActionKind.WITHDRAWAL: NoteKind.WITHDRAWAL,
}

# Most words a message of each kind may have. The rule book sets 150 for a
# thank-you (S4: be concise); the others are our choice: a voicemail is
# about half a minute spoken, the rest stay within a thank-you's length.
WORD_LIMIT: dict[NoteKind, int] = {
    NoteKind.THANK_YOU: 150,
    NoteKind.SEND_REFERENCES: 150,
    NoteKind.CHECK_IN: 150,
    NoteKind.BRIDGE: 150,
    NoteKind.STAY_IN_TOUCH: 150,
    NoteKind.VOICEMAIL: 80,
    NoteKind.WITHDRAWAL: 150,
}

# What each message is called, from the one vocabulary (`etiquette.labels`).
LABEL: dict[NoteKind, str] = {
    note: words
    for action, note in FOR_ACTION.items()
    if (words := ACTIONS[action].note) is not None
}
