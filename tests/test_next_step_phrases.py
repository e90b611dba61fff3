"""Reading what the interviewer said about next steps (ETIQUETTE.md, Vocabulary).

Every expected date is written out by hand. The interview is on Tuesday
2026-11-17 (`TUESDAY`) unless a case says Friday 2026-11-20 (`FRIDAY`); the
calendar is the United States', where Thursday 2026-11-26 is Thanksgiving.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.etiquette.businessdays import BusinessCalendar
from followup.etiquette.phrases import read_next_step

TUESDAY = date(2026, 11, 17)
FRIDAY = date(2026, 11, 20)
CAL = BusinessCalendar("US")


def d(iso: str) -> date:
    return date.fromisoformat(iso)


# --------------------------------------------------------------------------
# Decision dates: when they said they would decide or get back
# --------------------------------------------------------------------------

DECISIONS_FROM_TUESDAY = [
    # The phrasings of the brief.
    ("We'll make a decision by Friday", "2026-11-20"),
    ("We'll make a decision on Friday.", "2026-11-20"),
    ("We'll decide this Friday.", "2026-11-20"),
    ("We'll decide next Friday.", "2026-11-27"),
    ("We'll let you know by the end of the week.", "2026-11-20"),
    ("We'll have an answer by the end of next week.", "2026-11-27"),
    ("We'll decide in two weeks.", "2026-12-01"),
    ("You'll hear from us in 2 weeks.", "2026-12-01"),
    ("We'll decide within two weeks.", "2026-12-01"),
    ("We'll get back to you in a week.", "2026-11-24"),
    ("We'll decide in ten days.", "2026-11-27"),
    ("We'll decide within 3 days.", "2026-11-20"),
    ("We'll be in touch in a couple of weeks.", "2026-12-01"),
    # Ten business days skip Thanksgiving (Thu 26 Nov): 18 19 20 23 24 25 27 30 1 2.
    ("We'll respond within 10 business days.", "2026-12-02"),
    ("We'll respond within 10 working days.", "2026-12-02"),
    ("We'll respond within 7 business days.", "2026-11-27"),
    ("We'll make a decision by December 4", "2026-12-04"),
    ("We'll make a decision by Dec. 4th", "2026-12-04"),
    ("We'll decide on 4 December.", "2026-12-04"),
    ("We'll decide by 12/4.", "2026-12-04"),
    ("Decision expected by 2026-12-04.", "2026-12-04"),
    ("We'll decide by the end of the month.", "2026-11-30"),
    ("We'll decide by the end of next month.", "2026-12-31"),
    # Early next week: Monday or Tuesday; the promise runs to the Tuesday.
    ("We'll let you know early next week.", "2026-11-24"),
    # Next week alone: the Friday, the latest moment they promised.
    ("We'll let you know next week.", "2026-11-27"),
    ("We'll let you know tomorrow.", "2026-11-18"),
    ("We'll let you know later today.", "2026-11-17"),
    ("We'll let you know today.", "2026-11-17"),
    ("We'll decide by end of day.", "2026-11-17"),
    ("We'll decide by Monday.", "2026-11-23"),
    ("We'll decide by Wednesday.", "2026-11-18"),
    # Said on a Tuesday, "by Tuesday" is next week's.
    ("We'll decide by Tuesday.", "2026-11-24"),
    # Real recruiters' sentences.
    ("We'll know in a day or two.", "2026-11-19"),
    ("We should have an update for you in the next 7-10 business days.", "2026-12-02"),
    ("Our team will review and get back to you within 48 hours.", "2026-11-19"),
    ("You should hear back from HR within 24 hours.", "2026-11-18"),
    ("I'll reach out by Thursday with next steps.", "2026-11-19"),
    ("Expect a call from us on Monday.", "2026-11-23"),
    ("Someone from our recruiting team will contact you in about two weeks.", "2026-12-01"),
    ("We hope to fill the role by mid-December.", "2026-12-15"),
    ("We are aiming to extend an offer before Christmas.", "2026-12-24"),
    ("We'll be making our final decision on Dec 4, 2026.", "2026-12-04"),
    ("We'll decide by 11/30.", "2026-11-30"),
    ("Decisions will be made by the end of the quarter.", "2026-12-31"),
    ("We plan to make a hire by year-end.", "2026-12-31"),
    ("By Friday, we'll have made a decision.", "2026-11-20"),
    ("We won't have news until next week.", "2026-11-27"),
    ("We won't decide by Friday, but we will by the end of next week.", "2026-11-27"),
    ("You'll receive an email from us by Friday.", "2026-11-20"),
    ("I'll follow up next week.", "2026-11-27"),
    ("Thanks for coming in on Tuesday, we'll decide by Friday.", "2026-11-20"),
    ("By Friday.", "2026-11-20"),
    ("Next week.", "2026-11-27"),
    ("Give us two weeks.", "2026-12-01"),
    ("We'll decide before Thanksgiving.", "2026-11-25"),
    ("We expect to decide in 1-2 weeks.", "2026-12-01"),
    ("We'll decide the week of December 7.", "2026-12-11"),
    ("We'll decide by Monday or Tuesday.", "2026-11-24"),
    (
        "Thank you for coming in. We're interviewing two more candidates this week and "
        "hope to make a decision by the end of next week.",
        "2026-11-27",
    ),
    ("We'll circle back in a few weeks.", "2026-12-08"),
    ("We'll update you in the next day or so.", "2026-11-18"),
    ("We'll let everyone know by Friday the 20th.", "2026-11-20"),
    ("We'll decide by Monday the 23rd.", "2026-11-23"),
    ("You'll hear back the day after tomorrow.", "2026-11-19"),
    ("We'll let you know by tomorrow morning.", "2026-11-18"),
    ("We'll let you know by close of business today.", "2026-11-17"),
    ("We need to move quickly, so expect an answer first thing next week.", "2026-11-23"),
    ("We'll have feedback to you mid next week.", "2026-11-25"),
    ("The process usually takes about three weeks.", "2026-12-08"),
    ("We'll get back to you in 2-3 weeks.", "2026-12-08"),
    ("We'll be in touch in January.", "2027-01-31"),
    ("We'll be in touch in early January.", "2027-01-07"),
    ("We'll be in touch by end of January.", "2027-01-31"),
    ("We'll be in touch in a month.", "2026-12-17"),
    ("We'll be in touch in 6 weeks.", "2026-12-29"),
    ("We'll let you know in two weeks' time.", "2026-12-01"),
    ("We'll let you know two weeks from now.", "2026-12-01"),
    ("We won't have a decision until the end of the month.", "2026-11-30"),
    ("We won't be making a decision before the 1st.", "2026-12-01"),
    ("We'll decide by the weekend.", "2026-11-22"),
    ("We'll be in touch within a week and a half.", "2026-11-28"),
    ("Our goal is to wrap things up by the 15th.", "2026-12-15"),
    ("The hiring manager will make a decision by Nov. 24.", "2026-11-24"),
    ("We'll schedule second round interviews for the week after next.", "2026-12-04"),
    ("We'll reach out before the end of the month.", "2026-11-30"),
    # "Not until after Thanksgiving": the first business day after it.
    ("We won't decide until after Thanksgiving.", "2026-11-27"),
    ("Final decision no later than December 11th.", "2026-12-11"),
    ("We'll be in touch on or before 12/10.", "2026-12-10"),
    (
        "Round two invitations go out Thursday, and we'll make a final decision by December 18.",
        "2026-12-18",
    ),
    ("We'll decide between Friday and Monday.", "2026-11-23"),
    ("We're hoping to get back to everyone by 30 November.", "2026-11-30"),
    ("HR will email you on Monday, November 23.", "2026-11-23"),
    ("Expect to hear from us sometime next week.", "2026-11-27"),
    ("The panel meets Thursday and we'll let you know by Monday.", "2026-11-23"),
    ("Decision: Friday.", "2026-11-20"),
    ("We'll be in touch by the 4th of December.", "2026-12-04"),
    ("You'll hear from us no later than Wednesday, Dec 9.", "2026-12-09"),
    ("We'll get back to you over the next two weeks.", "2026-12-01"),
    ("We should be able to let you know within the week.", "2026-11-20"),
    ("We'll let you know later this week.", "2026-11-20"),
    ("We'll let you know in the first week of December.", "2026-12-07"),
    ("We hope to make our selection by late December.", "2026-12-31"),
    ("Offers go out the week after next.", "2026-12-04"),
    ("A decision will be made within the next month.", "2026-12-17"),
    ("We'll have results by Friday next week.", "2026-11-27"),
    ("We'll let you know next week on Thursday.", "2026-11-26"),
    ("Hiring decision: week of 12/7.", "2026-12-11"),
    ("We'll know more by mid-week.", "2026-11-18"),
    ("It may take up to three weeks.", "2026-12-08"),
    ("Typically it takes 2 weeks to hear back.", "2026-12-01"),
    (
        "We'll let you know whether you're moving forward by the end of business Friday.",
        "2026-11-20",
    ),
    ("We'll be in touch either way by the 1st.", "2026-12-01"),
    (
        "Our hiring committee meets on Thursdays, so you should hear something by next Thursday.",
        "2026-11-26",
    ),
    # Seven business days: 18 19 20 23 24 25 27 (Thanksgiving skipped).
    ("You'll hear back within 5-7 business days.", "2026-11-27"),
    ("We'll let you know one way or the other by Wed.", "2026-11-18"),
    ("We'll make our decision by Fri. Thanks!", "2026-11-20"),
    ("The team will decide Monday, and I'll call you Tuesday.", "2026-11-24"),
    ("We're making offers by 5 p.m. Friday.", "2026-11-20"),
    ("We'll have an answer for you before the end of next week.", "2026-11-27"),
    ("You'll get an email from me no later than Monday.", "2026-11-23"),
    ("Someone will be in contact with you next week to discuss next steps.", "2026-11-27"),
    ("I'll check in with you on Monday.", "2026-11-23"),
    ("I'll touch base with you tomorrow.", "2026-11-18"),
    ("Expect an offer letter in the mail within 10 days.", "2026-11-27"),
    ("We anticipate making a decision sometime in the next two to three weeks.", "2026-12-08"),
    (
        "We'll reach out to your references this week and make a decision next week.",
        "2026-11-27",
    ),
    ("We'll let you know by next Tuesday at the latest.", "2026-11-24"),
    ("We'll let you know ASAP, probably by Thursday.", "2026-11-19"),
    ("Decision by EOD Friday.", "2026-11-20"),
    ("We can't promise anything, but we'll try to let you know by Friday.", "2026-11-20"),
]


@pytest.mark.parametrize(("text", "expected"), DECISIONS_FROM_TUESDAY)
def test_decision_date_from_a_tuesday(text: str, expected: str) -> None:
    step = read_next_step(text, TUESDAY, CAL)
    assert step.decision_by == d(expected)
    assert step.follow_up_on is None
    assert step.understood


DECISIONS_FROM_FRIDAY = [
    # On a Friday, "Friday" (by, on, this) is a week out and equals "next Friday".
    ("We'll decide by Friday.", "2026-11-27"),
    ("We'll decide on Friday.", "2026-11-27"),
    ("We'll decide this Friday.", "2026-11-27"),
    ("We'll decide next Friday.", "2026-11-27"),
    ("We'll let you know by the end of the week.", "2026-11-27"),
    ("We'll let you know by the end of next week.", "2026-11-27"),
    ("We'll let you know this week.", "2026-11-27"),
    ("We'll let you know next week.", "2026-11-27"),
    ("We'll let you know early next week.", "2026-11-24"),
    ("We'll decide by Monday.", "2026-11-23"),
    ("We'll decide in two weeks.", "2026-12-04"),
    # Five business days from Friday skip Thanksgiving: 23 24 25 27 30.
    ("We'll respond within 5 business days.", "2026-11-30"),
    ("We'll let you know later today.", "2026-11-20"),
    ("We'll let you know by Thanksgiving.", "2026-11-26"),
    ("We'll be in touch by the end of the month.", "2026-11-30"),
    ("We'll get back to you on Friday the 4th.", "2026-12-04"),
    ("We'll decide by Nov 20.", "2026-11-20"),
    # A month and day already past this year is next year's.
    ("We'll decide by Nov 19.", "2027-11-19"),
    ("We'll decide by 11/19.", "2027-11-19"),
]


@pytest.mark.parametrize(("text", "expected"), DECISIONS_FROM_FRIDAY)
def test_decision_date_from_a_friday(text: str, expected: str) -> None:
    step = read_next_step(text, FRIDAY, CAL)
    assert step.decision_by == d(expected)
    assert step.follow_up_on is None


# --------------------------------------------------------------------------
# Instructed follow-up dates: when they told the candidate to check back
# --------------------------------------------------------------------------

FOLLOW_UPS_FROM_TUESDAY = [
    ("Please check back with me on December 2", "2026-12-02"),
    ("Feel free to follow up on Monday.", "2026-11-23"),
    # "After the 15th" (Tue 15 Dec): the first business day once it is over.
    ("Reach out after the 15th.", "2026-12-16"),
    ("Touch base next Wednesday.", "2026-11-25"),
    ("Call me on Dec 2.", "2026-12-02"),
    ("Email me in two weeks.", "2026-12-01"),
    # Thanksgiving is Thu 26 Nov; Friday 27 Nov is a US business day.
    ("Please feel free to check in with me after Thanksgiving.", "2026-11-27"),
    ("Ping me on the 1st if you haven't heard anything.", "2026-12-01"),
    ("Drop me a line in a week or so.", "2026-11-24"),
    ("Give me a call on Wednesday, December 2.", "2026-12-02"),
    ("You're welcome to follow up with Sarah in two weeks.", "2026-12-01"),
    ("Check back in two weeks.", "2026-12-01"),
    ("Check in with us the week of December 7.", "2026-12-07"),
    ("I'd encourage you to touch base with me early next week.", "2026-11-23"),
    ("Feel free to reach out to me starting Monday.", "2026-11-23"),
    ("Please don't reach out until after the 1st.", "2026-12-02"),
    ("Please don't follow up before the 15th.", "2026-12-15"),
    ("Follow up with me next week.", "2026-11-23"),
    ("Check back after the weekend.", "2026-11-23"),
    ("Reach out after Wednesday.", "2026-11-19"),
    ("You can email me on 12/1.", "2026-12-01"),
    ("Feel free to give us a call on the 30th.", "2026-11-30"),
    ("Let's touch base on Friday, Dec 4.", "2026-12-04"),
    ("Please send me a note on Monday, November 30.", "2026-11-30"),
    ("Follow up in a couple of weeks if you haven't heard.", "2026-12-01"),
    ("Get back to me after Thanksgiving.", "2026-11-27"),
    ("Contact me from December 1 onwards.", "2026-12-01"),
    ("Shoot me an email next Thursday.", "2026-11-26"),
    ("Please wait at least two weeks before following up.", "2026-12-01"),
    ("Give it two weeks before you follow up.", "2026-12-01"),
    ("Feel free to follow up with me in about 10 days.", "2026-11-27"),
    ("Don't follow up until the 8th.", "2026-12-08"),
    ("Feel free to reach out any time after December 1st.", "2026-12-02"),
    ("Let's plan to touch base on the 24th.", "2026-11-24"),
    # "Don't call before Friday" allows a call from Friday: a date, not a no-calls request.
    ("Please don't call us before Friday.", "2026-11-20"),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOW_UPS_FROM_TUESDAY)
def test_follow_up_date_from_a_tuesday(text: str, expected: str) -> None:
    step = read_next_step(text, TUESDAY, CAL)
    assert step.follow_up_on == d(expected)
    assert step.decision_by is None
    assert step.understood


def test_after_a_day_skips_the_holiday_that_follows_it() -> None:
    # From Friday 20 Nov, "after Wednesday" is after Wed 25 Nov; Thu 26 is Thanksgiving.
    step = read_next_step("Reach out after Wednesday.", FRIDAY, CAL)
    assert step.follow_up_on == d("2026-11-27")


BOTH = [
    ("We'll decide by Friday; check back with me Monday", "2026-11-20", "2026-11-23"),
    ("We'll decide by Friday, and check in on Monday.", "2026-11-20", "2026-11-23"),
    ("Next steps: decision by Friday, check back Monday.", "2026-11-20", "2026-11-23"),
    (
        "We hope to decide by December 4. Please follow up on December 8 if you haven't heard.",
        "2026-12-04",
        "2026-12-08",
    ),
    (
        "You'll hear from us by the end of the month; if not, email me on December 2.",
        "2026-11-30",
        "2026-12-02",
    ),
    (
        "Check back with me on the 2nd - we should have made a decision by then, "
        "hopefully by Monday.",
        "2026-11-23",
        "2026-12-02",
    ),
]


@pytest.mark.parametrize(("text", "decision", "follow_up"), BOTH)
def test_decision_and_follow_up_in_one_text(text: str, decision: str, follow_up: str) -> None:
    step = read_next_step(text, TUESDAY, CAL)
    assert step.decision_by == d(decision)
    assert step.follow_up_on == d(follow_up)


@pytest.mark.parametrize(
    ("text", "decision", "follow_up"),
    [
        (
            "If you haven't heard from us by Friday, feel free to reach out.",
            "2026-11-20",
            "2026-11-23",
        ),
        ("If you don't hear back in a week, feel free to ping me.", "2026-11-24", "2026-11-25"),
    ],
)
def test_if_you_have_not_heard_by_dates_their_deadline_and_the_day_to_check_back(
    text: str, decision: str, follow_up: str
) -> None:
    # Issue 16: the condition tells the candidate when to check back, the first
    # working day after their deadline (it was read as the deadline alone, so the
    # grace rule put the check-in a day later than they invited).
    step = read_next_step(text, TUESDAY, CAL)
    assert step.decision_by == d(decision)
    assert step.follow_up_on == d(follow_up)


# --------------------------------------------------------------------------
# A few days
# --------------------------------------------------------------------------

FEW_DAYS = [
    "We'll be in touch within a few days.",
    "We'll be in touch in a couple of days.",
    "We'll be in touch in the next few days.",
    "We'll get back to you in several days.",
    "Expect to hear from us over the coming days.",
    "We'll follow up within a couple business days.",
    "You'll hear from us in a few business days.",
    "It won't take more than a few days.",
    "Give us a few days.",
    "We should know more in a couple days.",
    "Check back in a few days.",
]


@pytest.mark.parametrize("text", FEW_DAYS)
def test_few_days(text: str) -> None:
    step = read_next_step(text, TUESDAY, CAL)
    assert step.few_days
    assert step.decision_by is None
    assert step.follow_up_on is None
    assert step.understood


# "Soon" and "shortly" name no timeframe at all, and a recruiter's "soon" is often
# weeks: reading them as a few days would send the check-in a week early.
NOT_FEW_DAYS = [
    "We'll be in touch soon.",
    "We'll be in touch shortly.",
    "We'll be in touch as soon as possible.",
    "You'll hear from us very soon!",
    "We'll be in touch in the coming weeks.",
]


@pytest.mark.parametrize("text", NOT_FEW_DAYS)
def test_soon_is_not_a_few_days(text: str) -> None:
    step = read_next_step(text, TUESDAY, CAL)
    assert not step.few_days
    assert not step.understood


# --------------------------------------------------------------------------
# No calls
# --------------------------------------------------------------------------

NO_CALLS = [
    "Don't call us, we'll call you.",
    "Please do not call.",
    "No phone calls please.",
    "Do not phone the office.",
    "Please don’t call the office; email only.",
    "We prefer email rather than calls.",
    "We can't take phone calls about open positions.",
    "There's no need to call.",
    "Please refrain from calling the hiring manager.",
    "Contact us by email only.",
    "NO CALLS.",
    "Please avoid phoning.",
    "dont call",
]


@pytest.mark.parametrize("text", NO_CALLS)
def test_no_calls(text: str) -> None:
    step = read_next_step(text, TUESDAY, CAL)
    assert step.no_calls
    assert step.understood


# "We'll call you" is their promise, not a request that the candidate not call.
CALLS_ARE_FINE = [
    "We'll call you.",
    "We'll call you either way.",
    "Don't hesitate to call me.",
    "Call me anytime.",
    "Feel free to call me on Monday.",
    "Please don't call us before Friday.",
]


@pytest.mark.parametrize("text", CALLS_ARE_FINE)
def test_calls_are_fine(text: str) -> None:
    assert not read_next_step(text, TUESDAY, CAL).no_calls


def test_no_calls_and_a_decision_date_together() -> None:
    step = read_next_step("Don't call us, we'll call you by Friday.", TUESDAY, CAL)
    assert step.no_calls
    assert step.decision_by == d("2026-11-20")
    step = read_next_step(
        "We'll get back to you in 2-3 weeks, and please don't call.", TUESDAY, CAL
    )
    assert step.no_calls
    assert step.decision_by == d("2026-12-08")


# --------------------------------------------------------------------------
# Close of business on a named day: one phrase, the end of that day
# --------------------------------------------------------------------------

CLOSE_OF_DAY = [
    # (text, said on, decision_by, follow_up_on, matched)
    ("We'll decide by end of day Friday.", TUESDAY, "2026-11-20", None, "by end of day Friday"),
    ("You'll hear from us by EOD Friday.", TUESDAY, "2026-11-20", None, "by EOD Friday"),
    ("EOD Friday.", TUESDAY, "2026-11-20", None, "EOD Friday"),
    (
        "We'll let you know by close of business Thursday.",
        TUESDAY,
        "2026-11-19",
        None,
        "by close of business Thursday",
    ),
    ("We'll have an answer COB tomorrow.", TUESDAY, "2026-11-18", None, "COB tomorrow"),
    ("By COB Thursday we will decide.", TUESDAY, "2026-11-19", None, "By COB Thursday"),
    ("We'll decide by Friday EOD.", TUESDAY, "2026-11-20", None, "by Friday EOD"),
    (
        "We'll decide by end of business day Friday.",
        TUESDAY,
        "2026-11-20",
        None,
        "by end of business day Friday",
    ),
    (
        "We'll decide by end of day on Friday, December 4.",
        TUESDAY,
        "2026-12-04",
        None,
        "by end of day on Friday, December 4",
    ),
    # "Before EOD Friday" still means Friday, not the Thursday before it.
    ("We'll decide before EOD Friday.", TUESDAY, "2026-11-20", None, "before EOD Friday"),
    ("We'll decide by EOD next Friday.", TUESDAY, "2026-11-27", None, "by EOD next Friday"),
    # Said on a Friday, "Monday" is the coming one.
    ("We'll decide by end of day Monday.", FRIDAY, "2026-11-23", None, "by end of day Monday"),
    # After close of business Thursday: the Friday, not the Thursday.
    ("Reach out after COB Thursday.", TUESDAY, None, "2026-11-20", "after COB Thursday"),
    # After close of business Wednesday 25 Nov: Thursday is Thanksgiving, so Friday.
    (
        "Check back after close of business Wednesday.",
        FRIDAY,
        None,
        "2026-11-27",
        "after close of business Wednesday",
    ),
]


@pytest.mark.parametrize(("text", "today", "decision", "follow_up", "matched"), CLOSE_OF_DAY)
def test_close_of_business_on_a_named_day(
    text: str, today: date, decision: str | None, follow_up: str | None, matched: str
) -> None:
    step = read_next_step(text, today, CAL)
    assert step.decision_by == (d(decision) if decision else None)
    assert step.follow_up_on == (d(follow_up) if follow_up else None)
    # One phrase: "end of day" is not read a second time as today.
    assert step.matched == (matched,)


NOT_CLOSE_OF_DAY = [
    "We won't decide by end of day Friday.",
    "Please send your references by COB Thursday.",
    "Let us know by EOD Friday if you are still interested.",
    "Thanks for staying until end of day Friday.",
    "The EOD report goes out Friday.",
    "Our cobalt team meets Friday.",
    "At the end of the day, Friday's panel matters most.",
]


@pytest.mark.parametrize("text", NOT_CLOSE_OF_DAY)
def test_close_of_business_that_promises_nothing(text: str) -> None:
    step = read_next_step(text, TUESDAY, CAL)
    assert step.decision_by is None
    assert step.follow_up_on is None
    assert step.matched == ()


# --------------------------------------------------------------------------
# Phrases that mean nothing, and negations
# --------------------------------------------------------------------------

MEANINGLESS = [
    "",
    "   ",
    "Thanks for coming in",
    "Thanks for coming in today.",
    "We'll be in touch",
    "We'll be in touch.",
    "We have other candidates",
    "asdf qwer 12/99 zz",
    "ASAP",
    "Thanks so much for coming in on Tuesday. Have a great Thanksgiving!",
    "We have other candidates to see next week.",
    "We're still interviewing through the end of the month.",
    "Let us know by Friday if you're still interested.",
    "Please send your references by Friday.",
    "We'll decide after next week's panel.",
    "At the end of the day, we'll let you know.",
    "We met last Friday.",
    "June will be your point of contact.",
    "I sat down with the team on Monday.",
    "The top 3 may be invited back.",
    "The role is 24/7 on-call.",
    "We interview every Monday.",
    "Our office is closed on Thanksgiving.",
    "The position was posted on 11/2.",
    "Great talking with you!",
    "We'll decide later.",
    "We'll get back to you eventually.",
    "Please let me know if you have questions.",
    "Can you send me your availability for next week?",
    "We will reach out to schedule the final round.",
    "Please keep in touch.",
    "We'll keep your resume on file for 6 months.",
    "!!!???...",
    "12/45",
    "By Feb 30.",
    "We'll decide by 2025-12-04.",
    "Decision by 13/13.",
]


@pytest.mark.parametrize("text", MEANINGLESS)
def test_meaningless_phrases_derive_nothing(text: str) -> None:
    step = read_next_step(text, TUESDAY, CAL)
    assert step.decision_by is None
    assert step.follow_up_on is None
    assert not step.few_days
    assert not step.no_calls
    assert step.matched == ()
    assert not step.understood
    assert step.text == text


def test_none_derives_nothing() -> None:
    step = read_next_step(None, TUESDAY, CAL)
    assert step.text is None
    assert not step.understood
    assert step.matched == ()


NEGATED = [
    "We won't decide by Friday.",
    "We can't promise a decision by Friday.",
    "No decision will be made by Friday.",
    "It won't be by Friday, sorry.",
    "Don't check back on Monday.",
    "We will not have news next week.",
]


@pytest.mark.parametrize("text", NEGATED)
def test_negated_promises_are_not_dates(text: str) -> None:
    step = read_next_step(text, TUESDAY, CAL)
    assert step.decision_by is None
    assert step.follow_up_on is None


# --------------------------------------------------------------------------
# Tolerance: case, punctuation, curly apostrophes, whitespace
# --------------------------------------------------------------------------

TOLERANT = [
    "WE WILL DECIDE BY FRIDAY!!!",
    "we'll decide by friday",
    "We’ll decide by Friday.",
    "We’ll   decide    by   Friday",
    "We'll decide\nby\nFriday",
    "We'll decide\u00a0by\u00a0Friday",
    "  ...we'll decide -- by Fri.  ",
    "We\u2019ll make a decision by FRI",
    "(We'll decide by Friday)",
]


@pytest.mark.parametrize("text", TOLERANT)
def test_case_punctuation_and_whitespace_do_not_matter(text: str) -> None:
    assert read_next_step(text, TUESDAY, CAL).decision_by == d("2026-11-20")


def test_curly_apostrophes_in_no_calls() -> None:
    assert read_next_step("Don’t call us, we’ll call you", TUESDAY, CAL).no_calls


# --------------------------------------------------------------------------
# What was matched
# --------------------------------------------------------------------------

MATCHED = [
    ("We'll decide by Friday; check back with me Monday", ("by Friday", "Monday")),
    ("Don't call us, we'll call you.", ("Don't call us, we'll call you",)),
    ("We’ll let you know by Friday", ("by Friday",)),
    ("We'll decide by Friday, and check in on Monday.", ("by Friday", "on Monday")),
    (
        "We'll be in touch in a few days. Please do not call.",
        ("in a few days", "Please do not call"),
    ),
    ("We'll  decide  by  Dec.  4th", ("by  Dec.  4th",)),
    # Two alternative days are one phrase, quoted whole (issue 16).
    ("We'll decide by Monday or Tuesday.", ("by Monday or Tuesday",)),
    ("We'll be in touch a few days after we talk.", ("a few days after we talk",)),
    ("There's no need to chase us.", ("no need to chase us",)),
]


@pytest.mark.parametrize(("text", "expected"), MATCHED)
def test_matched_quotes_the_recognised_phrases_in_order(
    text: str, expected: tuple[str, ...]
) -> None:
    step = read_next_step(text, TUESDAY, CAL)
    assert step.matched == expected
    for phrase in step.matched:
        assert phrase in text


def test_several_decision_dates_keep_the_latest_promise() -> None:
    step = read_next_step(
        "We'll decide on the shortlist by Friday and make a final decision by December 11.",
        TUESDAY,
        CAL,
    )
    assert step.decision_by == d("2026-12-11")
    assert step.matched == ("by Friday", "by December 11")


def test_text_is_kept_as_given() -> None:
    text = "  We'll decide by Friday.  "
    assert read_next_step(text, TUESDAY, CAL).text == text


def test_other_countries_use_their_own_holidays() -> None:
    # From Thu 24 Dec in Ontario: Christmas (Fri 25) and Boxing Day observed (Mon 28)
    # are off, so the two business days are Tue 29 and Wed 30.
    ontario = BusinessCalendar("CA", "ON")
    step = read_next_step("We'll respond within 2 business days.", date(2026, 12, 24), ontario)
    assert step.decision_by == d("2026-12-30")


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

FRAGMENTS = [
    "we'll",
    "decide",
    "let you know",
    "check back",
    "follow up with me",
    "call me",
    "call you",
    "don't",
    "won't",
    "not",
    "until",
    "after",
    "before",
    "by",
    "on",
    "in",
    "within",
    "the",
    "of",
    "Friday",
    "next",
    "week",
    "weekend",
    "month",
    "end",
    "early",
    "mid-",
    "December",
    "Feb",
    "may",
    "4th",
    "the 31st",
    "29",
    "12/4",
    "2/29",
    "2026-12-04",
    "9999-12-31",
    "0000-01-01",
    "two",
    "a few",
    "couple of",
    "999",
    "days",
    "business days",
    "weeks",
    "months",
    "hours",
    "today",
    "tomorrow",
    "Thanksgiving",
    "new year",
    "give us",
    "or so",
    "and a half",
    ",",
    ".",
    ";",
    "’",
    "\n",
    " - ",
]

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=25).map(" ".join),
)


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(st.none(), texts), today=st.dates(date(2000, 1, 1), date(2099, 12, 31)))
def test_never_raises_and_never_dates_the_past(text: str | None, today: date) -> None:
    step = read_next_step(text, today, CAL)
    for derived in (step.decision_by, step.follow_up_on):
        assert derived is None or derived >= today
    for phrase in step.matched:
        assert text is not None and phrase in text
    assert step.understood == bool(step.matched)
