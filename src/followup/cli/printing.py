"""How the store's commands show things to a person (the JSON shapes are in porcelain.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import click

from followup.cli.agenda import action_label
from followup.places import clock

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rich.console import Console
    from rich.text import Text

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


def wrap_whole(text: Text, width: int, keep: Iterable[str] = ()) -> list[Text]:
    """`text` as lines of at most `width` cells, broken at spaces only.

    Rich folds a word longer than the room left mid-word, which cut an email
    address or a URL in two ("...northwind-analytic" / "s.example") and so made it
    useless to copy. Here a word, and each phrase of `keep` (a phone number such
    as "+1 212 555 0142"), stays on one line, however long: a line longer than
    `width` is left to the terminal. Lines after the first, and those of a text
    that had line breaks of its own, hang two cells under the first one's indent,
    so a wrapped entry still reads as one.
    """
    from rich.cells import cell_len
    from rich.text import Text

    pieces = text.split("\n", allow_blank=True)
    first = pieces[0].plain
    hang = len(first) - len(first.lstrip(" ")) + 2
    lines: list[Text] = []
    for piece in pieces:
        plain = piece.plain
        words = [[m.start(), m.end()] for m in re.finditer(r"\S+", plain)]
        for phrase in keep:
            for m in re.finditer(re.escape(phrase), plain) if phrase.strip() else ():
                inside = [w for w in words if w[0] < m.end() and w[1] > m.start()]
                if len(inside) > 1:
                    inside[0][1] = inside[-1][1]
                    words = [w for w in words if w not in inside[1:]]
        if not words:
            lines.append(piece if not lines else Text(""))
            continue
        # The first line keeps its own indent; every later one starts at `hang`.
        start = 0 if not lines else words[0][0]
        end = words[0][1]
        for w_start, w_end in words[1:]:
            room = width - (hang if lines else 0)
            if cell_len(plain[start:w_end]) > room:
                lines.append(piece[start:end] if not lines else Text(" " * hang) + piece[start:end])
                start = w_start
            end = w_end
        lines.append(piece[start:end] if not lines else Text(" " * hang) + piece[start:end])
    return lines


def say(console: Console, text: Text, keep: Iterable[str] = ()) -> None:
    """Print `text` wrapped as `wrap_whole` does: no address or URL broken."""
    for line in wrap_whole(text, console.width, keep):
        console.print(line, no_wrap=True, overflow="ignore", crop=False, soft_wrap=True)


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
        line = Text(f"  {person.name}{marker}: {', '.join(bits) or 'no details'}")
        # A phone number is one thing to read and dial: not split at its spaces.
        say(console, line, keep=[person.phone] if person.phone else [])
        if person.topics:
            say(console, Text(f"    topics: {', '.join(person.topics)}", style="dim"))
    if interview.next_step:
        say(console, Text.assemble(("Next step: ", "bold"), interview.next_step))
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
                say(console, Text(f"  {label}: {text}"))
    console.print(Text("History", style="bold"))
    from followup.record.history import history

    events = history(interview)
    if not events:
        console.print(Text("  nothing recorded yet"))
    for event in events:
        style = "bold red" if event["flagged"] else ""
        say(console, Text(f"  {event['text']}", style=style))


def print_settings(settings: list[Setting], values: list[Value]) -> None:
    for setting, value in zip(settings, values, strict=True):
        shown = "(not set)" if value.value is None else repr(value.value)
        click.echo(f"{setting.name} = {shown}  [{value.origin}]")
        click.echo(click.style(f"    {setting.help}", dim=True))
