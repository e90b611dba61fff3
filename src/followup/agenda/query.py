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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from followup.store.disk import connect_for_reading
from followup.store.location import BUSY_TIMEOUT_SECONDS, LOCAL_USERNAME

# One statement, documented in docs/local-app.md ("The agenda query").
# Every row carries the header (the rules stamp of the stored plans, the
# schema stamp, the user's settings, how many applications are active, whether
# any interview is stored); then one listed action per row, or NULLs when none is listed.
# Listed: open actions whose window opens before :horizon and that have not
# expired by :now, most urgent (earliest due) first. Uses the indexes
# action_user_not_before and action_user_kind_app.
AGENDA_SQL = """
WITH me AS (
    SELECT id, rules_stamp FROM followup_user WHERE username = :username
),
active AS (
    -- Applications still waiting for an answer: an interview whose move-on
    -- moment has not come (its move_on action is open and ahead; the index
    -- action_user_kind_app covers this) ...
    SELECT application_id FROM followup_action
    WHERE user_id = (SELECT id FROM me) AND kind = 'move_on' AND not_before > :now
    UNION
    -- ... or whose latest round ended in "next round" (few rows: outcomes first).
    SELECT i.application_id
    FROM followup_outcome AS o
    CROSS JOIN followup_interview AS i ON i.id = o.interview_id
    WHERE o.user_id = (SELECT id FROM me) AND o.kind = 'next_round'
      AND i.start = (SELECT max(j.start) FROM followup_interview AS j
                     WHERE j.application_id = i.application_id)
),
head AS (
    SELECT
        me.id AS user_id,
        me.rules_stamp AS rules_stamp,
        (SELECT user_version FROM pragma_user_version) AS schema_stamp,
        (SELECT json_group_object(s.name, json(s.value)) FROM followup_setting AS s
         WHERE s.user_id = me.id) AS settings,
        (SELECT count(*) FROM active) AS active,
        EXISTS (SELECT 1 FROM followup_interview AS i WHERE i.user_id = me.id) AS has_interviews
    FROM me
)
SELECT
    head.rules_stamp, head.settings, head.active, head.has_interviews, head.schema_stamp,
    a.interview_id, a.action_id, a.kind, a.to_name, a.channel,
    a.not_before, a.due, a.expires, a.why, a.sources,
    i.timezone, c.name AS company, ap.role
FROM head
LEFT JOIN followup_action AS a
    ON a.user_id = head.user_id
    AND a.not_before < :horizon
    AND (a.expires IS NULL OR a.expires > :now)
LEFT JOIN followup_interview AS i ON i.id = a.interview_id
LEFT JOIN followup_application AS ap ON ap.id = a.application_id
LEFT JOIN followup_company AS c ON c.id = ap.company_id
ORDER BY a.due, a.not_before, a.interview_id, a.position
"""


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


def db_instant(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ")


def local_instant(text: str, zone: str) -> datetime:
    """A stored UTC instant, in `zone`."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC).astimezone(ZoneInfo(zone))


def _settings(text: str | None) -> dict[str, Any]:
    if not text or text == "{}":
        return {}
    import json  # only when something is set: one import less on a fresh store

    settings: dict[str, Any] = json.loads(text)
    return settings


def read(path: Path, now: datetime, horizon: datetime) -> Snapshot:
    """Run the agenda query; raises StoreNotReady when the store must be set up first."""
    if not path.exists():
        raise StoreNotReady("no database yet")
    try:
        # Read-only when the disk is full: the agenda still shows (store/disk.py).
        connection = connect_for_reading(path, BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as exc:
        raise StoreNotReady(str(exc)) from None
    try:
        rows = connection.execute(
            AGENDA_SQL,
            {"username": LOCAL_USERNAME, "now": db_instant(now), "horizon": db_instant(horizon)},
        ).fetchall()
    except sqlite3.OperationalError as exc:  # no such table/column: not migrated yet
        raise StoreNotReady(str(exc)) from None
    finally:
        connection.close()
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
                not_before_utc=r[10],
                due_utc=r[11],
                expires_utc=r[12],
                why=r[13],
                sources=tuple(r[14].split()),
                timezone=r[15],
                company=r[16],
                role=r[17],
            )
        )
    return Snapshot(
        rules_stamp=first[0] or "",
        schema_stamp=int(first[4] or 0),
        settings=_settings(first[1]),
        active=int(first[2] or 0),
        has_interviews=bool(first[3]),
        rows=tuple(listed),
    )
