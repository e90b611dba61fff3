"""The message reader on the reference files: kinds, own words, bounces, invitations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.inbox.message import NotMail, read
from followup.inbox.text import decoded

HERE = Path(__file__).resolve().parent

KINDS = {
    "automatic/auto_submitted.eml": "auto_reply",
    "automatic/exchange_oof.eml": "auto_reply",
    "automatic/precedence_bulk.eml": "auto_reply",
    "automatic/vacation_english.eml": "auto_reply",
    "automatic/vacation_french.eml": "auto_reply",
    "automatic/vacation_german.eml": "auto_reply",
    "automatic/vacation_spanish.eml": "auto_reply",
    "automatic/x_autoreply.eml": "auto_reply",
    "automatic/x_autorespond.eml": "auto_reply",
    "automatic/read_receipt.eml": "read_receipt",
    "bounces/delayed.eml": "other",
    "bounces/delivered_dsn.eml": "other",
    "bounces/unparsed_mailer_daemon.eml": "bounce",
    "automatic/mailing_list.eml": "other",
    "bounces/exchange_2003.eml": "bounce",
    "bounces/exim.eml": "bounce",
    "bounces/gmail.eml": "bounce",
    "bounces/office365.eml": "bounce",
    "bounces/postfix_dsn.eml": "bounce",
    "bounces/qmail.eml": "bounce",
    "invites/all_day.ics": "invite",
    "invites/apple.ics": "invite",
    "invites/exchange_romance.ics": "invite",
    "invites/google.ics": "invite",
    "invites/google_cancel.ics": "cancel",
    "invites/recurring_fle.ics": "invite",
    "invites/teams.ics": "invite",
    "invites/zoom.ics": "invite",
    "invites/outlook_request.eml": "invite",
    "invites/google_floating.ics": "invite",
}


def reading(name: str):  # type: ignore[no-untyped-def]
    return read((HERE / name).read_bytes())


@pytest.mark.parametrize("name", sorted(KINDS))
def test_each_reference_file_is_of_its_kind(name: str) -> None:
    assert reading(name).kind == KINDS[name]


@pytest.mark.parametrize("folder", ["replies", "heldout"])
def test_the_senders_own_words_and_nothing_quoted(folder: str) -> None:
    expected = json.loads((HERE / folder / "expected.json").read_text())
    got = {name: reading(f"{folder}/{name}") for name in expected}
    assert {name: r.words for name, r in got.items()} == expected
    assert {r.kind for r in got.values()} == {"reply"}


def test_bounces_name_the_failed_address_and_our_message() -> None:
    failed = {
        name: (reading(name).failed_recipients, reading(name).refers_to)
        for name in KINDS
        if KINDS[name] == "bounce"
    }
    assert failed == {
        "bounces/exchange_2003.eml": (("priya@northwind.example",), ()),
        "bounces/exim.eml": (("marcus@northwind.example",), ("<thank-you-2@candidate.example>",)),
        "bounces/gmail.eml": (("priya@northwind.example",), ("<thank-you-1@candidate.example>",)),
        "bounces/office365.eml": (
            ("priya@northwind.example",),
            ("<thank-you-1@candidate.example>",),
        ),
        "bounces/postfix_dsn.eml": (
            ("priya@northwind.example",),
            ("<thank-you-1@candidate.example>",),
        ),
        "bounces/qmail.eml": (("priya@northwind.example",), ("<thank-you-1@candidate.example>",)),
        # No address can be read from it: still a bounce, tied to our message.
        "bounces/unparsed_mailer_daemon.eml": ((), ("<thank-you-1@candidate.example>",)),
    }


def test_rfc_2047_subjects_and_names_are_decoded() -> None:
    got = reading("replies/gmail_html.eml")
    assert got.subject == "Re: José & Sam: next steps"
    assert got.sender is not None and got.sender.name == "José Martín"
    assert decoded("=?utf-8?q?Jos=C3=A9_&_Sam?=") == "José & Sam"
    assert decoded("=?x-unknown?q?abc?=") == "=?x-unknown?q?abc?="
    assert reading("automatic/vacation_french.eml").subject == "Réponse automatique : Merci"


def event(name: str) -> dict[str, object]:
    events = reading(name).events
    assert len(events) == 1
    return events[0].as_json()


def test_windows_zone_names_resolve_to_iana_zones() -> None:
    teams = event("invites/teams.ics")
    assert (teams["start"], teams["end"], teams["timezone"]) == (
        "2026-12-01T09:00:00-08:00",
        "2026-12-01T10:00:00-08:00",
        "America/Los_Angeles",
    )
    romance = event("invites/exchange_romance.ics")
    assert (romance["start"], romance["timezone"]) == ("2026-11-25T10:00:00+01:00", "Europe/Paris")
    # No VTIMEZONE at all: CLDR's mapping (shipped by icalendar) gives the zone.
    fle = event("invites/recurring_fle.ics")
    assert (fle["start"], fle["timezone"], fle["recurring"]) == (
        "2026-12-07T09:00:00+02:00",
        "Europe/Kiev",
        True,
    )


def test_a_google_invitation_exactly() -> None:
    assert event("invites/google.ics") == {
        "all_day": False,
        "attendees": [
            {"email": "priya@northwind.example", "name": "Priya Raman"},
            {"email": "sam@candidate.example", "name": None},
            {"email": "marcus@northwind.example", "name": "Marcus Bell"},
        ],
        "end": "2026-11-24T16:00:00+00:00",
        "location": "Northwind HQ, 1 Harbour St",
        "method": "REQUEST",
        "organizer": {"email": "priya@northwind.example", "name": "Priya Raman"},
        "recurring": False,
        "sequence": 0,
        "start": "2026-11-24T15:00:00+00:00",
        "summary": "Interview: Sam Lee / Senior Data Analyst",
        "timezone": "UTC",
        "uid": "4f1c0a9d2b8e@google.com",
        "video_link": "https://meet.google.com/abc-defg-hij",
    }


def test_relay_addresses_rooms_links_and_all_day() -> None:
    apple = event("invites/apple.ics")
    assert apple["organizer"] == {"email": "claire@ventdunord.example", "name": "Claire Dubois"}
    assert apple["timezone"] == "Europe/Paris" and apple["start"] == "2026-11-27T14:30:00+01:00"
    assert [a["email"] for a in event("invites/exchange_romance.ics")["attendees"]] == [  # type: ignore[index]
        "sam@candidate.example",
        "jonas@nordwind.example",
    ]
    assert str(event("invites/zoom.ics")["video_link"]).startswith("https://fabrikam.zoom.us/j/8")
    assert str(event("invites/teams.ics")["video_link"]).startswith(
        "https://teams.microsoft.com/l/meetup-join/"
    )
    assert event("invites/recurring_fle.ics")["video_link"] == "https://adatum.webex.com/meet/olena"
    all_day = event("invites/all_day.ics")
    assert (all_day["all_day"], all_day["start"], all_day["end"]) == (
        True,
        "2026-12-03",
        "2026-12-04",
    )


def test_an_invitation_inside_an_email() -> None:
    ics = (HERE / "invites" / "google.ics").read_bytes()
    mail = (
        b"From: Priya Raman <priya@northwind.example>\r\nTo: sam@candidate.example\r\n"
        b"Subject: Invitation: Interview\r\nDate: Tue, 10 Nov 2026 09:00:00 +0000\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nYou have been invited.\r\n"
        b"--b\r\nContent-Type: text/calendar; method=REQUEST; charset=UTF-8\r\n\r\n"
        + ics
        + b"\r\n--b--\r\n"
    )
    got = read(mail)
    assert got.kind == "invite" and got.events[0].uid == "4f1c0a9d2b8e@google.com"
    assert got.words is None


@pytest.mark.parametrize(
    "data",
    [b"", b"hello world\n", b"\x00\x01\x02binary", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"],
)
def test_what_is_neither_is_refused(data: bytes) -> None:
    with pytest.raises(NotMail):
        read(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_read_or_refused_never_raised(data: bytes) -> None:
    try:
        got = read(data)
    except NotMail:
        return
    assert got.kind in (
        "invite",
        "cancel",
        "reply",
        "auto_reply",
        "bounce",
        "read_receipt",
        "other",
    )


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=500))
def test_mail_headers_with_any_text_are_read(text: str) -> None:
    data = f"From: a@b.example\r\nSubject: {text}\r\n\r\n{text}".encode("utf-8", "surrogatepass")
    got = read(data)
    assert got.kind in ("reply", "auto_reply", "other")


def test_an_outlook_meeting_request_and_a_floating_google_export() -> None:
    outlook = reading("invites/outlook_request.eml")
    assert outlook.subject == "Interview: Data Scientist (Fabrikam GmbH)"
    assert outlook.sender is not None and outlook.sender.name == "Schmidt, Anna"
    got = outlook.events[0].as_json()
    assert (got["start"], got["timezone"]) == ("2026-03-31T09:00:00+02:00", "Europe/Berlin")
    assert got["video_link"] == "https://teams.microsoft.com/meet/3561234567890?p=AbCdEfGh"
    floating = event("invites/google_floating.ics")
    assert (floating["start"], floating["timezone"]) == (
        "2026-11-30T13:00:00-06:00",
        "America/Chicago",
    )
    assert event("invites/apple.ics")["location"] == "Vent du Nord, 12 rue de la Paix, 75002 Paris"


def test_dates_in_notices_carry_the_year_when_it_is_not_this_one() -> None:
    from datetime import date

    from followup.delivery.replies import day

    assert day(date(2026, 11, 23), date(2026, 11, 19)) == "Mon 23 Nov"
    assert day(date(2027, 1, 4), date(2026, 12, 30)) == "Mon 04 Jan 2027"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab@:.>-_ \nwrote On"), max_size=3000))
def test_own_words_of_any_text_never_fail(text: str) -> None:
    from followup.inbox.words import own_words

    words = own_words(text)
    assert words is None or (words and "\n" not in words)


def test_a_long_unbroken_line_is_read_quickly() -> None:
    import time

    from followup.inbox.words import own_words

    started = time.perf_counter()
    assert own_words("x" * 200_000 + "\nOn Tue, Sam wrote:\n> quoted") == "x" * 200_000
    assert time.perf_counter() - started < 2


def test_windows_display_names_and_vendor_prefixes_as_tzids() -> None:
    from followup.inbox.invites import display_zone

    assert display_zone("(UTC-05:00) Eastern Time (US & Canada)") == "America/New_York"
    assert display_zone("(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius") == (
        "Europe/Helsinki"
    )
    assert display_zone("(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi") == "Asia/Kolkata"
    assert display_zone("(UTC+04:00) Nowhere Special") is None
    ics = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        b'DTSTART;TZID="(UTC-08:00) Pacific Time (US & Canada)":20261124T100000\r\n'
        b"DURATION:PT45M\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\n"
        b"DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20261124T100000\r\n"
        b"END:VEVENT\r\nBEGIN:VEVENT\r\nUID:c\r\nDTSTART;VALUE=DATE:20261203\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    got = [e.as_json() for e in read(ics).events]
    assert [(e["start"], e["end"], e["timezone"]) for e in got] == [
        ("2026-11-24T10:00:00-08:00", "2026-11-24T10:45:00-08:00", "America/Los_Angeles"),
        ("2026-11-24T10:00:00+01:00", None, "Europe/Berlin"),
        ("2026-12-03", "2026-12-04", None),
    ]


def test_a_bare_event_several_calendars_and_prefixed_zones() -> None:
    bare = (
        b"BEGIN:VEVENT\r\nUID:bare-1\r\nSUMMARY:Call\r\n"
        b"DTSTART;TZID=custom_America/New_York:20261124T100000\r\nEND:VEVENT\r\n"
    )
    (only,) = read(bare).events
    assert (only.uid, only.timezone, only.as_json()["start"]) == (
        "bare-1",
        "America/New_York",
        "2026-11-24T10:00:00-05:00",
    )
    two = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        b"UID:one\r\nDTSTART:20261124T150000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\n"
        b"UID:two\r\nDTSTART:20261125T150000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    got = read(two)
    assert got.kind == "invite" and [e.uid for e in got.events] == ["one", "two"]
    with pytest.raises(NotMail, match="iCalendar text without a VCALENDAR"):
        read(b"BEGIN:VALARM\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n")


def test_the_reader_imports_no_django() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import followup.inbox.message, followup.inbox.proposal;"
        "from followup.inbox.message import read;"
        "read(open(sys.argv[1], 'rb').read());"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(HERE / "bounces" / "postfix_dsn.eml")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"
