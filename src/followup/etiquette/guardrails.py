"""The guardrails: contacts that hurt the candidate, refused with the reason.

`check(interview, proposed, at)` walks the rule book's guardrail table from
the most serious refusal down; the first one that applies answers. A refusal
that time will lift carries `allowed_from`, the first moment it becomes fine.

The windows come from the planner's own functions (`read_check_ins`,
`call_opens`, ...), so a contact the plan shows as open is allowed, and one it
does not offer (a bridge without a rejection, a note before the interview has
ended) is refused (tests/test_plan_properties.py holds the two together).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from followup.etiquette.businessdays import BusinessCalendar
from followup.etiquette.history import History, infer_purpose, read_history, recipient_key
from followup.etiquette.model import (
    WRITTEN,
    Contact,
    ContactKind,
    Interview,
    Outcome,
    OutcomeKind,
    ProposedContact,
    Purpose,
    Verdict,
)
from followup.etiquette.phrases import read_next_step
from followup.etiquette.planner import (
    CheckIns,
    Timeframe,
    bridge_opens,
    business_calendar,
    call_opens,
    long_date,
    read_check_ins,
    read_replies,
    replies_say_no_calls,
    stay_in_touch_opens,
    thank_you_due,
    thank_you_expiry,
    thank_you_opens,
    withdrawn_before_start,
)
from followup.etiquette.policy import DEFAULT, Policy
from followup.etiquette.sources import cite
from followup.places import place


def _refused(reason: str, *ids: str, allowed_from: datetime | None = None) -> Verdict:
    return Verdict(allowed=False, reason=reason, sources=cite(*ids), allowed_from=allowed_from)


def _allowed(reason: str, *ids: str) -> Verdict:
    return Verdict(allowed=True, reason=reason, sources=cite(*ids))


def when(moment: datetime) -> str:
    # With its zone's name ("at 11:00 New York time"), as every view says a time
    # (issue 16): a refusal read away from home must not leave the zone to guess.
    zone = place(moment.tzinfo) if moment.tzinfo is not None else ""
    return f"{long_date(moment.date())} at {moment:%H:%M}" + (f" {zone}" if zone else "")


def check(
    interview: Interview, proposed: ProposedContact, at: datetime, policy: Policy = DEFAULT
) -> Verdict:
    """Judge one proposed contact at time `at` against the interview's history."""
    if at.tzinfo is None:
        raise ValueError("at: must carry a time zone")
    # Kept in UTC for comparisons (same-zone datetimes compare by wall clock).
    at = at.astimezone(UTC)
    if proposed.to is not None and interview.interviewer(proposed.to) is None:
        names = ", ".join(p.name for p in interview.interviewers)
        raise ValueError(f"to: {proposed.to!r} is not one of the interviewers ({names})")

    kind = proposed.kind
    if kind is ContactKind.VISIT:
        return _refused(
            "Turning up at the office uninvited puts people on the spot and reads as "
            "pressure; write instead.",
            "S0",
            "S3",
        )
    if kind is ContactKind.GIFT:
        return _refused(
            "Gifts, care packages and gimmicks look like an attempt to buy attention; "
            "let a well-written note speak for you.",
            "S3",
        )
    if kind is ContactKind.REPLY:
        return _allowed("A reply from the employer is always recorded.", "S4")

    calendar = business_calendar(interview)
    derived = read_next_step(interview.next_step, interview.local_start.date(), calendar)
    requests = read_replies(interview, calendar)
    timeframe = Timeframe(interview, derived, replies_say_no_calls=replies_say_no_calls(requests))
    history = read_history(interview)
    check_ins = read_check_ins(interview, timeframe, calendar, policy, history, requests)
    facts = _Facts(interview, policy, calendar, timeframe, history, check_ins)

    if kind is ContactKind.CALL:
        return _call(facts, at)
    if kind in WRITTEN:
        contact = Contact(kind=kind, at=at, purpose=proposed.purpose, to=proposed.to)
        purpose = infer_purpose(interview, contact, set(history.thanked))
        assert purpose is not None
        if purpose is Purpose.WITHDRAWAL:
            # Withdrawing is fine at any moment, even before the interview (S2:
            # a short thank-you still goes out when you no longer want the job).
            return _allowed("A short, courteous note to withdraw.", "S2")
        if withdrawn_before_start(interview) and purpose in (
            Purpose.THANK_YOU,
            Purpose.SEND_REFERENCES,
        ):
            return _refused(
                "You withdrew before the interview took place: there is nothing to follow "
                "up, only your note saying you have withdrawn.",
                "S2",
            )
        if purpose is Purpose.THANK_YOU:
            return _thank_you(facts, proposed.to, at)
        if purpose is Purpose.CHECK_IN:
            return _check_in(facts, at)
        if purpose is Purpose.BRIDGE:
            return _bridge(facts, at)
        if purpose is Purpose.STAY_IN_TOUCH:
            return _stay_in_touch(facts, at)
        end = interview.local_end
        if at < end.astimezone(UTC):
            return _refused(_not_ended("sending your references", end), "S1", allowed_from=end)
        return _allowed("References, sent promptly, are always welcome.", "S1")
    raise ValueError(f"kind: unknown contact kind {kind!r}")


