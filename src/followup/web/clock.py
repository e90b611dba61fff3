"""The web shell's clock: the one place the views read the time (tests freeze it)."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
