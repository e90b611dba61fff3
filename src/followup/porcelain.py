"""The stable JSON shapes of the command line (documented in the README).

Keys are sorted when printed; times are ISO 8601 with the local UTC offset.
Change a shape only together with its exact test and the README.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from followup.etiquette.model import Action, NextStep, Plan, Verdict


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


def dumps(data: Any) -> str:
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False)