@dataclass(frozen=True)
class _Facts:
    """What every rule below reads: the interview, its timeframe and its log."""

    interview: Interview
    policy: Policy
    calendar: BusinessCalendar
    timeframe: Timeframe
    history: History
    check_ins: CheckIns

    @property
    def answered(self) -> str | None:
        """Why waiting on them is over, if it is: they decided, or they replied
        without asking for more."""
        if self.interview.outcome is not None:
            return "You already know the outcome"
        if self.check_ins.answered:
            return "They have already replied"
        return None

    @property
    def keeping_in_touch(self) -> Outcome | None:
        """The rejection after which the candidate asked to keep in touch, if any."""
        outcome = self.interview.outcome
        if outcome and outcome.kind is OutcomeKind.REJECTED and outcome.keep_in_touch:
            return outcome
        return None


def _not_ended(what: str, fine: datetime) -> str:
    return f"The interview has not ended yet; {what} is fine from {when(fine)}."


def _call(facts: _Facts, at: datetime) -> Verdict:
    interview, policy, history = facts.interview, facts.policy, facts.history
    if facts.timeframe.no_calls:
        return _refused("They asked not to be called: keep to email.", "S0")
    if history.calls:
        return _refused(
            "You have already called once; a second call, answered or not, turns "
            "persistence into pestering. Leave one message instead and wait.",
            "S0",
            "S1",
            "S2",
        )
    if facts.answered:
        return _refused(f"{facts.answered}: there is nothing left to call about.", "S1", "S0")
    # After a reply that asked for more, the call follows the check-in they asked for.
    sent = facts.check_ins.latest.sent if facts.check_ins.asked_again else history.check_in_sent
    if sent is None:
        return _refused(
            "Send the check-in email first; a call only makes sense "
            f"{policy.call_after_check_in_hours} hours after it has gone unanswered.",
            "S1",
        )
    fine = call_opens(interview, sent, facts.calendar, policy)
    if at < fine.astimezone(UTC):
        hours = policy.call_after_check_in_hours
        return _refused(
            f"Too soon: give the check-in email {hours} hours; a call is fine from "
            f"{when(fine)}{_business_day_note(fine, sent, hours)}.",
            "S1",
            allowed_from=fine,
        )
    return _allowed(
        "One call, after the check-in went unanswered; if nobody picks up, leave a "
        "single short message.",
        "S1",
        "S0",
    )


def _business_day_note(fine: datetime, sent: datetime, hours: int) -> str:
    if fine.astimezone(UTC) > sent.astimezone(UTC) + timedelta(hours=hours):
        return ", the next business day"
    return ""


def _thank_you(facts: _Facts, to: str | None, at: datetime) -> Verdict:
    interview = facts.interview
    key = recipient_key(interview, to)
    if key is None:
        raise ValueError("to: say which interviewer the thank-you is for")
    if key in facts.history.thanked:
        return _refused(
            "This person has already had your thank-you; one customised note each is the "
            "right number.",
            "S3",
        )
    opens = thank_you_opens(interview, facts.policy)
    if at < interview.end.astimezone(UTC):
        return _refused(
            _not_ended("a thank-you", opens), "S0", "S2", "S3", "S4", allowed_from=opens
        )
    if at < opens.astimezone(UTC):
        # Only a policy that holds thanks back (S1's silent week) gets here.
        days = facts.policy.thank_you_delay_days
        return _refused(
            f"Your policy holds thanks back {days} days after the interview (a silent "
            f"week, as S1 prefers): a thank-you is fine from {when(opens)}.",
            "S1",
            allowed_from=opens,
        )
    # Rule book, Statuses (second edition): an unsent thank-you expires
    # `thank_you_expires_days` after it was due, too late to stand alone, and the
    # plan cancels it ("Too late to stand alone" in `show`). Logging one then was
    # accepted without a word (issue 16's review): the guardrails say what the
    # plan says, and --override still records one that went anyway, flagged.
    expiry = thank_you_expiry(interview, facts.policy)
    if at > expiry.astimezone(UTC):
        days = facts.policy.thank_you_expires_days
        late = "a week" if days == 7 else f"{days} days"
        due = thank_you_due(interview, facts.policy)
        contact = interview.contact_person
        instead = (
            "; your check-in opens with a line of thanks instead"
            # Once that check-in is logged, it has carried the thanks already.
            if key == contact.key and interview.outcome is None and not facts.history.check_in_sent
            else ""
        )
        return _refused(
            f"Too late to stand alone: it was due {when(due)}, more than {late} earlier{instead}.",
            "S0",
            "S2",
            "S3",
            "S4",
        )
    return _allowed("A personal thank-you to each interviewer.", "S0", "S2", "S3", "S4")


