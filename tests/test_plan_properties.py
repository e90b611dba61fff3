"""Hypothesis properties of the rules: what must hold for any interview and log."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.etiquette.guardrails import check
from followup.etiquette.model import (
    OPEN_STATUSES,
    Action,
    ActionKind,
    Contact,
    ContactKind,
    Interview,
    Outcome,
    OutcomeKind,
    ProposedContact,
    Purpose,
    Status,
)
from followup.etiquette.planner import plan
from followup.etiquette.policy import DEFAULT, RESERVED
from tests.factories import local, make_interview

ZONES = ["America/New_York", "Europe/London", "America/Toronto", "Asia/Kolkata", "Australia/Sydney"]
REGIONS = {
    "America/New_York": ("US", None),
    "Europe/London": ("GB", "ENG"),
    "America/Toronto": ("CA", "ON"),
    "Asia/Kolkata": ("IN", None),
    "Australia/Sydney": ("AU", "NSW"),
}
NEXT_STEPS = [
    None,
    "We'll decide by Friday.",
    "You'll hear in a few days.",
    "Don't call us, we'll call you.",
    "Check back with me in two weeks.",
    "Thanks for coming in.",
]
# What a reply may say: some ask for more (a day to check back, a decision
# date, a few days), some do not, one asks not to be called.
REPLY_WORDS = [
    "Still deciding, check back next week.",
    "We'll decide by Friday.",
    "You'll hear from us in a couple of days.",
    "Thanks, we're still reviewing.",
    "Don't call us, we'll email you by Friday.",
    "Check back with me after the 15th.",
]
RANK = {Status.NOT_YET: 0, Status.PENDING: 1, Status.OVERDUE: 2}


@st.composite
def interviews(draw: st.DrawFn) -> Interview:
    zone = draw(st.sampled_from(ZONES))
    country, subdivision = REGIONS[zone]
    day = draw(st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31)))
    start = local(
        f"{day} {draw(st.integers(7, 19)):02d}:{draw(st.sampled_from([0, 30])):02d}", zone
    )
    interview = make_interview(
        start=start,
        end=start + timedelta(minutes=draw(st.sampled_from([30, 60, 90, 240]))),
        timezone=zone,
        country=country,
        subdivision=subdivision,
        next_step=draw(st.sampled_from(NEXT_STEPS)),
        references_requested=draw(st.booleans()),
        no_calls=draw(st.sampled_from([None, True, False])),
        decision_by=draw(st.none() | st.just(day + timedelta(days=draw(st.integers(0, 30))))),
        follow_up_on=draw(
            st.none() | st.just(day + timedelta(days=draw(st.integers(0, 30)))),
            label="follow_up_on",
        ),
    )
    contacts = []
    names = [p.name for p in interview.interviewers]
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(list(ContactKind)))
        purpose = (
            draw(st.none() | st.sampled_from(list(Purpose)))
            if kind in (ContactKind.EMAIL, ContactKind.LETTER)
            else None
        )
        at = interview.end + timedelta(hours=draw(st.integers(0, 24 * 60)))
        check_back, says = None, None
        if kind is ContactKind.REPLY:
            replied = at.astimezone(interview.tz).date()
            days = draw(st.none() | st.integers(0, 20))
            check_back = None if days is None else replied + timedelta(days=days)
            says = draw(st.none() | st.sampled_from(REPLY_WORDS))
        contacts.append(
            Contact(
                kind,
                at,
                purpose,
                draw(st.none() | st.sampled_from(names)),
                draw(st.none() | st.booleans()) if kind is ContactKind.CALL else None,
                check_back=check_back,
                says=says,
            )
        )
    outcome = None
    if draw(st.booleans()):
        outcome = Outcome(
            draw(st.sampled_from(list(OutcomeKind))),
            # From the start: an answer can come before the interview is over.
            interview.start + timedelta(minutes=draw(st.integers(0, 60 * 24 * 40))),
            draw(st.booleans()),
        )
    return replace(interview, contacts=tuple(contacts), outcome=outcome)


def moments(interview: Interview) -> st.SearchStrategy[datetime]:
    return st.integers(-48, 24 * 120).map(lambda h: interview.start + timedelta(hours=h))


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def numbers_of(check_ins: list[Action]) -> list[int]:
    """check_in -> 1, check_in:2 -> 2, ..."""
    return [1 if a.id == "check_in" else int(a.id.partition(":")[2]) for a in check_ins]


@SETTINGS
@given(interviews(), st.data())
def test_never_two_calls_and_one_check_in(interview: Interview, data: st.DataObject) -> None:
    result = plan(interview, data.draw(moments(interview)))
    assert sum(a.kind is ActionKind.CALL for a in result.actions) <= 1
    # One check-in, and one more for each reply that asked for more: a reply
    # with a check-back date always does, one without date or words never does.
    check_ins = [a for a in result.actions if a.kind is ActionKind.CHECK_IN]
    assert sorted(numbers_of(check_ins)) == list(range(1, len(check_ins) + 1))
    replies = [c for c in interview.contacts if c.kind is ContactKind.REPLY]
    dated = sum(c.check_back is not None for c in replies)
    worded = sum(c.check_back is not None or c.says is not None for c in replies)
    assert 1 + dated <= len(check_ins) <= 1 + worded
    # Only the latest can still be open; every earlier one is done or moot.
    open_numbers = [
        n
        for n, a in zip(numbers_of(check_ins), check_ins, strict=True)
        if a.status in OPEN_STATUSES
    ]
    assert open_numbers in ([], [len(check_ins)])
    assert all(a.not_before >= interview.end for a in check_ins)
    people = [a.to for a in result.actions if a.kind is ActionKind.THANK_YOU]
    assert sorted(people) == sorted(p.name for p in interview.interviewers)


@SETTINGS
@given(interviews(), st.data())
def test_every_action_cites_a_source_and_has_a_sane_window(
    interview: Interview, data: st.DataObject
) -> None:
    for action in plan(interview, data.draw(moments(interview))).actions:
        assert action.sources and all(s.title for s in action.sources)
        assert action.why
        assert action.not_before <= action.due
        assert action.due.tzinfo is not None


@SETTINGS
@given(interviews(), st.data())
def test_never_a_check_in_before_its_not_before(interview: Interview, data: st.DataObject) -> None:
    now = data.draw(moments(interview))
    check_in = plan(interview, now).action("check_in")
    assert check_in is not None
    if check_in.status in (Status.PENDING, Status.OVERDUE):
        assert now >= check_in.not_before
    if now < check_in.not_before:
        assert check_in.status not in (Status.PENDING, Status.OVERDUE)
    # The check-in never opens before the interview is over, even when they said
    # to check back on the day of the interview itself.
    assert check_in.not_before >= interview.end


@SETTINGS
@given(interviews(), st.data())
def test_statuses_only_move_forward_in_time(interview: Interview, data: st.DataObject) -> None:
    first = data.draw(moments(interview))
    later = first + timedelta(hours=data.draw(st.integers(0, 24 * 60)))
    before = {a.id: a.status for a in plan(interview, first).actions}
    after = {a.id: a.status for a in plan(interview, later).actions}
    for action_id, status in before.items():
        if action_id not in after:
            assert action_id == "prepare"
            continue
        if status in RANK and after[action_id] in RANK:
            assert RANK[after[action_id]] >= RANK[status]
        elif (
            action_id.startswith("thank_you:")
            and after[action_id] is Status.CANCELLED
            and status is not Status.CANCELLED
        ):
            # Rule book, second edition: an unsent thank-you expires with time.
            assert status in RANK
        else:
            assert after[action_id] == status


@SETTINGS
@given(interviews(), st.data())
def test_a_contact_never_asks_for_more_of_the_same_kind(
    interview: Interview, data: st.DataObject
) -> None:
    now = data.draw(moments(interview))
    base = plan(interview, now)
    kind = data.draw(st.sampled_from([ContactKind.EMAIL, ContactKind.CALL, ContactKind.LETTER]))
    purpose = data.draw(st.sampled_from(list(Purpose))) if kind is not ContactKind.CALL else None
    to = data.draw(st.sampled_from([p.name for p in interview.interviewers]))
    contact = Contact(kind, now, purpose, to)
    grown = plan(replace(interview, contacts=(*interview.contacts, contact)), now)
    action_kind = ActionKind.CALL if kind is ContactKind.CALL else ActionKind(purpose.value)

    def open_count(p) -> int:
        return sum(a.kind is action_kind and a.status in OPEN_STATUSES for a in p.actions)

    assert open_count(grown) <= open_count(base)


# -- the guardrails agree with the plan ----------------------------------------------

# The plan's actions that are contacts, with the purpose `check` is asked about.
CONTACT_ACTIONS = {
    ActionKind.THANK_YOU: Purpose.THANK_YOU,
    ActionKind.SEND_REFERENCES: Purpose.SEND_REFERENCES,
    ActionKind.CHECK_IN: Purpose.CHECK_IN,
    ActionKind.CALL: None,
    ActionKind.BRIDGE: Purpose.BRIDGE,
    ActionKind.STAY_IN_TOUCH: Purpose.STAY_IN_TOUCH,
    ActionKind.WITHDRAWAL: Purpose.WITHDRAWAL,
}
# Kinds the guardrails refuse whenever the plan has none open. Not references
# nor a withdrawal: the rule book refuses neither (references nobody asked for
# harm no one, and the withdrawal note is how one withdraws, often before the
# outcome is recorded), so `check` allows them whatever the plan says.
REFUSED_UNLESS_OFFERED = (
    ActionKind.THANK_YOU,
    ActionKind.CHECK_IN,
    ActionKind.CALL,
    ActionKind.BRIDGE,
    ActionKind.STAY_IN_TOUCH,
)


def proposed_for(kind: ActionKind, to: str | None) -> ProposedContact:
    purpose = CONTACT_ACTIONS[kind]
    if purpose is None:
        return ProposedContact(ContactKind.CALL, to=to)
    return ProposedContact(ContactKind.EMAIL, purpose, to)


@SETTINGS
@given(interviews(), st.data())
def test_the_guardrails_allow_what_the_plan_has_open(
    interview: Interview, data: st.DataObject
) -> None:
    now = data.draw(moments(interview))
    policy = data.draw(st.sampled_from([DEFAULT, RESERVED]))
    for action in plan(interview, now, policy).actions:
        if action.kind not in CONTACT_ACTIONS:
            continue
        verdict = check(interview, proposed_for(action.kind, action.to), now, policy)
        if action.status in (Status.PENDING, Status.OVERDUE):
            assert verdict.allowed, (action, verdict)
        elif action.status is Status.NOT_YET and action.kind is not ActionKind.WITHDRAWAL:
            # Too soon, and the verdict names the moment the plan opens it.
            assert not verdict.allowed, (action, verdict)
            assert verdict.allowed_from == action.not_before, (action, verdict)


@SETTINGS
@given(interviews(), st.data())
def test_the_guardrails_refuse_what_the_plan_does_not_offer(
    interview: Interview, data: st.DataObject
) -> None:
    now = data.draw(moments(interview))
    policy = data.draw(st.sampled_from([DEFAULT, RESERVED]))
    result = plan(interview, now, policy)
    for kind in REFUSED_UNLESS_OFFERED:
        people = (
            [p.name for p in interview.interviewers]
            if kind is ActionKind.THANK_YOU
            else [interview.contact_person.name]
        )
        for to in people:
            offered = any(
                a.kind is kind
                and (a.to == to or kind is not ActionKind.THANK_YOU)
                and a.status in OPEN_STATUSES
                for a in result.actions
            )
            # Rule book, second edition: a thank-you expired or after a "no" is
            # no longer offered, yet not refused (one sent late is logged as sent).
            lapsed = kind is ActionKind.THANK_YOU and any(
                a.kind is kind and a.to == to and a.status is Status.CANCELLED
                for a in result.actions
            )
            if not offered and not lapsed:
                verdict = check(interview, proposed_for(kind, to), now, policy)
                assert not verdict.allowed, (kind, to, verdict)


@SETTINGS
@given(interviews(), st.data())
def test_a_reply_that_asks_for_nothing_closes_every_check_in_and_the_call(
    interview: Interview, data: st.DataObject
) -> None:
    now = data.draw(moments(interview))
    latest = max([interview.end, *(c.at for c in interview.contacts)])
    reply = Contact(ContactKind.REPLY, latest + timedelta(minutes=1))
    result = plan(replace(interview, contacts=(*interview.contacts, reply)), now)
    for action in result.actions:
        if action.kind in (ActionKind.CHECK_IN, ActionKind.CALL):
            assert action.status not in OPEN_STATUSES, action
    verdict = check(
        replace(interview, contacts=(*interview.contacts, reply)),
        ProposedContact(ContactKind.EMAIL, Purpose.CHECK_IN),
        now,
    )
    assert not verdict.allowed


@SETTINGS
@given(interviews(), st.data())
def test_a_plan_without_warnings_has_the_same_actions(
    interview: Interview, data: st.DataObject
) -> None:
    """An import plans with `warnings=False` (store.planning): only the warnings go."""
    now = data.draw(moments(interview))
    policy = data.draw(st.sampled_from([DEFAULT, RESERVED]))
    full = plan(interview, now, policy)
    bare = plan(interview, now, policy, warnings=False)
    assert bare.actions == full.actions
    assert [(a.not_before.fold, a.due.fold) for a in bare.actions] == [
        (a.not_before.fold, a.due.fold) for a in full.actions
    ]
    assert bare.derived == full.derived
    assert bare.warnings == ()
