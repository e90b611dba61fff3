"""The agenda's one SQL query, run with the standard `sqlite3` module.

Booting Django costs about 250 ms, so the daily read does without it: the
open actions of every interview are already stored, with their instants in
indexed columns (store.services.replan), and this single statement reads
what the agenda needs.

Django stores aware datetimes in SQLite as UTC text "YYYY-MM-DD HH:MM:SS[.ffffff]",
so instants are compared and passed in that form.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from followup.agenda.notices import waiting_on
from followup.store.disk import connect_for_reading
from followup.store.location import BUSY_TIMEOUT_SECONDS, LOCAL_USERNAME
from followup.tuples import NamedTuple

# Not `typing.TYPE_CHECKING`: `followup agenda` imports no `typing` (followup/tuples.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Protocol

    from followup.agenda.notices import Waiting

    class Cursor(Protocol):
        """What the query needs of a connection's cursor: sqlite3's or Django's."""

        def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

        def fetchall(self) -> list[Any]: ...


# One statement for every agenda (documented in docs/local-app.md, "The agenda
# query"): `followup agenda` runs it with sqlite3, the web agenda and the
# morning digest through Django's connection, so the selection and the
# sections are decided here once. Every row carries the header (the rules
# stamp of the stored plans, the schema stamp, the user's settings, how many
# applications are active, whether any interview is stored, and the total of
# each section the page cuts); then one listed action per row, or NULLs when
# none is listed.
# Listed: open actions whose window opens before %(horizon)s and that have not
# expired by %(now)s (snoozed ones left out when %(hide_snoozed)s), in sections
# decided here: 0 overdue (due before now), 1 today (due before %(tonight)s, the
# end of the user's day), 2 the rest; `opening` marks those of section 2 whose
# window opens today (from %(morning)s). Within a section, most urgent (earliest
# due) first. Each section is read on its own in due order over the index
# action_user_due, and a cut section stops after %(limit)s rows (SQLite and
# PostgreSQL both stop an ordered index scan at its LIMIT), so what the page
# reads is bounded by what it shows, not by the store. A cut section's total is
# counted over the same range and stopped at %(count_cap)s rows (a LIMITed
# subquery): the page says "more than" past it. A section read whole (every
# agenda but the web page's, and the section the page was asked to show in
# full) has no LIMIT clause (PostgreSQL takes no `LIMIT -1`) and its total is
# the number of its rows, counted in Python. The count of active applications
# stops at %(active_cap)s or the stored `nudge_below`, whichever is larger
# (negative: exact), so a page that only needs to know "fewer than the
# nudge's threshold" reads no more rows than that.
# Uses the indexes action_user_due (action_user_not_before for a whole rest of
# the week) and application_user_active.
_HEAD = """
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
        EXISTS (SELECT 1 FROM followup_interview AS i WHERE i.user_id = me.id) AS has_interviews,
        {totals}
    FROM me
),
listed AS (
{sections}
)
SELECT
    head.rules_stamp, head.settings, head.active, head.has_interviews, head.schema_stamp,
    a.interview_id, a.action_id, a.kind, a.to_name, a.channel,
    a.not_before, a.due, a.expires, a.why, a.sources,
    i.timezone, c.name AS company, ap.role,
    r.section, head.total0, head.total1, head.total2,
    a.not_before >= %(morning)s AND a.not_before < %(tonight)s AS opening
FROM head
LEFT JOIN listed AS r ON TRUE
LEFT JOIN followup_action AS a ON a.id = r.id
LEFT JOIN followup_interview AS i ON i.id = a.interview_id
LEFT JOIN followup_application AS ap ON ap.id = a.application_id
LEFT JOIN followup_company AS c ON c.id = ap.company_id
ORDER BY r.section, r.due, r.not_before, r.interview_id, r.position
"""
# What puts an open action in each section, besides being the user's, live and
# not snoozed (every section's actions also open before the horizon).
_RANGES = (
    "a.due < %(now)s",
    "a.due >= %(now)s AND a.due < %(tonight)s",
    "a.due >= %(tonight)s",
)
_LIVE = """a.user_id = (SELECT id FROM me) AND {range}
          AND a.not_before < %(horizon)s
          AND (a.expires IS NULL OR a.expires > %(now)s)
          AND NOT (%(hide_snoozed)s AND EXISTS (
              SELECT 1 FROM web_snooze AS s
              WHERE s.user_id = a.user_id AND s.interview_id = a.interview_id
                AND s.action_id = a.action_id AND s.until > %(now)s))"""
