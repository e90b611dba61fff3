"""The plan: every follow-up action of the rule book, dated, with its status.

`plan(interview, now, policy)` is pure: the same facts and the same `now`
always give the same plan. Wall-clock rules ("09:00 on day D", "17:00 three
business days later") are computed in the interview's zone; the thank-you
window is 24 *elapsed* hours, so across a DST change it ends at a different
wall-clock time than the interview did.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from followup.etiquette.businessdays import BusinessCalendar
from followup.etiquette.history import History, read_history
from followup.etiquette.model import (
    Action,
    ActionKind,
    Channel,
    Contact,
    ContactKind,
    Interview,
    Interviewer,
    NextStep,
    Outcome,
    OutcomeKind,
    Plan,
    Status,
)
from followup.etiquette.phrases import read_next_step
from followup.etiquette.policy import DEFAULT, Policy
from followup.etiquette.sources import Source, cite
from followup.etiquette.timephrases import numeric_order

# Pure, of the standard library only: how people write places ("EST").
from followup.places import zone_warning

# Order of kinds for actions that open at the same moment.
KIND_ORDER = {kind: i for i, kind in enumerate(ActionKind)}
# Each kind's stored value, looked up without the enum's `value` descriptor (in
# the loop of every plan).
KIND_VALUE = {kind: kind.value for kind in ActionKind}


def plan(
    interview: Interview, now: datetime, policy: Policy = DEFAULT, *, warnings: bool = True
) -> Plan:
    """The follow-up plan for one interview as it stands at `now`.

    1. Read the next-step sentence; explicit fields win over what it says.
    2. Read the contact log once (who was thanked, when the check-in went out...).
    3. Lay out each action of the rule book with its window and status.

    `warnings=False` leaves the plan's warnings out (the same actions): for a
    caller that stores the actions only, as an import of thousands does.
    """
    if now.tzinfo is None:
        raise ValueError("now: must carry a time zone")
    planner = _Planner(interview, now.astimezone(interview.tz), policy, warnings=warnings)
    actions = sorted(planner.actions(), key=lambda a: (a.not_before, KIND_ORDER[a.kind], a.id))
    return Plan(actions=tuple(actions), derived=planner.derived, warnings=tuple(planner.warnings))


def set_field(*names: str) -> str:
    """How the interview file and `followup edit --set` name the fields: as they are."""
    return f"set {' or '.join(names)}"


def date_questions(
    interview: Interview, derived: NextStep, fix: Callable[..., str] = set_field
) -> list[str]:
    """The dates read from the next step worth asking about, one sentence each.

    "By 4/12" read as next April, or a typo'd month: a date more than three
    months after the interview is more often a misreading than a promise, so
    it is named and questioned; a date no calendar has is reported. `fix`
    says how to give the date in the surface showing the sentence (the file's
    `decision_by`, the web form's "They decide by"), given one field's name or
    the two that would do: "set decision_by", "set decision_by or follow_up_on".
    """
    questions: list[str] = []
    far = _three_months_after(interview.local_start.date())
    for label, name, read in (
        ("decision date", "decision_by", derived.decision_by),
        ("day to check back", "follow_up_on", derived.follow_up_on),
    ):
        given = getattr(interview, name)
        if read and read > far and not given:
            question = (
                f"The next step reads as {long_date(read)} for their "
                f"{label}, more than three months after the interview: is that what "
                f"they said? If not, {fix(name)}."
            )
            # "By 4/12": say which order it was read in, and how to write it out.
            for words in derived.matched:
                order = numeric_order(words, read, interview.country)
                if order:
                    question += f" {order[0].upper()}{order[1:]}."
                    break
            questions.append(question)
    for words in derived.unreadable:
        questions.append(
            f"Could not read {words!r} in the next step: no calendar has that date, so "
            f"it was left out; {fix('decision_by', 'follow_up_on')} if it matters."
        )
    return questions


# Kept per day: an import asks it of every interview, and thousands share a day.
@lru_cache(maxsize=4096)
def _three_months_after(day: date) -> date:
    far: date = day + relativedelta(months=3)
    return far


def business_calendar(interview: Interview) -> BusinessCalendar:
    return BusinessCalendar(interview.country, interview.subdivision)


class Timeframe:
    """The effective timing facts: explicit fields first, then the sentence.

    `replies_say_no_calls`: a reply of theirs asked not to be called; being
    newer than the interview, it holds even where the interview said calls were fine.
    """

    def __init__(
        self, interview: Interview, derived: NextStep, *, replies_say_no_calls: bool = False
    ) -> None:
        self.decision_by = interview.decision_by or derived.decision_by
        self.follow_up_on = interview.follow_up_on or derived.follow_up_on
        self.few_days = derived.few_days
        # What the reason may put in their mouth (issue 16's third review): a day
        # they named ("on Monday", "by the 3rd"), not one worked out from "next
        # week"; and "if you have heard nothing by the 3rd" is the 3rd, though
        # the check-in goes the working day after.
        derived_only = interview.follow_up_on is None
        self.not_heard_by = (
            self.decision_by
            if derived_only
            and interview.decision_by is None
            and derived.follow_up_on is not None
            and derived.decision_by is not None
            and derived.follow_up_on > derived.decision_by
            else None
        )
        names_a_day = _names_a_day(derived.matched)
        self.check_back_named = not derived_only or names_a_day
        self.decision_named = interview.decision_by is not None or names_a_day
        self.no_calls = replies_say_no_calls or (
            interview.no_calls if interview.no_calls is not None else derived.no_calls
        )
        # "Please do not follow up", "don't chase us": a request against any
        # contact, not only calls. The one check-in email still goes (S3), but
        # its words must not say it follows up against their word.
        self.no_follow_up = self.no_calls and any(
            ASKS_NO_FOLLOW_UP.search(phrase) and not BY_PHONE.search(phrase)
            for phrase in derived.matched
        )

    def describe(self) -> str | None:
        """The timeframe the employer gave, for the check-in's reason and wording."""
        if self.not_heard_by is not None:
            return (
                "they asked you to get in touch if you had heard nothing by "
                f"{long_date(self.not_heard_by)}"
            )
        if self.follow_up_on is None and self.decision_by is not None and not self.decision_named:
            return (
                "they expected to decide (a day they did not name: read as "
                f"{long_date(self.decision_by)})"
            )
        if self.follow_up_on is not None and not self.check_back_named:
            return (
                "they asked you to check back (a day they did not name: read as "
                f"{long_date(self.follow_up_on)})"
            )
        return describe_timeframe(self.follow_up_on, self.decision_by, self.few_days)


# Words that name a day themselves: a weekday, a month, an ordinal or a numeric
# date, today or tomorrow; not a length ("10 days", "3-5 days", "a week").
# "may" is left out: "we may decide" is no month.
NAMES_A_DAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:january|february|march|april|"
    r"june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|"
    r"sept?|oct|nov|dec)\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,4}[/.]\d{1,2}\b|"
    r"\b(?:today|tomorrow|tonight)\b",
    re.I,
)


