"""How the store's commands show things to a person (the JSON shapes are in porcelain.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import click

from followup.cli.agenda import action_label
from followup.places import clock

if TYPE_CHECKING:
    from followup.config import Setting, Value
    from followup.etiquette.model import Interview, Plan
    from followup.store.listing import Listed


def print_listing(rows: list[Listed], zone: ZoneInfo) -> None:
    if not rows:
        click.echo("No interviews yet: followup add FILE, or followup add to be asked.")
        return
    for row in rows:
        there = ZoneInfo(row.timezone)
        state = row.outcome.replace("_", " ") if row.outcome else "waiting"
        click.echo(
            click.style(f"#{row.id}", bold=True)
            + f"  {row.company}, {row.role} (round {row.round})"
            + f"  {clock(row.start, zone, there)}  {state}"
        )
        if row.next is not None:
            status = row.next.status.replace("_", " ")
            click.echo(
                f"     next: {action_label(row.next.kind, row.next.to)}, "
                f"due {clock(row.next.due, zone, there, year=row.next.due.astimezone(zone).year)}"
                f" ({status})"
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
    from followup.record.history import history

    events = history(interview)
    if not events:
        console.print(Text("  nothing recorded yet"))
    for event in events:
        style = "bold red" if event["flagged"] else ""
        console.print(Text(f"  {event['text']}", style=style))


def print_settings(settings: list[Setting], values: list[Value]) -> None:
    for setting, value in zip(settings, values, strict=True):
        shown = "(not set)" if value.value is None else repr(value.value)
        click.echo(f"{setting.name} = {shown}  [{value.origin}]")
        click.echo(click.style(f"    {setting.help}", dim=True))
