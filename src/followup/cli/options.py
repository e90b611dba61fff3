"""Option decorators shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def json_option(func: F) -> F:
    return click.option(
        "--json", "as_json", is_flag=True, help="Print stable, documented JSON instead."
    )(func)


def now_option(func: F) -> F:
    return click.option(
        "--now",
        metavar="ISO",
        help="Pretend it is this moment (ISO 8601; without an offset, the interview's local time).",
    )(func)


# Click 8.5 made ParamType generic; older releases (which we also accept) are not.
if TYPE_CHECKING:
    _IntParam = click.ParamType[int, Any]
else:
    _IntParam = click.ParamType


class InterviewId(_IntParam):
    """An interview's number, with a sentence a person understands when it is not one."""

    name = "ID"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            text = str(value).strip().lstrip("#")
            # ASCII digits only: int() also reads '１２' and '١٢', which no one means here.
            if not (text.isascii() and text.isdigit()) or len(text) > 18:
                shown = value if len(str(value)) <= 40 else f"{str(value)[:40]}..."
                self.fail(
                    f"{shown!r} is not an interview number; followup list shows them", param, ctx
                )
            number = int(text)
        if number < 1:
            self.fail(f"{value!r} is not an interview number; they start at 1", param, ctx)
        return number
