"""Log a contact the candidate made: pick the recipient and the channel, ask the guardrails.

One path for `followup log`, the web's "Log a contact" form and the outbox
(a message it sent, or one the candidate confirms they sent). The guardrails
judge the contact inside the write transaction, so two tabs at once cannot
both record the one check-in; a refusal writes nothing unless a reason to
override is given, and then the contact is flagged with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from followup.errors import InputError
from followup.etiquette.guardrails import check
from followup.etiquette.labels import IN_PERSON, LOGGABLE
from followup.etiquette.model import (
    Contact,
    ContactKind,
    Interview,
    ProposedContact,
    Purpose,
    Verdict,
    contact_follows,
)
from followup.etiquette.policy import Policy
from followup.record.recipient import recipient
from followup.store import services
from followup.store.models import User


def proposal(interview: Interview, action: str, to: str | None, letter: bool) -> ProposedContact:
    """The contact `action` describes, to whom and by which channel.

    `to` missing: the default recipient (`record.recipient`). A written note
    goes by letter when asked, or when its recipient has no email address.
    """
    if action not in LOGGABLE:
        raise InputError("action", f"{action!r} is not a contact that can be logged")
    if action in IN_PERSON:
        if letter:
            raise InputError("letter", f"does not apply to a {action}")
        kind = ContactKind(action)
        return ProposedContact(kind=kind, to=recipient(interview, to, kind, None))
    purpose = Purpose(action)
    name = recipient(interview, to, ContactKind.EMAIL, purpose)
    who = interview.interviewer(name) if name else None
    by_letter = letter or (who is not None and not who.email)
    kind = ContactKind.LETTER if by_letter else ContactKind.EMAIL
    return ProposedContact(kind=kind, purpose=purpose, to=name)


def judge(interview: Interview, proposed: ProposedContact, at: datetime, policy: Policy) -> Verdict:
    """The guardrails' answer, with a problem in the proposal as an input error."""
    try:
        return check(interview, proposed, at, policy)
    except ValueError as exc:
        field, _, message = str(exc).partition(": ")
        raise InputError(field, message) from None


@dataclass(frozen=True)
class Logged:
    """What `log_contact` recorded, and what the guardrails said of it."""

    contact: Contact
    verdict: Verdict
    interview: Interview

    @property
    def name(self) -> str | None:
        return self.contact.to

    @property
    def at(self) -> datetime:
        return self.contact.at

    @property
    def overridden(self) -> bool:
        return not self.verdict.allowed


def log_contact(
    user: User,
    interview_id: int,
    *,
    now: datetime,
    action: str,
    to: str | None = None,
    at: datetime | None = None,
    answered: bool | None = None,
    letter: bool = False,
    override: str | None = None,
    sent: str | None = None,
) -> Logged:
    """Record one contact at `at` (default: `now`); raises services.Refused when refused.

    A refusal names the recipient it judged (`Refused.to`), so a shell can
    suggest the same contact with an override. `sent`: see `log_sent`.
    """
    if action not in LOGGABLE:
        raise InputError("action", f"{action!r} is not a contact that can be logged")
    if answered is not None and action != ContactKind.CALL.value:
        raise InputError("answered", "only applies to calls")
    reason = override.strip() if override is not None else None
    if override is not None and not reason:
        raise InputError("override", "give the reason you are recording it anyway")
    if sent is not None:
        reason = sent  # it went out: flagged with the note, never refused
    result: list[Logged] = []

    def change(interview: Interview) -> Interview:
        moment = (at or now).astimezone(interview.tz)
        kind = ContactKind(action) if action in IN_PERSON else ContactKind.EMAIL
        purpose = None if action in IN_PERSON else Purpose(action)
        if sent is None:
            services.check_happened(
                interview,
                moment,
                "at",
                after=contact_follows(kind, purpose),
                now=now,
                given=at is not None,
            )
            proposed = proposal(interview, action, to, letter)
        else:
            known = interview.interviewer(to) if to else None
            proposed = ProposedContact(kind, purpose, known.name if known else None)
        verdict = judge(interview, proposed, moment, services.policy_of(user))
        if not verdict.allowed and reason is None:
            raise services.Refused(verdict, "Give a reason to record it anyway.", to=proposed.to)
        contact = Contact(
            kind=proposed.kind,
            at=moment,
            purpose=proposed.purpose,
            to=proposed.to,
            answered=answered,
            override=reason if not verdict.allowed else None,
        )
        after = services.rebuild(interview, contacts=(*interview.contacts, contact))
        result.append(Logged(contact, verdict, after))
        return after

    services.update(user, interview_id, change)
    return result[0]


def log_sent(
    user: User, interview_id: int, *, now: datetime, purpose: str, to: str, note: str
) -> Logged:
    """Record an email the outbox sent (or the candidate confirms sent) at `now`.

    It has gone out, so it is never refused: where the guardrails would have
    refused it, it is flagged with `note`. A recipient no longer among the
    interviewers (renamed since it was queued) is stored unnamed rather than
    lose the record of a sent message.
    """
    return log_contact(
        user, interview_id, now=now.replace(microsecond=0), action=purpose, to=to, sent=note
    )


def unlog_bounced(
    user: User, interview_id: int, *, purpose: str, to: str | None, at: datetime
) -> Contact | None:
    """A message the outbox sent came back undelivered: it no longer counts as made.

    The contact `log_sent` recorded for it (an email of this purpose at the
    moment it was sent, to this person or, renamed since, to no one named)
    is taken out of the log, so the plan asks for that step again. Returns
    the contact taken out, or None when the log holds none (removed by hand,
    or never logged).
    """
    if purpose not in {p.value for p in Purpose}:
        return None
    moment = at.replace(microsecond=0).astimezone(UTC)
    removed: list[Contact] = []

    def change(interview: Interview) -> Interview:
        same = [
            i
            for i, c in enumerate(interview.contacts)
            if c.kind is ContactKind.EMAIL
            and c.purpose is Purpose(purpose)
            and c.at.astimezone(UTC) == moment
        ]
        named = [i for i in same if interview.contacts[i].to == (to or None)]
        unnamed = [i for i in same if interview.contacts[i].to is None]
        found = (named or unnamed)[:1]
        if not found:
            return interview
        index = found[0]
        removed.append(interview.contacts[index])
        kept = interview.contacts[:index] + interview.contacts[index + 1 :]
        return services.rebuild(interview, contacts=kept)

    services.update(user, interview_id, change)
    return removed[0] if removed else None
