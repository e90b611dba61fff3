"""The store on a PostgreSQL server: `DATABASE_URL`, and the few statements that differ.

Django-free at import (settings.py and the fast agenda path import it):
dj-database-url and psycopg are imported only when a server is configured,
so the single-user SQLite start-up never loads them.

What differs from SQLite is small and kept here:

- the schema stamp (SQLite's `PRAGMA user_version`) is the comment on the
  `django_migrations` table;
- migrations run under a PostgreSQL advisory lock instead of a file lock,
  since the workers and web servers may be on several machines;
- the plain reads that bypass the ORM (export, calendar feed, settings) get
  rows in the shapes sqlite3 gives them: instants as naive UTC text, days as
  ISO text, JSON as text, flags as 0/1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

from followup.errors import FollowupError, ServerUnavailable

# Any 64-bit number, the same for every process: "followup" in ASCII.
MIGRATION_LOCK = 0x666F6C6C6F777570
# The schema stamp's home on PostgreSQL (SQLite keeps it in `user_version`).
STAMP_SQL = "SELECT obj_description(to_regclass('django_migrations'), 'pg_class')"
SCHEMES = ("postgres", "postgresql", "pgsql")
# Executions of one statement on a connection before psycopg prepares it (its default;
# Django turns preparing off unless OPTIONS say otherwise).
PREPARE_AFTER = 5
# OPTIONS that Django's backend reads itself, never passed to psycopg.connect.
DJANGO_ONLY = ("pool", "server_side_binding", "isolation_level", "assume_role")


class ServerConfigError(FollowupError):
    """The server's environment is wrong (DATABASE_URL, FOLLOWUP_SECRET_KEY): one sentence."""


def database_settings(url: str) -> dict[str, Any]:
    """Django's DATABASES["default"] for `url` (postgres://user:password@host:port/name).

    `FOLLOWUP_CONN_MAX_AGE` (seconds, default 60) keeps a web worker's
    connection open between requests; health checks drop a broken one.
    `FOLLOWUP_SERVER_BINDING` (default 1) binds parameters on the server and
    lets psycopg prepare the statements a connection repeats.
    """
    import os

    import dj_database_url

    scheme = url.partition("://")[0].lower()
    if scheme not in SCHEMES:
        raise ServerConfigError(
            f"DATABASE_URL: must be a postgres:// URL (postgres://user:password@host:port/name), "
            f"not {scheme or 'a URL without a scheme'}://…"
        )
    age = os.environ.get("FOLLOWUP_CONN_MAX_AGE", "60").strip()
    if not (age.isascii() and age.isdigit() and len(age) <= 9):
        raise ServerConfigError(
            f"FOLLOWUP_CONN_MAX_AGE: must be a whole number of seconds (e.g. 60), not {age[:40]!r}"
        )
    try:
        parsed: dict[str, Any] = dict(
            dj_database_url.parse(url, conn_max_age=int(age), conn_health_checks=True)
        )
    except ValueError as exc:  # a port that is not a number, an unclosed [ of an address
        raise ServerConfigError(
            f"DATABASE_URL: cannot be read ({str(exc)[:120]}); "
            "use postgres://user:password@host:port/name"
        ) from None
    if not parsed.get("NAME"):
        raise ServerConfigError(
            "DATABASE_URL: names no database; use postgres://user:password@host:port/name"
        )
    options = parsed.setdefault("OPTIONS", {})
    binding = os.environ.get("FOLLOWUP_SERVER_BINDING", "1").strip()
    if binding not in ("0", "1"):
        raise ServerConfigError(
            f"FOLLOWUP_SERVER_BINDING: must be 1 (the default) or 0, not {binding[:40]!r}"
        )
    if binding == "1":
        # Parameters sent apart from the statement (not quoted into it by the
        # client), so psycopg prepares a statement a connection has run five
        # times: the agenda's query is planned once per connection, not on
        # every page. 0 for a pooler in transaction mode (PgBouncer), where a
        # prepared statement may not outlive its transaction.
        options.setdefault("server_side_binding", True)
        options.setdefault("prepare_threshold", PREPARE_AFTER)
    return parsed


