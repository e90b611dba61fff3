"""Log a contact the candidate made: pick the recipient and the channel, ask the guardrails.

One path for `followup log`, the web's "Log a contact" form and the outbox
(a message it sent, or one the candidate confirms they sent). The guardrails
judge the contact inside the write transaction, so two tabs at once cannot
both record the one check-in; a refusal writes nothing unless a reason to
override is given, and then the contact is flagged with it.

A message that carries others (`writing.drafting.Draft.covers`: a check-in
that also thanks, or also gives the references) is recorded as one contact
per purpose, to the same person at the same instant (`covers`), so the
contact log, not a guess about what a note held, says what was done.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    # The contacts recorded with it for the purposes it carried (`covers`).
    carried: tuple[Contact, ...] = ()

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
    covers: Sequence[str] = (),
) -> Logged:
    """Record one contact at `at` (default: `now`); raises services.Refused when refused.

    A refusal names the recipient it judged (`Refused.to`), so a shell can
    suggest the same contact with an override. `sent`: see `log_sent`.
    `covers`: the ids of the actions the message carried (see `carried`).
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
        policy = services.policy_of(user)
        extra = carried(interview, proposed, moment, covers, policy)
        before = services.rebuild(interview, contacts=(*interview.contacts, *extra))
        verdict = judge(before, proposed, moment, policy)
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
        after = services.rebuild(before, contacts=(*before.contacts, contact))
        result.append(Logged(contact, verdict, after, extra))
        return after

    services.update(user, interview_id, change)
    return result[0]


def carried(
    interview: Interview,
    carrier: ProposedContact,
    at: datetime,
    covers: Sequence[str],
    policy: Policy,
) -> tuple[Contact, ...]:
    """The contacts a message carrying `covers` (action ids) stands for besides its own.

    One per carried purpose, by the carrier's channel, to its recipient, at
    its instant, recorded before it (the thanks open the check-in). A purpose
    the guardrails no longer allow (the person was thanked meanwhile) is left
    out: the message is still recorded for what it is. An id that names no
    purpose is an input error, never a silent loss.
    """
    found: list[Contact] = []
    known = {p.value for p in Purpose}
    for action_id in dict.fromkeys(covers):
        name = action_id.partition(":")[0]
        if name not in known:
            raise InputError("covers", f"{action_id!r} is not a message a note can carry")
        purpose = Purpose(name)
        if purpose is carrier.purpose:
            continue
        proposed = ProposedContact(carrier.kind, purpose, carrier.to)
        so_far = services.rebuild(interview, contacts=(*interview.contacts, *found))
        if judge(so_far, proposed, at, policy).allowed:
            found.append(Contact(kind=carrier.kind, at=at, purpose=purpose, to=carrier.to))
    return tuple(found)


def log_sent(
    user: User,
    interview_id: int,
    *,
    now: datetime,
    purpose: str,
    to: str,
    note: str,
    covers: Sequence[str] = (),
) -> Logged:
    """Record an email the outbox sent (or the candidate confirms sent) at `now`.

    It has gone out, so it is never refused: where the guardrails would have
    refused it, it is flagged with `note`. A recipient no longer among the
    interviewers (renamed since it was queued) is stored unnamed rather than
    lose the record of a sent message. `covers`: the actions it carried
    (`Message.covers`), each recorded as its own contact at the same instant.
    """
    return log_contact(
        user,
        interview_id,
        now=now.replace(microsecond=0),
        action=purpose,
        to=to,
        sent=note,
        covers=covers,
    )


def unlog_bounced(
    user: User,
    interview_id: int,
    *,
    purpose: str,
    to: str | None,
    at: datetime,
    covers: Sequence[str] = (),
) -> Contact | None:
    """A message the outbox sent came back undelivered: it no longer counts as made.

    The contact `log_sent` recorded for it (an email of this purpose at the
    moment it was sent, to this person or, renamed since, to no one named)
    is taken out of the log, so the plan asks for that step again; so are
    the contacts recorded with it for the actions it carried (`covers`).
    Returns the contact taken out, or None when the log holds none (removed
    by hand, or never logged).
    """
    known = {p.value for p in Purpose}
    if purpose not in known:
        return None
    moment = at.replace(microsecond=0).astimezone(UTC)
    removed: list[Contact] = []
    others = [c.partition(":")[0] for c in covers if c.partition(":")[0] in known]

    def change(interview: Interview) -> Interview:
        contacts = interview.contacts
        for index, name in enumerate([purpose, *others]):
            same = [
                i
                for i, c in enumerate(contacts)
                if c.kind is ContactKind.EMAIL
                and c.purpose is Purpose(name)
                and c.at.astimezone(UTC) == moment
            ]
            named = [i for i in same if contacts[i].to == (to or None)]
            unnamed = [i for i in same if contacts[i].to is None]
            found = (named or unnamed)[:1]
            if not found:
                if index == 0:
                    return interview
                continue
            if index == 0:
                removed.append(contacts[found[0]])
            contacts = contacts[: found[0]] + contacts[found[0] + 1 :]
        return services.rebuild(interview, contacts=contacts)

    services.update(user, interview_id, change)
    return removed[0] if removed else None
