"""The stable JSON shapes of the command line (documented in the README).

Keys are sorted when printed; times are ISO 8601 with the local UTC offset.
Change a shape only together with its exact test and the README.
"""

from __future__ import annotations

import json
from datetime import date, datetime

# Not typing's: `followup agenda --json` prints through this module and imports
# no `typing` (followup/tuples.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    # Types only: `followup agenda --json` prints through this module and
    # should not pay for importing the core's model at start-up.
    from followup.agenda.board import Board, Item
    from followup.agenda.notices import Waiting
    from followup.config import Value
    from followup.etiquette.model import Action, Interview, NextStep, Plan, Verdict
    from followup.store.listing import Listed


def moment(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def action_dict(action: Action) -> dict[str, Any]:
    return {
        "id": action.id,
        "kind": action.kind.value,
        "to": action.to,
        "channel": action.channel.value,
        "not_before": moment(action.not_before),
        "due": moment(action.due),
        "status": action.status.value,
        "why": action.why,
        "sources": [s.as_dict() for s in action.sources],
    }


def derived_dict(derived: NextStep) -> dict[str, Any]:
    return {
        "text": derived.text,
        "decision_by": day(derived.decision_by),
        "follow_up_on": day(derived.follow_up_on),
        "few_days": derived.few_days,
        "no_calls": derived.no_calls,
        "matched": list(derived.matched),
        "understood": derived.understood,
    }


def plan_dict(plan: Plan) -> dict[str, Any]:
    return {
        "actions": [action_dict(a) for a in plan.actions],
        "derived": derived_dict(plan.derived),
        "warnings": list(plan.warnings),
    }


def verdict_dict(verdict: Verdict) -> dict[str, Any]:
    return {
        "verdict": "allowed" if verdict.allowed else "refused",
        "reason": verdict.reason,
        "sources": [s.as_dict() for s in verdict.sources],
        "allowed_from": moment(verdict.allowed_from),
    }


def agenda_item_dict(item: Item) -> dict[str, Any]:
    """An agenda action: the plan's action fields, plus its interview."""
    from followup.etiquette.sources import ALL

    row = item.row
    return {
        "id": row.action_id,
        "kind": row.kind,
        "to": row.to,
        "channel": row.channel,
        "not_before": moment(row.not_before),
        "due": moment(row.due),
        "status": item.status,
        "why": row.why,
        "sources": [ALL[s].as_dict() for s in row.sources],
        "interview": row.interview,
        "company": row.company,
        "role": row.role,
    }


def agenda_dict(board: Board, notices: Waiting | None = None) -> dict[str, Any]:
    """`followup agenda --json`: overdue, then due today, then the next 7 days; and
    the notices waiting to be read (the newest five, oldest first, and how many wait)."""
    shown = notices.notices if notices is not None else ()
    return {
        "actions": [agenda_item_dict(item) for item in board.items],
        "active_applications": board.active,
        # `proposal`: "new", "move" or "cancel" for an invitation's proposal (answered
        # with `followup confirm` / `decline`, issue 15), null for a notice to read.
        "notices": [{"id": n.id, "proposal": n.proposal or None, "text": n.text} for n in shown],
        "notices_waiting": notices.total if notices is not None else 0,
        "nudge": board.nudge,
        "now": moment(board.now),
    }


def list_dict(rows: list[Listed]) -> dict[str, Any]:
    """`followup list --json`."""
    return {
        "interviews": [
            {
                "id": r.id,
                "company": r.company,
                "role": r.role,
                "round": r.round,
                "start": moment(r.start),
                "end": moment(r.end),
                "timezone": r.timezone,
                "outcome": r.outcome,
                "open_actions": r.open_actions,
                "next": {
                    "kind": r.next.kind,
                    "to": r.next.to,
                    "not_before": moment(r.next.not_before),
                    "due": moment(r.next.due),
                    "status": r.next.status,
                }
                if r.next
                else None,
            }
            for r in rows
        ]
    }


def show_dict(interview_id: int, round_: int, interview: Interview, plan: Plan) -> dict[str, Any]:
    """`followup show ID --json`: the facts (as in an export), the plan, the history."""
    from followup.interview_file import interview_to_mapping
    from followup.record.history import history

    return {
        "id": interview_id,
        "round": round_,
        "interview": interview_to_mapping(interview),
        "plan": plan_dict(plan),
        "history": [
            {
                key: (moment(value) if key == "at" else value)
                for key, value in event.items()
                if key != "text"
            }
            for event in history(interview)
        ],
    }


def config_dict(values: list[Value]) -> dict[str, Any]:
    """`followup config --json`: each setting's value in force and where it comes from."""
    return {"settings": {v.name: {"value": v.value, "origin": v.origin} for v in values}}


def dumps(data: Any) -> str:
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False)
