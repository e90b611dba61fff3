"""The kinds of contact, purpose, outcome, action, status and channel.

Enums only, apart from the rules' values (model.py, which re-exports them), so
that the agenda's fast path can name actions (labels.py) without loading
dataclasses and the rest of the model.
"""

from __future__ import annotations

from enum import StrEnum


class ContactKind(StrEnum):
    EMAIL = "email"
    CALL = "call"
    LETTER = "letter"
    VISIT = "visit"
    GIFT = "gift"
    # Not the candidate's contact: the employer answered.
    REPLY = "reply"


class Purpose(StrEnum):
    THANK_YOU = "thank_you"
    SEND_REFERENCES = "send_references"
    CHECK_IN = "check_in"
    BRIDGE = "bridge"
    STAY_IN_TOUCH = "stay_in_touch"
    WITHDRAWAL = "withdrawal"


class OutcomeKind(StrEnum):
    OFFER = "offer"
    NEXT_ROUND = "next_round"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    # The employer called the interview off (a calendar cancellation, say).
    CALLED_OFF = "called_off"


class ActionKind(StrEnum):
    PREPARE = "prepare"
    DEBRIEF = "debrief"
    SEND_REFERENCES = "send_references"
    THANK_YOU = "thank_you"
    CHECK_IN = "check_in"
    CALL = "call"
    MOVE_ON = "move_on"
    BRIDGE = "bridge"
    STAY_IN_TOUCH = "stay_in_touch"
    WITHDRAWAL = "withdrawal"


class Status(StrEnum):
    NOT_YET = "not_yet"
    PENDING = "pending"
    OVERDUE = "overdue"
    DONE = "done"
    CANCELLED = "cancelled"


class Channel(StrEnum):
    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"
    # Something the candidate does alone: preparing, writing the debrief.
    SELF = "self"
