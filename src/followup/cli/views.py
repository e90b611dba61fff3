"""How the store's commands show things to a person (the JSON shapes are in porcelain.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import click

from followup.cli.agenda import action_label

if TYPE_CHECKING:
    from followup.config import Setting, Value
    from followup.etiquette.model import Interview, Plan
    from followup.store.models import User


@dataclass(frozen=True)
class NextAction:
    kind: str
    to: str | None
    not_before: datetime
    due: datetime
    status: str


@dataclass(frozen=True)
class Listed:
    id: int
    company: str
    role: str
    round: int
    start: datetime
    end: datetime
    timezone: str
    outcome: str | None
    outcome_at: datetime | None
    open_actions: int
    next: NextAction | None


def listing(user: User, now: datetime) -> list[Listed]:
    """Every interview with its round and its most urgent open action at `now`."""
    from collections import defaultdict

    from followup.agenda.board import status_at
    from followup.agenda.query import db_instant
    from followup.store.models import Action, Interview

    rows = list(
        Interview.objects.filter(user=user)
        .select_related("application__company", "outcome")
        .order_by("pk")
    )
    rounds: dict[int, list[Interview]] = defaultdict(list)
    for row in rows:
        rounds[row.application_id].append(row)
    round_of = {
        row.pk: i + 1
        for same in rounds.values()
        for i, row in enumerate(sorted(same, key=lambda r: (r.start, r.pk)))
    }
    actions: dict[int, list[Action]] = defaultdict(list)
    for action in Action.objects.filter(user=user).order_by("due", "position"):
        if action.expires is None or action.expires > now:
            actions[action.interview_id].append(action)
    listed = []
    for row in rows:
        zone = ZoneInfo(row.timezone)
        own = actions.get(row.pk, [])
        first = own[0] if own else None
        outcome = getattr(row, "outcome", None)
        listed.append(
            Listed(
                id=row.pk,
                company=row.application.company.name,
                role=row.application.role,
                round=round_of[row.pk],
                start=row.start.astimezone(zone),
                end=row.end.astimezone(zone),
                timezone=row.timezone,
                outcome=outcome.kind if outcome else None,
                outcome_at=outcome.at.astimezone(zone) if outcome else None,
                open_actions=len(own),
                next=NextAction(
                    kind=first.kind,
                    to=first.to_name,
                    not_before=first.not_before.astimezone(zone),
                    due=first.due.astimezone(zone),
                    status=status_at(
                        db_instant(now), db_instant(first.not_before), db_instant(first.due)
                    ),
                )
                if first
                else None,
            )
        )
    return listed


def print_listing(rows: list[Listed], zone: ZoneInfo) -> None:
    if not rows:
        click.echo("No interviews yet: followup add FILE, or followup add to be asked.")
        return
    for row in rows:
        start = row.start.astimezone(zone)
        state = row.outcome.replace("_", " ") if row.outcome else "waiting"
        click.echo(
            click.style(f"#{row.id}", bold=True)
            + f"  {row.company}, {row.role} (round {row.round})"
            + f"  {start:%a %d %b %Y %H:%M %Z}  {state}"
        )
        if row.next is not None:
            due = row.next.due.astimezone(zone)
            status = row.next.status.replace("_", " ")
            click.echo(
                f"     next: {action_label(row.next.kind, row.next.to)}, "
                f"due {due:%a %d %b %H:%M %Z} ({status})"
            )


def print_interview(interview_id: int, round_: int, interview: Interview, plan: Plan) -> None:
    from rich.console import Console
    from rich.text import Text

    from followup.cli.plan import print_plan

    console = Console(highlight=False)
    console.print(Text(f"Interview {interview_id}, round {round_}", style="bold"))
    print_plan(plan, interview)
    console.print(Text("People", style="bold"))
    for person in interview.interviewers:
        bits = [b for b in (person.title, person.email, person.phone) if b]
        marker = " (contact)" if person is interview.contact_person else ""
        console.print(Text(f"  {person.name}{marker}: {', '.join(bits) or 'no details'}"))
        if person.topics:
            console.print(Text(f"    topics: {', '.join(person.topics)}", style="dim"))
    if interview.next_step:
        console.print(Text.assemble(("Next step: ", "bold"), interview.next_step))
    debrief = interview.debrief
    if not debrief.is_empty:
        console.print(Text("Debrief", style="bold"))
        for label, text in (
            ("went well", debrief.went_well),
            ("went poorly", debrief.went_poorly),
            ("stood out", debrief.stood_out),
            ("forgot to mention", debrief.forgot_to_mention),
        ):
            if text:
                console.print(Text(f"  {label}: {text}"))
    console.print(Text("History", style="bold"))
    events = history(interview)
    if not events:
        console.print(Text("  nothing recorded yet"))
    for event in events:
        style = "bold red" if event["flagged"] else ""
        console.print(Text(f"  {event['text']}", style=style))


def history(interview: Interview) -> list[dict[str, Any]]:
    """The contact log and the outcome, oldest first, for people and for JSON."""
    zone = interview.tz
    events: list[dict[str, Any]] = []
    for c in interview.contacts:
        at = c.at.astimezone(zone)
        if c.kind.value == "reply":
            text = f"{at:%a %d %b %Y %H:%M}  they replied" + (f" ({c.to})" if c.to else "")
            if c.check_back:
                text += f", asking you to check back on {c.check_back:%a %d %b %Y}"
            if c.says:
                text += f': "{c.says}"'
        else:
            what = c.purpose.value.replace("_", " ") if c.purpose else c.kind.value
            by = f" by {c.kind.value}" if c.purpose else ""
            to = f" to {c.to}" if c.to else ""
            answered = {True: ", answered", False: ", not answered", None: ""}[c.answered]
            text = f"{at:%a %d %b %Y %H:%M}  {what}{to}{by}{answered}"
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
                "text": f"{at:%a %d %b %Y %H:%M}  outcome: {o.kind.value.replace('_', ' ')}{keep}",
            }
        )
    # When things happened; at the same minute, what we sent before the reply
    # it drew and the outcome after both (a stable sort keeps the log's order).
    rank = {"contact": 0, "reply": 1, "outcome": 2}
    events.sort(key=lambda e: (e["at"], rank[e["event"]]))
    return events


def print_settings(settings: list[Setting], values: list[Value]) -> None:
    for setting, value in zip(settings, values, strict=True):
        shown = "(not set)" if value.value is None else repr(value.value)
        click.echo(f"{setting.name} = {shown}  [{value.origin}]")
        click.echo(click.style(f"    {setting.help}", dim=True))
