"""A time budget for drafting and linting, given by the shell.

The core never reads the clock: a shell that must answer in time (the web's
drafts page) passes `out_of_time`, a callable that says whether its budget
is spent; the core asks it between drafts and between the checks of a note,
and says what it left undone. `never` is the budget of a shell that waits.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["LATE_DRAFT", "OutOfTime", "never"]

OutOfTime = Callable[[], bool]

# The body of a draft its budget did not leave time to write.
LATE_DRAFT = (
    "This draft could not be prepared in time. Open the drafts again, or run "
    "`followup draft`, to have it written."
)


def never() -> bool:
    """A budget that is never spent."""
    return False