_SECTION = """    SELECT * FROM (
        SELECT a.id, {number} AS section, a.due, a.not_before, a.interview_id, a.position
        FROM followup_action AS a
        WHERE {live}{limit}
    ) AS s{number}"""
# Counted in due order too: ordered, PostgreSQL's planner takes action_user_due
# and stops at the cap (unordered, it took action_user_not_before for the
# rest of the week, reading every action opened before the horizon).
_TOTAL = """(SELECT count(*) FROM (
            SELECT 1 FROM followup_action AS a
            WHERE {live}
            ORDER BY a.due
            LIMIT %(count_cap)s) AS c{number}) AS total{number}"""
PARAMETERS = (
    "username",
    "now",
    "tonight",
    "morning",
    "horizon",
    "limit",
    "hide_snoozed",
    "active_cap",
    "count_cap",
)
# A cut section's total is counted up to this many rows (or its limit, if
# larger), and one more, so the page can say "more than 100".
COUNT_CAP = 100


def _statement(cut: tuple[bool, bool, bool]) -> str:
    """The agenda statement (pyformat style) with the sections marked in `cut`
    stopped at %(limit)s rows and counted up to %(count_cap)s; the others read
    whole, their totals NULL (counted by `fetch`)."""
    sections, totals = [], []
    for number, (where, limited) in enumerate(zip(_RANGES, cut, strict=True)):
        if not limited and number == 2:
            # Read whole, the rest of the week is found over action_user_not_before
            # (the actions whose window opens before the horizon): over
            # action_user_due it would walk every later action of the store.
            # SQLite's unary + keeps a column out of index choice (dropped for
            # PostgreSQL, whose planner weighs the two ranges by its statistics).
            where = where.replace("a.due", "+a.due")
        live = _LIVE.format(range=where)
        # Read in due order only where the LIMIT stops the scan; a section read
        # whole is sorted by the outer ORDER BY.
        order = "\n        ORDER BY a.due, a.not_before, a.interview_id, a.position"
        limit = order + "\n        LIMIT %(limit)s" if limited else ""
        sections.append(_SECTION.format(number=number, live=live, limit=limit))
        totals.append(
            _TOTAL.format(number=number, live=live)
            if limited
            else f"CAST(NULL AS INTEGER) AS total{number}"
        )
    return _HEAD.format(
        sections="\n    UNION ALL\n".join(sections), totals=",\n        ".join(totals)
    )


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
        # Computed once: inlined (PostgreSQL inlines a CTE used once), its
        # settings and has_interviews subqueries ran again for every listed row.
        ("head AS (", "head AS MATERIALIZED ("),
    ):
        assert sqlite in sql, sqlite
        sql = sql.replace(sqlite, postgres)
    return sql.replace("+a.due", "a.due")  # no unary + on timestamps


# The statements by the sections cut, and by dialect: "pyformat" (Django's
# connection on SQLite, which converts the style itself), "named" (the sqlite3
# module), "postgres" (Django's connection or psycopg on PostgreSQL).
_STATEMENTS: dict[tuple[tuple[bool, bool, bool], str], str] = {}


def statement(cut: tuple[bool, bool, bool], dialect: str) -> str:
    key = (cut, dialect)
    found = _STATEMENTS.get(key)
    if found is None:
        sql = _statement(cut)
        if dialect == "named":
            sql = sql % {name: f":{name}" for name in PARAMETERS}
        elif dialect == "postgres":
            sql = _postgres(sql)
        found = _STATEMENTS[key] = sql
    return found


