"""Fixtures of the web UI's tests: a ready store, the local user, a test client, frozen time.

The clock is frozen at Wednesday 18 November 2026 15:00 UTC (10:00 in New
York), the day after the sample interview (Tuesday 17 November, 10:00-11:00
New York): its thank-you notes are due, its check-in not yet open.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import time_machine

from tests.factories import make_interview

if TYPE_CHECKING:
    from django.test import Client

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


@pytest.fixture
def user(store: Path) -> Any:
    from followup.store.boot import setup

    return setup()


@pytest.fixture
def frozen() -> Iterator[datetime]:
    with time_machine.travel(NOW, tick=False):
        yield NOW


@pytest.fixture
def client(user: Any, frozen: datetime) -> Client:
    # Loopback, as `followup serve` is reached; Django's "testserver" is not an allowed host.
    from django.test import Client

    return Client(SERVER_NAME="127.0.0.1")


@pytest.fixture
def interview_id(user: Any) -> int:
    from followup.store import services

    return services.add(user, make_interview(next_step="We'll make a decision by Friday."))


def html(response: Any) -> str:
    return str(response.content.decode())
