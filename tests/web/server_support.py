"""The server mode's shared fixtures: three accounts (alice, bob, charlie), each with an
interview at a company of their own, logged-in clients, and bob's outbox and notices.

Import the fixtures into a test module (`from tests.web.server_support import ...`).
The mode is switched with Django's override_settings (settings.SERVER_MODE is
read on every request); mail goes to Django's locmem outbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest

from tests.factories import interviewer, make_interview

PASSWORD = "a long pass phrase 42"
COMPANIES = {"alice": "Alpha Analytics", "bob": "Bravo Bank", "charlie": "Cobalt Chemicals"}


@dataclass
class Person:
    user: Any
    interview: int
    company: str
    client: Any


@pytest.fixture
def server(user: Any, frozen: datetime) -> Iterator[None]:
    from django.core import mail
    from django.test import override_settings

    from followup.delivery.boot import setup

    setup()
    mail.outbox = []
    with override_settings(
        SERVER_MODE=True, EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"
    ):
        yield


def client_for(account: Any = None) -> Any:
    from django.test import Client

    client = Client(SERVER_NAME="127.0.0.1")
    if account is not None:
        client.force_login(account)
    return client


def make_person(name: str, *, staff: bool = False) -> Person:
    from followup.store import services
    from followup.store.models import User

    account = User.objects.create_user(name, f"{name}@people.example", PASSWORD, is_staff=staff)
    company = COMPANIES.get(name, f"{name.title()} Company")
    interview = services.add(
        account,
        make_interview(
            company=company,
            interviewers=(interviewer(f"Pat {name.title()}", email=f"pat@{name}.example"),),
            next_step="We'll make a decision by Friday.",
        ),
    )
    return Person(account, interview, company, client_for(account))


@pytest.fixture
def people(server: None) -> dict[str, Person]:
    return {name: make_person(name) for name in ("alice", "bob", "charlie")}
