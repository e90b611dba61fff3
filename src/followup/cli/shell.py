"""What every store command is handed: the store, opened on first use, and the clock.

Commands take a `Shell` with `@with_store` or `@pass_shell` (Click's
context object, as todoman's `pass_ctx`): `shell.user` boots the store the first time it is
asked for, so a command that fails on its arguments leaves no store behind,
and `shell.now()` is the one place the command line reads the time.
Django and the rules are imported inside the methods: `followup --help`
imports none of them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

import click

from followup.cli.options import F, InterviewId
from followup.errors import InputError

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from followup.store.models import User


class Shell:
    """The store's user and the clock, for one run of one command."""

    def __init__(self) -> None:
        self._user: User | None = None

    @property
    def user(self) -> User:
        if self._user is None:
            # Imported here: booting the store loads Django (start-up time).
            from followup.store.boot import setup

            self._user = setup()
        return self._user

    def now(self) -> datetime:
        """The clock, to the second."""
        return now()

    def zone(self) -> ZoneInfo:
        """Your own time zone (setting `timezone`)."""
        from followup.store.services import settings_of

        return user_zone(settings_of(self.user))

    def moment(self, zone: ZoneInfo, value: str | None, field: str = "--now") -> datetime:
        """`value` (ISO 8601; local to `zone` without an offset), else the clock."""
        from followup.interview_file import parse_moment

        if value is None:
            return self.now().astimezone(zone)
        return parse_moment(value, zone, field)

    def next_line(self, interview_id: int) -> str | None:
        """What comes next for one interview, from its stored actions."""
        from followup.cli.agenda import action_label
        from followup.store.services import next_action

        action = next_action(self.user, interview_id, self.now())
        if action is None:
            return None
        from zoneinfo import ZoneInfo

        from followup.places import clock

        zone = self.zone()
        # With the year when it is not this one, as `show` writes it; in your zone,
        # and the interview's own clock beside it when it keeps another (issue 16).
        year = self.now().astimezone(zone).year
        there = ZoneInfo(action.interview.timezone)
        what = action_label(action.kind, action.to_name)
        due = clock(action.due, zone, there, year=year)
        # Already late (an interview added the day after) or already open: say so,
        # rather than "from" a moment gone by (issue 16, the first hour).
        if action.due <= self.now():
            return f"Next: {what}, overdue: it was due {due}."
        if action.not_before <= self.now():
            return f"Next: {what}, due {due}."
        not_before = action.not_before.astimezone(zone)
        start = f"{not_before:%a %d %b}" if not_before.year == year else f"{not_before:%a %d %b %Y}"
        return f"Next: {what}, from {start} {not_before:%H:%M}, due {due}."

    def say_next(self, interview_id: int) -> None:
        line = self.next_line(interview_id)
        if line:
            click.echo(line)


pass_shell = click.make_pass_decorator(Shell, ensure=True)


def now() -> datetime:
    """The command line's one reading of the clock, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


def with_store(func: F) -> F:
    """`pass_shell`, with the store opened before the command runs.

    For commands that import the models or the use cases at their top:
    Django must be set up before a model module is imported. A command that
    must not create a store before reading its input (`add FILE`) takes
    `pass_shell` and asks for `shell.user` when it is ready.
    """

    @functools.wraps(func)
    def opened(shell: Shell, /, *args: Any, **kwargs: Any) -> Any:
        shell.user  # noqa: B018 (opening the store is the point)
        return func(shell, *args, **kwargs)

    return cast(F, pass_shell(opened))


def user_zone(settings: dict[str, Any]) -> ZoneInfo:
    from zoneinfo import ZoneInfo

    from followup.config import value_of

    return ZoneInfo(value_of("timezone", settings))


@contextmanager
def flags(names: Mapping[str, str]) -> Iterator[None]:
    """Name the use cases' fields ("to", "at") by the options that gave them ("--to")."""
    try:
        yield
    except InputError as exc:
        if exc.field in names:
            words = exc.message.removeprefix(f"{exc.field}: ")
            raise InputError(names[exc.field], words) from None
        raise


def interview_id_argument(func: Any) -> Any:
    return click.argument("interview_id", metavar="ID", type=InterviewId())(func)


def at_option(func: Any) -> Any:
    return click.option(
        "--at",
        metavar="ISO",
        help="When it happened (ISO 8601; without an offset, the interview's local time; "
        "default: now).",
    )(func)


def emit(data: Any) -> None:
    from followup.porcelain import dumps

    click.echo(dumps(data))