# Kept per reading: the same few phrases come back for thousands of interviews.
@lru_cache(maxsize=1024)
def _names_a_day(phrases: tuple[str, ...]) -> bool:
    return any(NAMES_A_DAY.search(phrase) for phrase in phrases)


# A no-calls request in words against any contact ("please do not follow up",
# "kindly don't chase us", "no need to reach out"), not "don't call us".
ASKS_NO_FOLLOW_UP = re.compile(
    r"(?:\bnot|n['\u2019]t|\bdont|\bnever|\bno\s+need)\s+(?:to\s+)?(?:(?:please|kindly)\s+)?"
    r"(?:follow[\s-]*up|chase|hound|pester|reach\s+out|contact|get\s+in\s+touch|check\s+in)\b",
    re.I,
)
# "Don't follow up by phone": a request about calls only.
BY_PHONE = re.compile(r"\b(?:phone|telephone)\b", re.I)


def describe_timeframe(
    follow_up_on: date | None, decision_by: date | None, few_days: bool
) -> str | None:
    if follow_up_on:
        return f"they asked you to check back on {long_date(follow_up_on)}"
    if decision_by:
        return f"they expected to decide by {long_date(decision_by)}"
    if few_days:
        return "they said you would hear within a few days"
    return None


# Topics are the candidate's notes ("my move to Leeds"); a reason speaks to them,
# so their first person becomes "you" ("picks up your move to Leeds").
_FIRST_PERSON = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
}
_PLURAL_FIRST = frozenset({"we", "our", "ours", "us", "ourselves", "we're", "we've"})
# The verb after "I" agrees with the "you" it becomes ("the move you are making").
_AFTER_I = {"am": "are", "was": "were"}


# Kept per topic: an import plans the same few topics for thousands of people.
@lru_cache(maxsize=4096)
def _second_person(topic: str) -> str:
    """The topic as said to the candidate; a NUL marks a "we" no swap can place."""
    words = []
    before = ""
    for word in topic.split():
        core = word.strip('.,;:!?()"')
        lower = core.lower().replace("’", "'")
        if lower in _PLURAL_FIRST:
            return "\0"
        if lower in _FIRST_PERSON:
            word = word.replace(core, _FIRST_PERSON[lower])
        elif before == "i" and lower in _AFTER_I:
            word = word.replace(core, _AFTER_I[lower])
        before = lower
        words.append(word)
    return " ".join(words)


# Kept per day: a plan writes a few, an import the same few hundred days thousands of times.
@lru_cache(maxsize=4096)
def long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def day_off(day: date, calendar: BusinessCalendar) -> str:
    """Why `day` is not a business day: '... falls on a weekend', '... is Christmas Day'."""
    holiday = calendar.holiday_name(day)
    if holiday and day.weekday() < 5:
        return f"{long_date(day)} is a public holiday, {holiday}"
    return f"{long_date(day)} falls on a weekend"