def unreachable(exc: BaseException, url: str | None) -> ServerUnavailable | None:
    """`exc` as one sentence naming DATABASE_URL when the PostgreSQL server of `url`
    could not be reached or refused the connection (down, wrong port or host,
    wrong password, no such database); else None. Exit 69 on the command line
    (EX_UNAVAILABLE: not bad input, not a bug), a 503 page on the web."""
    if url is None:
        return None
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if type(current).__module__.startswith("psycopg") and (
            type(current).__name__ == "OperationalError"
        ):
            text = str(current)
            if text.startswith(("connection failed", "connection to server", "could not")):
                return ServerUnavailable(_unreachable_sentence(text, url))
        current = current.__cause__ or current.__context__
    return None


def _unreachable_sentence(text: str, url: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else text
    reason = first.rsplit("failed: ", 1)[-1] if "failed: " in first else first
    reason = re.sub(r"^(FATAL|ERROR):\s*", "", reason.strip()).rstrip(".")
    try:
        settings = database_settings(url)
        where = f"{settings.get('HOST') or 'localhost'}:{settings.get('PORT') or 5432}"
        name = settings.get("NAME") or ""
    except (ServerConfigError, ValueError):
        where, name = "?", ""
    database = f", database {name}" if name else ""
    return (
        f"DATABASE_URL: the PostgreSQL server at {where}{database} cannot be used "
        f"({reason[:1].lower() + reason[1:]}); check that it is running and that "
        "DATABASE_URL names it"
    )


def connect(url: str | dict[str, Any]) -> Any:
    """A plain psycopg connection (no Django) for a read, its session in UTC:
    to the database of `url`, or of Django's settings for a connection."""
    import psycopg

    settings = database_settings(url) if isinstance(url, str) else url
    return psycopg.connect(
        dbname=settings["NAME"],
        user=settings.get("USER") or None,
        password=settings.get("PASSWORD") or None,
        host=settings.get("HOST") or None,
        port=settings.get("PORT") or None,
        options="-c TimeZone=UTC",
        autocommit=True,
        **{k: v for k, v in (settings.get("OPTIONS") or {}).items() if k not in DJANGO_ONLY},
    )


def stamp(cursor: Any) -> int:
    cursor.execute(STAMP_SQL)
    row = cursor.fetchone()
    text = row[0] if row else None
    return int(text) if text and str(text).isdigit() else 0


def set_stamp(cursor: Any, value: int) -> None:
    cursor.execute(f"COMMENT ON TABLE django_migrations IS '{int(value)}'")


def sqlite_shaped(value: object) -> object:
    """A value read from PostgreSQL as sqlite3 reads the same column from SQLite."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict | list):
        import json

        return json.dumps(value)
    return value


_QMARK = re.compile(r"\?")


class Rows:
    """A psycopg cursor that takes sqlite3's `?` placeholders and gives sqlite3's shapes."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Rows:
        self._cursor.execute(_QMARK.sub("%s", sql), list(parameters))
        return self

    def fetchall(self) -> list[tuple[Any, ...]]:
        return [tuple(sqlite_shaped(v) for v in row) for row in self._cursor.fetchall()]

    def fetchone(self) -> tuple[Any, ...] | None:
        row = self._cursor.fetchone()
        return None if row is None else tuple(sqlite_shaped(v) for v in row)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        for row in self._cursor:
            yield tuple(sqlite_shaped(v) for v in row)


class Reader:
    """A plain PostgreSQL connection that reads like a sqlite3 connection.

    For the reads written for sqlite3 (export, the calendar feed), so the same
    statements run on both: `execute` gives a new cursor each time, and
    `BEGIN` opens a read-only repeatable-read transaction (one snapshot for
    every batch, as SQLite's deferred read transaction in WAL mode).
    """

    def __init__(self, url: str | dict[str, Any]) -> None:
        from psycopg.types.string import TextLoader

        self._connection = connect(url)
        # JSON columns as their text, as sqlite3 gives them (the readers parse them).
        for name in ("json", "jsonb"):
            self._connection.adapters.register_loader(name, TextLoader)

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Rows:
        if sql.strip().upper() == "BEGIN":
            sql = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
        return Rows(self._connection.cursor()).execute(sql, parameters)

    def cursor(self) -> Rows:
        return Rows(self._connection.cursor())

    def close(self) -> None:
        self._connection.close()


class QmarkConnection:
    """A psycopg connection (Django's own, inside its transaction) that takes
    sqlite3's `?` placeholders: the import's bulk writes (store/convert.py)
    run the same statements on both."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        return self._connection.execute(_QMARK.sub("%s", sql), list(parameters))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self._connection.cursor() as cursor:
                cursor.executemany(_QMARK.sub("%s", sql), rows)


def is_psycopg(connection: object) -> bool:
    return type(connection).__module__.startswith("psycopg")
