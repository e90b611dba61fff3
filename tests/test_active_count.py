"""The agenda's count of active applications, kept in the application's row (issue 14).

Every write that changes it (add, log, outcome, a later round, delete, an
edit moving a round to another role, import, recomputing every plan) keeps
`moves_on` and `next_round` right: after each, the count read over them
equals the definition computed over every stored action and outcome, at
instants either side of every move-on moment.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import time_machine

from followup.agenda.query import db_instant
from tests.store_support import ACME, NORTHWIND, add, database, run, use_home, write

# The definition the agenda used before the columns: a UNION over the actions.
DEFINITION = """
SELECT count(*) FROM (
    SELECT application_id FROM followup_action
    WHERE kind = 'move_on' AND not_before > ?
    UNION
    SELECT i.application_id
    FROM followup_outcome AS o JOIN followup_interview AS i ON i.id = o.interview_id
    WHERE o.kind = 'next_round'
      AND i.start = (SELECT max(j.start) FROM followup_interview AS j
                     WHERE j.application_id = i.application_id)
) AS active
"""
KEPT = (
    "SELECT count(*) FROM followup_application "
    "WHERE next_round = TRUE OR (next_round = FALSE AND moves_on > ?)"
)


def _instant(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value + "+00:00")


def check(home: Path) -> list[int]:
    """The kept count equals the definition around every move-on moment; returns the counts."""
    with database(home) as db:
        moments = [
            _instant(v).replace(tzinfo=_instant(v).tzinfo)
            for (v,) in db.execute(
                "SELECT not_before FROM followup_action WHERE kind = 'move_on'"
            ).fetchall()
        ]
        instants = [datetime.fromisoformat("2026-11-01T00:00:00+00:00")]
        for moment in moments:
            instants += [moment - timedelta(seconds=1), moment, moment + timedelta(seconds=1)]
        counts = []
        for instant in instants:
            expected = db.execute(DEFINITION, (db_instant(instant),)).fetchone()[0]
            kept = db.execute(KEPT, (db_instant(instant),)).fetchone()[0]
            assert kept == expected, instant
            counts.append(kept)
    now = "2026-11-18T09:00-05:00"
    with database(home) as db:
        expected = db.execute(DEFINITION, (db_instant(datetime.fromisoformat(now)),)).fetchone()[0]
    assert run("agenda", "--now", now, "--json").json["active_applications"] == expected
    return counts


FIRST = "SELECT next_round FROM followup_application WHERE id = 1"
ROUND2 = NORTHWIND.replace("2026-11-17", "2026-11-24")


def test_the_kept_count_follows_every_write(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with time_machine.travel("2026-12-02T12:00:00+00:00", tick=False):
        add(store)
        assert check(store)[0] == 1
        add(store, ACME, "acme.yaml")
        assert check(store)[0] == 2
        steps: list[tuple[str, ...]] = [
            ("log", "1", "thank_you", "--to", "Priya Raman", "--at", "2026-11-17 15:00"),
            ("log", "1", "check_in", "--at", "2026-11-28 10:00"),  # move_on moves later
            ("outcome", "1", "next_round", "--at", "2026-11-20 10:00"),
            ("outcome", "2", "rejected", "--at", "2026-11-30 12:00"),
        ]
        for args in steps:
            result = run(*args)
            assert result.code == 0, (args, result.err)
            check(store)
        with database(store) as db:
            assert db.execute(
                "SELECT next_round FROM followup_application WHERE id = 1"
            ).fetchone()[0]
        # A later round with no outcome yet: the "next round" no longer decides ...
        assert add(store, ROUND2, "round2.yaml") == 3
        check(store)
        with database(store) as db:
            assert not db.execute(FIRST).fetchone()[0]
        # ... until it is moved to another role (a new application): the first
        # round's outcome decides again, and the moved round counts on its own.
        moved = run("edit", "3", "--set", "role=Senior Analyst")
        assert moved.code == 0, moved.err
        check(store)
        with database(store) as db:
            assert db.execute(FIRST).fetchone()[0]
        assert run("delete", "3", "--yes").code == 0
        check(store)
        with database(store) as db:
            assert db.execute(
                "SELECT next_round FROM followup_application WHERE id = 1"
            ).fetchone()[0]
        # Deleting the application's only round: nothing active is left of it.
        assert run("delete", "2", "--yes").code == 0
        assert check(store)[0] == 1
        exported = write(tmp_path, "backup.json", run("export").out)

    with pytest.MonkeyPatch.context() as mp:
        use_home(mp, tmp_path / "other")
        assert run("import", str(exported)).code == 0
        assert check(tmp_path / "other")[0] == 1
        # Recomputing every plan (new rules) keeps it too.
        with database(tmp_path / "other") as db:
            db.execute("UPDATE followup_application SET moves_on = NULL, next_round = FALSE")
            db.execute("UPDATE followup_user SET rules_stamp = 'stale'")
        assert run("agenda", "--now", "2026-11-18T09:00-05:00").code == 0
        assert check(tmp_path / "other")[0] == 1


@pytest.mark.sqlite_only(
    "migrates back and forth; the same UPDATE runs on PostgreSQL in the test above"
)
def test_the_migration_fills_the_columns_of_a_store_made_before_them(store: Path) -> None:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    add(store)
    add(store, ACME, "acme.yaml")
    assert run("outcome", "1", "next_round", "--at", "2026-11-19 10:00").code == 0
    with database(store) as db:
        before = db.execute(
            "SELECT id, moves_on, next_round FROM followup_application ORDER BY id"
        ).fetchall()
        assert before[0][2] and before[1][1] is not None
    executor = MigrationExecutor(connection)
    executor.migrate([("followup", "0005_widen_topic_and_action_id")])
    executor = MigrationExecutor(connection)
    executor.migrate([("followup", "0006_application_active")])
    with database(store) as db:
        after = db.execute(
            "SELECT id, moves_on, next_round FROM followup_application ORDER BY id"
        ).fetchall()
    assert after == before