def _opening_day(
    since: date,
    since_what: str,
    follow_up_on: date | None,
    decision_by: date | None,
    few_days: bool,
    calendar: BusinessCalendar,
    policy: Policy,
) -> tuple[date, str] | None:
    """The day a check-in opens from a timeframe they gave, and the rule; None if none."""
    if follow_up_on:
        asked = follow_up_on
        # An email that lands on a weekend or a holiday waits in an inbox anyway,
        # under Monday's pile; the rule book counts business days everywhere else.
        opens = calendar.on_or_after(asked)
        if opens == asked:
            return opens, "on the day they asked you to check back"
        return opens, (
            "on the next business day after the day they asked you to check back "
            f"({day_off(asked, calendar)})"
        )
    if decision_by:
        # One full business day of grace after the decision date, then the next.
        opens = calendar.add(decision_by, policy.check_in_grace_business_days + 1)
        grace = policy.check_in_grace_business_days
        days = "a business day" if grace == 1 else f"{grace} business days"
        return opens, f"after {days} of grace past their decision date"
    if few_days:
        opens = calendar.on_or_after(since + timedelta(days=policy.few_days_check_in_days))
        return opens, (
            f"{policy.few_days_check_in_days} days after {since_what}, as they said 'a few days'"
        )
    return None


def check_in_opens(
    interview: Interview, timeframe: Timeframe, calendar: BusinessCalendar, policy: Policy
) -> tuple[datetime, str]:
    """When the first check-in may go out, and the rule that set it."""
    day = interview.local_start.date()
    found = _opening_day(
        day,
        "the interview",
        timeframe.follow_up_on,
        timeframe.decision_by,
        timeframe.few_days,
        calendar,
        policy,
    )
    if found is not None:
        opens, rule = found
    else:
        opens = calendar.on_or_after(day + timedelta(days=policy.default_check_in_days))
        rule = f"{policy.default_check_in_days} days after the interview, as no timeframe was given"
    # "Check back with me today" said at a morning interview would otherwise open
    # the check-in at 09:00, before the interview it follows up on has ended.
    start = max(at_time(opens, policy.day_opens, interview), interview.local_end)
    floor = check_in_floor(interview, timeframe, calendar, policy)
    if floor > start:
        if timeframe.follow_up_on:
            return floor, "when your thank-you can first go out: thanks come first"
        return floor, (
            "on the business day after your thank-you can first go out: thanks come "
            "first, and a check-in the same day would be two notes at once"
        )
    return start, rule


def check_in_floor(
    interview: Interview, timeframe: Timeframe, calendar: BusinessCalendar, policy: Policy
) -> datetime:
    """The earliest the first check-in may open, whatever its own rule says.

    The sources order the two notes: S0, S2, S3 and S4 all have the thank-you go
    first, and the check-in only once the time they gave has passed (S0, S4); S1
    warns against pressing, and a check-in on the day of the thanks reads as two
    notes at once. So the check-in opens no earlier than 09:00 on the business
    day after the thank-yous open. When they named the day to check back (rule
    1), that day stands, but never before the thank-yous open. Under the default
    policy the thanks open when the interview ends, so neither floor moves any
    rule; under `reserved`, whose thanks wait a silent week, they keep "a few
    days" (a week) or a near decision date from opening before the thanks.
    """
    thanks = thank_you_opens(interview, policy)
    if timeframe.follow_up_on:
        return thanks
    return at_time(calendar.add(thanks.date(), 1), policy.day_opens, interview)


# -- replies that ask for more --------------------------------------------------
#
# The rule book refuses "a second check-in (unless they asked for more)". Our
# reading: a reply asks for more when it gives a new timeframe, the same three
# kinds that date the first check-in: a day to check back (`check_back`, or
# words such as "check back next week"), a decision date ("we'll decide by
# Friday"), or a few-days window ("you'll hear in a couple of days"). Each
# promises news by a date, after which one polite check-in is what the sources
# advise. A reply with no timeframe ("thanks, still reviewing") closes the door,
# as before. Each such reply opens one more check-in (`check_in:2`, `check_in:3`,
# ...); the one call stays one over the whole process.

# One more check-in follows their own request (S2's "unless they asked"), timed
# like the first (S4).
ASKED_AGAIN_SOURCES: tuple[Source, ...] = cite("S2", "S4")


@dataclass(frozen=True)
class ReplyRequest:
    """What one reply of theirs asked: its `check_back` first, then its words."""

    reply: Contact
    follow_up_on: date | None = None
    decision_by: date | None = None
    few_days: bool = False
    no_calls: bool = False

    @property
    def asks_for_more(self) -> bool:
        return bool(self.follow_up_on or self.decision_by or self.few_days)


