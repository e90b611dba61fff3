"""How each kind of action reads, keyed by its stored value ("check_in").

`labels.ACTIONS` is this table keyed by `ActionKind`; it lives here, without
the enums, because `followup agenda` names every action it lists and its
start-up imports neither `enum` nor `typing` (followup/tuples.py).
tests/test_startup.py checks that every ActionKind has its words here.
"""

from __future__ import annotations

from followup.tuples import NamedTuple


class ActionWords(NamedTuple):
    # Before the person's name, in the plan and the agenda: "Check in with Priya".
    todo: str
    # A line of the morning digest, before "to Priya".
    digest: str
    # A bar of the timeline, where room is short.
    short: str
    # The message the action needs written, when it needs one (drafts, lint).
    note: str | None = None


WORDS: dict[str, ActionWords] = {
    "prepare": ActionWords("Prepare your questions", "Prepare for the interview", "Prepare"),
    "debrief": ActionWords("Write your debrief", "Write your debrief", "Debrief"),
    "send_references": ActionWords(
        "Send references to", "Send your references", "References", "References email"
    ),
    "thank_you": ActionWords("Thank-you note to", "Thank-you note", "Thank-you", "Thank-you note"),
    "check_in": ActionWords("Check in with", "Check in", "Check-in", "Check-in email"),
    # The one call needs a script in case nobody answers.
    "call": ActionWords("One call to", "One follow-up call", "One call", "Voicemail script"),
    "move_on": ActionWords("Move on", "Time to move on", "Move on"),
    "bridge": ActionWords("Bridge note to", "Bridge note", "Bridge note", "Bridge note"),
    "stay_in_touch": ActionWords(
        "Stay in touch with", "Stay-in-touch note", "Stay in touch", "Stay-in-touch note"
    ),
    "withdrawal": ActionWords(
        "Withdrawal note to", "Withdrawal note", "Withdrawal note", "Withdrawal note"
    ),
}

# The agenda's "Check in with", by the stored value: the fast path and the web read rows.
ACTION_LABELS = {value: words.todo for value, words in WORDS.items()}
