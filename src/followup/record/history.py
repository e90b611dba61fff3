"""The contact log and the outcome of one interview as events, oldest first.

Read by `followup show` (text and `--json`) and by the web's interview page,
which words each event its own way from the same fields. Pure: no Django.
"""

from __future__ import annotations

from typing import Any

from followup.etiquette.model import Interview
from followup.places import clock


def history(interview: Interview) -> list[dict[str, Any]]:
    """The contact log and the outcome, oldest first, for people and for JSON."""
    zone = interview.tz
    # Each time names its zone, as the plan's lines above it do (`places.clock`,
    # "Tue 17 Nov 2026 15:00 New York time"): a bare "15:00" reads as the
    # reader's own clock.
    events: list[dict[str, Any]] = []
    for c in interview.contacts:
        at = c.at.astimezone(zone)
        if c.kind.value == "reply":
            text = f"{clock(at, zone)}  they replied" + (f" ({c.to})" if c.to else "")
            if c.check_back:
                text += f", asking you to check back on {c.check_back:%a %d %b %Y}"
            if c.says:
                text += f': "{c.says}"'
        else:
            what = c.purpose.value.replace("_", " ") if c.purpose else c.kind.value
            by = f" by {c.kind.value}" if c.purpose else ""
            to = f" to {c.to}" if c.to else ""
            answered = {True: ", answered", False: ", not answered", None: ""}[c.answered]
            text = f"{clock(at, zone)}  {what}{to}{by}{answered}"
        if c.override:
            text += f"  [recorded against the guardrails: {c.override}]"
        event: dict[str, Any] = {
            "at": at,
            "event": "reply" if c.kind.value == "reply" else "contact",
            "kind": c.kind.value,
            "purpose": c.purpose.value if c.purpose else None,
            "to": c.to,
            "answered": c.answered,
            "override": c.override,
            "flagged": c.override is not None,
            "keep_in_touch": None,
            "text": text,
        }
        if c.kind.value == "reply":
            # Replies only, as in the interview file: other events keep their shape.
            event["check_back"] = c.check_back.isoformat() if c.check_back else None
            event["says"] = c.says
        events.append(event)
    if interview.outcome is not None:
        o = interview.outcome
        at = o.at.astimezone(zone)
        keep = " (keeping in touch)" if o.keep_in_touch else ""
        events.append(
            {
                "at": at,
                "event": "outcome",
                "kind": o.kind.value,
                "purpose": None,
                "to": None,
                "answered": None,
                "override": None,
                "flagged": False,
                "keep_in_touch": o.keep_in_touch,
                "text": f"{clock(at, zone)}  outcome: {o.kind.value.replace('_', ' ')}{keep}",
            }
        )
    # When things happened; at the same minute, what we sent before the reply
    # it drew and the outcome after both (a stable sort keeps the log's order).
    rank = {"contact": 0, "reply": 1, "outcome": 2}
    events.sort(key=lambda e: (e["at"], rank[e["event"]]))
    return events