def read_replies(interview: Interview, calendar: BusinessCalendar) -> tuple[ReplyRequest, ...]:
    """Every reply of theirs, oldest first, with what it asked of the candidate."""
    replies = sorted(
        (c for c in interview.contacts if c.kind is ContactKind.REPLY),
        key=lambda c: c.at.astimezone(UTC),
    )
    requests = []
    for reply in replies:
        # Their words are read relative to the day they wrote them, like the
        # interview's next step is read relative to the interview's day.
        day = reply.at.astimezone(interview.tz).date()
        words = read_next_step(reply.says, day, calendar) if reply.says else NextStep()
        requests.append(
            ReplyRequest(
                reply=reply,
                # An explicit date wins over what their words say.
                follow_up_on=reply.check_back or words.follow_up_on,
                decision_by=words.decision_by,
                few_days=words.few_days,
                no_calls=words.no_calls,
            )
        )
    return tuple(requests)


def reply_check_in_opens(
    interview: Interview, request: ReplyRequest, calendar: BusinessCalendar, policy: Policy
) -> tuple[datetime, str]:
    """When the check-in a reply asked for may go out, and the rule; the reply must ask."""
    replied = request.reply.at.astimezone(interview.tz)
    found = _opening_day(
        replied.date(),
        "their reply",
        request.follow_up_on,
        request.decision_by,
        request.few_days,
        calendar,
        policy,
    )
    if found is None:
        raise ValueError("reply: it gave no timeframe to check back after")
    opens, rule = found
    # "Check back this afternoon" written at 11:00 opens at 11:00, not at 09:00.
    # Their reply is a new message of theirs, so it may be answered the same day;
    # but never before the thank-you can go (a reply can come in the `reserved`
    # policy's silent week).
    start = max(
        at_time(opens, policy.day_opens, interview).astimezone(UTC),
        replied.astimezone(UTC),
        interview.end.astimezone(UTC),
        thank_you_opens(interview, policy).astimezone(UTC),
    )
    return start.astimezone(interview.tz), rule


def request_lead(request: ReplyRequest, day: Callable[[date], str]) -> str:
    """What their reply asked, for the line that says which check-in it opens.

    One wording for the command line and the web; `day` writes a date their way.
    """
    if request.follow_up_on:
        return "They asked you to check back"
    if request.decision_by:
        return f"They expect to decide by {day(request.decision_by)}"
    return "They said you would hear within a few days"


@dataclass(frozen=True)
class CheckInRound:
    """One check-in the plan offers: the first, or one more that a reply asked for."""

    number: int
    opens: datetime
    rule: str
    # The timeframe they gave, for the check-in's reason and wording.
    said: str | None
    # The reply that asked for it (None for the first check-in).
    request: ReplyRequest | None
    sent: datetime | None
    # A later reply of theirs made it moot.
    closed: bool

    @property
    def action_id(self) -> str:
        return "check_in" if self.number == 1 else f"check_in:{self.number}"


@dataclass(frozen=True)
class CheckIns:
    rounds: tuple[CheckInRound, ...]
    requests: tuple[ReplyRequest, ...]

    @property
    def latest(self) -> CheckInRound:
        """The check-in of the latest request (or the first): the only one that can be open."""
        return self.rounds[-1]

    @property
    def answered(self) -> bool:
        """Their latest reply asked for nothing more: waiting on them is over."""
        return self.latest.closed

    @property
    def asked_again(self) -> bool:
        return len(self.rounds) > 1


def replies_say_no_calls(requests: tuple[ReplyRequest, ...]) -> bool:
    return any(r.no_calls for r in requests)


def read_check_ins(
    interview: Interview,
    timeframe: Timeframe,
    calendar: BusinessCalendar,
    policy: Policy,
    history: History,
    requests: tuple[ReplyRequest, ...],
) -> CheckIns:
    """The first check-in, and one more for each reply that asked for more.

    1. Each round opens with its own rule: the first from the interview's
       timeframe, a later one from its reply's.
    2. A check-in sent belongs to the latest round opened by then (the first
       one sent in it satisfies it); the log stays the single source.
    3. A round is moot once any later reply came, whatever that reply asked.
    """
    opens, rule = check_in_opens(interview, timeframe, calendar, policy)
    rounds = [
        CheckInRound(
            number=1,
            opens=opens,
            rule=rule,
            said=timeframe.describe(),
            request=None,
            sent=None,
            closed=bool(requests),
        )
    ]
    for index, asked in enumerate(requests):
        if not asked.asks_for_more:
            continue
        opens, rule = reply_check_in_opens(interview, asked, calendar, policy)
        rounds.append(
            CheckInRound(
                number=len(rounds) + 1,
                opens=opens,
                rule=rule,
                said=describe_timeframe(asked.follow_up_on, asked.decision_by, asked.few_days),
                request=asked,
                sent=None,
                closed=index + 1 < len(requests),
            )
        )
    for moment in history.check_ins:
        at = moment.astimezone(UTC)
        owner = 0
        for position, round_ in enumerate(rounds):
            if round_.request is not None and round_.request.reply.at.astimezone(UTC) <= at:
                owner = position
        if rounds[owner].sent is None:
            rounds[owner] = replace(rounds[owner], sent=moment)
    return CheckIns(rounds=tuple(rounds), requests=requests)