def _check_in(facts: _Facts, at: datetime) -> Verdict:
    latest = facts.check_ins.latest
    if latest.sent is not None:
        if latest.request is None:
            return _refused(
                "You have already checked in once; a second check-in they did not ask for "
                "comes across as badgering.",
                "S2",
            )
        replied = latest.request.reply.at.astimezone(facts.interview.tz).date()
        return _refused(
            f"You have already sent the check-in their reply of {long_date(replied)} asked "
            "for; another one they did not ask for comes across as badgering.",
            "S2",
        )
    if facts.answered:
        return _refused(f"{facts.answered}: a check-in has nothing left to ask.", "S0", "S2", "S4")
    opens, rule = latest.opens, latest.rule
    if latest.request is not None:
        if at < opens.astimezone(UTC):
            return _refused(
                f"Too soon: the check-in they asked for in their reply is fine from "
                f"{when(opens)}, {rule}.",
                "S2",
                "S4",
                allowed_from=opens,
            )
        return _allowed("One more check-in, as they asked in their reply.", "S2", "S4")
    if at < opens.astimezone(UTC):
        early = at < facts.interview.end.astimezone(UTC)
        lead = "The interview has not ended yet" if early else "Too soon"
        return _refused(
            f"{lead}: a check-in is fine from {when(opens)}, {rule}.",
            "S0",
            "S2",
            "S4",
            allowed_from=opens,
        )
    return _allowed("One check-in, now that the timeframe has passed.", "S0", "S2", "S4")


def _bridge(facts: _Facts, at: datetime) -> Verdict:
    outcome = facts.keeping_in_touch
    if outcome is None:
        return _refused(
            "A bridge note answers a rejection: record the rejection first, saying you "
            "want to keep in touch.",
            "S3",
        )
    if facts.history.bridge_sent is not None:
        return _refused(
            "Your bridge note has gone; from here, a brief stay-in-touch note every few "
            "months does the work.",
            "S3",
        )
    opens = bridge_opens(facts.interview, outcome)
    if at < facts.interview.end.astimezone(UTC):
        return _refused(_not_ended("a bridge note", opens), "S3", allowed_from=opens)
    if at < opens.astimezone(UTC):
        return _refused(
            f"The rejection came on {when(opens)}; a bridge note is fine from then.",
            "S3",
            allowed_from=opens,
        )
    return _allowed("Thank them for the chance and ask to be kept in mind for other roles.", "S3")


def _stay_in_touch(facts: _Facts, at: datetime) -> Verdict:
    interview, policy, history = facts.interview, facts.policy, facts.history
    if facts.keeping_in_touch is None:
        return _refused(
            "Stay-in-touch notes follow a rejection after which you asked to keep in touch.",
            "S3",
        )
    if history.bridge_sent is None:
        return _refused(
            "Send the bridge note first: thanks for the chance, and a wish to be kept in mind.",
            "S3",
        )
    sent = history.stay_in_touch_sent
    if len(sent) >= policy.stay_in_touch_max:
        return _refused(
            f"You have sent {len(sent)} stay-in-touch notes; more would be a nuisance, "
            "so let them come to you now.",
            "S3",
        )
    last = sent[-1] if sent else history.bridge_sent
    opens = stay_in_touch_opens(interview, last, facts.calendar, policy)
    if at < opens.astimezone(UTC):
        return _refused(
            f"Too soon: space these notes about {policy.stay_in_touch_days} days apart; "
            f"the next is fine from {when(opens)}.",
            "S3",
            allowed_from=opens,
        )
    return _allowed("A brief, friendly note every few months keeps them aware of you.", "S3")


def refused_contacts(interview: Interview, policy: Policy) -> list[tuple[int, Verdict]]:
    """Each contact the guardrails refuse, judged as `followup log` judged it then.

    In time order, each against the history before it (the earlier contacts,
    and the outcome only if it was already known), so a file says no more
    than the log would have allowed one entry at a time. Returns (index in
    `interview.contacts`, verdict) for the refused ones, overridden or not.
    """
    order = sorted(range(len(interview.contacts)), key=lambda i: interview.contacts[i].at)
    found: list[tuple[int, Verdict]] = []
    for position, index in enumerate(order):
        contact = interview.contacts[index]
        outcome = interview.outcome
        earlier = replace(
            interview,
            contacts=tuple(interview.contacts[i] for i in order[:position]),
            outcome=outcome if outcome is not None and outcome.at <= contact.at else None,
        )
        proposed = ProposedContact(kind=contact.kind, purpose=contact.purpose, to=contact.to)
        try:
            verdict = check(earlier, proposed, contact.at, policy)
        except ValueError:
            # Nothing to judge it by (a thank-you naming no one, say): the log
            # could not have produced it either way, so it is left as written.
            continue
        if not verdict.allowed:
            found.append((index, verdict))
    return found