# Every action listed, as `followup agenda` reads it (and bench/agenda's floor).
AGENDA_SQL = statement((False, False, False), "pyformat")
SQLITE_AGENDA_SQL = statement((False, False, False), "named")
POSTGRES_AGENDA_SQL = statement((False, False, False), "postgres")
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
    total: int  # how many the section holds, listed or not (see Snapshot.exact)
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
    # How many each section holds; where `exact` is False, the section holds
    # more than that (its count stopped at the cap: COUNT_CAP, or the limit).
    totals: tuple[int, int, int] = (0, 0, 0)
    exact: tuple[bool, bool, bool] = (True, True, True)
    # The notices waiting, when `read` was asked for them (None: not read).
    notices: Waiting | None = None


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
    cut = tuple(limit >= 0 and number != show for number in range(len(SECTIONS)))
    cap = max(limit, COUNT_CAP)
    parameters = {
        "username": username,
        "now": db_instant(now),
        "tonight": db_instant(tonight),
        "morning": db_instant(morning),
        "horizon": db_instant(horizon),
        "hide_snoozed": int(hide_snoozed),
        "active_cap": active_cap,
    }
    if any(cut):
        parameters["limit"] = limit
        parameters["count_cap"] = cap + 1
    if named:
        dialect = "named"
    elif _on_postgres(cursor):
        dialect = "postgres"
        parameters["hide_snoozed"] = bool(hide_snoozed)
    else:
        dialect = "pyformat"
    cursor.execute(statement(cut, dialect), parameters)  # type: ignore[arg-type]
    rows = cursor.fetchall()
    if not rows:
        raise StoreNotReady("no local user yet")
    first = rows[0]
    counted = [0, 0, 0]
    for r in rows:
        if r[5] is not None:
            counted[r[18]] += 1
    totals = tuple(
        min(int(first[19 + n]), cap) if cut[n] else counted[n] for n in range(len(SECTIONS))
    )
    exact = tuple(not cut[n] or int(first[19 + n]) <= cap for n in range(len(SECTIONS)))
    # sqlite3 returns the stored instants as text already: `str` leaves them be.
    text = str if named else _text
    # In Row's field order (thousands of rows at 20,000 interviews: no keywords).
    listed = [
        Row(
            r[5],  # interview
            r[16],  # company
            r[17],  # role
            r[6],  # action_id
            r[7],  # kind
            r[8],  # to
            r[9],  # channel
            text(r[10]),  # not_before_utc
            text(r[11]),  # due_utc
            None if r[12] is None else text(r[12]),  # expires_utc
            r[13],  # why
            tuple(r[14].split()),  # sources
            r[15],  # timezone
            r[18],  # section
            totals[r[18]],  # total
            bool(r[22]),  # opening
        )
        for r in rows
        if r[5] is not None
    ]
    return Snapshot(
        rules_stamp=first[0] or "",
        schema_stamp=int(first[4] or 0),
        settings=_settings(first[1]),
        active=int(first[2] or 0),
        has_interviews=bool(first[3]),
        rows=tuple(listed),
        zone=zone.key,
        totals=totals,  # type: ignore[arg-type]
        exact=exact,  # type: ignore[arg-type]
    )


def read(
    path: str | os.PathLike[str],
    now: datetime,
    horizon: datetime,
    zone: ZoneInfo | None = None,
    *,
    notices: bool = False,
) -> Snapshot:
    """The agenda query on the database file with sqlite3 (no Django), every
    listed action; raises StoreNotReady when the store must be set up first.
    With `notices`, the notices waiting are read on the same connection
    (`Snapshot.notices`).

    With DATABASE_URL set, the same query on that PostgreSQL database with
    psycopg (still no Django); its notices are left to `notices.waiting`."""
    from followup.store.location import database_url

    url = database_url()
    if url is not None:
        return _read_server(url, now, horizon, zone or ZoneInfo("UTC"))
    if not os.path.exists(path):
        raise StoreNotReady("no database yet")
    try:
        # Read-only when the disk is full: the agenda still shows (store/disk.py).
        connection = connect_for_reading(path, BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as exc:
        raise StoreNotReady(str(exc)) from None
    try:
        snapshot = fetch(connection.cursor(), now, horizon, zone or ZoneInfo("UTC"))
        if notices:
            snapshot = snapshot._replace(notices=waiting_on(connection))
        return snapshot
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
