"""On the wire: 8-bit only to a server that announces 8BITMIME; domains in IDNA form."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from email import message_from_bytes
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.delivery.conftest import SmtpServer, free_port
from tests.factories import local

NOON = local("2026-11-17 12:00")
BODY = "Dear Priya,\n\nMerci — the café chat was a pleasure.\n\nSam\n"


@dataclass
class Taken:
    mail_options: list[str] = field(default_factory=list)
    rcpt: list[str] = field(default_factory=list)
    data: bytes = b""


@dataclass
class Handler:
    taken: list[Taken] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.taken.append(
            Taken(
                list(envelope.mail_options),
                list(envelope.rcpt_tos),
                bytes(envelope.original_content),
            )
        )
        return "250 OK"


def server(decode_data: bool) -> Iterator[tuple[Handler, int]]:
    handler = Handler()
    # aiosmtpd announces 8BITMIME unless it decodes the data as text itself.
    controller = Controller(
        handler, hostname="127.0.0.1", port=free_port(), decode_data=decode_data
    )
    controller.start()
    try:
        yield handler, controller.port
    finally:
        controller.stop()


@pytest.fixture(params=[True, False], ids=["8bitmime", "7bit-only"])
def announced(
    request: pytest.FixtureRequest, mailbox: SmtpServer
) -> Iterator[tuple[bool, Handler]]:
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup

    eight = bool(request.param)
    for handler, port in server(decode_data=not eight):
        account = account_of(setup())
        account.smtp_port = port
        account.save()
        yield eight, handler


def test_a_non_ascii_body_goes_8bit_only_when_announced(announced: tuple[bool, Handler]) -> None:
    from followup.delivery.boot import setup
    from followup.delivery.outbox import Words, queue_action
    from followup.delivery.worker import run_once

    eight, handler = announced
    queued = queue_action(
        setup(), 1, "thank_you:priya-raman", now=NOON, words=Words(subject="Merci", body=BODY)
    )
    assert run_once(NOON + timedelta(seconds=5)).sent == [queued.pk]
    (taken,) = handler.taken
    mail = message_from_bytes(taken.data)
    if eight:
        assert taken.mail_options == ["BODY=8BITMIME"]
        assert mail["Content-Transfer-Encoding"] == "8bit"
        assert "café".encode() in taken.data
    else:
        assert taken.mail_options == []
        assert mail["Content-Transfer-Encoding"] == "quoted-printable"
        assert taken.data.isascii()
    payload = mail.get_payload(decode=True)
    assert isinstance(payload, bytes)
    assert payload.decode("utf-8").replace("\r\n", "\n") == BODY


def test_an_ascii_body_is_7bit_everywhere() -> None:
    from followup.delivery.models import Message
    from followup.delivery.outbox import build

    message = Message(
        sender="sam@candidate.example",
        recipient="priya@northwind.example",
        subject="Thanks",
        body="Plain words.\n",
        message_id="<a@b>",
        kind="thank_you",
    )
    assert build(message, NOON, eight_bit=True)["Content-Transfer-Encoding"] == "7bit"


def test_internationalised_domains_go_out_in_idna_form() -> None:
    from followup.delivery.models import Message
    from followup.delivery.outbox import build, wire_address

    assert wire_address("zoe@bücher.example") == "zoe@xn--bcher-kva.example"
    assert wire_address("priya@northwind.example") == "priya@northwind.example"
    message = Message(
        sender="sam@candidate.example",
        recipient="zoe@bücher.example",
        recipient_name="Zoë Faure",
        subject="Merci",
        body="Merci.\n",
        message_id="<a@b>",
        kind="thank_you",
    )
    mail = build(message, NOON)
    assert mail["To"].addresses[0].addr_spec == "zoe@xn--bcher-kva.example"
    assert mail.as_bytes().isascii()
