"""The server mode's sessions: Django's database sessions, read in one written-out statement.

Kept in the database rather than in a signed cookie: logging out (or a
password change, or the account's deactivation) ends a session at once, where
a copied signed cookie would stay valid until it expires. What every page paid
for that was the ORM building the same `SELECT` afresh: about 0.6 ms of CPU a
page, more than the statement (bench/README.md). Writes (log-in, log-out,
cycling the key) are Django's own.
"""

from __future__ import annotations

from typing import Any

from django.contrib.sessions.backends.db import SessionStore as DatabaseStore


class _Row:
    __slots__ = ("session_data",)

    def __init__(self, session_data: str) -> None:
        self.session_data = session_data


class SessionStore(DatabaseStore):
    def _get_session_from_db(self) -> Any:
        from django.db import connections, router
        from django.utils import timezone

        model = self.model
        connection = connections[router.db_for_read(model)]
        sql = (
            f"SELECT session_data FROM {model._meta.db_table} "
            "WHERE session_key = %s AND expire_date > %s"
        )
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.session_key, now])
            row = cursor.fetchone()
        if row is None:
            # As Django's: no such session (or expired), so a new key when saved.
            self._session_key = None
            return None
        return _Row(row[0])