def check_ins_of(interview: Interview, policy: Policy = DEFAULT) -> CheckIns:
    """Every check-in the plan offers, for a shell that says which one a reply opened."""
    calendar = business_calendar(interview)
    derived = read_next_step(interview.next_step, interview.local_start.date(), calendar)
    requests = read_replies(interview, calendar)
    timeframe = Timeframe(interview, derived, replies_say_no_calls=replies_say_no_calls(requests))
    return read_check_ins(interview, timeframe, calendar, policy, read_history(interview), requests)


def call_opens(
    interview: Interview, sent: datetime, calendar: BusinessCalendar, policy: Policy
) -> datetime:
    """When the one call may be made: 48 elapsed hours after the check-in email,
    moved to the next business day's opening when that lands on a day off."""
    opens = (sent.astimezone(UTC) + timedelta(hours=policy.call_after_check_in_hours)).astimezone(
        interview.tz
    )
    if calendar.is_business_day(opens.date()):
        return opens
    return at_time(calendar.on_or_after(opens.date()), policy.day_opens, interview)


def stay_in_touch_opens(
    interview: Interview, last: datetime, calendar: BusinessCalendar, policy: Policy
) -> datetime:
    """The next stay-in-touch note: `stay_in_touch_days` after the last, a business day, 09:00."""
    day = last.astimezone(interview.tz).date() + timedelta(days=policy.stay_in_touch_days)
    return at_time(calendar.on_or_after(day), policy.day_opens, interview)


def bridge_opens(interview: Interview, outcome: Outcome) -> datetime:
    """The bridge note may go as soon as the rejection is known, once the interview is over."""
    return max(outcome.at.astimezone(interview.tz), interview.local_end)


def thank_you_timing(policy: Policy) -> str:
    """When the thank-you goes, in the policy's own numbers: 'Within a day', ..."""
    hours = policy.thank_you_hours
    if hours == 24:
        window = "within a day"
    elif hours and hours % 24 == 0:
        window = f"within {hours // 24} days"
    else:
        window = f"within {hours} hour{'s' if hours != 1 else ''}"
    days = policy.thank_you_delay_days
    if days == 0:
        return window[0].upper() + window[1:]
    wait = "a week" if days == 7 else f"{days} day{'s' if days != 1 else ''}"
    return f"After {wait} of silence (your policy holds thanks back), then {window}"


def withdrawn_before_start(interview: Interview) -> bool:
    """The candidate withdrew before the interview took place."""
    outcome = interview.outcome
    return (
        outcome is not None
        and outcome.kind is OutcomeKind.WITHDRAWN
        and outcome.at.astimezone(UTC) < interview.start.astimezone(UTC)
    )


def thank_you_opens(interview: Interview, policy: Policy) -> datetime:
    return interview.local_end + timedelta(days=policy.thank_you_delay_days)


def thank_you_due(interview: Interview, policy: Policy) -> datetime:
    """24 elapsed hours after the thank-you opens (not the same wall-clock time: DST)."""
    opens = thank_you_opens(interview, policy)
    return (opens.astimezone(UTC) + timedelta(hours=policy.thank_you_hours)).astimezone(
        interview.tz
    )


def thank_you_expiry(interview: Interview, policy: Policy) -> datetime:
    """When an unsent thank-you is too late to stand alone (rule book, Statuses)."""
    return thank_you_due(interview, policy) + timedelta(days=policy.thank_you_expires_days)


def at_time(day: date, clock: time, interview: Interview) -> datetime:
    """Wall-clock `clock` on `day` in the interview's zone."""
    return datetime.combine(day, clock, tzinfo=interview.tz)


def status_at(
    now: datetime, not_before: datetime, due: datetime, *, done: bool, cancelled: bool
) -> Status:
    # Compare in UTC: Python compares two datetimes of the same zone by wall
    # clock, which is wrong within the repeated hour of an autumn DST change.
    return _status_in_utc(
        now.astimezone(UTC),
        not_before.astimezone(UTC),
        due.astimezone(UTC),
        done=done,
        cancelled=cancelled,
    )


def _status_in_utc(
    now: datetime, not_before: datetime, due: datetime, *, done: bool, cancelled: bool
) -> Status:
    """`status_at` of three instants already in UTC (the planner has them so)."""
    if done:
        return Status.DONE
    if cancelled:
        return Status.CANCELLED
    if now < not_before:
        return Status.NOT_YET
    if now <= due:
        return Status.PENDING
    return Status.OVERDUE


def written_channel(person: Interviewer) -> Channel:
    # Email when we have an address, otherwise a letter (S0 and S3 disagree on
    # hand-written notes; the rule book defaults to email).
    return Channel.EMAIL if person.email else Channel.LETTER


