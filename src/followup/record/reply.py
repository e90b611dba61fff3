"""Record the employer's reply, and say which check-in it reopens.

One path for `followup reply`, the web's "They replied" form and the IMAP
reader. What a reply reopens is judged by the plan everywhere: a check-in
counts as open only while the plan still has it to do (not done, not
cancelled by a later reply or by the outcome).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from followup.errors import InputError
from followup.etiquette.model import Contact, ContactKind, Interview, Status
from followup.etiquette.planner import CheckInRound, check_ins_of, plan, request_lead
from followup.etiquette.policy import Policy
from followup.interview_file import CONTROL
from followup.record.recipient import named
from followup.store import services
from followup.store.models import User


def asked_for(interview: Interview, reply: Contact, policy: Policy) -> CheckInRound | None:
    """The check-in `reply` asked for with a day or a timeframe, open or not; else None."""
    check_ins = check_ins_of(interview, policy)
    return next((r for r in check_ins.rounds if r.request and r.request.reply == reply), None)


def reply_opens(interview: Interview, reply: Contact, policy: Policy) -> CheckInRound | None:
    """The check-in `reply` asked for, while the plan still has it open; else None."""
    round_ = asked_for(interview, reply, policy)
    if round_ is None or round_.request is None:
        return None
    return round_ if still_open(interview, round_, policy) else None


def still_open(interview: Interview, round_: CheckInRound, policy: Policy) -> bool:
    """Judged by the plan: not done, not cancelled by a later reply or the outcome."""
    action = plan(interview, round_.opens, policy).action(round_.action_id)
    return action is not None and action.status not in (Status.DONE, Status.CANCELLED)


UNSAID = (
    "give their words about next steps, or the day they asked you to check back: "
    "what they said decides whether one more check-in is planned"
)


@dataclass(frozen=True)
class Replied:
    """The reply as stored, the interview after it, and the check-in it asked for.

    `opened` is that check-in while the plan has it open; None when the reply
    gave no timeframe, or something already recorded settles it.
    """

    reply: Contact
    interview: Interview
    asked: CheckInRound | None
    opened: CheckInRound | None


def record_reply(
    user: User,
    interview_id: int,
    *,
    now: datetime,
    at: datetime | None = None,
    sender: str | None = None,
    check_back: date | None = None,
    says: str | None = None,
    day: Callable[[date], str] = date.isoformat,
    from_inbox: bool = False,
) -> Replied | None:
    """Record their reply at `at` (default: `now`).

    Their words (`says`) or a `check_back` day are needed, except from the inbox
    (the mail's text is its words): without them the reply cannot say whether
    the check-in is answered or one more is asked for (`UNSAID`).

    `day` writes the reply's day in the sentence refusing a `check_back`
    before it. `from_inbox`: read from the mailbox, so never an input error:
    a mail dated before the interview, or one already recorded, is passed
    over (None), and a sender who is not an interviewer is left unnamed.
    """
    words = says.strip() if says is not None else None
    if says is not None and not words and check_back is None:
        raise InputError("says", UNSAID)
    words = words or None
    if words is not None and CONTROL.search(words):
        raise InputError("says", "contains control characters")
    if not from_inbox and words is None and check_back is None:
        # What a reply settles depends on what it said (rule book, "When the single
        # check-in may happen" and "Statuses"): a new timeframe opens one more
        # check-in, none closes the door. A reply whose words are not given cannot
        # tell which, so it is not recorded as if it had closed the check-in.
        raise InputError("says", UNSAID)
    recorded: list[Contact] = []

    def change(interview: Interview) -> Interview:
        moment = (at or now).astimezone(interview.tz).replace(microsecond=0)
        if from_inbox:
            if moment < interview.start:
                return interview
            person = interview.interviewer(sender) if sender else None
            name = person.name if person else None
        else:
            services.check_happened(
                interview, moment, "at", after="start", now=now, given=at is not None
            )
            name = named(interview, sender, "sender").name if sender else None
            if check_back is not None and check_back < moment.date():
                raise InputError(
                    "check_back",
                    f"{check_back.isoformat()} is before the reply ({day(moment.date())}); "
                    "give the day they asked you to check back",
                )
        reply = Contact(
            kind=ContactKind.REPLY, at=moment, to=name, check_back=check_back, says=words
        )
        if from_inbox and reply in interview.contacts:
            return interview
        recorded.append(reply)
        return services.rebuild(interview, contacts=(*interview.contacts, reply))

    _, after = services.update(user, interview_id, change)
    if not recorded:
        return None
    policy = services.policy_of(user)
    asked = asked_for(after, recorded[0], policy)
    opened = asked if asked is not None and still_open(after, asked, policy) else None
    return Replied(recorded[0], after, asked, opened)


def what_opens(
    opened: CheckInRound, home: ZoneInfo, now: datetime | None = None, there: ZoneInfo | None = None
) -> str:
    """The sentence about the check-in a reply opened, in the candidate's zone, named.

    One wording for `followup reply` and the IMAP reader's notice: two zones on
    two lines (this one and the "Next:" line after it) read as two times.
    Given `now`, a date in another year carries its year; given the interview's
    zone `there`, its own clock follows when it keeps another ("04:00 Toronto
    time (09:00 London time)", `places.clock`).
    """
    assert opened.request is not None

    def day(moment: date) -> str:
        return (
            f"{moment:%a %d %b}"
            if now is None or moment.year == now.year
            else (f"{moment:%a %d %b %Y}")
        )

    lead = request_lead(opened.request, day)
    from followup.places import clock

    opens = opened.opens.astimezone(home)
    year = (now or opens).astimezone(home).year
    return f"{lead}: one more check-in opens {clock(opened.opens, home, there, year=year)}."
