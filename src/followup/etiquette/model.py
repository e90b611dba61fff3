"""Plain domain values: what the candidate tells us, and what the rules answer.

Every datetime here is timezone-aware. Interview-local wall-clock times are
kept in the interview's zone; nothing in this package reads the clock.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property, lru_cache
from typing import Literal
from zoneinfo import ZoneInfo

from followup.etiquette.kinds import ActionKind as ActionKind
from followup.etiquette.kinds import Channel as Channel
from followup.etiquette.kinds import ContactKind as ContactKind
from followup.etiquette.kinds import OutcomeKind as OutcomeKind
from followup.etiquette.kinds import Purpose as Purpose
from followup.etiquette.kinds import Status as Status
from followup.etiquette.sources import Source

# Written contacts: the ones that can carry a thank-you, check-in and so on.
WRITTEN = frozenset({ContactKind.EMAIL, ContactKind.LETTER})


# A plan reads each interviewer's key several times, and an import makes thousands of plans.
@lru_cache(maxsize=4096)
def slug(name: str) -> str:
    """A stable, readable key for a person: 'Ana María Ruiz' -> 'ana-maria-ruiz'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "person"


def name_key(text: str) -> str:
    """A name as searched: no case, accents, punctuation or spaces.

    'O'Brien', 'OBrien' and 'o brien' all read 'obrien', 'José' reads 'jose'
    and 'Jean-Luc' 'jeanluc'; for finding a name, never for keys (`slug`).
    """
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if c.isalnum() and not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Interviewer:
    name: str
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    topics: tuple[str, ...] = ()
    contact: bool = False

    @property
    def key(self) -> str:
        return slug(self.name)


@dataclass(frozen=True)
class Debrief:
    went_well: str | None = None
    went_poorly: str | None = None
    stood_out: str | None = None
    forgot_to_mention: str | None = None

    @property
    def is_empty(self) -> bool:
        return not any((self.went_well, self.went_poorly, self.stood_out, self.forgot_to_mention))


@dataclass(frozen=True)
class Contact:
    """One entry of the contact log: something the candidate did, or a reply."""

    kind: ContactKind
    at: datetime
    purpose: Purpose | None = None
    to: str | None = None
    answered: bool | None = None
    # Set when the candidate recorded a contact the guardrails refused.
    override: str | None = None
    # Replies only: the day they asked the candidate to check back, and their
    # words about what happens next (read like the interview's next step).
    check_back: date | None = None
    says: str | None = None

    def __post_init__(self) -> None:
        if self.kind is not ContactKind.REPLY:
            if self.check_back is not None:
                raise ValueError("check_back: only applies to a reply")
            if self.says is not None:
                raise ValueError("says: only applies to a reply")
        if self.says is not None and not self.says.strip():
            raise ValueError("says: give their words, or leave it out")


@dataclass(frozen=True)
class Outcome:
    kind: OutcomeKind
    at: datetime
    keep_in_touch: bool = False


# What a recorded moment must come after: the interview's start or end, or
# nothing but the present. One rule for the file, the command line and the web.
Bound = Literal["start", "end"]


def contact_follows(kind: ContactKind, purpose: Purpose | None) -> Bound | None:
    """A note of ours follows the interview up, so it comes after the end; their
    reply may come while it runs; one can withdraw at any time, even before it."""
    if purpose is Purpose.WITHDRAWAL:
        return None
    return "start" if kind is ContactKind.REPLY else "end"


def outcome_follows(kind: OutcomeKind) -> Bound | None:
    """An outcome is news of the interview, after its start; a withdrawal, or the
    employer calling it off, may come first."""
    return None if kind in (OutcomeKind.WITHDRAWN, OutcomeKind.CALLED_OFF) else "start"


