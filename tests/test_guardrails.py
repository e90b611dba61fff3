"""Every row of the guardrails table: contacts that hurt the candidate are refused."""

from __future__ import annotations

from datetime import date

import pytest

from followup.etiquette.guardrails import check
from followup.etiquette.model import Contact, ContactKind, ProposedContact, Purpose
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
    "purpose", [Purpose.SEND_REFERENCES, Purpose.BRIDGE, Purpose.STAY_IN_TOUCH, Purpose.WITHDRAWAL]
)
def test_other_notes_are_allowed_with_their_source(purpose: Purpose) -> None:
    verdict = check(
        make_interview(), ProposedContact(ContactKind.EMAIL, purpose), local("2026-11-18 10:00")
    )
    assert verdict.allowed
    assert verdict.sources


def test_a_reply_from_the_employer_is_always_fine() -> None:
    assert check(
        make_interview(), ProposedContact(ContactKind.REPLY), local("2026-11-18 10:00")
    ).allowed
