"""The agenda's one SQL query, run with the standard `sqlite3` module.

Booting Django costs about 250 ms, so the daily read does without it: the
open actions of every interview are already stored, with their instants in
indexed columns (store.services.replan), and this single statement reads
what the agenda needs.

Django stores aware datetimes in SQLite as UTC text "YYYY-MM-DD HH:MM:SS[.ffffff]",
so instants are compared and passed in that form.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any, NamedTuple, Protocol
from zoneinfo import ZoneInfo

from followup.store.disk import connect_for_reading
from followup.store.location import BUSY_TIMEOUT_SECONDS, LOCAL_USERNAME

# One statement for every agenda (documented in docs/local-app.md, "The agenda
# query"): `followup agenda` runs it with sqlite3, the web agenda and the
# morning digest through Django's connection, so the selection and the
# sections are decided here once. Every row carries the header (the rules
# stamp of the stored plans, the schema stamp, the user's settings, how many
# applications are active, whether any interview is stored); then one listed
# action per row, or NULLs when none is listed.
# Listed: open actions whose window opens before %(horizon)s and that have not
# expired by %(now)s (snoozed ones left out when %(hide_snoozed)s), in sections
# decided here: 0 overdue (due before now), 1 today (due before %(tonight)s, the
# end of the user's day), 2 the rest; `opening` marks those of section 2 whose
# window opens today (from %(morning)s). Within a section, most urgent (earliest
# due) first; only the %(limit)s first of each (all when negative, and all of
# section %(show)s), with each section's total. The count of active
# applications stops at %(active_cap)s or the stored `nudge_below`, whichever is
# larger (negative: exact), so a page that only needs to know "fewer than the
# nudge's threshold" reads no more rows than that.
# Uses the indexes action_user_not_before and application_user_active.
AGENDA_SQL = """
WITH me AS (
    SELECT id, rules_stamp FROM followup_user WHERE username = %(username)s
),
active AS (
    -- Applications still waiting for an answer, as the write path keeps them
    -- (store/convert.py, recount_active): the latest round ended in "next
    -- round", or an open move_on action is still ahead. Two disjoint ranges of
    -- the index application_user_active, read only as far as the cap.
    SELECT id FROM followup_application
    WHERE user_id = (SELECT id FROM me) AND next_round = TRUE
    UNION ALL
    SELECT id FROM followup_application
    WHERE user_id = (SELECT id FROM me) AND next_round = FALSE AND moves_on > %(now)s
),
head AS (
    SELECT
        me.id AS user_id,
        me.rules_stamp AS rules_stamp,
        (SELECT user_version FROM pragma_user_version) AS schema_stamp,
        (SELECT json_group_object(s.name, json(s.value)) FROM followup_setting AS s
         WHERE s.user_id = me.id) AS settings,
        (SELECT count(*) FROM (
            SELECT 1 FROM active LIMIT CASE WHEN %(active_cap)s < 0 THEN -1 ELSE max(
                %(active_cap)s,
                coalesce((SELECT CAST(s.value AS INTEGER) FROM followup_setting AS s
                          WHERE s.user_id = (SELECT id FROM me) AND s.name = 'nudge_below'), 0)) END
        ) AS capped) AS active,
        EXISTS (SELECT 1 FROM followup_interview AS i WHERE i.user_id = me.id) AS has_interviews
    FROM me
),
listed AS (
    SELECT a.id, a.due, a.not_before, a.interview_id, a.position,
           CASE WHEN a.due < %(now)s THEN 0 WHEN a.due < %(tonight)s THEN 1 ELSE 2 END
               AS section
    FROM followup_action AS a
    WHERE a.user_id = (SELECT id FROM me)
      AND a.not_before < %(horizon)s
      AND (a.expires IS NULL OR a.expires > %(now)s)
      AND NOT (%(hide_snoozed)s AND EXISTS (
          SELECT 1 FROM web_snooze AS s
          WHERE s.user_id = a.user_id AND s.interview_id = a.interview_id
            AND s.action_id = a.action_id AND s.until > %(now)s))
),
ranked AS (
    -- Ranked on the actions' ids first, so only the listed rows carry their
    -- text; one window (one sort) gives both the rank and the section's total.
    SELECT id, section, due, not_before, interview_id, position,
           row_number() OVER w AS rank,
           count(*) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS total
    FROM listed
    WINDOW w AS (PARTITION BY section ORDER BY due, not_before, interview_id, position)
)
SELECT
    head.rules_stamp, head.settings, head.active, head.has_interviews, head.schema_stamp,
    a.interview_id, a.action_id, a.kind, a.to_name, a.channel,
    a.not_before, a.due, a.expires, a.why, a.sources,
    i.timezone, c.name AS company, ap.role,
    r.section, r.total,
    a.not_before >= %(morning)s AND a.not_before < %(tonight)s AS opening
