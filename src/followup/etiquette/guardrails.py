"""The guardrails: contacts that hurt the candidate, refused with the reason.

`check(interview, proposed, at)` walks the rule book's guardrail table from
the most serious refusal down; the first one that applies answers. A refusal
that time will lift carries `allowed_from`, the first moment it becomes fine.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from followup.etiquette.history import infer_purpose, read_history, recipient_key
from followup.etiquette.model import (
    WRITTEN,
    Contact,
    ContactKind,
    Interview,
    ProposedContact,
    Purpose,
    Verdict,
)
from followup.etiquette.phrases import read_next_step
from followup.etiquette.planner import Timeframe, business_calendar, check_in_opens, long_date
from followup.etiquette.policy import DEFAULT, Policy
from followup.etiquette.sources import cite


def _refused(reason: str, *ids: str, allowed_from: datetime | None = None) -> Verdict:
    return Verdict(allowed=False, reason=reason, sources=cite(*ids), allowed_from=allowed_from)


def _allowed(reason: str, *ids: str) -> Verdict:
    return Verdict(allowed=True, reason=reason, sources=cite(*ids))


def when(moment: datetime) -> str:
    return f"{long_date(moment.date())} at {moment:%H:%M}"


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
    timeframe = Timeframe(interview, derived)
    history = read_history(interview)

    if kind is ContactKind.CALL:
        if timeframe.no_calls:
            return _refused("They asked not to be called: keep to email.", "S0")
        if history.calls:
            return _refused(
                "You have already called once; a second call, answered or not, turns "
                "persistence into pestering. Leave one message instead and wait.",
                "S0",
                "S1",
                "S2",
            )
        sent = history.check_in_sent
        if sent is None:
            return _refused(
                "Send the check-in email first; a call only makes sense 48 hours after "
                "it has gone unanswered.",
                "S1",
            )
        fine = (
            sent.astimezone(UTC) + timedelta(hours=policy.call_after_check_in_hours)
        ).astimezone(interview.tz)
        if at < fine:
            return _refused(
                f"Too soon: give the check-in email {policy.call_after_check_in_hours} hours; "
                f"a call is fine from {when(fine)}.",
                "S1",
                allowed_from=fine,
            )
        return _allowed(
            "One call, after the check-in went unanswered; if nobody picks up, leave a "
            "single short message.",
            "S1",
            "S0",
        )

    if kind in WRITTEN:
        contact = Contact(kind=kind, at=at, purpose=proposed.purpose, to=proposed.to)
        purpose = infer_purpose(interview, contact, set(history.thanked))
        if purpose is Purpose.THANK_YOU:
            key = recipient_key(interview, proposed.to)
            if key is None:
                raise ValueError("to: say which interviewer the thank-you is for")
            if key in history.thanked:
                return _refused(
                    "This person has already had your thank-you; one customised note "
                    "each is the right number.",
                    "S3",
                )
            return _allowed("A personal thank-you to each interviewer.", "S0", "S2", "S3", "S4")
        if purpose is Purpose.CHECK_IN:
            if history.check_ins:
                return _refused(
                    "You have already checked in once; a second check-in they did not "
                    "ask for comes across as badgering.",
                    "S2",
                )
            opens, rule = check_in_opens(interview, timeframe, calendar, policy)
            if at < opens.astimezone(UTC):
                return _refused(
                    f"Too soon: a check-in is fine from {when(opens)}, {rule}.",
                    "S0",
                    "S2",
                    "S4",
                    allowed_from=opens,
                )
            return _allowed("One check-in, now that the timeframe has passed.", "S0", "S2", "S4")
        source = {
            Purpose.SEND_REFERENCES: "S1",
            Purpose.BRIDGE: "S3",
            Purpose.STAY_IN_TOUCH: "S3",
            Purpose.WITHDRAWAL: "S2",
        }
        assert purpose is not None
        return _allowed("A note with a purpose the rule book welcomes.", source[purpose])
    raise ValueError(f"kind: unknown contact kind {kind!r}")