class _Planner:
    def __init__(
        self, interview: Interview, now: datetime, policy: Policy, *, warnings: bool = True
    ) -> None:
        self.interview = interview
        self.now = now
        self._now_utc = now.astimezone(UTC)
        self.policy = policy
        self.calendar = business_calendar(interview)
        self.derived = read_next_step(
            interview.next_step, interview.local_start.date(), self.calendar
        )
        requests = read_replies(interview, self.calendar)
        self.timeframe = Timeframe(
            interview, self.derived, replies_say_no_calls=replies_say_no_calls(requests)
        )
        self.history: History = read_history(interview)
        self.check_ins = read_check_ins(
            interview, self.timeframe, self.calendar, policy, self.history, requests
        )
        self.warnings: list[str] = []
        if warnings:
            self._warn_about_facts()

    # -- helpers -----------------------------------------------------------

    def _action(
        self,
        kind: ActionKind,
        not_before: datetime,
        due: datetime,
        why: str,
        *,
        to: Interviewer | None = None,
        channel: Channel = Channel.SELF,
        done: bool = False,
        cancelled: bool = False,
        action_id: str | None = None,
        expires: datetime | None = None,
        sources: tuple[Source, ...] | None = None,
    ) -> Action:
        tz = self.interview.tz
        # In UTC once: the window's order and the status both compare instants.
        opens_utc = not_before.astimezone(UTC)
        due_utc = due.astimezone(UTC)
        if due_utc < opens_utc:
            due_utc = opens_utc
        not_before, due = not_before.astimezone(tz), due_utc.astimezone(tz)
        value = KIND_VALUE[kind]
        return Action(
            id=action_id or value,
            kind=kind,
            to=to.name if to else None,
            channel=channel,
            not_before=not_before,
            due=due,
            status=_status_in_utc(
                self._now_utc, opens_utc, due_utc, done=done, cancelled=cancelled
            ),
            why=why,
            sources=sources or self.policy.sources[value],
            expires=expires,
        )

    def _close_of_business(self, day: date, business_days: int) -> datetime:
        return at_time(
            self.calendar.add(day, business_days), self.policy.day_closes, self.interview
        )

    @property
    def _outcome_kind(self) -> OutcomeKind | None:
        return self.interview.outcome.kind if self.interview.outcome else None

    @property
    def _called_off(self) -> bool:
        """Rule book, Statuses: the employer called it off, so every action is
        cancelled and nothing is sent unless the candidate asks."""
        return self._outcome_kind is OutcomeKind.CALLED_OFF

    # -- the rule book, row by row -------------------------------------------

    def actions(self) -> Iterator[Action]:
        if withdrawn_before_start(self.interview):
            # It never took place: nothing to thank for, debrief or chase; only
            # the note that says so is left.
            yield from self._withdrawal()
            return
        yield from self._prepare()
        yield self._debrief()
        yield from self._references()
        yield from self._thank_yous()
        yield from self._check_ins()
        calls = list(self._call())
        yield from calls
        yield from self._move_on(calls[0] if calls else None)
        yield from self._bridge_and_stay_in_touch()
        yield from self._withdrawal()

    def _prepare(self) -> Iterator[Action]:
        start = self.interview.local_start
        # Only while the interview is still ahead; afterwards it is simply gone.
        if self.now >= start or self.interview.outcome is not None:
            return
        yield self._action(
            ActionKind.PREPARE,
            start - timedelta(hours=self.policy.prepare_hours_before),
            start,
            "Before it ends, ask what the next step is and when, when a follow-up "
            "is welcome, and note each interviewer's name and title.",
            expires=start,
        )

    def _debrief(self) -> Action:
        end = self.interview.local_end
        return self._action(
            ActionKind.DEBRIEF,
            end,
            end + timedelta(hours=self.policy.debrief_hours),
            "Write down what went well, what did not, what stood out and what you "
            "forgot to say while it is fresh: every note you send draws on it.",
            done=not self.interview.debrief.is_empty,
            cancelled=self._called_off,
        )

    def _references(self) -> Iterator[Action]:
        if not self.interview.references_requested:
            return
        end = self.interview.local_end
        person = self.interview.contact_person
        yield self._action(
            ActionKind.SEND_REFERENCES,
            end,
            datetime.combine(end.date(), self.policy.references_due, tzinfo=self.interview.tz),
            "They asked for references: send them the same day, before anything else.",
            to=person,
            channel=written_channel(person),
            done=self.history.references_sent is not None,
            cancelled=self._outcome_kind
            in (OutcomeKind.REJECTED, OutcomeKind.WITHDRAWN, OutcomeKind.CALLED_OFF),
        )

    def _thank_yous(self) -> Iterator[Action]:
        opens = thank_you_opens(self.interview, self.policy)
        # 24 elapsed hours, not the same wall-clock time tomorrow (DST).
        due = (opens.astimezone(UTC) + timedelta(hours=self.policy.thank_you_hours)).astimezone(
            self.interview.tz
        )
        # `thank_you_expiry`, from the `due` just worked out.
        expiry = due + timedelta(days=self.policy.thank_you_expires_days)
        rejected = self._outcome_kind is OutcomeKind.REJECTED
        expired = self._now_utc > expiry.astimezone(UTC)
        called_off = self._called_off
        cancelled = rejected or expired or called_off
        contact = self.interview.contact_person
        timing = thank_you_timing(self.policy)
        thanked = self.history.thanked
        for person in self.interview.interviewers:
            key = person.key
            done = key in thanked
            topics = " and ".join(_second_person(t) for t in person.topics[:2])
            if "\0" in topics:  # "our roadmap": whose, the reason cannot say
                topics = ""
            about = f" that picks up {topics}" if topics else " about what you discussed"
            why = (
                f"{timing}, a short personal thank-you to "
                f"{person.name}{about} keeps you in mind while they decide."
            )
            # Rule book, second edition: a "no" cancels every unsent thank-you
            # (the bridge note thanks the contact), and one left unsent for
            # `thank_you_expires_days` past its due time no longer stands alone.
            if not done and called_off:
                why = "They called the interview off: there is nothing to thank them for."
            elif not done and rejected:
                why = "They have decided: a thank-you after a no reads as a plea" + (
                    "; the bridge note thanks them instead."
                    if key == contact.key
                    and self.interview.outcome
                    and self.interview.outcome.keep_in_touch
                    else "."
                )
            elif not done and expired:
                why = "Too late to stand alone" + (
                    "; your check-in opens with a line of thanks instead."
                    if key == contact.key and self._outcome_kind is None
                    else "."
                )
            yield self._action(
                ActionKind.THANK_YOU,
                opens,
                due,
                why,
                to=person,
                channel=written_channel(person),
                done=done,
                cancelled=cancelled,
                action_id=f"thank_you:{key}",
                # Stored plans are computed once, before the interview: the
                # agenda must stop listing an unsent thank-you when it goes
                # stale, as this plan, computed now, cancels it.
                expires=expiry,
            )

    def _check_ins(self) -> Iterator[Action]:
        person = self.interview.contact_person
        decided = self.interview.outcome is not None
        for round_ in self.check_ins.rounds:
            said = f"; mention that {round_.said}" if round_.said else ""
            sources = ASKED_AGAIN_SOURCES if round_.request is not None else None
            if self.timeframe.no_calls:
                # "Please don't chase us, we will reach out": the rule book respects
                # it for calls (S0) and still allows one check-in email (S3), so the
                # plan says why that email stays and that nothing follows it.
                said += (
                    "; they asked not to be called or chased, so keep it to this one short "
                    "email, with no call after it"
                )
                base = sources or self.policy.sources[ActionKind.CHECK_IN.value]
                sources = cite(*sorted({"S0", "S3", *(s.id for s in base)}))
            if round_.request is None:
                lead = f"One check-in {round_.rule}"
            else:
                replied = round_.request.reply.at.astimezone(self.interview.tz).date()
                lead = (
                    f"One more check-in, at their request in their reply of "
                    f"{long_date(replied)}, {round_.rule}"
                )
            yield self._action(
                ActionKind.CHECK_IN,
                round_.opens,
                self._close_of_business(
                    round_.opens.date(), self.policy.check_in_window_business_days
                ),
                lead
                + said
                + "; offer anything else they need, and never ask whether you got the job.",
                to=person,
                channel=written_channel(person),
                # Moot once they have answered or decided; a check-in already sent stays done.
                done=round_.sent is not None,
                cancelled=decided or round_.closed,
                action_id=round_.action_id,
                sources=sources,
            )

    def _call(self) -> Iterator[Action]:
        calls = self.history.calls
        check_ins = self.check_ins
        if check_ins.asked_again:
            # The one call follows the check-in of their latest request; a call
            # already made is the one call of the whole process.
            if calls:
                first_call = calls[0].at.astimezone(UTC)
                earlier = [
                    r.sent
                    for r in check_ins.rounds
                    if r.sent is not None and r.sent.astimezone(UTC) <= first_call
                ]
                sent = max(earlier, key=lambda t: t.astimezone(UTC)) if earlier else None
            else:
                sent = check_ins.latest.sent
        else:
            sent = self.history.check_in_sent
        if not calls and (sent is None or self.timeframe.no_calls):
            return
        person = self.interview.contact_person
        if sent is not None:
            opens = call_opens(self.interview, sent, self.calendar, self.policy)
        else:
            # A call made without a check-in (overridden): shown as done at that time.
            opens = calls[0].at.astimezone(self.interview.tz)
        due = self._close_of_business(opens.date(), self.policy.call_window_business_days)
        yield self._action(
            ActionKind.CALL,
            opens,
            due,
            "If the check-in goes unanswered, one call; if nobody picks up, leave a "
            "single short message and do not call again.",
            to=person,
            channel=Channel.PHONE,
            done=bool(calls),
            cancelled=self.interview.outcome is not None or check_ins.answered,
        )

    def _move_on(self, call: Action | None = None) -> Iterator[Action]:
        day = self.interview.local_start.date()
        # A check-in they asked for later moves the reminder on with it.
        last_check_in = max(r.opens.date() for r in self.check_ins.rounds)
        later = max(
            day + timedelta(days=self.policy.move_on_days_after_interview),
            last_check_in + timedelta(days=self.policy.move_on_days_after_check_in),
        )
        # Rule book, "The plan": move_on comes after the check-in and after the one
        # call that may follow it (its "check-in not-before + 7 days" keeps it past
        # a check-in sent on time). A check-in sent late moves the call later, and
        # "stop waiting" was then overdue while the call was still ahead (issue 16's
        # review): while the call is planned, the reminder waits for the business
        # day after its window closes.
        if call is not None and call.status not in (Status.DONE, Status.CANCELLED):
            later = max(later, self.calendar.on_or_after(call.due.date() + timedelta(days=1)))
        # A reminder to stop waiting is no use on a Sunday: show it on a working day.
        opens = at_time(self.calendar.on_or_after(later), self.policy.day_opens, self.interview)
        yield self._action(
            ActionKind.MOVE_ON,
            opens,
            opens,
            "No word yet: stop waiting on this one and put your energy into other "
            "openings; a late answer can still come.",
            cancelled=self.interview.outcome is not None,
            expires=opens + timedelta(days=self.policy.move_on_listed_days),
        )

    def _bridge_and_stay_in_touch(self) -> Iterator[Action]:
        outcome = self.interview.outcome
        if outcome is None or outcome.kind is not OutcomeKind.REJECTED or not outcome.keep_in_touch:
            return
        person = self.interview.contact_person
        at = bridge_opens(self.interview, outcome)
        yield self._action(
            ActionKind.BRIDGE,
            at,
            self._close_of_business(at.date(), self.policy.bridge_window_business_days),
            f"Thank {person.name} for the chance and ask to be kept in mind for "
            f"other roles at {self.interview.company}.",
            to=person,
            channel=written_channel(person),
            done=self.history.bridge_sent is not None,
        )
        last = self.history.bridge_sent
        sent = self.history.stay_in_touch_sent
        for number in range(1, self.policy.stay_in_touch_max + 1):
            if last is None:
                return
            opens = stay_in_touch_opens(self.interview, last, self.calendar, self.policy)
            done_at = sent[number - 1] if number <= len(sent) else None
            yield self._action(
                ActionKind.STAY_IN_TOUCH,
                opens,
                opens + timedelta(days=self.policy.stay_in_touch_window_days),
                f"A brief, friendly note every few months keeps {self.interview.company} "
                "aware of you for the next opening.",
                to=person,
                channel=written_channel(person),
                done=done_at is not None,
                action_id=f"stay_in_touch:{number}",
            )
            last = done_at

    def _withdrawal(self) -> Iterator[Action]:
        # Not a row of the rule book's table: its drafting section asks for a
        # short thank-you when withdrawing (S2), so the plan carries one.
        outcome = self.interview.outcome
        if outcome is None or outcome.kind is not OutcomeKind.WITHDRAWN:
            return
        person = self.interview.contact_person
        at = outcome.at.astimezone(self.interview.tz)
        yield self._action(
            ActionKind.WITHDRAWAL,
            at,
            self._close_of_business(at.date(), self.policy.withdrawal_window_business_days),
            f"Tell {person.name} you are withdrawing, with thanks for their time: "
            "it leaves the door open.",
            to=person,
            channel=written_channel(person),
            done=self.history.withdrawal_sent is not None,
        )

    # -- warnings -------------------------------------------------------------

    def _warn_about_facts(self) -> None:
        interview, derived, timeframe = self.interview, self.derived, self.timeframe
        text = (interview.next_step or "").strip()
        # Only worth saying while the default really dates a check-in still to
        # come: an explicit decision_by or follow_up_on sets it instead, and a
        # check-in already sent, or made moot by a reply or an outcome, needs no date.
        default_dates_it = not (
            timeframe.follow_up_on or timeframe.decision_by or timeframe.few_days
        )
        check_in_open = (
            self.history.check_in_sent is None
            and interview.outcome is None
            and not self.history.replies
        )
        if default_dates_it and check_in_open:
            days = self.policy.default_check_in_days
            if not text:
                self.warnings.append(
                    f"No next step was recorded: the check-in follows the {days}-day default."
                )
            else:
                self.warnings.append(
                    f"Nothing in the next step ({text!r}) gave a date or a timeframe: the "
                    f"check-in follows the {days}-day default."
                )
        self.warnings.extend(date_questions(interview, derived))
        zone = zone_warning(interview.timezone)
        if zone:
            self.warnings.append(zone[0].upper() + zone[1:] + ".")
        pairs = (
            ("decision_by", interview.decision_by, derived.decision_by),
            ("follow_up_on", interview.follow_up_on, derived.follow_up_on),
        )
        for name, given, read in pairs:
            if given and read and given != read:
                self.warnings.append(
                    f"{name} is {given.isoformat()} but the next step reads as "
                    f"{read.isoformat()}; using {given.isoformat()}."
                )
        for person in interview.interviewers:
            if not person.email:
                self.warnings.append(
                    f"No email address for {person.name}: their thank-you is planned as a letter."
                )
        contact = interview.contact_person
        if self.history.check_in_sent and not self.timeframe.no_calls and not contact.phone:
            self.warnings.append(f"No phone number for {contact.name}, the one call's recipient.")
