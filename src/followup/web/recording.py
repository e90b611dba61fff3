"""The web UI's writes, each through `store.services` (one transaction, then a replan).

The same steps as the command line's `log`, `reply`, `outcome` and
`debrief`: the guardrails judge a contact inside the write transaction, so
two tabs at once cannot both send the one check-in; a refusal writes nothing
unless an override reason is given, and then the contact is flagged.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from followup.errors import InputError
from followup.etiquette.guardrails import check
from followup.etiquette.model import (
    Contact,
    ContactKind,
    Interview,
    Interviewer,
    Outcome,
    OutcomeKind,
    ProposedContact,
    Purpose,
    Verdict,
    contact_follows,
    outcome_follows,
)
from followup.etiquette.planner import CheckInRound, check_ins_of
from followup.store import services
from followup.store.models import User

LOGGABLE = (
    ("thank_you", "Thank-you note"),
    ("send_references", "References sent"),
    ("check_in", "Check-in email"),
    ("call", "Phone call"),
    ("bridge", "Bridge note (after a rejection)"),
    ("stay_in_touch", "Stay-in-touch note"),
    ("withdrawal", "Withdrawal note"),
    ("visit", "Visit to the office"),
    ("gift", "Gift"),
)
LOGGABLE_KINDS = frozenset(k for k, _ in LOGGABLE)
OUTCOMES = (
    ("offer", "Offer"),
    ("next_round", "Next round"),
    ("rejected", "Rejected"),
    ("withdrawn", "I withdrew"),
)


@dataclass(frozen=True)
class Proposal:
    contact: ProposedContact
    name: str | None


def person(interview: Interview, name: str, field: str) -> Interviewer:
    found = interview.interviewer(name)
    if found is None:
        names = ", ".join(p.name for p in interview.interviewers)
        raise InputError(field, f"{name!r} is not one of the interviewers ({names})")
    return found


def proposal(interview: Interview, action: str, to: str | None, letter: bool) -> Proposal:
    """The contact a form describes, with the defaults the command line uses."""
    if action not in LOGGABLE_KINDS:
        raise InputError("action", f"{action!r} is not a contact that can be logged")
    name = person(interview, to, "to").name if to else None
    if name is None and (action != "thank_you" or len(interview.interviewers) == 1):
        name = (
            interview.interviewers[0].name
            if action == "thank_you"
            else interview.contact_person.name
        )
    if action == "thank_you" and name is None:
        raise InputError("to", "say which interviewer you thanked")
    if action in ("call", "visit", "gift"):
        return Proposal(ProposedContact(kind=ContactKind(action), to=name), name)
    who = interview.interviewer(name) if name else None
    by_letter = letter or (who is not None and not who.email)
    kind = ContactKind.LETTER if by_letter else ContactKind.EMAIL
    return Proposal(ProposedContact(kind=kind, purpose=Purpose(action), to=name), name)


def judge(interview: Interview, proposed: Proposal, at: datetime, user: User) -> Verdict:
    return check(interview, proposed.contact, at, services.policy_of(user))


@dataclass(frozen=True)
class Logged:
    verdict: Verdict
    name: str | None
    at: datetime
    overridden: bool


def log_contact(
    user: User,
    interview_id: int,
    *,
    action: str,
    to: str | None,
    at: datetime,
    answered: bool | None,
    letter: bool,
    override: str | None,
) -> Logged:
    """Record one contact; raises services.Refused when refused without a reason."""
    if answered is not None and action != "call":
        raise InputError("answered", "only applies to calls")
    reason = override.strip() if override and override.strip() else None
    result: list[Logged] = []

    def change(interview: Interview) -> Interview:
        proposed = proposal(interview, action, to, letter)
        moment = at.astimezone(interview.tz)
        after = contact_follows(proposed.contact.kind, proposed.contact.purpose)
        services.check_happened(interview, moment, "at", after=after, now=datetime.now(UTC))
        verdict = judge(interview, proposed, moment, user)
        if not verdict.allowed and reason is None:
            raise services.Refused(verdict, "Give a reason to record it anyway.")
        result.append(Logged(verdict, proposed.name, moment, not verdict.allowed))
        contact = Contact(
            kind=proposed.contact.kind,
            at=moment,
            purpose=proposed.contact.purpose,
            to=proposed.name,
            answered=answered,
            override=reason if not verdict.allowed else None,
        )
        return services.rebuild(interview, contacts=(*interview.contacts, contact))

    services.update(user, interview_id, change)
    return result[0]


def record_reply(
    user: User,
    interview_id: int,
    *,
    at: datetime,
    sender: str | None,
    check_back: date | None = None,
    says: str | None = None,
) -> CheckInRound | None:
    """Record their reply; returns the check-in it opened, if it asked for more.

    None when the reply gave no timeframe, or when something already recorded
    (a later reply, the outcome, a check-in sent since) settles that check-in.
    """
    words = says.strip() if says and says.strip() else None
    recorded: list[Contact] = []

    def change(interview: Interview) -> Interview:
        name = person(interview, sender, "sender").name if sender else None
        services.check_happened(interview, at, "at", after="start", now=datetime.now(UTC))
        moment = at.astimezone(interview.tz)
        if check_back is not None and check_back < moment.date():
            raise InputError(
                "check_back",
                f"{check_back.isoformat()} is before the reply ({moment.date().isoformat()}); "
                "give the day they asked you to check back",
            )
        reply = Contact(
            kind=ContactKind.REPLY, at=moment, to=name, check_back=check_back, says=words
        )
        recorded.append(reply)
        return services.rebuild(interview, contacts=(*interview.contacts, reply))

    _, after = services.update(user, interview_id, change)
    check_ins = check_ins_of(after, services.policy_of(user))
    for round_ in check_ins.rounds:
        if round_.request is not None and round_.request.reply == recorded[0]:
            open_ = not round_.closed and round_.sent is None and after.outcome is None
            return round_ if open_ else None
    return None


def record_outcome(
    user: User, interview_id: int, *, kind: str, at: datetime, keep_in_touch: bool
) -> None:
    if kind not in {k for k, _ in OUTCOMES}:
        raise InputError("kind", f"{kind!r} is not one of offer, next_round, rejected, withdrawn")
    if keep_in_touch and kind != "rejected":
        raise InputError("keep_in_touch", "only applies to a rejection")

    def change(interview: Interview) -> Interview:
        moment = at.astimezone(interview.tz)
        after = outcome_follows(OutcomeKind(kind))
        services.check_happened(interview, moment, "at", after=after, now=datetime.now(UTC))
        new = Outcome(kind=OutcomeKind(kind), at=moment, keep_in_touch=keep_in_touch)
        return services.rebuild(interview, outcome=new)

    services.update(user, interview_id, change)


def save_debrief(
    user: User, interview_id: int, answers: dict[str, str], topics: dict[str, tuple[str, ...]]
) -> None:
    """The four answers, and the topics discussed with each interviewer (by name)."""

    def change(interview: Interview) -> Interview:
        cleaned = {k: (v.strip() or None) for k, v in answers.items()}
        people = tuple(
            replace(p, topics=topics[p.name]) if p.name in topics else p
            for p in interview.interviewers
        )
        return services.rebuild(
            interview, debrief=replace(interview.debrief, **cleaned), interviewers=people
        )

    services.update(user, interview_id, change)


def snooze(user: User, interview_id: int, action_id: str, now: datetime) -> datetime | None:
    """Hide an agenda item until its window opens; None if it is already open."""
    from followup.store.models import Action
    from followup.web.models import Snooze

    row = Action.objects.filter(user=user, interview_id=interview_id, action_id=action_id).first()
    if row is None:
        raise InputError("action", "that action is no longer open")
    if row.not_before <= now:
        return None
    Snooze.objects.update_or_create(
        user=user,
        interview_id=interview_id,
        action_id=action_id,
        defaults={"until": row.not_before},
    )
    return row.not_before
