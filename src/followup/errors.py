"""Errors a user can cause, each with its exit code and one sentence for humans.

The command line prints `followup: <message>` and exits with `exit_code`;
nothing here ever reaches the user as a traceback.
"""

from __future__ import annotations


class FollowupError(Exception):
    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(FollowupError):
    """Bad input, named by the field it is about (e.g. `interviewers[1].email`)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field


class ServerUnavailable(FollowupError):
    """The database server of DATABASE_URL does not answer (EX_UNAVAILABLE)."""

    exit_code = 69