FROM head
LEFT JOIN ranked AS r
    ON r.rank <= %(limit)s OR %(limit)s < 0 OR r.section = %(show)s
LEFT JOIN followup_action AS a ON a.id = r.id
LEFT JOIN followup_interview AS i ON i.id = a.interview_id
LEFT JOIN followup_application AS ap ON ap.id = a.application_id
LEFT JOIN followup_company AS c ON c.id = ap.company_id
ORDER BY r.section, r.due, r.not_before, r.interview_id, r.position
"""
PARAMETERS = (
    "username",
    "now",
    "tonight",
    "morning",
    "horizon",
    "limit",
    "show",
    "hide_snoozed",
    "active_cap",
)
# The same statement in the named style the sqlite3 module takes (Django's
# connection converts the pyformat style itself).
SQLITE_AGENDA_SQL = AGENDA_SQL % {name: f":{name}" for name in PARAMETERS}


def _postgres(sql: str) -> str:
    """The statement in PostgreSQL's dialect: the same selection, sections and order."""
    for sqlite, postgres in (
        # The schema stamp: the comment on django_migrations (store/server.py).
        (
            "(SELECT user_version FROM pragma_user_version)",
            "(SELECT CAST(obj_description(to_regclass('django_migrations'), 'pg_class')"
            " AS integer))",
        ),
        (
            "json_group_object(s.name, json(s.value))",
            "CAST(json_object_agg(s.name, s.value) AS text)",
        ),
        ("THEN -1 ELSE max(", "THEN NULL ELSE greatest("),
        ("CAST(s.value AS INTEGER)", "CAST(s.value #>> '{}' AS INTEGER)"),
    ):
        assert sqlite in sql, sqlite
        sql = sql.replace(sqlite, postgres)
    return sql


# Run through Django's connection on PostgreSQL, or with psycopg by `read`.
POSTGRES_AGENDA_SQL = _postgres(AGENDA_SQL)
SECTIONS = ("overdue", "today", "soon")


class StoreNotReady(Exception):
    """No database yet, or one this version cannot read without migrating."""


# NamedTuples rather than dataclasses: importing `dataclasses` and building
# each class would cost the agenda's start-up milliseconds.
class Row(NamedTuple):
    """One listed action. Instants stay as the database's UTC text (which sorts
    like time) until one is shown: converting thousands of them up front
    would cost the agenda more than its query."""

    interview: int
    company: str
    role: str
    action_id: str
    kind: str
    to: str | None
    channel: str
    not_before_utc: str
    due_utc: str
    expires_utc: str | None
    why: str
    sources: tuple[str, ...]
    timezone: str
    section: int  # index into SECTIONS, decided by the query
    total: int  # how many the section holds, listed or not
    opening: bool  # in "soon", and its window opens today

    @property
    def not_before(self) -> datetime:
        """In the interview's zone."""
        return local_instant(self.not_before_utc, self.timezone)

    @property
    def due(self) -> datetime:
        return local_instant(self.due_utc, self.timezone)


class Snapshot(NamedTuple):
    rules_stamp: str
    schema_stamp: int
    settings: dict[str, Any]
    active: int
    has_interviews: bool
    rows: tuple[Row, ...]
    zone: str  # the zone whose day the sections were cut by


class Cursor(Protocol):
    """What the query needs of a connection's cursor: sqlite3's or Django's."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def fetchall(self) -> list[Any]: ...


def db_instant(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ")


def _text(value: object) -> str:
    # Django's connection parses columns declared `datetime` (naive, UTC; aware
    # on PostgreSQL); sqlite3 without detect_types returns the stored text.
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(" ")
    return str(value)


def _on_postgres(cursor: Cursor) -> bool:
    """Django's cursor on a PostgreSQL connection, or a psycopg cursor."""
    db = getattr(cursor, "db", None)
    if db is not None:
        return bool(getattr(db, "vendor", "") == "postgresql")
    return type(cursor).__module__.startswith("psycopg")


