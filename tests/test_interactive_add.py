"""`followup add` with no file: questions with defaults, arrow keys and validation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.input.base import PipeInput
from prompt_toolkit.output import DummyOutput

from followup.cli.ask import ask_debrief, ask_interview
from followup.etiquette.model import Debrief
from followup.interview_file import Defaults

ENTER = "\r"
DOWN = "\x1b[B"
DEFAULTS = Defaults(timezone="America/New_York", country="US")


@pytest.fixture
def keys() -> Iterator[PipeInput]:
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        yield pipe


def test_answers_become_an_interview(keys: PipeInput) -> None:
    answers = [
        "Northwind" + ENTER,
        "Data Engineer" + ENTER,
        ENTER,  # the settings' time zone, asked first
        "2026-11-17 10:00" + ENTER,
        ENTER,  # 60 minutes, the default
        ENTER,  # country US
        "NY" + ENTER,
        "Priya Raman" + ENTER,
        "Engineering Manager" + ENTER,
        "priya@northwind.example" + ENTER,
        ENTER,
        "streaming, on-call" + ENTER,
        "y" + ENTER,  # another interviewer
        "Marcus Bell" + ENTER,
        ENTER,
        ENTER,
        ENTER,
        ENTER,
        "n" + ENTER,
        DOWN + ENTER,  # the contact: Marcus, with the arrow key
        "We'll decide by Friday." + ENTER,
        "y" + ENTER,  # references requested
    ]
    keys.send_text("".join(answers))
    interview = ask_interview(DEFAULTS, ["Northwind"])
    assert interview.company == "Northwind"
    assert interview.local_start.isoformat() == "2026-11-17T10:00:00-05:00"
    assert (interview.end - interview.start).total_seconds() == 3600
    assert interview.timezone == "America/New_York"
    assert interview.subdivision == "NY"
    assert [p.name for p in interview.interviewers] == ["Priya Raman", "Marcus Bell"]
    assert interview.interviewers[0].topics == ("streaming", "on-call")
    assert interview.interviewers[1].email is None
    assert interview.contact_person.name == "Marcus Bell"
    assert interview.next_step == "We'll decide by Friday."
    assert interview.references_requested


def test_invalid_answers_are_refused_as_you_type(keys: PipeInput) -> None:
    answers = [
        "Acme" + ENTER,
        "Analyst" + ENTER,
        ENTER,
        "next tuesday" + ENTER,  # refused: stays on the question
        "\x7f" * len("next tuesday") + "2026-11-20 09:30" + ENTER,
        "\x7f\x7f45" + ENTER,  # replaces the default 60
        ENTER,
        ENTER,
        "Ann Lee" + ENTER,
        ENTER,
        "ann@" + ENTER,  # refused
        "acme.example" + ENTER,
        ENTER,
        ENTER,
        "n" + ENTER,
        ENTER,
        "n" + ENTER,
    ]
    keys.send_text("".join(answers))
    interview = ask_interview(DEFAULTS, [])
    assert interview.local_start.isoformat() == "2026-11-20T09:30:00-05:00"
    assert (interview.end - interview.start).total_seconds() == 45 * 60
    assert interview.interviewers[0].email == "ann@acme.example"


def test_zone_first_and_each_fact_checked_at_its_prompt(keys: PipeInput) -> None:
    erase = "\x7f" * 40
    answers = [
        "Acme" + ENTER,
        "Analyst" + ENTER,
        erase + "Europe/London" + ENTER,  # the zone comes before the start
        "2026-03-29 01:30" + ENTER,  # refused: the clocks skip it in London
        erase + "2026-03-30 09:30" + ENTER,
        erase + "6090" + ENTER,  # refused: no interview lasts four days
        erase + "4" + ENTER,  # refused: too short
        erase + "90" + ENTER,
        erase + "XX" + ENTER,  # refused at once, answers so far kept
        erase + "GB" + ENTER,
        "ZZ" + ENTER,  # refused: no such part of GB
        erase + "SCT" + ENTER,
        "Ann Lee" + ENTER,
        ENTER,
        ENTER,
        ENTER,
        ENTER,
        "n" + ENTER,
        ENTER,
        "n" + ENTER,
    ]
    keys.send_text("".join(answers))
    interview = ask_interview(DEFAULTS, [])
    assert interview.timezone == "Europe/London"
    assert interview.local_start.isoformat() == "2026-03-30T09:30:00+01:00"
    assert (interview.end - interview.start).total_seconds() == 90 * 60
    assert (interview.country, interview.subdivision) == ("GB", "SCT")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("6090", "6090 minutes is not an interview's length; give 5 to 720"),
        ("4", "4 minutes is not an interview's length; give 5 to 720"),
        ("an hour", "a number of minutes, such as 60"),
    ],
)
def test_the_length_is_bounded(text: str, message: str) -> None:
    from followup.cli.ask import _check, _minutes

    assert _check(_minutes)(text) == message
    assert _check(_minutes)("720") is True


def test_debrief_questions_default_to_earlier_answers(keys: PipeInput) -> None:
    keys.send_text(ENTER + "Too long on one answer" + ENTER + ENTER + ENTER)
    answers = ask_debrief(
        Debrief(went_well="Rapport"),
        (("went_well", "?"), ("went_poorly", "?"), ("stood_out", "?"), ("forgot_to_mention", "?")),
    )
    assert answers == {
        "went_well": "Rapport",
        "went_poorly": "Too long on one answer",
        "stood_out": "",
        "forgot_to_mention": "",
    }


def test_a_country_and_province_by_name(keys: PipeInput) -> None:
    erase = "\x7f" * 40
    answers = [
        "Acme" + ENTER,
        "Analyst" + ENTER,
        erase + "America/Toronto" + ENTER,
        "2026-11-20 09:30" + ENTER,
        ENTER,
        erase + "Canada" + ENTER,  # a name, not only CA
        "Ontario" + ENTER,
        "Ann Lee" + ENTER,
        ENTER,
        ENTER,
        ENTER,
        ENTER,
        "n" + ENTER,
        ENTER,
        "n" + ENTER,
    ]
    keys.send_text("".join(answers))
    interview = ask_interview(DEFAULTS, [])
    assert (interview.country, interview.subdivision) == ("CA", "ON")


def test_the_country_follows_the_zone_chosen(keys: PipeInput) -> None:
    # Your settings say New York; a Toronto interview keeps Canada's holidays,
    # and your state (NY) is not offered for a Canadian province (issue 16).
    erase = "\x7f" * 40
    answers = [
        "Acme" + ENTER,
        "Analyst" + ENTER,
        erase + "America/Toronto" + ENTER,
        "2026-11-20 09:30" + ENTER,
        ENTER,
        ENTER,  # the country: the zone's, CA
        ENTER,  # no province
        "Ann Lee" + ENTER,
        ENTER,
        ENTER,
        ENTER,
        ENTER,
        "n" + ENTER,
        ENTER,
        "n" + ENTER,
    ]
    keys.send_text("".join(answers))
    interview = ask_interview(
        Defaults(timezone="America/New_York", country="US", subdivision="NY"), []
    )
    assert (interview.timezone, interview.country, interview.subdivision) == (
        "America/Toronto",
        "CA",
        None,
    )


def test_a_zone_of_no_country_keeps_your_country() -> None:
    from followup.places import zone_country

    assert [zone_country(z) for z in ("America/Toronto", "Europe/London", "UTC", "EST")] == [
        "CA",
        "GB",
        None,
        None,
    ]


def test_defaults_in_brackets_are_taken_by_enter_and_replaced_by_typing(
    keys: PipeInput,
) -> None:
    # Issue 16's review: typing over a default laid in as text appended to it.
    answers = [
        "Acme" + ENTER,
        "Analyst" + ENTER,
        "Europe/London" + ENTER,  # no erasing: the default is not in the answer
        "2026-11-20 09:30" + ENTER,
        "45" + ENTER,
        "Ireland" + ENTER,
        ENTER,
        "Ann Lee" + ENTER,
        ENTER,
        ENTER,
        ENTER,
        ENTER,
        "n" + ENTER,
        ENTER,
        "n" + ENTER,
    ]
    keys.send_text("".join(answers))
    interview = ask_interview(DEFAULTS, [])
    assert interview.timezone == "Europe/London"
    assert (interview.end - interview.start).total_seconds() == 45 * 60
    assert (interview.country, interview.subdivision) == ("IE", None)


def test_a_subdivision_default_can_be_cleared_with_a_dash(keys: PipeInput) -> None:
    answers = [
        "Acme" + ENTER,
        "Analyst" + ENTER,
        ENTER,  # America/New_York
        "2026-11-20 09:30" + ENTER,
        ENTER,
        ENTER,  # US
        "-" + ENTER,  # not the settings' NY
        "Ann Lee" + ENTER,
        ENTER,
        ENTER,
        ENTER,
        ENTER,
        "n" + ENTER,
        ENTER,
        "n" + ENTER,
    ]
    keys.send_text("".join(answers))
    interview = ask_interview(
        Defaults(timezone="America/New_York", country="US", subdivision="NY"), []
    )
    assert (interview.country, interview.subdivision) == ("US", None)
