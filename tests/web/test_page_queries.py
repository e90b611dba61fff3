"""The server mode's agenda page costs the same number of queries whatever a candidate
holds (no N+1): one interview or twenty, with their open actions, in the same statements.
The coach's board has its own such test (tests/web/test_coaching.py)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tests.factories import make_interview
from tests.web.conftest import NOW
from tests.web.server_support import people, server

__all__ = ["people", "server"]


def _queries(person: Any) -> tuple[int, str]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    person.client.get("/")
    with CaptureQueriesContext(connection) as captured:
        page = person.client.get("/")
    assert page.status_code == 200
    return len(captured.captured_queries), page.content.decode()


def test_the_agenda_page_costs_the_same_queries_for_1_and_20_interviews(
    people: dict[str, Any],
) -> None:
    from followup.store import services

    alice = people["alice"]
    one, page = _queries(alice)
    assert alice.company in page
    for n in range(19):
        services.add(
            alice.user,
            make_interview(
                company=f"Company {n}", start=NOW - timedelta(days=1 + n % 5, hours=n % 3)
            ),
        )
    twenty, page = _queries(alice)
    assert page.count("/interviews/") > 20  # the new interviews' actions are listed
    assert "Company 0" in page
    # The session, the account, the agenda's one statement, the snoozed count,
    # delivery's notices and messages.
    assert one == twenty == 6, (one, twenty)


def test_on_postgresql_the_agenda_statement_is_prepared_once_per_connection(
    people: dict[str, Any],
) -> None:
    """Server-side binding (store/server.py): after five pages psycopg has prepared the
    agenda's statement, so PostgreSQL no longer plans it on every page."""
    import pytest
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite has no server to prepare statements on")
    alice = people["alice"]
    for _ in range(7):
        assert alice.client.get("/").status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    assert any("WITH me AS" in statement for statement in prepared), prepared