def local_instant(text: str, zone: str) -> datetime:
    """A stored UTC instant, in `zone`."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC).astimezone(ZoneInfo(zone))


def day_bounds(now: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The start and end of the local day in `zone` that holds `now`."""
    local = now.astimezone(zone)
    morning = datetime.combine(local.date(), time(0), tzinfo=zone)
    return morning, datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=zone)


def _settings(text: str | None) -> dict[str, Any]:
    if not text or text == "{}":
        return {}
    import json  # only when something is set: one import less on a fresh store

    settings: dict[str, Any] = json.loads(text)
    return settings


def fetch(
    cursor: Cursor,
    now: datetime,
    horizon: datetime,
    zone: ZoneInfo,
    *,
    username: str = LOCAL_USERNAME,
    limit: int = -1,
    show: int = -1,
    hide_snoozed: bool = False,
    active_cap: int = -1,
    named: bool = True,
) -> Snapshot:
    """Run the agenda query on `cursor` (sqlite3's when `named`, else Django's);
    the sections are cut by the day of `zone`. Raises StoreNotReady when no
    such user is stored."""
    morning, tonight = day_bounds(now, zone)
    parameters = {
        "username": username,
        "now": db_instant(now),
        "tonight": db_instant(tonight),
        "morning": db_instant(morning),
        "horizon": db_instant(horizon),
        "limit": limit,
        "show": show,
        "hide_snoozed": int(hide_snoozed),
        "active_cap": active_cap,
    }
    if named:
        statement = SQLITE_AGENDA_SQL
    elif _on_postgres(cursor):
        statement = POSTGRES_AGENDA_SQL
        parameters["hide_snoozed"] = bool(hide_snoozed)
    else:
        statement = AGENDA_SQL
    cursor.execute(statement, parameters)
    rows = cursor.fetchall()
    if not rows:
        raise StoreNotReady("no local user yet")
    first = rows[0]
    listed = []
    for r in rows:
        if r[5] is None:
            continue
        listed.append(
            Row(
                interview=r[5],
                action_id=r[6],
                kind=r[7],
                to=r[8],
                channel=r[9],
                not_before_utc=_text(r[10]),
                due_utc=_text(r[11]),
                expires_utc=None if r[12] is None else _text(r[12]),
                why=r[13],
                sources=tuple(r[14].split()),
                timezone=r[15],
                company=r[16],
                role=r[17],
                section=r[18],
                total=r[19],
                opening=bool(r[20]),
            )
        )
    return Snapshot(
        rules_stamp=first[0] or "",
        schema_stamp=int(first[4] or 0),
        settings=_settings(first[1]),
        active=int(first[2] or 0),
        has_interviews=bool(first[3]),
        rows=tuple(listed),
        zone=zone.key,
    )


def read(path: Path, now: datetime, horizon: datetime, zone: ZoneInfo | None = None) -> Snapshot:
    """The agenda query on the database file with sqlite3 (no Django), every
    listed action; raises StoreNotReady when the store must be set up first.

    With DATABASE_URL set, the same query on that PostgreSQL database with
    psycopg (still no Django)."""
    from followup.store.location import database_url

    url = database_url()
    if url is not None:
        return _read_server(url, now, horizon, zone or ZoneInfo("UTC"))
    if not path.exists():
        raise StoreNotReady("no database yet")
    try:
        # Read-only when the disk is full: the agenda still shows (store/disk.py).
        connection = connect_for_reading(path, BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as exc:
        raise StoreNotReady(str(exc)) from None
    try:
        return fetch(connection.cursor(), now, horizon, zone or ZoneInfo("UTC"))
    except sqlite3.OperationalError as exc:  # no such table/column: not migrated yet
        raise StoreNotReady(str(exc)) from None
    finally:
        connection.close()


def _read_server(url: str, now: datetime, horizon: datetime, zone: ZoneInfo) -> Snapshot:
    import psycopg

    from followup.store.server import connect

    try:
        connection = connect(url)
    except psycopg.Error as exc:
        raise StoreNotReady(str(exc)) from None
    try:
        with connection.cursor() as cursor:
            return fetch(cursor, now, horizon, zone, named=False)
    except (psycopg.errors.UndefinedTable, psycopg.errors.UndefinedColumn) as exc:  # not migrated
        raise StoreNotReady(str(exc)) from None
    finally:
        connection.close()
