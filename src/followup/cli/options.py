"""Option decorators shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

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
