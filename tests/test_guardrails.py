"""Every row of the guardrails table: contacts that hurt the candidate are refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from followup.etiquette.guardrails import check
from followup.etiquette.model import (
    Contact,
    ContactKind,
    Outcome,
    OutcomeKind,
    ProposedContact,
    Purpose,
)
from followup.etiquette.policy import RESERVED
from tests.factories import local, make_interview, with_contacts

CHECK_IN_SENT = Contact(ContactKind.EMAIL, local("2026-12-01 09:30"), Purpose.CHECK_IN)


def ids(verdict) -> list[str]:
    return [s.id for s in verdict.sources]


@pytest.mark.parametrize(
    ("kind", "sources"), [(ContactKind.VISIT, ["S0", "S3"]), (ContactKind.GIFT, ["S3"])]
)
def test_visits_and_gifts_are_always_refused(kind: ContactKind, sources: list[str]) -> None:
    for at in (local("2026-11-17 12:00"), local("2027-06-01 12:00")):
        verdict = check(make_interview(), ProposedContact(kind), at)
        assert not verdict.allowed
        assert ids(verdict) == sources
        assert verdict.allowed_from is None


def test_a_call_when_they_asked_not_to_be_called() -> None:
    interview = with_contacts(make_interview(no_calls=True), CHECK_IN_SENT)
    verdict = check(interview, ProposedContact(ContactKind.CALL), local("2026-12-10 10:00"))
    assert not verdict.allowed
    assert ids(verdict) == ["S0"]


def test_a_second_call_answered_or_not() -> None:
    for answered in (True, False):
        interview = with_contacts(
            make_interview(),
            CHECK_IN_SENT,
            Contact(ContactKind.CALL, local("2026-12-03 10:00"), answered=answered),
        )
        verdict = check(interview, ProposedContact(ContactKind.CALL), local("2026-12-08 10:00"))
        assert not verdict.allowed
        assert ids(verdict) == ["S0", "S1", "S2"]
        assert "one message" in verdict.reason


def test_a_call_needs_a_check_in_email_48_hours_earlier() -> None:
    verdict = check(make_interview(), ProposedContact(ContactKind.CALL), local("2026-12-10 10:00"))
    assert not verdict.allowed
    assert ids(verdict) == ["S1"]
    interview = with_contacts(make_interview(), CHECK_IN_SENT)
    soon = check(interview, ProposedContact(ContactKind.CALL), local("2026-12-02 10:00"))
    assert not soon.allowed
    assert soon.allowed_from == local("2026-12-03 09:30")
    fine = check(interview, ProposedContact(ContactKind.CALL), local("2026-12-03 09:30"))
    assert fine.allowed


def test_a_second_check_in_is_refused() -> None:
    interview = with_contacts(make_interview(), CHECK_IN_SENT)
    verdict = check(
        interview,
        ProposedContact(ContactKind.EMAIL, Purpose.CHECK_IN),
        local("2026-12-10 10:00"),
    )
    assert not verdict.allowed
    assert ids(verdict) == ["S2"]


def test_a_check_in_too_soon_says_when_it_becomes_fine() -> None:
    interview = make_interview(decision_by=date(2026, 11, 20))
    proposed = ProposedContact(ContactKind.EMAIL, Purpose.CHECK_IN)
    verdict = check(interview, proposed, local("2026-11-23 10:00"))
    assert not verdict.allowed
    assert verdict.allowed_from == local("2026-11-24 09:00")
    assert "Too soon" in verdict.reason
    assert "Tuesday 24 November 2026" in verdict.reason
    assert ids(verdict) == ["S0", "S2", "S4"]
    assert check(interview, proposed, local("2026-11-24 09:00")).allowed


def test_a_second_thank_you_to_the_same_person() -> None:
    interview = with_contacts(
        make_interview(),
        Contact(ContactKind.EMAIL, local("2026-11-17 13:00"), Purpose.THANK_YOU, "Priya Raman"),
    )
    proposed = ProposedContact(ContactKind.EMAIL, Purpose.THANK_YOU, "priya raman")
    verdict = check(interview, proposed, local("2026-11-17 14:00"))
    assert not verdict.allowed
    assert ids(verdict) == ["S3"]
    other = ProposedContact(ContactKind.EMAIL, Purpose.THANK_YOU, "Marcus Bell")
    assert check(interview, other, local("2026-11-17 14:00")).allowed


def test_a_thank_you_a_week_past_its_due_time_is_too_late_to_stand_alone() -> None:
    # Issue 16's review: five weeks on, `log` took it without a word while `show`
    # said "Too late to stand alone" (rule book, Statuses, second edition).
    interview = make_interview()  # due Wed 18 Nov 11:00, stale a week after
    thanks = ProposedContact(ContactKind.EMAIL, Purpose.THANK_YOU, "Marcus Bell")
    late = check(interview, thanks, local("2026-11-25 10:59"))
    assert late.allowed  # late, still inside the week: it says sorry for the delay
    stale = check(interview, thanks, local("2026-11-25 11:01"))
    assert not stale.allowed
    assert stale.reason == (
        "Too late to stand alone: it was due Wednesday 18 November 2026 at 11:00 New York "
        "time, more than a week earlier."
    )
    assert ids(stale) == ["S0", "S2", "S3", "S4"]
    assert stale.allowed_from is None
    contact = replace(thanks, to="Priya Raman")
    five_weeks = check(interview, contact, local("2026-12-22 10:00"))
    assert not five_weeks.allowed
    assert five_weeks.reason.endswith("; your check-in opens with a line of thanks instead.")
    # Once that check-in is logged it has carried the thanks: no "instead" (review 4).
    checked_in = with_contacts(interview, CHECK_IN_SENT)
    after = check(checked_in, contact, local("2026-12-22 10:00"))
    assert not after.allowed and after.reason.endswith("more than a week earlier.")
    # The plan says the same of both, at the same moments.
    from followup.etiquette.model import Status
    from followup.etiquette.planner import plan

    for at, status in (
        ("2026-11-25 10:59", Status.OVERDUE),
        ("2026-11-25 11:01", Status.CANCELLED),
    ):
        action = plan(interview, local(at)).action("thank_you:marcus-bell")
        assert action is not None and action.status is status


def test_a_thank_you_must_name_one_of_several_interviewers() -> None:
    with pytest.raises(ValueError, match=r"^to: "):
        check(
            make_interview(),
            ProposedContact(ContactKind.EMAIL, Purpose.THANK_YOU),
            local("2026-11-17 14:00"),
        )
    with pytest.raises(ValueError, match="not one of the interviewers"):
        check(
            make_interview(),
            ProposedContact(ContactKind.EMAIL, Purpose.THANK_YOU, "Nobody"),
            local("2026-11-17 14:00"),
        )


@pytest.mark.parametrize(
    ("purpose", "sources"), [(Purpose.SEND_REFERENCES, ["S1"]), (Purpose.WITHDRAWAL, ["S2"])]
)
def test_references_and_a_withdrawal_are_allowed_with_their_source(
    purpose: Purpose, sources: list[str]
) -> None:
    verdict = check(
        make_interview(), ProposedContact(ContactKind.EMAIL, purpose), local("2026-11-18 10:00")
    )
    assert verdict.allowed
    assert ids(verdict) == sources


# -- nothing before the interview is over ---------------------------------------


@pytest.mark.parametrize(
    "purpose", [Purpose.THANK_YOU, Purpose.SEND_REFERENCES, Purpose.CHECK_IN, Purpose.BRIDGE]
)
def test_no_follow_up_note_before_the_interview_has_ended(purpose: Purpose) -> None:
    # "Check back today" and a rejection during the interview: still not before its end.
    interview = make_interview(follow_up_on=date(2026, 11, 17))
    if purpose is Purpose.BRIDGE:
        rejected = Outcome(OutcomeKind.REJECTED, local("2026-11-17 10:30"), keep_in_touch=True)
        interview = replace(interview, outcome=rejected)
    proposed = ProposedContact(ContactKind.EMAIL, purpose, "Priya Raman")
    for at in (local("2026-11-16 09:00"), local("2026-11-17 10:59")):
        verdict = check(interview, proposed, at)
        assert not verdict.allowed, (purpose, at)
        assert verdict.allowed_from == local("2026-11-17 11:00")
        assert "has not ended yet" in verdict.reason
        assert "Tuesday 17 November 2026 at 11:00" in verdict.reason
    assert check(interview, proposed, local("2026-11-17 11:00")).allowed


def test_a_thank_you_before_the_interview_says_it_is_fine_from_the_end() -> None:
    proposed = ProposedContact(ContactKind.EMAIL, Purpose.THANK_YOU, "Marcus Bell")
    verdict = check(make_interview(), proposed, local("2026-11-17 09:00"))
    assert not verdict.allowed
    assert verdict.allowed_from == local("2026-11-17 11:00")
    assert ids(verdict) == ["S0", "S2", "S3", "S4"]


def test_a_withdrawal_may_go_before_the_interview() -> None:
    proposed = ProposedContact(ContactKind.EMAIL, Purpose.WITHDRAWAL)
    assert check(make_interview(), proposed, local("2026-11-16 09:00")).allowed


def test_the_reserved_policy_holds_thanks_back_a_week() -> None:
    proposed = ProposedContact(ContactKind.EMAIL, Purpose.THANK_YOU, "Priya Raman")
    early = check(make_interview(), proposed, local("2026-11-18 10:00"), RESERVED)
    assert not early.allowed
    assert early.allowed_from == local("2026-11-24 11:00")
    assert ids(early) == ["S1"]
    assert check(make_interview(), proposed, local("2026-11-24 11:00"), RESERVED).allowed


# -- waiting is over once they answered ----------------------------------------


REPLY = Contact(ContactKind.REPLY, local("2026-11-19 09:00"))
OFFER = Outcome(OutcomeKind.OFFER, local("2026-11-19 09:00"))


@pytest.mark.parametrize(
    "interview",
    [with_contacts(make_interview(), REPLY), make_interview(outcome=OFFER)],
    ids=["reply", "outcome"],
)
def test_no_check_in_or_call_once_they_answered(interview) -> None:
    check_in = check(
        interview, ProposedContact(ContactKind.EMAIL, Purpose.CHECK_IN), local("2026-12-02 10:00")
    )
    assert not check_in.allowed
    assert check_in.allowed_from is None
    sent = with_contacts(interview, CHECK_IN_SENT)
    call = check(sent, ProposedContact(ContactKind.CALL), local("2026-12-08 10:00"))
    assert not call.allowed
    assert "nothing left to call about" in call.reason


def test_a_call_48_hours_into_a_weekend_waits_for_monday() -> None:
    # Check-in Thursday 3 Dec 14:00 -> 48 hours is Saturday -> Monday 7 Dec, 09:00.
    sent = Contact(ContactKind.EMAIL, local("2026-12-03 14:00"), Purpose.CHECK_IN)
    interview = with_contacts(make_interview(), sent)
    saturday = check(interview, ProposedContact(ContactKind.CALL), local("2026-12-05 14:00"))
    assert not saturday.allowed
    assert saturday.allowed_from == local("2026-12-07 09:00")
    assert "the next business day" in saturday.reason
    assert check(interview, ProposedContact(ContactKind.CALL), local("2026-12-07 09:00")).allowed


# -- the bridge note and the stay-in-touch notes ---------------------------------


REJECTED = Outcome(OutcomeKind.REJECTED, local("2026-11-20 15:00"), keep_in_touch=True)
BRIDGE = ProposedContact(ContactKind.EMAIL, Purpose.BRIDGE)
STAY = ProposedContact(ContactKind.EMAIL, Purpose.STAY_IN_TOUCH)
BRIDGE_SENT = Contact(ContactKind.EMAIL, local("2026-11-21 10:00"), Purpose.BRIDGE)


def test_a_bridge_note_needs_a_rejection_after_which_you_keep_in_touch() -> None:
    at = local("2026-11-23 10:00")
    for outcome in (None, replace(REJECTED, keep_in_touch=False), OFFER):
        verdict = check(make_interview(outcome=outcome), BRIDGE, at)
        assert not verdict.allowed
        assert "record the rejection first" in verdict.reason
        assert ids(verdict) == ["S3"]
    assert check(make_interview(outcome=REJECTED), BRIDGE, at).allowed


def test_a_bridge_note_waits_for_the_rejection_and_goes_once() -> None:
    interview = make_interview(outcome=REJECTED)
    early = check(interview, BRIDGE, local("2026-11-20 14:00"))
    assert not early.allowed
    assert early.allowed_from == local("2026-11-20 15:00")
    again = check(with_contacts(interview, BRIDGE_SENT), BRIDGE, local("2026-11-23 10:00"))
    assert not again.allowed
    assert "bridge note has gone" in again.reason


def test_stay_in_touch_needs_the_rejection_and_the_bridge_note() -> None:
    at = local("2027-03-01 10:00")
    alone = check(with_contacts(make_interview(), BRIDGE_SENT), STAY, at)
    assert not alone.allowed
    assert "follow a rejection" in alone.reason
    no_bridge = check(make_interview(outcome=REJECTED), STAY, at)
    assert not no_bridge.allowed
    assert "bridge note first" in no_bridge.reason


def test_stay_in_touch_not_before_its_window_and_spaced_out() -> None:
    interview = with_contacts(make_interview(outcome=REJECTED), BRIDGE_SENT)
    # Bridge Saturday 21 Nov + 90 days = Friday 19 Feb 2027, 09:00.
    early = check(interview, STAY, local("2027-02-18 10:00"))
    assert not early.allowed
    assert early.allowed_from == local("2027-02-19 09:00")
    assert "Too soon" in early.reason and "Friday 19 February 2027 at 09:00" in early.reason
    assert check(interview, STAY, local("2027-02-19 09:00")).allowed
    first = with_contacts(
        interview, Contact(ContactKind.EMAIL, local("2027-02-20 10:00"), Purpose.STAY_IN_TOUCH)
    )
    # 20 Feb + 90 days = Friday 21 May 2027.
    assert check(first, STAY, local("2027-05-20 10:00")).allowed_from == local("2027-05-21 09:00")


def test_stay_in_touch_stops_after_the_policy_s_number_of_notes() -> None:
    notes = [
        Contact(ContactKind.EMAIL, local(day), Purpose.STAY_IN_TOUCH)
        for day in ("2027-02-20 10:00", "2027-05-21 10:00", "2027-08-20 10:00", "2027-11-19 10:00")
    ]
    interview = with_contacts(make_interview(outcome=REJECTED), BRIDGE_SENT, *notes)
    verdict = check(interview, STAY, local("2028-06-01 10:00"))
    assert not verdict.allowed
    assert verdict.allowed_from is None
    assert "4 stay-in-touch notes" in verdict.reason


def test_a_reply_from_the_employer_is_always_fine() -> None:
    assert check(
        make_interview(), ProposedContact(ContactKind.REPLY), local("2026-11-18 10:00")
    ).allowed
