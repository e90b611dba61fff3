"""`followup plan` and `followup check`: the rules applied to one interview file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from followup.cli.options import json_option, now_option

# The one vocabulary (plain data, no rules): what can be checked is what can be logged.
from followup.etiquette.labels import LOGGABLE

if TYPE_CHECKING:
    from collections.abc import Mapping

    from followup.etiquette.model import Interview, Plan
    from followup.etiquette.policy import Policy


def load(path: str) -> Interview:
    """The interview in `path`, read with your settings when you have a store."""
    return load_with_policy(path)[0]


def load_with_policy(
    path: str, settings: Mapping[str, Any] | None = None
) -> tuple[Interview, Policy]:
    """The interview in `path` and the policy in force, from your settings if any.

    `settings`: your stored settings when the caller has read them already.
    """
    _, interview, policy = read_with_policy(path, settings)
    return interview, policy


def read_with_policy(
    path: str, settings: Mapping[str, Any] | None = None
) -> tuple[dict[str, Any], Interview, Policy]:
    """`load_with_policy`, with the file's fields as written (read once: FILE may be
    a pipe), for what a command says of the fields it left out."""
    from followup.config import defaults_from, policy_from, stored_settings
    from followup.interview_file import parse_interview, read_mapping

    if settings is None:
        settings = stored_settings()
    data = read_mapping(Path(path))
    return data, parse_interview(data, defaults_from(settings)), policy_from(settings)


def guardrail_warnings(interview: Interview, policy: Policy) -> tuple[str, ...]:
    """The file's contacts that `add` would refuse, named so they can be fixed."""
    from followup.etiquette.guardrails import refused_contacts

    found = []
    for index, verdict in refused_contacts(interview, policy):
        contact = interview.contacts[index]
        if contact.override is not None:
            continue
        what = (contact.purpose or contact.kind).value.replace("_", " ")
        when = f"{contact.at.astimezone(interview.tz):%a %d %b %Y %H:%M}"
        found.append(
            f"contacts[{index}] ({what} on {when}) goes against the guardrails: "
            f"{verdict.reason} followup add refuses it unless it gives `override: <why>`."
        )
    return tuple(found)


def resolve_now(value: str | None, interview: Interview, field: str = "--now") -> datetime:
    from followup.interview_file import parse_moment

    if value is None:
        return datetime.now(UTC).astimezone(interview.tz)
    return parse_moment(value, interview.tz, field)


def _moment(at: datetime, year: int, *, zone: bool = False) -> str:
    """'Wed 14 Apr 09:00', with the year when it is not `year` ('Wed 14 Apr 2027 09:00')."""
    shown = f"{at:%a %d %b} {at.year} {at:%H:%M}" if at.year != year else f"{at:%a %d %b %H:%M}"
    if not zone or at.tzinfo is None:
        return shown
    from followup.places import place

    return f"{shown} {place(at.tzinfo)}"


