"""The open actions the store keeps for an interview, as rows; for an import, planned ahead
in a second process.

Django-free (the rules core and plain values only), so that the second
process an import starts (`Ahead`) imports no Django and never sees the
store's connection: it is given interviews and their IDs, and gives back
the rows of `followup_action` to insert. Every write happens in the
importing process, inside its one transaction, so an import stays all or
nothing whatever the helper does.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from followup.etiquette.model import OPEN_STATUSES, Action, Interview
from followup.etiquette.planner import plan
from followup.etiquette.policy import Policy

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult, Pool

# An interview to plan: (its ID, its application's ID, the interview).
Job = tuple[int, int, Interview]

INSERT_ACTION = (
    "INSERT INTO followup_action (action_id, kind, to_name, channel, not_before, due, "
    "expires, why, sources, position, user_id, application_id, interview_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def db_instant(value: datetime) -> str:
    """An aware instant as Django stores it in SQLite: naive UTC text."""
    # str() of the naive instant, without making it: its ISO text less "+00:00".
    return value.astimezone(UTC).isoformat(" ")[:-6]


def plan_as_of(interview: Interview) -> datetime:
    # Just before the start, so every action exists, including the `prepare`
    # reminder (stored with its expiry: the agenda stops listing it at the
    # start). Statuses are worked out at read time from the instants.
    return interview.start - timedelta(seconds=1)


def open_actions(interview: Interview, policy: Policy) -> list[tuple[int, Action]]:
    """The actions the store keeps for one interview, with their position in the plan."""
    result = plan(interview, plan_as_of(interview), policy)
    return [
        (position, action)
        for position, action in enumerate(result.actions)
        if action.status in OPEN_STATUSES
    ]


def action_row(
    user_id: int, application: int, interview: int, position: int, action: Action
) -> tuple[Any, ...]:
    """One open action as the values of `INSERT_ACTION`."""
    return (
        action.id,
        action.kind.value,
        action.to,
        action.channel.value,
        db_instant(action.not_before),
        db_instant(action.due),
        db_instant(action.expires) if action.expires else None,
        action.why,
        " ".join(s.id for s in action.sources),
        position,
        user_id,
        application,
        interview,
    )


def planned_rows(user_id: int, policy: Policy, jobs: Sequence[Job]) -> list[tuple[Any, ...]]:
    """The rows of every open action of these interviews, in order."""
    return [
        action_row(user_id, application, pk, position, action)
        for pk, application, interview in jobs
        for position, action in open_actions(interview, policy)
    ]


class Ahead:
    """Batches planned in a second process while the importer reads and writes the next.

    An import spends about as long reading, checking and writing its rows
    as the rules core spends planning them, so on two cores the two halves
    overlap. `submit` hands over a batch whose rows are written and returns
    the action rows of the batches that must be stored now, oldest first;
    `rest` returns the others at the end. At most `depth` batches are being
    planned at once, so memory stays bounded by the batch. The first batch
    is planned here: an import of one batch (most of them) starts no process.
    The helper (see `HELPER`) ignores Ctrl-C, which this process handles by
    stopping it (`close`); an error in it is raised here, inside the
    import's transaction, which it rolls back.
    """

    def __init__(self, user_id: int, policy: Policy, depth: int = 2) -> None:
        self.user_id = user_id
        self.policy = policy
        self.depth = depth
        self.batches = 0
        self.pool: Pool | None = None
        self.pending: deque[tuple[AsyncResult[list[tuple[Any, ...]]], list[int]]] = deque()

    def submit(self, jobs: Sequence[Job]) -> list[tuple[list[tuple[Any, ...]], list[int]]]:
        """Plan `jobs`; the (rows, application IDs) of the batches to store now."""
        applications = [application for _, application, _ in jobs]
        self.batches += 1
        if self.batches == 1 or HELPER is None:
            return [(planned_rows(self.user_id, self.policy, jobs), applications)]
        if self.pool is None:
            self.pool = HELPER.Pool(
                1, initializer=_start_helper, initargs=(self.user_id, self.policy)
            )
        self.pending.append((self.pool.apply_async(_plan_in_helper, (list(jobs),)), applications))
        done = []
        while len(self.pending) > self.depth:
            result, planned = self.pending.popleft()
            done.append((result.get(), planned))
        return done

    def rest(self) -> Iterator[tuple[list[tuple[Any, ...]], list[int]]]:
        """The batches still being planned, in order, as each is ready."""
        while self.pending:
            result, applications = self.pending.popleft()
            yield result.get(), applications

    def close(self) -> None:
        """Stop the helper, whatever it was doing (called on success and failure alike)."""
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None
        self.pending.clear()

    def __enter__(self) -> Ahead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# How the helper is started: a fork, on Linux only. It needs no start-up (the
# rules are loaded here already) and, unlike `spawn`, does not run the main
# script again in the helper. The connection it inherits is never touched
# there: it only plans, and it leaves with `os._exit`, closing nothing (and
# POSIX locks are not inherited, so it holds none of the store's). Elsewhere
# (macOS, where a fork may not use system libraries; Windows, which has
# none) every batch is planned in this process.
HELPER = multiprocessing.get_context("fork") if sys.platform == "linux" else None

# The helper process's user and policy, given once when it starts.
_HELPER: dict[str, Any] = {}


def _start_helper(user_id: int, policy: Policy) -> None:
    # Ctrl-C reaches the whole process group: the importer handles it (and
    # stops this process), so no second traceback is printed from here.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _HELPER.update(user_id=user_id, policy=policy)


def _plan_in_helper(jobs: list[Job]) -> list[tuple[Any, ...]]:
    return planned_rows(_HELPER["user_id"], _HELPER["policy"], jobs)
