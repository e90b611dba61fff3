"""The store on a real PostgreSQL server: migrations, the store's services, the agenda."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg

from followup.store.location import schema_stamp
from tests.postgres_plugin import Suite
from tests.store_support import ACME, NORTHWIND, add, run, write


def test_the_process_runs_on_postgresql(store: Path) -> None:
    from followup.store.boot import setup

    setup()
    from django.db import connection

    assert connection.vendor == "postgresql"
    assert connection.pg_version >= 150000
    # No SQLite file is made beside the home.
    assert not (store / "followup.sqlite3").exists()


def test_migrations_apply_on_an_empty_database_and_leave_the_schema_stamp(
    postgres_suite: Suite, tmp_path: Path
) -> None:
    url = postgres_suite.cluster.create("fresh_migrate")
    env = {**os.environ, "DATABASE_URL": url, "FOLLOWUP_HOME": str(tmp_path / "h")}
    result = subprocess.run(
        [sys.executable, "-m", "followup", "agenda"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "No interviews yet" in result.stdout
    assert "the PostgreSQL database of DATABASE_URL" in result.stdout
    assert url not in result.stdout
    with psycopg.connect(url) as db:
        applied = {
            (app, name)
            for app, name in db.execute("SELECT app, name FROM django_migrations").fetchall()
        }
        (comment,) = db.execute(
            "SELECT obj_description(to_regclass('django_migrations'), 'pg_class')"
        ).fetchone()
        (users,) = db.execute("SELECT count(*) FROM followup_user").fetchone()
    shipped = {
        (app, p.stem)
        for app, folder in (("followup", "store"), ("delivery", "delivery"), ("web", "web"))
        for p in (Path("src/followup") / folder / "migrations").glob("[0-9]*.py")
    }
    assert shipped <= applied
    assert int(comment) == schema_stamp()
    assert users == 1
    # The migrations are all there: Django sees nothing left to make or apply.
    check = subprocess.run(
        [sys.executable, "-m", "django", "makemigrations", "--check", "--dry-run"],
        env={**env, "DJANGO_SETTINGS_MODULE": "followup.store.settings"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def _cli(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "followup", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, (args, result.stderr)
    return result.stdout


def test_add_plan_agenda_and_export_give_on_postgresql_what_they_give_on_sqlite(
    tmp_path: Path, postgres_suite: Suite
) -> None:
    """The same commands on a SQLite home and on a PostgreSQL database: the same output."""
    files = [write(tmp_path, "northwind.yaml", NORTHWIND), write(tmp_path, "acme.yaml", ACME)]
    base = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    base.update(TZ="UTC", LANG="en_US.UTF-8")
    sqlite = {**base, "FOLLOWUP_HOME": str(tmp_path / "sqlite")}
    server = {
        **base,
        "FOLLOWUP_HOME": str(tmp_path / "pg"),
        "DATABASE_URL": postgres_suite.cluster.create("same_as_sqlite"),
    }
    commands = [
        ("list", "--json"),
        ("agenda", "--json", "--now", "2026-11-17 12:00"),
        ("agenda", "--json", "--now", "2026-11-20 09:00"),
        ("show", "1", "--json"),
        ("export",),
    ]
    outputs: dict[str, list[str]] = {}
    for name, env in (("sqlite", sqlite), ("server", server)):
        for file in files:
            _cli(env, "add", str(file))
        _cli(env, "log", "1", "thank_you", "--to", "Priya Raman", "--at", "2026-11-17 15:00")
        _cli(env, "config", "name", "Ana Ruiz")
        # A policy setting replans every interview (services.refresh_plans).
        _cli(env, "config", "policy.default_check_in_days", "10")
        outputs[name] = [_cli(env, *command) for command in commands]
    assert not (tmp_path / "pg" / "followup.sqlite3").exists()
    for command, on_sqlite, on_server in zip(
        commands, outputs["sqlite"], outputs["server"], strict=True
    ):
        assert on_server == on_sqlite, command
    assert json.loads(outputs["server"][0])["interviews"]


def test_settings_are_read_back_from_postgresql(store: Path) -> None:
    assert run("config", "name", "Ana Ruiz").code == 0
    assert run("config", "policy.default_check_in_days", "10").code == 0
    from followup.config import stored_settings

    assert stored_settings()["name"] == "Ana Ruiz"
    assert stored_settings()["policy.default_check_in_days"] == 10


def test_export_then_import_into_another_database_is_identical(
    store: Path, tmp_path: Path, postgres_suite: Suite, monkeypatch
) -> None:
    add(store)
    add(store, ACME, "acme.yaml")
    assert run("log", "1", "thank_you", "--to", "Priya Raman", "--at", "2026-11-17 15:00").code == 0
    assert run("config", "name", "Ana Ruiz").code == 0
    first = run("export")
    assert first.code == 0, first.err
    backup = write(tmp_path, "backup.json", first.out)
    other = postgres_suite.cluster.create("import_target")
    monkeypatch.setenv("DATABASE_URL", other)
    monkeypatch.setenv("FOLLOWUP_HOME", str(tmp_path / "other"))
    imported = run("import", str(backup))
    assert imported.code == 0, imported.err
    again = run("export")
    assert again.code == 0, again.err
    assert json.loads(again.out) == json.loads(first.out)
    # A new interview after the import takes the next ID (the sequences moved on).
    add(tmp_path / "other", NORTHWIND.replace("2026-11-17", "2026-12-01"), "round2.yaml")
    assert [i["id"] for i in run("list", "--json").json["interviews"]] == [1, 2, 3]


def test_a_bad_database_url_is_one_sentence(tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": "mysql://x@127.0.0.1/db", "FOLLOWUP_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "followup", "list"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "DATABASE_URL: must be a postgres:// URL" in result.stderr
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_without_database_url_nothing_of_the_server_is_loaded(tmp_path: Path) -> None:
    """The single-user start-up stays as it was: SQLite, WAL, no psycopg imported."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["FOLLOWUP_HOME"] = str(tmp_path / "home")
    code = (
        "import sys; from followup.store.boot import setup; setup(); "
        "from django.db import connection; "
        "c = connection.cursor(); c.execute('PRAGMA journal_mode'); "
        "print(connection.vendor, c.fetchone()[0], "
        "'psycopg' in sys.modules, 'dj_database_url' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["sqlite", "wal", "False", "False"]
    assert (tmp_path / "home" / "followup.sqlite3").exists()


def test_the_longest_topic_and_name_the_fields_allow_are_stored(store: Path) -> None:
    """PostgreSQL enforces column lengths (SQLite does not): every bound in
    fields.LIMITS fits its column, so the longest allowed value is stored."""
    from followup.fields import LIMITS

    topic = "ingestion " * (LIMITS["topic"] // 10)
    name = "Priya " + "R" * (LIMITS["name"] - 6)
    text = NORTHWIND.replace("topics: [streaming ingestion]", f"topics: ['{topic.strip()}']")
    text = text.replace("name: Priya Raman", f"name: {name}")
    add(store, text, "long.yaml")
    exported = run("export")
    assert exported.code == 0, exported.err
    people = json.loads(exported.out)["interviews"][0]["interviewers"]
    assert people[0]["topics"] == [topic.strip()]
    assert people[0]["name"] == name
