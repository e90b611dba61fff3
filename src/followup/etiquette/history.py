"""What the contact log says has already happened, read once for the rules.

The planner and the guardrails both ask the same questions of the log (was
this person thanked? when did the check-in go out? was there a call?), so the
answers are computed here, in one place.

Every contact counts for its own purpose and nothing else. A message that
carries others (a check-in that also thanks, or also gives the references:
`writing.drafting.together`) is recorded as one contact per purpose at the
same instant, by whoever records it sending (`record.contact.log_sent`), so
nothing here guesses what a note carried: a check-in the candidate wrote
and logged by hand leaves the references and the thank-you owed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from followup.etiquette.model import (
    WRITTEN,
    Contact,
    ContactKind,
    Interview,
    Purpose,
    slug,
)


@dataclass
class History:
    thanked: dict[str, datetime] = field(default_factory=dict)
    references_sent: datetime | None = None
    check_ins: list[datetime] = field(default_factory=list)
    calls: list[Contact] = field(default_factory=list)
    replies: list[datetime] = field(default_factory=list)
    bridge_sent: datetime | None = None
    stay_in_touch_sent: list[datetime] = field(default_factory=list)
    withdrawal_sent: datetime | None = None
    visits: list[datetime] = field(default_factory=list)
    gifts: list[datetime] = field(default_factory=list)

    @property
    def check_in_sent(self) -> datetime | None:
        return self.check_ins[0] if self.check_ins else None

    @property
    def first_reply(self) -> datetime | None:
        return self.replies[0] if self.replies else None


def recipient_key(interview: Interview, to: str | None) -> str | None:
    """The interviewer a contact was for; with one interviewer, `to` may be left out."""
    if to:
        return slug(to)
    if len(interview.interviewers) == 1:
        return interview.interviewers[0].key
    return None


def infer_purpose(interview: Interview, contact: Contact, thanked: set[str]) -> Purpose | None:
    """The purpose of a written contact logged without one.

    Our choice where the log is silent: a note to an interviewer who has not
    been thanked yet is their thank-you; any later note is the check-in.
    """
    if contact.purpose is not None or contact.kind not in WRITTEN:
        return contact.purpose
    key = recipient_key(interview, contact.to)
    if key is not None and key not in thanked:
        return Purpose.THANK_YOU
    return Purpose.CHECK_IN


def read_history(interview: Interview) -> History:
    history = History()
    for contact in sorted(interview.contacts, key=lambda c: c.at):
        if contact.kind is ContactKind.REPLY:
            history.replies.append(contact.at)
        elif contact.kind is ContactKind.CALL:
            history.calls.append(contact)
        elif contact.kind is ContactKind.VISIT:
            history.visits.append(contact.at)
        elif contact.kind is ContactKind.GIFT:
            history.gifts.append(contact.at)
        else:
            purpose = infer_purpose(interview, contact, set(history.thanked))
            if purpose is Purpose.THANK_YOU:
                key = recipient_key(interview, contact.to)
                if key is not None:
                    history.thanked.setdefault(key, contact.at)
            elif purpose is Purpose.SEND_REFERENCES:
                history.references_sent = history.references_sent or contact.at
            elif purpose is Purpose.CHECK_IN:
                history.check_ins.append(contact.at)
            elif purpose is Purpose.BRIDGE:
                history.bridge_sent = history.bridge_sent or contact.at
            elif purpose is Purpose.STAY_IN_TOUCH:
                history.stay_in_touch_sent.append(contact.at)
            elif purpose is Purpose.WITHDRAWAL:
                history.withdrawal_sent = history.withdrawal_sent or contact.at
    return history
