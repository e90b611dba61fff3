"""Every row of the rule book's plan table, with its window and status."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from followup.etiquette.model import (
    ActionKind,
    Channel,
    Contact,
    ContactKind,
    Debrief,
    Outcome,
    OutcomeKind,
    Purpose,
    Status,
)
from followup.etiquette.planner import plan
from followup.etiquette.policy import DEFAULT, RESERVED
from tests.factories import interviewer, local, make_interview, with_contacts

AFTER = local("2026-11-17 12:00")  # an hour after the interview ended


def kinds(p) -> list[str]:
    return [a.kind.value for a in p.actions]


def test_prepare_only_while_the_interview_is_ahead() -> None:
    interview = make_interview()
    before = plan(interview, local("2026-11-16 12:00"))
    prepare = before.action("prepare")
    assert prepare is not None
    assert prepare.not_before == local("2026-11-16 10:00")
    assert prepare.due == local("2026-11-17 10:00")
    assert prepare.status is Status.PENDING
    assert prepare.expires == interview.start
    assert plan(interview, local("2026-11-15 09:00")).action("prepare").status is Status.NOT_YET
    assert plan(interview, local("2026-11-17 10:00")).action("prepare") is None


def test_debrief_is_due_three_hours_after_the_end_until_written() -> None:
    interview = make_interview(debrief=Debrief())
    action = plan(interview, AFTER).action("debrief")
    assert (action.not_before, action.due) == (local("2026-11-17 11:00"), local("2026-11-17 14:00"))
    assert action.status is Status.PENDING
    assert plan(interview, local("2026-11-17 14:01")).action("debrief").status is Status.OVERDUE
    written = replace(interview, debrief=Debrief(forgot_to_mention="My MBA."))
    assert plan(written, AFTER).action("debrief").status is Status.DONE


def test_references_the_same_day_only_when_requested() -> None:
    assert plan(make_interview(), AFTER).action("send_references") is None
    interview = make_interview(references_requested=True)
    action = plan(interview, AFTER).action("send_references")
    assert action.due == local("2026-11-17 23:59")
    assert action.to == "Priya Raman"
    assert action.channel is Channel.EMAIL
    sent = with_contacts(
        interview, Contact(ContactKind.EMAIL, AFTER, Purpose.SEND_REFERENCES, "Priya Raman")
    )
    assert plan(sent, AFTER).action("send_references").status is Status.DONE


def test_one_thank_you_per_interviewer_within_24_elapsed_hours() -> None:
    interview = make_interview()
    result = plan(interview, AFTER)
    thanks = [a for a in result.actions if a.kind is ActionKind.THANK_YOU]
    assert sorted(a.to for a in thanks) == ["Marcus Bell", "Priya Raman"]
    for action in thanks:
        assert action.not_before == local("2026-11-17 11:00")
        assert action.due == local("2026-11-18 11:00")
        assert action.status is Status.PENDING
    late = plan(interview, local("2026-11-18 11:01"))
    assert late.action("thank_you:marcus-bell").status is Status.OVERDUE


def test_a_thank_you_goes_as_a_letter_without_an_email_address() -> None:
    interview = make_interview(interviewers=(interviewer("Ann Lee", email=None),))
    result = plan(interview, AFTER)
    assert result.action("thank_you:ann-lee").channel is Channel.LETTER
    assert any("No email address for Ann Lee" in w for w in result.warnings)


def test_a_thank_you_is_done_for_that_person_only() -> None:
    interview = with_contacts(
        make_interview(), Contact(ContactKind.EMAIL, AFTER, Purpose.THANK_YOU, "Marcus Bell")
    )
    result = plan(interview, AFTER)
    assert result.action("thank_you:marcus-bell").status is Status.DONE
    assert result.action("thank_you:priya-raman").status is Status.PENDING


def test_an_unlabelled_note_counts_as_the_thank_you_then_as_the_check_in() -> None:
    interview = make_interview(interviewers=(interviewer("Ann Lee"),))
    first = with_contacts(interview, Contact(ContactKind.EMAIL, AFTER))
    assert plan(first, AFTER).action("thank_you:ann-lee").status is Status.DONE
    assert plan(first, AFTER).action("check_in").status is Status.NOT_YET
    second = with_contacts(first, Contact(ContactKind.EMAIL, local("2026-12-02 10:00")))
    assert plan(second, local("2026-12-02 11:00")).action("check_in").status is Status.DONE


def test_the_thank_you_survives_a_withdrawal_and_a_rejection_cancels_it() -> None:
    # Rule book, second edition: a withdrawal keeps unsent thank-yous, a "no" cancels them.
    withdrawn = make_interview(outcome=Outcome(OutcomeKind.WITHDRAWN, local("2026-11-17 15:00")))
    result = plan(withdrawn, local("2026-11-17 16:00"))
    assert result.action("thank_you:priya-raman").status is Status.PENDING
    rejected = make_interview(outcome=Outcome(OutcomeKind.REJECTED, local("2026-11-17 15:00")))
    action = plan(rejected, local("2026-11-17 16:00")).action("thank_you:priya-raman")
    assert action.status is Status.CANCELLED
    assert "plea" in action.why


def test_an_unsent_thank_you_expires_a_week_after_it_was_due() -> None:
    interview = make_interview()
    # Due 24 hours after the end (18 Nov 11:30); expires 7 days later.
    assert plan(interview, local("2026-11-25 11:00")).action("thank_you:priya-raman").status is (
        Status.OVERDUE
    )
    action = plan(interview, local("2026-11-25 12:00")).action("thank_you:priya-raman")
    assert action.status is Status.CANCELLED
    assert "check-in" in action.why
    assert plan(interview, local("2026-11-25 12:00")).action("thank_you:marcus-bell").why == (
        "Too late to stand alone."
    )


def test_default_check_in_is_two_weeks_later_on_a_business_day() -> None:
    result = plan(make_interview(), AFTER)
    action = result.action("check_in")
    # 17 Nov + 14 days = Tuesday 1 December; window closes 3 business days later.
    assert action.not_before == local("2026-12-01 09:00")
    assert action.due == local("2026-12-04 17:00")
    assert action.to == "Priya Raman"
    assert any("14-day default" in w for w in result.warnings)


def test_check_in_follows_a_decision_date_with_a_grace_day() -> None:
    # Decision Friday 20 Nov -> grace Monday 23 -> check in Tuesday 24 Nov.
    action = plan(make_interview(decision_by=date(2026, 11, 20)), AFTER).action("check_in")
    assert action.not_before == local("2026-11-24 09:00")
    # Three business days after Tuesday 24 Nov skips Thanksgiving (26 Nov).
    assert action.due == local("2026-11-30 17:00")
    assert "decision date" in action.why


def test_check_in_after_a_few_days_is_a_week_later() -> None:
    interview = make_interview(
        start=local("2026-11-13 10:00"), next_step="You'll hear from us in a few days."
    )
    action = plan(interview, local("2026-11-13 12:00")).action("check_in")
    # 13 Nov + 7 = Friday 20 Nov, a business day.
    assert action.not_before == local("2026-11-20 09:00")


def test_check_in_on_the_day_they_asked_for() -> None:
    interview = make_interview(follow_up_on=date(2026, 12, 2), decision_by=date(2026, 11, 20))
    action = plan(interview, AFTER).action("check_in")
    assert action.not_before == local("2026-12-02 09:00")
    assert "check back" in action.why


def test_explicit_fields_win_over_the_sentence() -> None:
    interview = make_interview(next_step="We'll decide by Friday.", decision_by=date(2026, 11, 27))
    result = plan(interview, AFTER)
    assert result.derived.decision_by == date(2026, 11, 20)
    # Decision Fri 27 Nov -> grace Mon 30 Nov -> Tue 1 Dec.
    assert result.action("check_in").not_before == local("2026-12-01 09:00")
    assert any("using 2026-11-27" in w for w in result.warnings)


def test_check_in_is_cancelled_by_a_reply_or_an_outcome_but_stays_done() -> None:
    replied = with_contacts(make_interview(), Contact(ContactKind.REPLY, local("2026-11-19 09:00")))
    result = plan(replied, local("2026-11-19 10:00"))
    assert result.action("check_in").status is Status.CANCELLED
    assert result.action("move_on").status is Status.NOT_YET
    offered = make_interview(outcome=Outcome(OutcomeKind.OFFER, local("2026-11-19 09:00")))
    result = plan(offered, local("2026-11-19 10:00"))
    assert result.action("check_in").status is Status.CANCELLED
    assert result.action("move_on").status is Status.CANCELLED
    checked = with_contacts(
        offered, Contact(ContactKind.EMAIL, local("2026-11-18 09:00"), Purpose.CHECK_IN)
    )
    assert plan(checked, local("2026-11-19 10:00")).action("check_in").status is Status.DONE


def test_the_call_opens_48_hours_after_the_check_in_email() -> None:
    interview = make_interview()
    assert plan(interview, AFTER).action("call") is None
    sent = with_contacts(
        interview, Contact(ContactKind.EMAIL, local("2026-12-01 09:30"), Purpose.CHECK_IN)
    )
    call = plan(sent, local("2026-12-02 09:00")).action("call")
    assert call.not_before == local("2026-12-03 09:30")
    assert call.due == local("2026-12-08 17:00")
    assert call.status is Status.NOT_YET
    assert call.channel is Channel.PHONE
    called = with_contacts(
        sent, Contact(ContactKind.CALL, local("2026-12-03 10:00"), answered=False)
    )
    assert plan(called, local("2026-12-03 11:00")).action("call").status is Status.DONE


def test_no_call_when_they_asked_not_to_be_called() -> None:
    for interview in (
        make_interview(no_calls=True),
        make_interview(next_step="Don't call us, we'll call you."),
    ):
        sent = with_contacts(
            interview, Contact(ContactKind.EMAIL, local("2026-12-01 09:30"), Purpose.CHECK_IN)
        )
        result = plan(sent, local("2026-12-05 09:00"))
        assert result.action("call") is None
        assert result.action("check_in").status is Status.DONE


def test_move_on_after_thirty_days_or_a_week_after_the_check_in() -> None:
    assert plan(make_interview(), AFTER).action("move_on").not_before == local("2026-12-17 09:00")
    late = make_interview(follow_up_on=date(2026, 12, 14))
    # Check-in opens 14 Dec; a week later (21 Dec) is after the 30 days (17 Dec).
    action = plan(late, AFTER).action("move_on")
    assert action.not_before == action.due == local("2026-12-21 09:00")


def test_move_on_waits_for_the_one_call_a_late_check_in_moved() -> None:
    # Issue 16's review: "Move on" was overdue while the call was still ahead.
    # Check-in due from 1 Dec, sent late on 15 Dec: the call opens 17 Dec 10:00,
    # due Tue 22 Dec 17:00; the rule book's own date for moving on is 17 Dec.
    late = with_contacts(
        make_interview(), Contact(ContactKind.EMAIL, local("2026-12-15 10:00"), Purpose.CHECK_IN)
    )
    result = plan(late, local("2026-12-18 10:00"))
    assert result.action("call").status is Status.PENDING
    move_on = result.action("move_on")
    assert move_on.not_before == local("2026-12-23 09:00")
    assert move_on.status is Status.NOT_YET
    # Once the call is made (or no longer needed), the rule book's date stands.
    called = with_contacts(late, Contact(ContactKind.CALL, local("2026-12-18 11:00")))
    assert plan(called, local("2026-12-18 12:00")).action("move_on").not_before == local(
        "2026-12-17 09:00"
    )
    # Nothing in any plan lists moving on before the call's window has closed.
    for hours in range(0, 24 * 10, 6):
        now = local("2026-12-15 11:00") + timedelta(hours=hours)
        shown = plan(late, now)
        if shown.action("move_on").status is Status.OVERDUE:
            assert now > shown.action("call").due


def test_bridge_after_a_rejection_then_stay_in_touch_every_90_days() -> None:
    rejected_at = local("2026-11-20 15:00")
    interview = make_interview(
        outcome=Outcome(OutcomeKind.REJECTED, rejected_at, keep_in_touch=True)
    )
    result = plan(interview, local("2026-11-20 16:00"))
    bridge = result.action("bridge")
    assert bridge.not_before == rejected_at
    assert bridge.due == local("2026-11-24 17:00")
    assert result.action("stay_in_touch:1") is None
    sent = with_contacts(
        interview, Contact(ContactKind.EMAIL, local("2026-11-21 10:00"), Purpose.BRIDGE)
    )
    result = plan(sent, local("2026-11-22 10:00"))
    assert result.action("bridge").status is Status.DONE
    stay = result.action("stay_in_touch:1")
    assert stay.not_before == local("2027-02-19 09:00")
    assert stay.due == local("2027-03-05 09:00")
    again = with_contacts(
        sent, Contact(ContactKind.EMAIL, local("2027-02-20 10:00"), Purpose.STAY_IN_TOUCH)
    )
    result = plan(again, local("2027-02-21 10:00"))
    assert result.action("stay_in_touch:1").status is Status.DONE
    assert result.action("stay_in_touch:2").not_before == local("2027-05-21 09:00")


def test_no_bridge_without_the_wish_to_keep_in_touch() -> None:
    interview = make_interview(outcome=Outcome(OutcomeKind.REJECTED, local("2026-11-20 15:00")))
    assert plan(interview, local("2026-11-20 16:00")).action("bridge") is None


def test_withdrawal_keeps_thanks_and_adds_a_short_note() -> None:
    interview = make_interview(outcome=Outcome(OutcomeKind.WITHDRAWN, local("2026-11-17 13:00")))
    result = plan(interview, local("2026-11-17 14:00"))
    assert result.action("withdrawal").due == local("2026-11-19 17:00")
    assert result.action("check_in").status is Status.CANCELLED
    assert result.action("thank_you:marcus-bell").status is Status.PENDING


def test_references_cancelled_by_rejection() -> None:
    interview = make_interview(
        references_requested=True,
        outcome=Outcome(OutcomeKind.REJECTED, local("2026-11-17 13:00")),
    )
    assert (
        plan(interview, local("2026-11-17 14:00")).action("send_references").status
        is Status.CANCELLED
    )


def test_reserved_policy_waits_a_silent_week_before_thanking() -> None:
    action = plan(make_interview(), AFTER, RESERVED).action("thank_you:priya-raman")
    assert action.not_before == local("2026-11-24 11:00")
    assert action.due == local("2026-11-25 11:00")
    assert action.status is Status.NOT_YET


def test_policy_overrides_are_validated() -> None:
    changed = DEFAULT.with_overrides({"default_check_in_days": 7})
    assert plan(make_interview(), AFTER, changed).action("check_in").not_before == local(
        "2026-11-24 09:00"
    )
    with pytest.raises(ValueError, match=r"policy\.nope"):
        DEFAULT.with_overrides({"nope": 1})
    with pytest.raises(ValueError, match="whole number"):
        DEFAULT.with_overrides({"default_check_in_days": -1})


def test_every_action_has_a_reason_and_sources() -> None:
    interview = make_interview(references_requested=True)
    for action in plan(interview, AFTER).actions:
        assert action.why.endswith(".")
        assert action.sources
        assert action.not_before <= action.due


def test_actions_are_reported_in_the_interview_zone() -> None:
    interview = make_interview()
    result = plan(interview, AFTER.astimezone(local("2026-11-17 10:00", "Asia/Tokyo").tzinfo))
    assert all(a.due.tzinfo == interview.tz for a in result.actions)
    assert kinds(result)[0] == "debrief"


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="now"):
        plan(make_interview(), AFTER.replace(tzinfo=None))
    assert timedelta(hours=1) == make_interview().end - make_interview().start


def test_move_on_leaves_the_agenda_a_week_after_it_shows() -> None:
    action = plan(make_interview(), AFTER).action("move_on")
    assert action.expires == local("2026-12-24 09:00")
    assert plan(make_interview(), local("2026-12-30 09:00")).action("move_on") is not None


# -- the 14-day default warning: only when the default dates an open check-in ----

DEFAULT_WARNING = "14-day default"


def default_warned(interview) -> bool:
    return any(DEFAULT_WARNING in w for w in plan(interview, AFTER).warnings)


def test_no_default_warning_when_an_explicit_date_sets_the_check_in() -> None:
    for interview in (
        make_interview(decision_by=date(2026, 11, 20)),
        make_interview(follow_up_on=date(2026, 12, 2)),
        make_interview(next_step="Thanks for coming in.", decision_by=date(2026, 11, 20)),
        make_interview(next_step="Thanks for coming in.", follow_up_on=date(2026, 12, 2)),
    ):
        assert not default_warned(interview), interview.next_step


def test_no_default_warning_once_the_check_in_is_cancelled_or_sent() -> None:
    cases = {
        "outcome": make_interview(outcome=Outcome(OutcomeKind.OFFER, local("2026-11-17 11:30"))),
        "withdrawn": make_interview(
            outcome=Outcome(OutcomeKind.WITHDRAWN, local("2026-11-17 11:30"))
        ),
        "reply": with_contacts(make_interview(), Contact(ContactKind.REPLY, AFTER)),
        "sent": with_contacts(
            make_interview(),
            Contact(ContactKind.EMAIL, local("2026-12-01 10:00"), Purpose.CHECK_IN),
        ),
    }
    for name, interview in cases.items():
        assert not default_warned(interview), name


def test_the_default_warning_when_the_default_really_dates_the_check_in() -> None:
    assert default_warned(make_interview())
    # Understood, but only as "no calls": the check-in still follows the default.
    no_calls = make_interview(next_step="Don't call us, we'll call you.")
    (warning,) = [w for w in plan(no_calls, AFTER).warnings if DEFAULT_WARNING in w]
    assert warning.startswith("Nothing in the next step")


# -- dates that would land on a weekend or a public holiday ----------------------


def test_a_follow_up_date_on_a_saturday_moves_to_monday_and_says_so() -> None:
    action = plan(make_interview(follow_up_on=date(2026, 12, 5)), AFTER).action("check_in")
    assert action.not_before == local("2026-12-07 09:00")
    assert action.due == local("2026-12-10 17:00")
    assert "next business day" in action.why
    assert "Saturday 5 December 2026 falls on a weekend" in action.why


def test_a_follow_up_date_on_a_holiday_moves_to_the_next_business_day() -> None:
    action = plan(make_interview(follow_up_on=date(2026, 12, 25)), AFTER).action("check_in")
    assert action.not_before == local("2026-12-28 09:00")
    assert "Friday 25 December 2026 is a public holiday, Christmas Day" in action.why


def test_a_follow_up_date_on_a_business_day_stays() -> None:
    action = plan(make_interview(follow_up_on=date(2026, 12, 4)), AFTER).action("check_in")
    assert action.not_before == local("2026-12-04 09:00")
    assert "next business day" not in action.why


def test_check_back_on_the_interview_day_opens_when_it_ends() -> None:
    action = plan(make_interview(follow_up_on=date(2026, 11, 17)), AFTER).action("check_in")
    assert action.not_before == local("2026-11-17 11:00")


@pytest.mark.parametrize(
    ("sent", "opens", "due"),
    [
        # Thursday 14:00 + 48 hours is Saturday: Monday 09:00, then 3 business days.
        ("2026-12-03 14:00", "2026-12-07 09:00", "2026-12-10 17:00"),
        # Tuesday + 48 hours is Thanksgiving (Thursday 26 Nov): Friday 09:00.
        ("2026-11-24 10:00", "2026-11-27 09:00", "2026-12-02 17:00"),
        # Wednesday + 48 hours is a Friday: unchanged.
        ("2026-12-02 10:00", "2026-12-04 10:00", "2026-12-09 17:00"),
    ],
)
def test_the_call_never_opens_on_a_day_off(sent: str, opens: str, due: str) -> None:
    interview = with_contacts(
        make_interview(), Contact(ContactKind.EMAIL, local(sent), Purpose.CHECK_IN)
    )
    call = plan(interview, local(sent)).action("call")
    assert (call.not_before, call.due) == (local(opens), local(due))


def test_move_on_on_a_saturday_moves_to_monday() -> None:
    # Thursday 19 Nov + 30 days = Saturday 19 Dec -> Monday 21 Dec.
    interview = make_interview(start=local("2026-11-19 10:00"))
    action = plan(interview, local("2026-11-19 12:00")).action("move_on")
    assert action.not_before == action.due == local("2026-12-21 09:00")


def test_stay_in_touch_on_a_sunday_moves_to_monday() -> None:
    interview = with_contacts(
        make_interview(
            outcome=Outcome(OutcomeKind.REJECTED, local("2026-11-20 15:00"), keep_in_touch=True)
        ),
        # Monday 23 Nov + 90 days = Sunday 21 Feb 2027.
        Contact(ContactKind.EMAIL, local("2026-11-23 10:00"), Purpose.BRIDGE),
    )
    stay = plan(interview, local("2026-11-24 10:00")).action("stay_in_touch:1")
    assert stay.not_before == local("2027-02-22 09:00")
    assert stay.due == local("2027-03-08 09:00")


def test_the_thank_you_keeps_its_24_hours_over_a_weekend() -> None:
    # A Friday afternoon interview: thanks are due Saturday, 24 hours later.
    interview = make_interview(start=local("2026-11-20 16:00"))
    action = plan(interview, local("2026-11-20 18:00")).action("thank_you:priya-raman")
    assert action.due == local("2026-11-21 17:00")


def test_a_bridge_after_a_rejection_during_the_interview_opens_at_its_end() -> None:
    rejected = Outcome(OutcomeKind.REJECTED, local("2026-11-17 10:30"), keep_in_touch=True)
    bridge = plan(make_interview(outcome=rejected), AFTER).action("bridge")
    assert bridge.not_before == local("2026-11-17 11:00")


def test_an_interview_called_off_cancels_every_action() -> None:
    # Rule book, Statuses: outcome `called_off` cancels everything and opens nothing.
    interview = make_interview(
        references_requested=True,
        debrief=Debrief(),
        outcome=Outcome(OutcomeKind.CALLED_OFF, local("2026-11-16 09:00")),
    )
    result = plan(interview, AFTER)
    assert result.action("prepare") is None
    assert result.actions
    assert {a.status for a in result.actions} == {Status.CANCELLED}
    assert "bridge" not in kinds(result) and "withdrawal" not in kinds(result)
    assert result.action("thank_you:priya-raman").why == (
        "They called the interview off: there is nothing to thank them for."
    )


def test_a_note_already_sent_stays_done_when_the_interview_is_called_off() -> None:
    interview = with_contacts(
        make_interview(outcome=Outcome(OutcomeKind.CALLED_OFF, local("2026-11-18 09:00"))),
        Contact(ContactKind.EMAIL, local("2026-11-17 13:00"), Purpose.THANK_YOU, to="Priya Raman"),
    )
    result = plan(interview, local("2026-11-18 10:00"))
    assert result.action("thank_you:priya-raman").status is Status.DONE
    assert result.action("thank_you:marcus-bell").status is Status.CANCELLED
    assert result.action("check_in").status is Status.CANCELLED