@dataclass(frozen=True)
class Interview:
    company: str
    role: str
    start: datetime
    end: datetime
    timezone: str
    interviewers: tuple[Interviewer, ...]
    country: str = "US"
    subdivision: str | None = None
    next_step: str | None = None
    decision_by: date | None = None
    follow_up_on: date | None = None
    no_calls: bool | None = None
    references_requested: bool = False
    debrief: Debrief = field(default_factory=Debrief)
    strengths: tuple[str, ...] = ()
    contacts: tuple[Contact, ...] = ()
    outcome: Outcome | None = None

    def __post_init__(self) -> None:
        if not self.interviewers:
            raise ValueError("interviewers: at least one interviewer is required")
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("start: times must carry a time zone")
        # In UTC: same-zone datetimes compare by wall clock, which is wrong for
        # an interview that spans the autumn DST change.
        if self.end.astimezone(UTC) <= self.start.astimezone(UTC):
            raise ValueError("end: must be after start")
        keys = [p.key for p in self.interviewers]
        if len(set(keys)) != len(keys):
            raise ValueError("interviewers: two interviewers have the same name")
        for contact in self.contacts:
            if contact.check_back is None:
                continue
            # Compared on the interview's calendar: the day they replied, there.
            replied = contact.at.astimezone(self.tz).date()
            if contact.check_back < replied:
                raise ValueError(
                    f"check_back: {contact.check_back.isoformat()} is before the reply "
                    f"({replied.isoformat()})"
                )

    @cached_property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def local_start(self) -> datetime:
        return self.start.astimezone(self.tz)

    @property
    def local_end(self) -> datetime:
        return self.end.astimezone(self.tz)

    @property
    def contact_person(self) -> Interviewer:
        """The person to check in with: the one marked `contact`, else the first."""
        for person in self.interviewers:
            if person.contact:
                return person
        return self.interviewers[0]

    def as_of(self, moment: datetime) -> Interview:
        """The record as it stood at `moment`: later contacts and outcome not yet made.

        For "pretend it is this moment" (`--now`): a file that also records
        what happened afterwards must not be planned or drafted as if it had.
        """
        from dataclasses import replace

        cut = moment.astimezone(UTC)
        outcome = self.outcome
        if outcome is not None and outcome.at.astimezone(UTC) > cut:
            outcome = None
        contacts = tuple(c for c in self.contacts if c.at.astimezone(UTC) <= cut)
        if contacts == self.contacts and outcome is self.outcome:
            return self
        return replace(self, contacts=contacts, outcome=outcome)

    def interviewer(self, name: str) -> Interviewer | None:
        """Find an interviewer by name, ignoring case, accents and spacing."""
        key = slug(name)
        for person in self.interviewers:
            if person.key == key:
                return person
        return None


@dataclass(frozen=True)
class Action:
    id: str
    kind: ActionKind
    to: str | None
    channel: Channel
    not_before: datetime
    due: datetime
    status: Status
    why: str
    sources: tuple[Source, ...]
    # The moment the action stops being listed at all (the `prepare` reminder
    # vanishes once the interview starts). Not part of the JSON plan.
    expires: datetime | None = None


@dataclass(frozen=True)
class NextStep:
    """What the next-step sentence said, as read by `phrases.read_next_step`."""

    text: str | None = None
    decision_by: date | None = None
    follow_up_on: date | None = None
    few_days: bool = False
    no_calls: bool = False
    # The phrases that were recognised, for showing the candidate what we read.
    matched: tuple[str, ...] = ()
    # Dates that do not exist ("30 February"), quoted so a warning can say so.
    unreadable: tuple[str, ...] = ()

    @property
    def understood(self) -> bool:
        return bool(self.decision_by or self.follow_up_on or self.few_days or self.no_calls)


@dataclass(frozen=True)
class Plan:
    actions: tuple[Action, ...]
    derived: NextStep
    warnings: tuple[str, ...] = ()

    def action(self, action_id: str) -> Action | None:
        for a in self.actions:
            if a.id == action_id:
                return a
        return None

    def open_actions(self) -> tuple[Action, ...]:
        return tuple(a for a in self.actions if a.status in OPEN_STATUSES)


OPEN_STATUSES = frozenset({Status.NOT_YET, Status.PENDING, Status.OVERDUE})


@dataclass(frozen=True)
class ProposedContact:
    """A contact the candidate is thinking of making; `check` judges it."""

    kind: ContactKind
    purpose: Purpose | None = None
    to: str | None = None


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    reason: str
    sources: tuple[Source, ...]
    # For a refusal that time will lift: the first moment the contact is fine.
    allowed_from: datetime | None = None
