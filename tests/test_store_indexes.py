"""The actions table's indexes, on SQLite and PostgreSQL alike (migration 0007).

Action.user has no single-column index: the three (user, ...) indexes begin
with it, and PostgreSQL's planner, offered the single one, chose it over
(user, due) for the coach's board.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ON_POSTGRES
from tests.store_support import add, database


def action_indexes(home: Path) -> set[str]:
    with database(home) as db:
        if ON_POSTGRES:
            rows = db.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'followup_action'"
            ).fetchall()
        else:
            rows = db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
                ("followup_action",),
            ).fetchall()
    return {name for (name,) in rows}


def test_the_actions_have_their_user_indexes_but_not_the_single_column_one(
    store: Path,
) -> None:
    add(store)
    names = action_indexes(store)
    assert {"action_user_due", "action_user_not_before", "action_user_expires"} <= names
    assert not any(name.startswith("followup_action_user_id") for name in names), names


@pytest.mark.sqlite_only("PostgreSQL's plan follows its statistics; bench/server measures it")
def test_the_agenda_reads_a_users_actions_in_due_order_over_its_index(store: Path) -> None:
    add(store)
    with database(store) as db:
        plan = db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM followup_action WHERE user_id = ? ORDER BY due",
            (1,),
        ).fetchall()
    assert any("action_user_due" in str(row[-1]) for row in plan), plan
