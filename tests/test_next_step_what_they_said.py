"""Issue 16, "What they said": estimates said with alternatives, holidays, requests not to
be chased, and numeric dates read far ahead. The phrasings are our own.

Each is read as a user types it in the next-step field, and a few through `followup
plan` on the example interview file, as a user would check them.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.etiquette.businessdays import BusinessCalendar
from followup.etiquette.phrases import read_next_step
from followup.etiquette.planner import plan
from tests.factories import make_interview

MONDAY = date(2026, 11, 2)
TUESDAY = date(2026, 11, 17)
US = BusinessCalendar("US")
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "interview.yaml"


def _read(text: str, today: date = MONDAY, calendar: BusinessCalendar = US) -> tuple[object, ...]:
    step = read_next_step(text, today, calendar)
    return (str(step.decision_by), str(step.follow_up_on), step.few_days, step.no_calls)


# --------------------------------------------------------------------------
# 1. Estimates and alternatives said alone: their timeframe, to the latest day
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("About a week, maybe two.", "2026-11-16"),
        ("roughly ten days, possibly a bit longer", "2026-11-12"),
        ("A week or two.", "2026-11-16"),
        ("Give or take a fortnight.", "2026-11-16"),
        ("A week, give or take.", "2026-11-09"),
        # The margin counts: the latest day they allowed.
        ("Two weeks, give or take a few days.", "2026-11-19"),
        ("~3 wks", "2026-11-23"),
        ("approx. 10 days", "2026-11-12"),
        ("abt 10 days", "2026-11-12"),
        ("Two to three weeks, hopefully sooner.", "2026-11-23"),
        ("A week or so, maybe ten days.", "2026-11-12"),
        ("by Thursday or Friday", "2026-11-06"),
        ("Ten days, or two weeks at most.", "2026-11-16"),
        ("It went well; two weeks, perhaps three.", "2026-11-23"),
    ],
)
def test_a_sentence_of_estimates_alone_is_their_timeframe(text: str, decision: str) -> None:
    assert _read(text) == (decision, "None", False, False)


@pytest.mark.parametrize(
    "text",
    [
        "About a week, maybe by Wednesday or Thursday.",
        "We'll be in touch in about a week, maybe by Wednesday or Thursday.",
        "Roughly a week, say Wednesday or Thursday.",
        "About a week; maybe Wednesday or Thursday.",
    ],
)
def test_weekdays_after_a_week_are_that_weeks(text: str) -> None:
    # Said on Monday 2 November: Wednesday or Thursday of the week after (11 or 12
    # November), not this week's (4 or 5) and not Monday 9 November.
    assert _read(text)[0] == "2026-11-12"


def test_weekdays_after_a_week_said_late_in_the_week_stay_within_it() -> None:
    # Said on Thursday 5 November, a week is Thursday 12: Wednesday 11 or Thursday 12.
    thursday = date(2026, 11, 5)
    assert _read("About a week, maybe Wednesday or Thursday.", thursday)[0] == "2026-11-12"
    # A weekday with no length before it is still the coming one, and a full stop
    # ends the estimate: small talk after it does not move it.
    assert _read("By Wednesday or Thursday.", MONDAY)[0] == "2026-11-05"
    said = "We'll decide in two weeks. Thanks for coming in on Wednesday or Thursday."
    assert _read(said, MONDAY)[0] == "2026-11-16"


@pytest.mark.parametrize(
    "text",
    [
        "We talked for about an hour.",
        "Thanks for the two weeks of notice about the interview.",
        "A week ago they had another candidate in, maybe two.",
        "Give or take, it went well.",
        "Last round took about a week, maybe two.",
        "I have been job hunting for about two weeks, maybe three.",
    ],
)
def test_estimates_among_other_words_are_no_timeframe(text: str) -> None:
    assert _read(text) == ("None", "None", False, False)


# --------------------------------------------------------------------------
# 2. Holidays and seasons: after it, on the interview calendar's first working day
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "today", "decision", "follow_up"),
    [
        # Christmas Day 2026 is a Friday: Monday 28 in the US, but in England the
        # Boxing Day holiday moves to that Monday, so Tuesday 29.
        ("We should have news for you after Christmas.", "US", TUESDAY, "2026-12-28", None),
        ("We should have news for you after Christmas.", "GB", TUESDAY, "2026-12-29", None),
        ("Check back with me after Xmas.", "US", TUESDAY, None, "2026-12-28"),
        # US Thanksgiving is Thursday 26 November 2026; Canada's was 12 October.
        ("We'll get back to you after Thanksgiving.", "US", TUESDAY, "2026-11-27", None),
        ("We'll get back to you after Thanksgiving.", "CA", date(2026, 10, 1), "2026-10-13", None),
        # Diwali moves: Sunday 8 November 2026, Friday 29 October 2027 (India's calendar).
        ("We will intimate you after Diwali.", "IN", date(2026, 10, 1), "2026-11-09", None),
        ("We will intimate you after Diwali.", "IN", date(2027, 9, 1), "2027-11-01", None),
        # A country whose calendar has no Diwali takes India's date, and its own working day.
        ("Expect to hear from us after Deepavali.", "GB", date(2026, 10, 1), "2026-11-09", None),
        ("Sometime in the new year, hopefully.", "US", TUESDAY, "2027-01-08", None),
        ("You'll hear from us once the new year has started.", "US", TUESDAY, "2027-01-08", None),
        ("After the holidays.", "US", TUESDAY, "2027-01-04", None),
    ],
)
def test_after_a_holiday_is_once_it_is_over(
    text: str, country: str, today: date, decision: str | None, follow_up: str | None
) -> None:
    got = _read(text, today, BusinessCalendar(country))
    assert got == (str(decision), str(follow_up), False, False)


def test_by_a_holiday_is_still_that_day() -> None:
    assert _read("We'll decide by Thanksgiving.", TUESDAY)[0] == "2026-11-26"
    assert _read("We'll decide before Christmas.", TUESDAY)[0] == "2026-12-24"


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("We will intimate you in ~2 weeks.", "2026-12-01"),
        ("HR will intimate the result in abt 10 days.", "2026-11-27"),
        ("Intimation of the outcome within a week or so.", "2026-11-24"),
    ],
)
def test_intimate_is_their_news(text: str, decision: str) -> None:
    # Indian English: to intimate someone is to inform them.
    assert _read(text, TUESDAY, BusinessCalendar("IN"))[0] == decision


# --------------------------------------------------------------------------
# 3. Requests not to be followed up or called
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("Please do not follow up, we will contact you.", None),
        ("Kindly don't chase us; we'll reach out.", None),
        ("There's no need to call us, we'll be in touch next week.", "2026-11-27"),
        ("No need to reach out, we'll let you know.", None),
        ("Please don't follow up with us - the team will get in touch.", None),
    ],
)
def test_a_request_not_to_follow_up_sets_no_calls(text: str, decision: str | None) -> None:
    assert _read(text, TUESDAY) == (str(decision), "None", False, True)


@pytest.mark.parametrize(
    ("text", "follow_up"),
    [
        ("Feel free to call me if anything comes up.", None),
        ("We will call you either way.", None),
        ("Don't hesitate to follow up with me.", None),
        ("Don't forget to follow up with the recruiter.", None),
        ("I didn't follow up last time.", None),
        # A bound, not a refusal: contact is welcome from the 1st.
        ("Please don't follow up before the 1st.", "2026-12-01"),
    ],
)
def test_calls_welcome_or_promised_are_no_request(text: str, follow_up: str | None) -> None:
    assert _read(text, TUESDAY) == ("None", str(follow_up), False, False)


def test_please_do_not_follow_up_keeps_the_one_email_and_no_call() -> None:
    interview = make_interview(next_step="Please do not follow up, we will contact you.")
    result = plan(interview, now=interview.start)
    check_in = result.action("check_in")
    assert check_in is not None
    assert "they asked not to be called or chased" in check_in.why
    assert result.action("call") is None


# --------------------------------------------------------------------------
# 4. Numeric dates read far ahead
# --------------------------------------------------------------------------


def _far(country: str, zone: str, next_step: str) -> tuple[date | None, tuple[str, ...]]:
    start = datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo(zone))
    interview = make_interview(start=start, timezone=zone, country=country, next_step=next_step)
    result = plan(interview, now=start)
    return result.derived.decision_by, result.warnings


def test_a_far_day_first_date_names_its_year_and_how_to_write_it() -> None:
    decision, warnings = _far("GB", "Europe/London", "We'll decide by 4/3.")
    assert decision == date(2027, 3, 4)
    assert (
        "The next step reads as Thursday 4 March 2027 for their decision date, more than "
        "three months after the interview: is that what they said? If not, set decision_by. "
        "'4/3' was read day first, the order followed for GB; write the month out "
        "('4 March' or '3 April') to leave no doubt."
    ) in warnings


def test_day_first_countries_read_day_first() -> None:
    # 2 December: "4/12" is in two days in the UK and India, next April in Canada.
    assert _far("GB", "Europe/London", "We'll decide by 4/12.") == (date(2026, 12, 4), ())
    assert _far("IN", "Asia/Kolkata", "We'll decide by 4/12.") == (date(2026, 12, 4), ())
    decision, warnings = _far("IN", "Asia/Kolkata", "We'll decide by 12/4.")
    assert decision == date(2027, 4, 12)
    assert any("'12/4' was read day first, the order followed for IN" in w for w in warnings)
    decision, warnings = _far("CA", "America/Toronto", "We'll decide by 4/12.")
    assert decision == date(2027, 4, 12)
    assert any("('12 April' or '4 December')" in w for w in warnings)


def test_a_far_date_with_no_other_order_says_how_to_write_it() -> None:
    decision, warnings = _far("GB", "Europe/London", "We'll decide by 25/3.")
    assert decision == date(2027, 3, 25)
    assert any("write the month out ('25 March') to leave no doubt." in w for w in warnings)


def test_a_far_date_written_out_is_questioned_without_the_order() -> None:
    decision, warnings = _far("GB", "Europe/London", "We'll decide by 4 March.")
    assert decision == date(2027, 3, 4)
    assert len(warnings) == 1 and "Thursday 4 March 2027" in warnings[0]
    assert "order" not in warnings[0]


def _example(start: str, next_step: str, country: str, zone: str) -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    day = "2026-11-17"
    for old, new in (
        (f"start: {day} 10:00", f"start: {start} 10:00"),
        (f"end: {day} 11:30", f"end: {start} 11:30"),
        ("next_step: We'll make a decision by Friday.", f"next_step: {json.dumps(next_step)}"),
        ("country: US", f"country: {country}"),
        ("subdivision: NY\n", ""),
        ("timezone: America/New_York", f"timezone: {zone}"),
    ):
        assert old in text
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize(
    ("start", "next_step", "country", "zone", "decision", "no_calls"),
    [
        (
            "2026-11-02",
            "About a week, maybe by Wednesday or Thursday.",
            "US",
            "America/New_York",
            "2026-11-12",
            False,
        ),
        (
            "2026-10-01",
            "We will intimate you after Diwali.",
            "IN",
            "Asia/Kolkata",
            "2026-11-09",
            False,
        ),
        (
            "2026-11-17",
            "Please do not follow up, we will contact you.",
            "US",
            "America/New_York",
            None,
            True,
        ),
    ],
)
def test_followup_plan_on_the_example_file_reads_them(
    tmp_path: Path,
    start: str,
    next_step: str,
    country: str,
    zone: str,
    decision: str | None,
    no_calls: bool,
) -> None:
    from tests.store_support import run, write

    path = write(tmp_path, "interview.yaml", _example(start, next_step, country, zone))
    result = run("plan", str(path), "--now", f"{start} 16:00", "--json")
    assert result.code == 0, result.err
    derived = json.loads(result.out)["derived"]
    assert (derived["decision_by"], derived["no_calls"]) == (decision, no_calls)


def test_followup_show_writes_a_far_day_first_date_with_its_year(
    store: Path, tmp_path: Path
) -> None:
    from tests.store_support import add, run

    number = add(tmp_path, _example("2026-12-02", "We'll decide by 4/3.", "GB", "Europe/London"))
    shown = " ".join(run("show", str(number)).out.split())
    # This year's dates without their year, next year's with it.
    assert "from Wed 02 Dec 11:30" in shown
    assert "from Mon 08 Mar 2027 09:00, due Thu 11 Mar 2027 17:00" in shown
    assert "The next step reads as Thursday 4 March 2027" in shown
    assert "'4/3' was read day first, the order followed for GB" in shown
