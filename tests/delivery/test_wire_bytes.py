"""The worker's bytes: the plain case written directly is exactly what the email package writes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.errors import MessageError
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

if TYPE_CHECKING:
    from followup.delivery.models import Message

# Django's models need settings; the store is never written.
pytestmark = pytest.mark.usefixtures("store")
NOON = datetime(2026, 11, 17, 12, 0, tzinfo=UTC)
# Printable ASCII and the characters that make the email package quote, encode or fold.
TEXT = st.text(
    alphabet=st.sampled_from([*"abc XYZ019.,;:<>@\"'()[]\\=?!#_-~", "é", "\t", "\r"]),
    max_size=90,
)
# Bodies from pieces, so that lines near the 78-character fold come up often.
BODY = st.lists(
    st.sampled_from(["ab", " ", ".", "=", "\n", "x" * 39, "é", "\r", "\t"]), max_size=12
).map("".join)


def message(**fields: str) -> Message:
    from followup.delivery.models import Message

    values = {
        "sender": "sam@candidate.example",
        "sender_name": "Sam Lee",
        "recipient": "priya@northwind.example",
        "recipient_name": "Priya Raman",
        "subject": "Thank you for Tuesday",
        "body": "Dear Priya,\n\nThank you for your time.\n\nSam\n",
        "message_id": "<followup.0123456789abcdef@candidate.example>",
        "kind": "thank_you",
    }
    return Message(**{**values, **fields})


def test_a_plain_thank_you_is_written_directly_and_as_the_email_package_would() -> None:
    from followup.delivery.outbox import _plain_bytes, build, wire_bytes

    plain = message()
    assert _plain_bytes(plain, NOON) is not None
    assert wire_bytes(plain, NOON) == build(plain, NOON).as_bytes()
    # An internationalised domain is plain once in its IDNA form.
    idna = message(recipient="zoe@bücher.example")
    assert b"<zoe@xn--bcher-kva.example>" in wire_bytes(idna, NOON) == build(idna, NOON).as_bytes()
    digest = message(kind="digest", body="")
    assert wire_bytes(digest, NOON + timedelta(hours=5)) == build(digest, NOON).as_bytes().replace(
        b"12:00:00", b"17:00:00"
    )


def test_what_is_not_plain_goes_through_the_email_package() -> None:
    from followup.delivery.outbox import _plain_bytes, build, wire_bytes

    for fields in (
        {"recipient_name": "Zoë Faure"},
        {"recipient_name": "Raman, Priya"},
        {"subject": "=?utf-8?q?caf=C3=A9?="},
        {"subject": "A subject long enough to be folded by the email package, " * 2},
        {"body": "Merci — Sam\n"},
        {"body": "one line far longer than seventy-eight characters, " * 3 + "\n"},
    ):
        odd = message(**fields)
        assert _plain_bytes(odd, NOON) is None, fields
        assert wire_bytes(odd, NOON, eight_bit=True) == build(odd, NOON, True).as_bytes()


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=TEXT, subject=TEXT, body=BODY, local=TEXT)
@example(name="Sam  Lee", subject="Hi", body="x\n\n", local="sam")
@example(name="", subject="Hi", body="", local="a.b")
def test_whenever_the_direct_path_writes_it_writes_what_the_email_package_writes(
    name: str, subject: str, body: str, local: str
) -> None:
    from followup.delivery.outbox import _plain_bytes, build

    candidate = message(
        sender_name=name, subject=subject or "Hi", body=body, recipient=f"{local}@northwind.example"
    )
    try:
        expected = build(candidate, NOON).as_bytes()
    except (ValueError, IndexError, MessageError):
        # The email package refuses some of these values (the outbox never stores them).
        assert _plain_bytes(candidate, NOON) is None
        return
    direct = _plain_bytes(candidate, NOON)
    if direct is not None:
        assert direct == expected
