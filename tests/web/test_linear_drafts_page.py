"""The drafts page takes time linear in a pasted long word (see tests/test_linear_time.py)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from tests.conftest import ON_POSTGRES
from tests.factories import interviewer, local, make_interview
from tests.test_linear_time import assert_linear

# Minutes of timing on a shared machine: out of the quick loop (`make quick`).
pytestmark = pytest.mark.slow


def test_the_drafts_page_is_linear_in_a_long_word(user: Any, frozen: datetime) -> None:
    from django.test import Client

    from followup.store import services

    client = Client(SERVER_NAME="127.0.0.1")
    taken = itertools.count()

    def page(text: str) -> None:
        # PostgreSQL enforces Topic.text's 500 characters (SQLite does not): there
        # the long word is in the next step only (a TEXT column).
        topics = ("streaming ingestion",) if ON_POSTGRES else (text,)
        person = replace(interviewer(topics=topics), contact=True)
        number = services.add(
            user,
            make_interview(
                interviewers=(person,),
                next_step=f"We decide {text} soon.",
                # One interview per start: each call stores a new one.
                start=local("2026-11-17 10:00") - timedelta(minutes=next(taken)),
            ),
        )
        assert client.get(f"/interviews/{number}/drafts/").status_code == 200

    for run in ("a", "a-", "a."):
        assert_linear(page, run)