def print_plan(plan: Plan, interview: Interview, now: datetime | None = None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from followup.etiquette.labels import ACTION_LABELS

    console = Console(highlight=False)
    from followup.cli.printing import say
    from followup.places import place

    # Named as the plan's lines name it ("New York time"), not by its key.
    when = f"{interview.local_start:%a %d %b %Y %H:%M} {place(interview.tz)}"
    # User text goes in as Text, never as markup, so brackets print as typed.
    say(console, Text(f"{interview.role} at {interview.company}, {when}", style="bold"))
    year = (now or interview.local_start).astimezone(interview.tz).year
    derived = plan.derived
    if derived.understood:
        say(console, Text(f"Read from the next step: {', '.join(derived.matched)}"))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for action in plan.actions:
        what = ACTION_LABELS.get(action.kind.value, action.kind.value)
        who = f" {action.to}" if action.to else ""
        how = f" ({action.channel.value})" if action.channel.value != "self" else ""
        details = Text.assemble(
            (f"{what}{who}{how}", "bold"),
            # The year only when it is not this one (--now's, else the interview's):
            # "by 4/12" read as next April must not look like this April (issue 16).
            f"\nfrom {_moment(action.not_before, year)}, "
            f"due {_moment(action.due, year, zone=True)}",
            (f"\n{action.why} [{' '.join(s.id for s in action.sources)}]", "dim"),
        )
        grid.add_row(
            Text(action.status.value, style=STATUS_STYLE.get(action.status.value, "")), details
        )
        grid.add_row("", "")
    console.print(grid)
    for warning in plan.warnings:
        # A warning quotes the next step, and with it any address or URL it holds.
        say(console, Text.assemble(("note: ", "yellow"), warning))


STATUS_STYLE = {"overdue": "bold red", "pending": "yellow", "done": "green", "cancelled": "dim"}


@click.command("plan")
@click.argument("file", type=click.Path(dir_okay=False))
@now_option
@json_option
def plan_command(file: str, now: str | None, as_json: bool) -> None:
    """Show the dated follow-up plan for the interview in FILE.

    FILE is an interview file (YAML or JSON, described in the README).
    Each action has a window (from, due), a status at --now, a reason and
    the articles behind it.
    """
    from dataclasses import replace

    from followup.etiquette.planner import plan
    from followup.porcelain import dumps, plan_dict

    interview, policy = load_with_policy(file)
    moment = resolve_now(now, interview)
    # What the file records after --now has not happened yet at that moment.
    result = plan(interview.as_of(moment), moment, policy)
    result = replace(result, warnings=result.warnings + guardrail_warnings(interview, policy))
    if as_json:
        click.echo(dumps(plan_dict(result)))
    else:
        print_plan(result, interview, moment)


@click.command("check")
@click.argument("file", metavar="FILE|ID")
@click.argument("action", type=click.Choice(LOGGABLE))
@click.option(
    "--to",
    metavar="NAME",
    help="The interviewer it is for: the whole name, or a first name or surname only one has.",
)
@click.option("--at", metavar="ISO", help="When you would make the contact (default: now).")
@json_option
def check_command(file: str, action: str, to: str | None, at: str | None, as_json: bool) -> None:
    """Ask whether a contact is wise before you make it.

    FILE|ID is an interview file, or the ID of a stored interview (then its
    contact log counts, as `followup log` would judge it). Exits 0 when it
    is allowed, 1 when it is refused (with the reason and, where waiting
    helps, the moment it becomes fine).
    """
    from followup.cli.writing import is_stored_id, load_target
    from followup.config import policy_from
    from followup.errors import InputError
    from followup.etiquette.guardrails import check
    from followup.etiquette.model import ContactKind, ProposedContact, Purpose
    from followup.porcelain import dumps, verdict_dict

    if is_stored_id(file):
        interview, stored = load_target(file)
        policy = policy_from(stored.settings)
    else:
        interview, policy = load_with_policy(file)
    moment = resolve_now(at, interview, "--at")
    if to is not None:
        from followup.record.recipient import named

        # As its help and `log` say: a first name, a surname, "obrien" for O'Brien.
        to = named(interview, to, "--to").name
    if action in ("call", "visit", "gift"):
        proposed = ProposedContact(kind=ContactKind(action), to=to)
    else:
        proposed = ProposedContact(kind=ContactKind.EMAIL, purpose=Purpose(action), to=to)
    try:
        verdict = check(interview, proposed, moment, policy)
    except ValueError as exc:
        field, _, message = str(exc).partition(": ")
        raise InputError(f"--{field}", message) from None
    if as_json:
        click.echo(dumps(verdict_dict(verdict)))
    else:
        word = "allowed" if verdict.allowed else "refused"
        click.echo(f"{word}: {verdict.reason}")
        click.echo("sources: " + "; ".join(f"{s.id} {s.title}" for s in verdict.sources))
    if not verdict.allowed:
        click.get_current_context().exit(1)
