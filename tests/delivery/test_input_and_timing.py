"""Refused at input (header injection, bad addresses) and the business-hours slot."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.delivery.headers import check_address, check_line
from followup.delivery.timing import business_slot
from followup.errors import InputError
from followup.etiquette.businessdays import BusinessCalendar
from tests.delivery.conftest import SmtpServer
from tests.factories import local

NY = ZoneInfo("America/New_York")
US = BusinessCalendar("US", "NY")


@pytest.mark.parametrize(
    "text",
    [
        "Thanks\r\nBcc: everyone@example.org",
        "Thanks\nBcc: everyone@example.org",
        "Thanks\rX",
        "Tab\there",
        "NUL\x00",
        "Escape\x1b[31m",
        "Line\u2028separator",
        "Next\u0085line",
    ],
)
def test_control_characters_in_names_and_subjects_are_refused(text: str) -> None:
    with pytest.raises(InputError, match="subject: contains a line break or another control"):
        check_line("subject", text)


def test_a_plain_line_passes() -> None:
    assert check_line("name", " Ana María Ruiz ") == "Ana María Ruiz"


@pytest.mark.parametrize(
    "address",
    [
        "priya@northwind",
        "Priya <priya@northwind.example>",
        "priya@northwind.example, all@northwind.example",
        "priya@northwind.example\r\nBcc: all@northwind.example",
        "priya@@northwind.example",
        "priya@northwind..example",
        ".priya@northwind.example",
        "priya@-northwind.example",
        "",
    ],
)
def test_bad_addresses_are_refused(address: str) -> None:
    with pytest.raises(InputError, match="is not a valid email address"):
        check_address("to", address)


def test_good_addresses_pass() -> None:
    assert check_address("to", " priya.raman+jobs@mail.northwind.example ") == (
        "priya.raman+jobs@mail.northwind.example"
    )


def test_an_edited_subject_with_a_line_break_is_not_queued(
    mailbox_now: SmtpServer, tmp_path: Path
) -> None:
    from followup.delivery.models import Message
    from tests.store_support import run

    note = tmp_path / "note.txt"
    note.write_text("Subject: Thanks\x1b[2K for everything\n\nDear Priya,\n\nThanks.\n")
    result = run("send", "1", "thank_you:priya-raman", "--note", str(note))
    assert result.code == 2
    assert "control character; refused" in result.err
    assert not Message.objects.exists()


def test_a_bad_sender_address_is_refused_by_the_command(store: Path) -> None:
    from tests.store_support import run

    result = run("mail", "smtp", "--host", "smtp.example.org", "--from", "me@example.org\nBcc: x")
    assert result.code == 2
    assert "--from: " in result.err and "is not a valid email address" in result.err


# -- the business-hours slot ---------------------------------------------------------


def slot(now: str, not_before: str, due: str) -> str:
    found = business_slot(local(now), local(not_before), local(due), NY, US)
    return found.astimezone(NY).strftime("%a %Y-%m-%d %H:%M")


def test_inside_business_hours_it_is_now() -> None:
    assert slot("2026-11-17 12:00", "2026-11-17 11:00", "2026-11-18 11:00") == (
        "Tue 2026-11-17 12:00"
    )


def test_in_the_evening_it_is_the_next_morning() -> None:
    assert slot("2026-11-17 18:30", "2026-11-17 11:00", "2026-11-18 11:00") == (
        "Wed 2026-11-18 09:00"
    )


def test_on_a_friday_evening_it_is_monday_morning() -> None:
    assert slot("2026-11-20 17:00", "2026-11-20 11:00", "2026-11-25 17:00") == (
        "Mon 2026-11-23 09:00"
    )


def test_a_public_holiday_is_skipped() -> None:
    # Thanksgiving, Thursday 26 November 2026.
    assert slot("2026-11-25 17:30", "2026-11-25 11:00", "2026-11-30 17:00") == (
        "Fri 2026-11-27 09:00"
    )


def test_not_before_the_window_opens() -> None:
    assert slot("2026-11-17 12:00", "2026-11-24 09:00", "2026-11-30 17:00") == (
        "Tue 2026-11-24 09:00"
    )


def test_no_slot_left_before_due_means_as_soon_as_possible() -> None:
    # Saturday evening, due Monday 08:00: no business hour in between.
    assert slot("2026-11-21 20:00", "2026-11-20 11:00", "2026-11-23 08:00") == (
        "Sat 2026-11-21 20:00"
    )


def test_the_slot_is_in_the_recipients_zone() -> None:
    london = ZoneInfo("Europe/London")
    gb = BusinessCalendar("GB")
    # 06:00 in New York is 11:00 in London: inside London's business hours.
    now = local("2026-11-17 06:00")
    found = business_slot(now, now, local("2026-11-18 06:00"), london, gb)
    assert found == now.astimezone(UTC)
