"""The open actions the store keeps for an interview, as the rows of `followup_action`.

Django-free (the rules core and plain values only): an import and a replan
of every interview (`services.refresh_plans`) build the same rows here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from followup.etiquette.model import OPEN_STATUSES, Action, ActionKind, Channel, Interview
from followup.etiquette.planner import plan
from followup.etiquette.policy import Policy

# An interview to plan: (its ID, its application's ID, the interview).
Job = tuple[int, int, Interview]

INSERT_ACTION = (
    "INSERT INTO followup_action (action_id, kind, to_name, channel, not_before, due, "
    "expires, why, sources, position, user_id, application_id, interview_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


# The stored values of the kinds and channels: plain str, looked up without the
# enum's `value` descriptor (twice a row, and an import writes hundreds of thousands).
_KIND = {kind: kind.value for kind in ActionKind}
_CHANNEL = {channel: channel.value for channel in Channel}


def db_instant(value: datetime) -> str:
    """An aware instant as Django stores it in SQLite: naive UTC text."""
    # Kept per instant: a plan's actions share their instants (the end opens the
    # debrief and every thank-you), and so do interviews on the same day. The key
    # carries `fold`: two datetimes of one zone compare by wall clock, so the two
    # 01:30s of an autumn night would otherwise be one key.
    key = (value, value.fold)
    text = _WRITTEN.get(key)
    if text is None:
        if len(_WRITTEN) >= _WRITTEN_AT_MOST:
            _WRITTEN.clear()
        # str() of the naive instant, without making it: its ISO text less "+00:00".
        text = _WRITTEN[key] = value.astimezone(UTC).isoformat(" ")[:-6]
    return text


_WRITTEN: dict[tuple[datetime, int], str] = {}
_WRITTEN_AT_MOST = 4_096


def plan_as_of(interview: Interview) -> datetime:
    # Just before the start, so every action exists, including the `prepare`
    # reminder (stored with its expiry: the agenda stops listing it at the
    # start). Statuses are worked out at read time from the instants.
    return interview.start - timedelta(seconds=1)


def open_actions(interview: Interview, policy: Policy) -> list[tuple[int, Action]]:
    """The actions the store keeps for one interview, with their position in the plan."""
    # Without warnings: only the actions are stored.
    result = plan(interview, plan_as_of(interview), policy, warnings=False)
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
        _KIND[action.kind],
        action.to,
        _CHANNEL[action.channel],
        db_instant(action.not_before),
        db_instant(action.due),
        db_instant(action.expires) if action.expires else None,
        action.why,
        " ".join([s.id for s in action.sources]),  # a list: faster to join than a generator
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
