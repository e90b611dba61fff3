"""`followup add`, `list`, `show`, `edit` and `delete`: the interviews themselves.

Each command parses its arguments, reads through `store.services` or
changes through `followup.record`, and prints (`cli.printing`, or the JSON
shapes of `porcelain`). Heavy imports stay inside the commands: `followup
--help` loads none of them.
"""

from __future__ import annotations

import click

from followup.cli.options import json_option, now_option
from followup.cli.shell import Shell, emit, interview_id_argument, pass_shell, with_store
from followup.errors import InputError


@click.command("add")
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@json_option
@pass_shell
def add_command(shell: Shell, file: str | None, as_json: bool) -> None:
    """Store an interview: from FILE, or by answering questions.

    FILE is an interview file, the same format as `followup plan` reads
    (fields the file leaves out take your settings: time zone, country).
    Without FILE, you are asked for each fact on the terminal, with
    validation as you type; a default is shown in brackets, Enter takes it
    and typing replaces it. The plan is computed and stored.
    """
    from followup.config import defaults_from, machine_zone, machine_zone_note

    if file is not None and file.lower().endswith((".ics", ".eml")):
        from followup.cli.invite import add_invitation

        return add_invitation(shell, file, as_json)
    if file is not None:
        from followup.cli.plan import read_with_policy
        from followup.store.plausible import check_new_contacts

        # Read and judged before the store is made: a file with a mistake
        # must leave no empty store (nor its secret key) behind. Your stored
        # settings are read when you have a store, and none is created.
        fields, interview, policy = read_with_policy(file)
        check_new_contacts(interview, policy, shell.now())
        user = shell.user
        from followup.store import services

        # The file left the zone out and no setting chose it: the machine's.
        guessed = machine_zone(services.settings_of(user)) if "timezone" not in fields else None
    else:
        user = shell.user
        from followup.store import services

        stored = services.settings_of(user)
        defaults = defaults_from(stored)
        from followup.cli.ask import ask_interview, require_terminal

        require_terminal("FILE", "give an interview file, or run it in a terminal to be asked")
        guessed = machine_zone(stored)
        interview = ask_interview(
            defaults,
            services.companies_of(user),
            zone_note=machine_zone_note(guessed) if guessed else None,
        )
        guessed = None  # said before the question, where it could be changed
    # As `log` and `outcome` would judge each entry; `import` restores as is.
    services.check_new_contacts(interview, services.policy_of(user), shell.now())
    new_id = services.add(user, interview)
    if guessed is not None:
        # Once, on stderr, with the field that gives an interview its own zone.
        click.echo(
            f"followup: note: the file gives no `timezone`, so interview {new_id} is in "
            f"{machine_zone_note(guessed)}; a file's `timezone:` field gives an interview "
            f"its own (for this one: followup edit {new_id} --set timezone=ZONE).",
            err=True,
        )
    if as_json:
        emit({"id": new_id})
        return
    click.echo(f"Added interview {new_id}: {interview.role} at {interview.company}.")
    shell.say_next(new_id)
    click.echo(f"See the whole plan with: followup show {new_id}")
    _question_what_was_typed(shell, new_id, asked=file is None)


def _question_what_was_typed(shell: Shell, interview_id: int, *, asked: bool) -> None:
    """Warn, on stderr, of what was stored but may not be what was meant (issue 16).

    A zone such as EST (an hour off all summer) and a date read from the next
    step that is far ahead ("by 4/12" as next April) or that no calendar has,
    as `config timezone` and `show` say them. A file names its fields as the
    file does (`decision_by`); the questions asked none, so `followup edit`.
    """
    from followup.etiquette.planner import date_questions, set_field
    from followup.places import zone_warning
    from followup.store import services

    stored = services.load(shell.user, interview_id)
    interview = stored.interview
    derived = services.plan_now(stored, shell.now()).derived

    def edit(*names: str) -> str:
        sets = " or ".join(f"--set {name}=YYYY-MM-DD" for name in names)
        return f"run followup edit {interview_id} {sets}"

    warnings = date_questions(interview, derived, edit if asked else set_field)
    zone = zone_warning(interview.timezone)
    if zone:
        warnings.append(zone)
    for warning in warnings:
        text = warning[0].lower() + warning[1:]
        click.echo(f"followup: warning: {text.rstrip('.')}.", err=True)


@click.command("list")
@now_option
@json_option
@with_store
def list_command(shell: Shell, now: str | None, as_json: bool) -> None:
    """List every stored interview with its round, outcome and next action."""
    from followup.store.listing import listing

    user = shell.user
    zone = shell.zone()
    moment = shell.moment(zone, now)
    rows = listing(user, moment)
    if as_json:
        from followup.porcelain import list_dict

        emit(list_dict(rows))
        return
    from followup.cli.printing import print_listing

    print_listing(rows, zone)


@click.command("show")
@interview_id_argument
@now_option
@json_option
@with_store
def show_command(shell: Shell, interview_id: int, now: str | None, as_json: bool) -> None:
    """Show one interview: its facts, its plan with reasons and sources, its history."""

    user = shell.user
    from followup.store import services

    stored = services.load(user, interview_id)
    moment = shell.moment(stored.interview.tz, now)
    result = services.plan_now(stored, moment)
    if as_json:
        from followup.porcelain import show_dict

        emit(show_dict(stored.id, stored.round, stored.interview, result))
        return
    from followup.cli.printing import print_interview

    print_interview(stored.id, stored.round, stored.interview, result)


@click.command("edit")
@interview_id_argument
@click.option(
    "--set",
    "assignments",
    metavar="FIELD=VALUE",
    multiple=True,
    help="Change one fact, e.g. --set 'next_step=They will decide by Friday.' (repeatable).",
)
@click.option(
    "--file",
    "file",
    type=click.Path(dir_okay=False),
    help="Replace all the facts with those of this interview file.",
)
@with_store
def edit_command(
    shell: Shell, interview_id: int, assignments: tuple[str, ...], file: str | None
) -> None:
    """Change an interview's facts; its plan follows.

    With --set or --file the change is made at once. With neither, the
    interview opens in your editor ($EDITOR) as an interview file; save
    and close to apply it. Every change is checked first and written in
    one transaction: a mistake changes nothing.
    """
    from followup.cli.edit import edit_interview

    user = shell.user
    edit_interview(user, interview_id, assignments, file)
    click.echo(f"Updated interview {interview_id}; its plan is recomputed.")
    shell.say_next(interview_id)


@click.command("delete")
@interview_id_argument
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@with_store
def delete_command(shell: Shell, interview_id: int, yes: bool) -> None:
    """Delete an interview, its contact log and its plan (export first to keep a copy)."""
    from followup.record.interview import delete_interview
    from followup.store import services

    user = shell.user

    stored = services.load(user, interview_id)
    what = f"interview {interview_id} ({stored.interview.role} at {stored.interview.company})"
    if not yes:
        from followup.cli.ask import is_terminal

        if not is_terminal():
            raise InputError("--yes", f"confirm deleting {what} with --yes")
        click.confirm(f"Delete {what}?", abort=True)
    delete_interview(user, interview_id)
    click.echo(f"Deleted {what}.")
