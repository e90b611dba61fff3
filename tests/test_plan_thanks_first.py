"""The check-in never opens before the thank-you, under either policy."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.etiquette.guardrails import check
from followup.etiquette.model import ActionKind, ContactKind, ProposedContact, Purpose
from followup.etiquette.planner import plan
from followup.etiquette.policy import DEFAULT, RESERVED, Policy
from tests.factories import local, make_interview
from tests.store_support import run, write

# Thursday 3 December 2026, 10:00-11:00 in New York.
THURSDAY = local("2026-12-03 10:00")
LATER = local("2026-12-20 12:00")


def opening(policy: Policy, **fields: object) -> tuple[datetime, list[datetime], str]:
    result = plan(make_interview(start=THURSDAY, **fields), THURSDAY, policy)
    check_in = result.action("check_in")
    thanks = [a.not_before for a in result.actions if a.kind is ActionKind.THANK_YOU]
    return check_in.not_before, thanks, check_in.why


def test_reserved_a_few_days_opens_the_business_day_after_the_thanks() -> None:
    check_in, thanks, why = opening(RESERVED, next_step="within a few days")
    assert thanks == [local("2026-12-10 11:00")] * 2
    assert check_in == local("2026-12-11 09:00")
    assert "after your thank-you can first go out" in why


def test_reserved_a_near_decision_date_waits_for_the_thanks() -> None:
    check_in, _, _ = opening(RESERVED, next_step="We'll decide by Friday.")
    # Grace would open Tuesday 8; the thanks open Thursday 10 at 11:00.
    assert check_in == local("2026-12-11 09:00")


def test_reserved_a_day_they_named_stands_once_the_thanks_can_go() -> None:
    check_in, _, _ = opening(RESERVED, follow_up_on=date(2026, 12, 7))
    assert check_in == local("2026-12-10 11:00")
    check_in, _, _ = opening(RESERVED, follow_up_on=date(2026, 12, 14))
    assert check_in == local("2026-12-14 09:00")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"next_step": "within a few days"}, "2026-12-10 09:00"),
        ({"next_step": "We'll decide by Friday."}, "2026-12-08 09:00"),
        ({"follow_up_on": date(2026, 12, 3)}, "2026-12-03 11:00"),
        ({}, "2026-12-17 09:00"),
    ],
)
def test_the_default_policy_keeps_its_rules(fields: dict[str, object], expected: str) -> None:
    check_in, thanks, _ = opening(DEFAULT, **fields)
    assert check_in == local(expected)
    assert all(check_in >= t for t in thanks)


def test_the_guardrails_refuse_a_check_in_before_the_thanks_under_reserved() -> None:
    interview = make_interview(start=THURSDAY, next_step="within a few days")
    proposed = ProposedContact(ContactKind.EMAIL, Purpose.CHECK_IN, "Priya Raman")
    verdict = check(interview, proposed, local("2026-12-10 12:00"), RESERVED)
    assert not verdict.allowed
    assert verdict.allowed_from == local("2026-12-11 09:00")
    assert check(interview, proposed, local("2026-12-11 09:30"), RESERVED).allowed


@settings(max_examples=150, deadline=None)
@given(
    st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31)),
    st.sampled_from([None, "within a few days", "We'll decide by Friday.", "Check back tomorrow."]),
    st.none() | st.integers(0, 20),
    st.sampled_from([DEFAULT, RESERVED]),
)
def test_no_check_in_opens_before_any_thank_you(
    day: date, next_step: str | None, follow_up: int | None, policy: Policy
) -> None:
    start = local(f"{day} 10:00")
    interview = make_interview(
        start=start,
        next_step=next_step,
        follow_up_on=None if follow_up is None else day + timedelta(days=follow_up),
    )
    result = plan(interview, start, policy)
    thanks = max(a.not_before for a in result.actions if a.kind is ActionKind.THANK_YOU)
    for action in result.actions:
        if action.kind is ActionKind.CHECK_IN:
            assert action.not_before >= thanks


def test_the_cli_plans_the_reserved_check_in_after_the_thanks(tmp_path: Path) -> None:
    assert run("config", "policy", "reserved").code == 0
    path = write(
        tmp_path,
        "p.yaml",
        """\
company: A
role: R
start: 2026-12-03 10:00
timezone: America/New_York
country: US
interviewers: [{name: Ann, email: a@b.co}]
next_step: within a few days
""",
    )
    actions = run("plan", str(path), "--json", "--now", "2026-12-03 12:00").json["actions"]
    by_id = {a["id"]: a for a in actions}
    assert by_id["thank_you:ann"]["not_before"] == "2026-12-10T11:00:00-05:00"
    assert by_id["check_in"]["not_before"] == "2026-12-11T09:00:00-05:00"
