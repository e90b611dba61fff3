"""A reply that asks for more: one more check-in, timed from what the reply said.

The interview is Tuesday 17 November 2026 in New York (factories); the first
check-in went out Tuesday 1 December, and they reply on Thursday 3 December.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from followup.etiquette.guardrails import check
from followup.etiquette.model import (
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
from followup.porcelain import action_dict
from tests.factories import local, make_interview, with_contacts

CHECKED_IN = Contact(ContactKind.EMAIL, local("2026-12-01 09:30"), Purpose.CHECK_IN, "Priya Raman")
REPLIED = local("2026-12-03 10:00")
S2 = {"id": "S2", "title": 'Interview follow-up methods and tips ("mandatory optional")'}
S4 = {"id": "S4", "title": "How to Master Interview Follow-Up"}
CHECK_IN = ProposedContact(ContactKind.EMAIL, Purpose.CHECK_IN, "Priya Raman")
CALL = ProposedContact(ContactKind.CALL, to="Priya Raman")


def replied(
    *, check_back: date | None = None, says: str | None = None, **more: object
) -> Interview:
    reply = Contact(ContactKind.REPLY, REPLIED, to="Priya Raman", check_back=check_back, says=says)
    return with_contacts(make_interview(**more), CHECKED_IN, reply)


def check_ins(interview: Interview, now: str) -> dict[str, tuple[str, str, Status]]:
    return {
        a.id: (a.not_before.isoformat(), a.due.isoformat(), a.status)
        for a in plan(interview, local(now)).actions
        if a.kind is ActionKind.CHECK_IN
    }


def test_a_check_back_date_opens_one_more_check_in_that_day() -> None:
    interview = replied(check_back=date(2026, 12, 10))
    result = plan(interview, local("2026-12-04 10:00"))
    assert action_dict(result.action("check_in:2")) == {
        "id": "check_in:2",
        "kind": "check_in",
        "to": "Priya Raman",
        "channel": "email",
        "not_before": "2026-12-10T09:00:00-05:00",
        "due": "2026-12-15T17:00:00-05:00",
        "status": "not_yet",
        "why": "One more check-in, at their request in their reply of Thursday 3 December "
        "2026, on the day they asked you to check back; mention that they asked you to "
        "check back on Thursday 10 December 2026; offer anything else they need, and never "
        "ask whether you got the job.",
        "sources": [S2, S4],
    }
    # The first check-in went out: it stays done.
    assert result.action("check_in").status is Status.DONE
    # Move-on: the later of 30 days after the interview (17 Dec) and a week after
    # the new check-in opens (17 Dec).
    move_on = result.action("move_on")
    assert move_on.not_before == local("2026-12-17 09:00")
    assert move_on.status is Status.NOT_YET


def test_their_words_check_back_next_week_open_it_on_monday() -> None:
    interview = replied(says="Still deciding, check back next week")
    assert check_ins(interview, "2026-12-04 10:00") == {
        "check_in": ("2026-12-01T09:00:00-05:00", "2026-12-04T17:00:00-05:00", Status.DONE),
        "check_in:2": ("2026-12-07T09:00:00-05:00", "2026-12-10T17:00:00-05:00", Status.NOT_YET),
    }
    assert check_ins(interview, "2026-12-07 09:00")["check_in:2"][2] is Status.PENDING


def test_a_decision_date_in_their_reply_gets_a_day_of_grace() -> None:
    # Decision Friday 4 Dec -> grace Monday 7 Dec -> check in Tuesday 8 Dec.
    interview = replied(says="We'll decide by Friday.")
    action = plan(interview, local("2026-12-04 10:00")).action("check_in:2")
    assert (action.not_before, action.due) == (
        local("2026-12-08 09:00"),
        local("2026-12-11 17:00"),
    )
    assert action.why.startswith(
        "One more check-in, at their request in their reply of Thursday 3 December 2026, "
        "after a business day of grace past their decision date; mention that they "
        "expected to decide by Friday 4 December 2026;"
    )


def test_a_few_days_in_their_reply_means_a_week_after_it() -> None:
    interview = replied(says="You'll hear from us in a couple of days.")
    action = plan(interview, local("2026-12-04 10:00")).action("check_in:2")
    assert action.not_before == local("2026-12-10 09:00")
    assert "7 days after their reply, as they said 'a few days'" in action.why


def test_an_explicit_check_back_date_wins_over_their_words() -> None:
    interview = replied(check_back=date(2026, 12, 14), says="We'll decide by Friday.")
    action = plan(interview, local("2026-12-04 10:00")).action("check_in:2")
    assert action.not_before == local("2026-12-14 09:00")
    # The move-on reminder follows the later check-in: 14 Dec + 7 days.
    assert plan(interview, local("2026-12-04 10:00")).action("move_on").not_before == local(
        "2026-12-21 09:00"
    )


def test_a_check_back_day_off_moves_to_the_next_business_day() -> None:
    interview = replied(check_back=date(2026, 12, 12))  # a Saturday
    action = plan(interview, local("2026-12-04 10:00")).action("check_in:2")
    assert action.not_before == local("2026-12-14 09:00")
    assert (
        "on the next business day after the day they asked you to check back (Saturday "
        "12 December 2026 falls on a weekend)" in action.why
    )


def test_check_back_the_same_day_opens_no_earlier_than_the_reply() -> None:
    interview = replied(check_back=date(2026, 12, 3))
    assert plan(interview, REPLIED).action("check_in:2").not_before == REPLIED


def test_a_reply_with_nothing_to_check_back_after_cancels_as_before() -> None:
    for says in (None, "Thanks, we're still reviewing."):
        result = plan(replied(says=says), local("2026-12-04 10:00"))
        assert [a.id for a in result.actions if a.kind is ActionKind.CHECK_IN] == ["check_in"]
        assert result.action("check_in").status is Status.DONE
        assert result.action("call").status is Status.CANCELLED
        assert result.action("move_on").not_before == local("2026-12-17 09:00")
        verdict = check(replied(says=says), CHECK_IN, local("2026-12-20 10:00"))
        assert not verdict.allowed
        assert verdict.reason.startswith("You have already checked in once;")


def test_a_reply_before_any_check_in_still_opens_the_one_they_asked_for() -> None:
    reply = Contact(ContactKind.REPLY, REPLIED, check_back=date(2026, 12, 10))
    interview = with_contacts(make_interview(), reply)
    assert check_ins(interview, "2026-12-04 10:00") == {
        "check_in": ("2026-12-01T09:00:00-05:00", "2026-12-04T17:00:00-05:00", Status.CANCELLED),
        "check_in:2": ("2026-12-10T09:00:00-05:00", "2026-12-15T17:00:00-05:00", Status.NOT_YET),
    }


def test_two_replies_that_ask_for_more_give_two_more_check_ins() -> None:
    first = replied(check_back=date(2026, 12, 10))
    second_check_in = Contact(
        ContactKind.EMAIL, local("2026-12-10 10:00"), Purpose.CHECK_IN, "Priya Raman"
    )
    second_reply = Contact(
        ContactKind.REPLY, local("2026-12-11 15:00"), says="Check back with me on December 18."
    )
    interview = with_contacts(first, second_check_in, second_reply)
    assert check_ins(interview, "2026-12-14 10:00") == {
        "check_in": ("2026-12-01T09:00:00-05:00", "2026-12-04T17:00:00-05:00", Status.DONE),
        "check_in:2": ("2026-12-10T09:00:00-05:00", "2026-12-15T17:00:00-05:00", Status.DONE),
        "check_in:3": ("2026-12-18T09:00:00-05:00", "2026-12-23T17:00:00-05:00", Status.NOT_YET),
    }
    # Move-on follows the third: Friday 18 Dec + 7 days is Christmas Day, so Monday 28.
    assert plan(interview, local("2026-12-14 10:00")).action("move_on").not_before == local(
        "2026-12-28 09:00"
    )


def test_a_reply_then_a_rejection_cancels_everything() -> None:
    interview = replace(
        replied(check_back=date(2026, 12, 10)),
        outcome=Outcome(OutcomeKind.REJECTED, local("2026-12-08 09:00")),
    )
    result = plan(interview, local("2026-12-10 10:00"))
    statuses = {a.id: a.status for a in result.actions if a.id in ("check_in:2", "move_on")}
    assert statuses == {"check_in:2": Status.CANCELLED, "move_on": Status.CANCELLED}
    # No call waits for a check-in that will not go out.
    assert result.action("call") is None
    assert not check(interview, CALL, local("2026-12-14 10:00")).allowed
    verdict = check(interview, CHECK_IN, local("2026-12-10 10:00"))
    assert (verdict.allowed, verdict.reason) == (
        False,
        "You already know the outcome: a check-in has nothing left to ask.",
    )


def test_a_later_reply_with_no_timeframe_closes_the_new_check_in() -> None:
    bare = Contact(ContactKind.REPLY, local("2026-12-07 09:00"))
    interview = with_contacts(replied(check_back=date(2026, 12, 10)), bare)
    assert check_ins(interview, "2026-12-10 10:00")["check_in:2"][2] is Status.CANCELLED
    verdict = check(interview, CHECK_IN, local("2026-12-10 10:00"))
    assert verdict.reason == "They have already replied: a check-in has nothing left to ask."


# -- the guardrails ---------------------------------------------------------------


def test_the_second_check_in_is_too_soon_then_allowed() -> None:
    interview = replied(check_back=date(2026, 12, 10))
    early = check(interview, CHECK_IN, local("2026-12-08 10:00"))
    assert not early.allowed
    assert early.reason == (
        "Too soon: the check-in they asked for in their reply is fine from Thursday "
        "10 December 2026 at 09:00 New York time, on the day they asked you to check back."
    )
    assert early.allowed_from == local("2026-12-10 09:00")
    assert [s.id for s in early.sources] == ["S2", "S4"]
    fine = check(interview, CHECK_IN, local("2026-12-10 09:00"))
    assert (fine.allowed, fine.reason) == (
        True,
        "One more check-in, as they asked in their reply.",
    )
    # Past its window it is still the one they asked for.
    assert check(interview, CHECK_IN, local("2026-12-22 09:00")).allowed


def test_a_third_check_in_without_another_request_is_refused() -> None:
    sent = Contact(ContactKind.EMAIL, local("2026-12-10 10:00"), Purpose.CHECK_IN, "Priya Raman")
    interview = with_contacts(replied(check_back=date(2026, 12, 10)), sent)
    verdict = check(interview, CHECK_IN, local("2026-12-20 10:00"))
    assert not verdict.allowed
    assert verdict.reason == (
        "You have already sent the check-in their reply of Thursday 3 December 2026 asked "
        "for; another one they did not ask for comes across as badgering."
    )
    assert verdict.allowed_from is None


def test_the_one_call_follows_the_check_in_they_asked_for() -> None:
    interview = replied(check_back=date(2026, 12, 10))
    # Before the new check-in goes out, the call waits for it.
    assert plan(interview, local("2026-12-08 10:00")).action("call") is None
    refused = check(interview, CALL, local("2026-12-08 10:00"))
    assert refused.reason.startswith("Send the check-in email first")
    sent = Contact(ContactKind.EMAIL, local("2026-12-10 10:00"), Purpose.CHECK_IN, "Priya Raman")
    interview = with_contacts(interview, sent)
    call = plan(interview, local("2026-12-12 10:00")).action("call")
    assert (call.not_before, call.status) == (local("2026-12-14 09:00"), Status.NOT_YET)
    assert check(interview, CALL, local("2026-12-14 09:00")).allowed
    called = with_contacts(interview, Contact(ContactKind.CALL, local("2026-12-14 10:00")))
    assert plan(called, local("2026-12-15 10:00")).action("call").status is Status.DONE
    assert not check(called, CALL, local("2026-12-16 10:00")).allowed


def test_a_call_before_their_reply_is_the_only_call() -> None:
    call = Contact(ContactKind.CALL, local("2026-12-03 11:00"), answered=False, to="Priya Raman")
    reply = Contact(ContactKind.REPLY, local("2026-12-03 15:00"), check_back=date(2026, 12, 10))
    sent = Contact(ContactKind.EMAIL, local("2026-12-10 10:00"), Purpose.CHECK_IN, "Priya Raman")
    interview = with_contacts(make_interview(), CHECKED_IN, call, reply, sent)
    result = plan(interview, local("2026-12-14 10:00"))
    assert [a.status for a in result.actions if a.kind is ActionKind.CALL] == [Status.DONE]
    verdict = check(interview, CALL, local("2026-12-14 10:00"))
    assert not verdict.allowed and verdict.reason.startswith("You have already called once")


def test_a_reply_that_asks_not_to_be_called_is_respected() -> None:
    interview = with_contacts(
        replied(says="Don't call us, we'll email you by Friday.", no_calls=False),
        Contact(ContactKind.EMAIL, local("2026-12-08 10:00"), Purpose.CHECK_IN, "Priya Raman"),
    )
    assert plan(interview, local("2026-12-14 10:00")).action("call") is None
    verdict = check(interview, CALL, local("2026-12-14 10:00"))
    assert verdict.reason == "They asked not to be called: keep to email."


# -- the value itself ------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"check_back": date(2026, 12, 10)}, "check_back: only applies to a reply"),
        ({"says": "Check back next week"}, "says: only applies to a reply"),
    ],
)
def test_check_back_and_says_belong_to_replies(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Contact(ContactKind.EMAIL, REPLIED, Purpose.CHECK_IN, **fields)  # type: ignore[arg-type]


def test_a_check_back_date_before_the_reply_is_refused() -> None:
    with pytest.raises(
        ValueError, match=r"check_back: 2026-12-02 is before the reply \(2026-12-03\)"
    ):
        replied(check_back=date(2026, 12, 2))


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        # Issue 16's third review: the reason put days in their mouth.
        (
            "Check back next week.",
            "they asked you to check back (a day they did not name: read as Monday 23 "
            "November 2026)",
        ),
        (
            "Get in touch with me if you have heard nothing by the 3rd.",
            "they asked you to get in touch if you had heard nothing by Thursday 3 December 2026",
        ),
        ("They asked me to check back on Monday.", "they asked you to check back on Monday 23"),
        # Review 5: a decision day worked out from a length or a season is not theirs.
        (
            "We'll decide after the holidays.",
            "they expected to decide (a day they did not name: read as Monday 4 January 2027)",
        ),
        (
            "We should know in approx. 10 days.",
            "they expected to decide (a day they did not name: read as Friday 27 November 2026)",
        ),
        ("We'll decide by Friday.", "they expected to decide by Friday 20 November 2026"),
        ("We may decide by December 10.", "they expected to decide by Thursday 10 December 2026"),
    ],
)
def test_the_check_in_reason_quotes_only_the_day_they_named(said: str, wanted: str) -> None:
    from followup.etiquette.planner import plan as make_plan
    from tests.factories import local, make_interview

    interview = make_interview(next_step=said, start=local("2026-11-17 10:00"))
    result = make_plan(interview, local("2026-11-17 12:00"))
    (check_in,) = [a for a in result.actions if a.id == "check_in"]
    assert wanted in " ".join(check_in.why.split()), check_in.why
