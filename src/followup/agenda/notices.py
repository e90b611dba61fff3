"""The notices waiting for the candidate, for `followup agenda`, read with `sqlite3`.

What the worker must tell (an invitation to add, a moved or cancelled one to
confirm, a reply, a bounce, a message to confirm) is a notice
(`delivery.models.Notice`) until it is dismissed (`followup outbox dismiss`,
or the web), or, for an invitation's proposal, answered (`followup confirm`,
`followup decline`, or the web agenda's buttons). The web agenda lists them
above the actions; the command line's agenda does the same, with one more
small statement on the same database, so a proposal is never seen on one
side only. Like the agenda's query, no Django.
"""

from __future__ import annotations

import os
import sqlite3

from followup.store.disk import connect_for_reading
from followup.store.location import BUSY_TIMEOUT_SECONDS, LOCAL_USERNAME, database_url
from followup.tuples import NamedTuple

TYPE_CHECKING = False  # not typing's: the agenda imports no `typing` (followup/tuples.py)
if TYPE_CHECKING:
    from typing import Any

# The newest first are shown; the rest are counted (`followup outbox` lists all).
SHOWN = 5
NOTICES_SQL = """
SELECT n.id, n.text, n.proposal, count(*) OVER () AS total
FROM delivery_notice AS n
WHERE n.user_id = (SELECT id FROM followup_user WHERE username = :username)
  AND n.seen = :unseen
ORDER BY n.created DESC, n.id DESC
LIMIT :shown
"""


class Notice(NamedTuple):
    id: int
    text: str
    # "new", "move" or "cancel" for an invitation's proposal, answered with
    # `followup confirm` / `followup decline`; "" for a notice to read.
    proposal: str = ""


class Waiting(NamedTuple):
    notices: tuple[Notice, ...]  # the newest `SHOWN`, oldest first
    total: int


NONE = Waiting((), 0)


def waiting(
    path: str | os.PathLike[str], username: str = LOCAL_USERNAME, shown: int = SHOWN
) -> Waiting:
    """The notices not yet dismissed; none when the store has no outbox table yet."""
    url = database_url()
    if url is not None:
        return _waiting_on_server(url, username, shown)
    if not os.path.exists(path):
        return NONE
    try:
        connection = connect_for_reading(path, BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error:
        return NONE
    try:
        return waiting_on(connection, username, shown)
    finally:
        connection.close()


def waiting_on(
    connection: sqlite3.Connection, username: str = LOCAL_USERNAME, shown: int = SHOWN
) -> Waiting:
    """`waiting` on a connection already open to the database file: the agenda
    reads its notices where it ran its query (a second connection would read
    and parse the whole schema again)."""
    try:
        parameters = {"username": username, "shown": shown, "unseen": 0}
        rows = connection.execute(NOTICES_SQL, parameters).fetchall()
    except sqlite3.OperationalError:  # not migrated yet: the agenda boots the store anyway
        return NONE
    return _from_rows(rows)


def _waiting_on_server(url: str, username: str, shown: int) -> Waiting:
    """The same statement on PostgreSQL (DATABASE_URL), through a plain psycopg connection."""
    import psycopg

    from followup.store.server import connect

    sql = NOTICES_SQL.replace(":username", "%(username)s").replace(":shown", "%(shown)s")
    sql = sql.replace(":unseen", "%(unseen)s")
    try:
        with connect(url) as connection:
            rows = connection.execute(
                sql, {"username": username, "shown": shown, "unseen": False}
            ).fetchall()
    except (psycopg.errors.UndefinedTable, psycopg.errors.UndefinedColumn):
        return NONE  # not migrated yet: the agenda boots the store anyway
    return _from_rows(rows)


def _from_rows(rows: list[Any]) -> Waiting:
    if not rows:
        return NONE
    return Waiting(tuple(Notice(r[0], r[1], r[2] or "") for r in reversed(rows)), int(rows[0][3]))
