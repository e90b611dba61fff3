"""`followup add INVITE.ics`: the invitation proposes, the candidate confirms at prompts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.input.base import PipeInput
from prompt_toolkit.output import DummyOutput

from followup.cli.invite import ask_invitation, proposal_of
from followup.inbox.message import read
from followup.inbox.proposal import company_from_domain, guess, propose
from followup.interview_file import Defaults, parse_interview
from tests.store_support import run

HERE = Path(__file__).resolve().parent
ENTER = "\r"
DOWN = "\x1b[B"
DEFAULTS = Defaults(timezone="America/New_York", country="US")
OWN = ("sam@candidate.example",)


@pytest.fixture
def keys() -> Iterator[PipeInput]:
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        yield pipe


def proposal(name: str):  # type: ignore[no-untyped-def]
    return propose(read((HERE / "invites" / name).read_bytes()).events[0], OWN, ("Sam Lee",))


def test_company_and_role_are_proposed_from_the_summary_and_the_domain() -> None:
    got = {
        name: (proposal(name).company, proposal(name).role)
        for name in ("google.ics", "teams.ics", "exchange_romance.ics", "zoom.ics", "apple.ics")
    }
    assert got == {
        "google.ics": ("Northwind", "Senior Data Analyst"),
        "teams.ics": ("Contoso", "Product Designer"),
        "exchange_romance.ics": ("Nordwind GmbH", "Backend Engineer"),
        "zoom.ics": ("Fabrikam", None),
        # "Entretien Claire / Sam": a name is no role.
        "apple.ics": ("Ventdunord", None),
    }
    outlook = propose(
        read((HERE / "invites" / "outlook_request.eml").read_bytes()).events[0], OWN, ()
    )
    assert (outlook.company, outlook.role) == ("Fabrikam GmbH", "Data Scientist")
    assert [p.name for p in outlook.interviewers] == ["Anna Schmidt", "Lukas Braun"]
    assert company_from_domain("hr@tailspin-toys.co.uk") == "Tailspin Toys"
    assert company_from_domain("someone@gmail.com") is None
    assert guess("Interview with Acme - Data Engineer", "x@acme.example") == (
        "Acme",
        "Data Engineer",
    )


def test_the_candidate_and_rooms_are_not_interviewers() -> None:
    assert [(p.name, p.email) for p in proposal("google.ics").interviewers] == [
        ("Priya Raman", "priya@northwind.example"),
        ("Marcus Bell", "marcus@northwind.example"),
    ]
    assert [p.email for p in proposal("exchange_romance.ics").interviewers] == [
        "jonas@nordwind.example"
    ]


def test_a_google_invitation_confirmed_becomes_the_interview(keys: PipeInput) -> None:
    keys.send_text(
        "".join(
            [
                ENTER,  # Company: Northwind, as proposed
                ENTER,  # Role: Senior Data Analyst
                ENTER,  # zone: UTC in the file, so yours (the settings') is proposed
                "y",  # Priya
                "y",  # Marcus
                DOWN + ENTER,  # the contact: Marcus
            ]
        )
    )
    mapping = ask_invitation(proposal("google.ics"), DEFAULTS, [])
    interview = parse_interview(mapping, DEFAULTS)
    assert (interview.company, interview.role) == ("Northwind", "Senior Data Analyst")
    assert interview.timezone == "America/New_York"
    assert interview.local_start.isoformat() == "2026-11-24T10:00:00-05:00"
    assert (interview.end - interview.start).total_seconds() == 3600
    assert [(p.name, p.email) for p in interview.interviewers] == [
        ("Priya Raman", "priya@northwind.example"),
        ("Marcus Bell", "marcus@northwind.example"),
    ]
    assert interview.contact_person.name == "Marcus Bell"


def test_a_windows_zone_is_kept_and_a_recurring_event_is_asked_about(keys: PipeInput) -> None:
    keys.send_text(
        "".join(
            [
                ENTER,  # Adatum
                "Platform Engineer" + ENTER,  # no role proposed: typed
                ENTER,  # Europe/Kiev, from "FLE Standard Time"
                "n",  # not the first occurrence
                "\x7f" * 16 + "2026-12-08 09:00" + ENTER,
                "y",
                ENTER,  # Olena, from the address
            ]
        )
    )
    mapping = ask_invitation(proposal("recurring_fle.ics"), DEFAULTS, [])
    interview = parse_interview(mapping, DEFAULTS)
    assert interview.timezone == "Europe/Kiev"
    assert interview.local_start.isoformat() == "2026-12-08T09:00:00+02:00"
    assert (interview.end - interview.start).total_seconds() == 1800
    assert [(p.name, p.email) for p in interview.interviewers] == [
        ("Olena", "olena@adatum.example")
    ]


def test_an_all_day_event_asks_for_the_time(keys: PipeInput) -> None:
    keys.send_text(
        "".join(
            [
                "Tailspin Toys" + ENTER,
                "\x7f" * 20 + "Game Designer" + ENTER,
                ENTER,
                "2026-12-03 09:30" + ENTER,
                "\x7f\x7f240" + ENTER,
                "Ana Lima" + ENTER,  # no interviewer in the file: asked
            ]
        )
    )
    mapping = ask_invitation(proposal("all_day.ics"), DEFAULTS, [])
    interview = parse_interview(mapping, DEFAULTS)
    assert interview.local_start.isoformat() == "2026-12-03T09:30:00-05:00"
    assert (interview.end - interview.start).total_seconds() == 4 * 3600
    assert [p.name for p in interview.interviewers] == ["Ana Lima"]


def test_the_command_refuses_what_it_cannot_ask_or_add(store: Path, tmp_path: Path) -> None:
    google = str(HERE / "invites" / "google.ics")
    refused = run("add", google)
    assert refused.code == 2
    assert "confirmed at prompts: run it in a terminal" in refused.err
    cancel = run("add", str(HERE / "invites" / "google_cancel.ics"))
    assert cancel.code == 2 and "is a cancellation, not an invitation" in cancel.err
    reply = run("add", str(HERE / "replies" / "gmail.eml"))
    assert reply.code == 2 and "holds no calendar invitation (it is reply)" in reply.err


def test_the_uid_location_and_link_are_stored(store: Path) -> None:
    from followup.cli.invite import store_invitation
    from followup.store.boot import setup
    from followup.store.models import Interview

    found = proposal_of(str(HERE / "invites" / "teams.ics"), OWN, ())
    mapping = {
        "company": "Contoso",
        "role": "Product Designer",
        "start": "2026-12-01 09:00",
        "end": "2026-12-01 10:00",
        "timezone": "America/Los_Angeles",
        "interviewers": [{"name": "Dana Whitfield", "email": "dana@contoso.example"}],
    }
    new_id = store_invitation(setup(), parse_interview(mapping, DEFAULTS), found)
    row = Interview.objects.get(pk=new_id)
    assert row.invite_uid == "040000008200E00074C5B7101A82E00800000000D0A1B2C3"
    assert row.invite_sequence == 0
    assert row.location == "Microsoft Teams Meeting"
    assert row.video_link.startswith("https://teams.microsoft.com/l/meetup-join/")
    again = run("add", str(HERE / "invites" / "teams.ics"))
    assert again.code == 2 and f"already added, as interview {new_id}" in again.err
    # And `followup read` now knows which interview the invitation belongs to.
    assert (
        run("read", str(HERE / "invites" / "teams.ics"), "--json").json["messages"][0]["matches"]
        == new_id
    )
