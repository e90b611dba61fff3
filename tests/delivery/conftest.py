"""Real servers on loopback for the delivery tests: an SMTP server that records.

`smtp_server` is aiosmtpd on 127.0.0.1 (a free port); every message it
accepts is kept with its envelope and its exact bytes. `answers` lets a test
make it refuse the next messages with given SMTP replies (a temporary 451,
a permanent 550).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message as Mail
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.store_support import NORTHWIND, add

# Some tests here are pure and run before any store exists; the shared
# fixtures close Django's connections after each test, which needs settings.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.store.settings")


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes

    @property
    def mail(self) -> Mail:
        return message_from_bytes(self.data)


@dataclass
class Recorder:
    received: list[Received] = field(default_factory=list)
    # Replies to give to the next DATA commands, in order, instead of accepting.
    answers: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.answers:
            return self.answers.pop(0)
        self.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content))
        )
        return "250 OK"

    def message_ids(self) -> list[str]:
        return [str(r.mail["Message-ID"]) for r in self.received]


@dataclass
class SmtpServer:
    host: str
    port: int
    recorder: Recorder

    @property
    def received(self) -> list[Received]:
        return self.recorder.received


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", controller.port, recorder)
    finally:
        controller.stop()


# The sample interview without its requested references and its debrief.
NORTHWIND_SOON = NORTHWIND.replace("references_requested: true\n", "").replace(
    "debrief:\n  went_well: The design exercise.\n", ""
)


@pytest.fixture
def mailbox(store: Path, smtp_server: SmtpServer, tmp_path: Path) -> SmtpServer:
    """A store with the Northwind interview (ID 1) and an account on the test server."""
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup

    add(tmp_path, NORTHWIND_SOON)
    user = setup()
    account = account_of(user)
    account.smtp_host = smtp_server.host
    account.smtp_port = smtp_server.port
    account.smtp_security = "none"
    account.sender = "sam@candidate.example"
    account.sender_name = "Sam Lee"
    account.digest = False
    account.save()
    return smtp_server
