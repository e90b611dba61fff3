"""The everyday commands over the store: add, list, show, agenda, log and the rest.

Each command loads facts, asks the core or the store's services, and prints.
Django is booted inside the commands that read or write through the models
(store.boot.setup); `followup agenda` reads the indexed actions table with
one SQL query and boots Django only when the store is new or out of date.
"""

from __future__ import annotations

import shlex
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from followup.cli.options import InterviewId, json_option, now_option

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from followup.etiquette.model import Contact, Interview
    from followup.etiquette.policy import Policy
    from followup.store.models import User

LOGGABLE = (
    "thank_you",
    "send_references",
    "check_in",
    "call",
    "bridge",
    "stay_in_touch",
    "withdrawal",
    "visit",
    "gift",
)
OUTCOMES = ("offer", "next_round", "rejected", "withdrawn")
# Top-level facts `followup edit ID --set FIELD=VALUE` may change.
SETTABLE = (
    "company",
    "role",
    "start",
    "end",
    "timezone",
    "country",
    "subdivision",
    "next_step",
    "decision_by",
    "follow_up_on",
    "no_calls",
    "references_requested",
)
DEBRIEF_QUESTIONS = (
    ("went_well", "What went well?"),
    ("went_poorly", "What went poorly?"),
    ("stood_out", "What stood out about the team or the role?"),
    ("forgot_to_mention", "What did you forget to mention?"),
)


def store() -> User:
    from followup.store.boot import setup

    return setup()


def now_in(zone: ZoneInfo, value: str | None, field: str = "--now") -> datetime:
    """`value` (ISO 8601; local to `zone` without an offset), else the clock, to the second."""
    from followup.interview_file import parse_moment

    if value is None:
        return datetime.now(UTC).replace(microsecond=0).astimezone(zone)
    return parse_moment(value, zone, field)


def user_zone(settings: dict[str, Any]) -> ZoneInfo:
    from zoneinfo import ZoneInfo

    from followup.config import value_of

    return ZoneInfo(value_of("timezone", settings))


def interview_id_argument(func: Any) -> Any:
    return click.argument("interview_id", metavar="ID", type=InterviewId())(func)


def at_option(func: Any) -> Any:
    return click.option(
        "--at",
        metavar="ISO",
        help="When it happened (ISO 8601; without an offset, the interview's local time; "
        "default: now).",
    )(func)


def emit(data: Any) -> None:
    from followup.porcelain import dumps

    click.echo(dumps(data))


def next_line(user: User, interview_id: int) -> str | None:
    """What comes next for one interview, from its stored actions."""
    from followup.cli.agenda import action_label
    from followup.store.models import Action

    now = datetime.now(UTC)
    action = (
        Action.objects.filter(user=user, interview_id=interview_id)
        .exclude(expires__lte=now)
        .order_by("due", "position")
        .first()
    )
    if action is None:
        return None
    zone = user_zone_of(user)
    return (
        f"Next: {action_label(action.kind, action.to_name)}, from "
        f"{action.not_before.astimezone(zone):%a %d %b %H:%M}, due "
        f"{action.due.astimezone(zone):%a %d %b %H:%M %Z}."
    )


def what_the_reply_asks(
    interview: Interview, reply: Contact, policy: Policy, home: ZoneInfo
) -> str:
    """What the plan now expects after `reply`: one more check-in, or none."""
    from followup.etiquette.planner import check_ins_of, plan, request_lead

    check_ins = check_ins_of(interview, policy)
    round_ = next((r for r in check_ins.rounds if r.request and r.request.reply == reply), None)
    if round_ is None or round_.request is None:
        if reply.says:
            return (
                "Nothing in their words gave a day or a timeframe, so no further check-in "
                "or call is planned."
            )
        return "No further check-in or call is planned."
    request = round_.request
    lead = request_lead(request, lambda day: f"{day:%a %d %b}")
    action = plan(interview, round_.opens, policy).action(round_.action_id)
    if action is None or action.status.value in ("done", "cancelled"):
        return f"{lead}, but a later reply or the outcome already settles it."
    # In your zone and named, as the "Next:" line printed right after it is:
    # two zones on two lines read as two different times.
    opens = round_.opens.astimezone(home)
    return f"{lead}: one more check-in opens {opens:%a %d %b %H:%M %Z}."


def user_zone_of(user: User) -> ZoneInfo:
    from followup.store.services import settings_of

    return user_zone(settings_of(user))


def register(cli: click.Group) -> None:
    @cli.command("agenda")
    @now_option
    @json_option
    def agenda_command(now: str | None, as_json: bool) -> None:
        """What to do across all interviews: overdue, due today, and the next 7 days.

        Most urgent first; each line says what to do, for whom, by when and
        why. Reads the stored actions with one SQL query (no Django), so it
        starts fast. --now without an offset is your local time (setting
        `timezone`). Nudges you when fewer applications are active than the
        setting `nudge_below`.
        """
        from followup.cli.agenda import show

        show(now, as_json)

    @cli.command("add")
    @click.argument("file", required=False, type=click.Path(dir_okay=False))
    @json_option
    def add_command(file: str | None, as_json: bool) -> None:
        """Store an interview: from FILE, or by answering questions.

        FILE is an interview file, the same format as `followup plan` reads
        (fields the file leaves out take your settings: time zone, country).
        Without FILE, you are asked for each fact on the terminal, with
        defaults and validation as you type. The plan is computed and stored.
        """
        from followup.config import defaults_from

        if file is not None and file.lower().endswith((".ics", ".eml")):
            from followup.cli.invite import add_invitation

            return add_invitation(file, as_json)
        if file is not None:
            from followup.cli.plan import load_with_policy
            from followup.store.plausible import check_new_contacts

            # Read and judged before the store is made: a file with a mistake
            # must leave no empty store (nor its secret key) behind. Your stored
            # settings are read when you have a store, and none is created.
            interview, policy = load_with_policy(file)
            check_new_contacts(interview, policy, datetime.now(UTC))
            user = store()
            from followup.store import services
        else:
            user = store()
            from followup.store import services

            defaults = defaults_from(services.settings_of(user))
            from followup.cli.ask import ask_interview, require_terminal

            require_terminal("FILE", "give an interview file, or run it in a terminal to be asked")
            interview = ask_interview(defaults, user_companies(user))
        # As `log` and `outcome` would judge each entry; `import` restores as is.
        services.check_new_contacts(interview, services.policy_of(user), datetime.now(UTC))
        new_id = services.add(user, interview)
        if as_json:
            emit({"id": new_id})
            return
        click.echo(f"Added interview {new_id}: {interview.role} at {interview.company}.")
        line = next_line(user, new_id)
        if line:
            click.echo(line)
        click.echo(f"See the whole plan with: followup show {new_id}")

    @cli.command("list")
    @now_option
    @json_option
    def list_command(now: str | None, as_json: bool) -> None:
        """List every stored interview with its round, outcome and next action."""
        from followup.cli.views import listing

        user = store()
        from followup.store import services

        zone = user_zone(services.settings_of(user))
        moment = now_in(zone, now)
        rows = listing(user, moment)
        if as_json:
            from followup.porcelain import list_dict

            emit(list_dict(rows))
            return
        from followup.cli.views import print_listing

        print_listing(rows, zone)

    @cli.command("show")
    @interview_id_argument
    @now_option
    @json_option
    def show_command(interview_id: int, now: str | None, as_json: bool) -> None:
        """Show one interview: its facts, its plan with reasons and sources, its history."""

        user = store()
        from followup.store import services

        stored = services.load(user, interview_id)
        moment = now_in(stored.interview.tz, now)
        result = services.plan_now(stored, moment)
        if as_json:
            from followup.porcelain import show_dict

            emit(show_dict(stored.id, stored.round, stored.interview, result))
            return
        from followup.cli.views import print_interview

        print_interview(stored.id, stored.round, stored.interview, result)

    @cli.command("log")
    @interview_id_argument
    @click.argument("action", type=click.Choice(LOGGABLE))
    @click.option("--to", metavar="NAME", help="The interviewer it was for.")
    @at_option
    @click.option(
        "--answered/--no-answer",
        default=None,
        help="For a call: whether someone picked up.",
    )
    @click.option("--letter", is_flag=True, help="It went by post, not email (written contacts).")
    @click.option(
        "--override",
        metavar="REASON",
        help="Record it even though the guardrails refuse it; flagged in the history.",
    )
    def log_command(
        interview_id: int,
        action: str,
        to: str | None,
        at: str | None,
        answered: bool | None,
        letter: bool,
        override: str | None,
    ) -> None:
        """Record a contact you made, after checking it against the guardrails.

        1. The contact is checked as `followup check` would, at --at.
        2. Refused: nothing is recorded and the command exits 1 with the reason,
           unless --override REASON is given; then it is recorded and flagged.
        3. The interview's plan is recomputed (the action shows as done).
        """
        from followup.errors import InputError
        from followup.etiquette.guardrails import check
        from followup.etiquette.model import (
            Contact,
            ContactKind,
            ProposedContact,
            Purpose,
            contact_follows,
        )

        if answered is not None and action != "call":
            raise InputError("--answered", "only applies to calls")
        if letter and action in ("call", "visit", "gift"):
            raise InputError("--letter", f"does not apply to a {action}")
        if override is not None and not override.strip():
            raise InputError("--override", "give the reason you are recording it anyway")
        user = store()
        from followup.store import services

        outcome: dict[str, Any] = {}

        def change(interview: Interview) -> Interview:
            moment = now_in(interview.tz, at, "--at")
            purpose = None if action in ("call", "visit", "gift") else Purpose(action)
            services.check_happened(
                interview,
                moment,
                "--at",
                after=contact_follows(
                    ContactKind(action) if purpose is None else ContactKind.EMAIL, purpose
                ),
                now=datetime.now(UTC),
                given=at is not None,
            )
            name = to
            if name is not None:
                person = interview.interviewer(name)
                if person is None:
                    names = ", ".join(p.name for p in interview.interviewers)
                    raise InputError("--to", f"{name!r} is not one of the interviewers ({names})")
                name = person.name
            elif action != "thank_you" or len(interview.interviewers) == 1:
                name = (
                    interview.interviewers[0].name
                    if action == "thank_you"
                    else interview.contact_person.name
                )
            if action in ("call", "visit", "gift"):
                kind, purpose = ContactKind(action), None
            else:
                person = interview.interviewer(name) if name else None
                by_letter = letter or (person is not None and not person.email)
                kind = ContactKind.LETTER if by_letter else ContactKind.EMAIL
                purpose = Purpose(action)
            try:
                verdict = check(
                    interview,
                    ProposedContact(kind=kind, purpose=purpose, to=name),
                    moment,
                    services.policy_of(user),
                )
            except ValueError as exc:
                field, _, message = str(exc).partition(": ")
                raise InputError(f"--{field}", message) from None
            if not verdict.allowed and override is None:
                # Every option given, so the suggestion records the same contact
                # (without --at it would be recorded at "now").
                words = ["followup", "log", str(interview_id), action]
                if name:
                    words += ["--to", name]
                if at is not None:
                    words += ["--at", at]
                if answered is not None:
                    words.append("--answered" if answered else "--no-answer")
                if letter:
                    words.append("--letter")
                words += ["--override", "your reason"]
                raise services.Refused(
                    verdict,
                    "To record it anyway: " + " ".join(shlex.quote(w) for w in words),
                )
            outcome.update(verdict=verdict, moment=moment, name=name)
            contact = Contact(
                kind=kind,
                at=moment,
                purpose=purpose,
                to=name,
                answered=answered,
                override=override.strip() if override and not verdict.allowed else None,
            )
            return services.rebuild(interview, contacts=(*interview.contacts, contact))

        services.update(user, interview_id, change)
        verdict = outcome["verdict"]
        who = f" to {outcome['name']}" if outcome["name"] else ""
        when = f"{outcome['moment']:%a %d %b %Y %H:%M}"
        if verdict.allowed:
            click.echo(f"Recorded: {action.replace('_', ' ')}{who} on {when}.")
            if override:
                click.echo("(The guardrails allow it, so --override was not needed.)")
        else:
            click.echo(
                f"Recorded against the guardrails, flagged in the history: "
                f"{action.replace('_', ' ')}{who} on {when}. They said: {verdict.reason}"
            )
        line = next_line(user, interview_id)
        if line:
            click.echo(line)

    @cli.command("reply")
    @interview_id_argument
    @at_option
    @click.option("--from", "sender", metavar="NAME", help="The interviewer who replied.")
    @click.option(
        "--check-back",
        metavar="DATE",
        help="The day they asked you to check back (YYYY-MM-DD): one more check-in opens then.",
    )
    @click.option(
        "--says",
        metavar="TEXT",
        help="Their words about what happens next, e.g. 'Still deciding, check back next week'.",
    )
    def reply_command(
        interview_id: int,
        at: str | None,
        sender: str | None,
        check_back: str | None,
        says: str | None,
    ) -> None:
        """Record that the employer replied, and whether they asked you to check back.

        1. The reply cancels the check-in and the call waiting for an answer.
        2. A reply that gives a new timeframe (--check-back DATE, or words in
           --says such as "check back next week", "we'll decide by Friday" or
           "in a few days", read from the day of the reply; the date wins)
           opens one more check-in, timed like the first; if that one goes
           unanswered, the one call of the whole process may follow it.
        3. A reply with no timeframe closes the door: no further check-in.
        """
        from followup.errors import InputError
        from followup.etiquette.model import Contact, ContactKind
        from followup.interview_file import CONTROL, parse_date

        asked_on = parse_date(check_back, "--check-back") if check_back is not None else None
        words = says.strip() if says is not None else None
        if says is not None and not words:
            raise InputError("--says", "give their words, or leave it out")
        if words is not None and CONTROL.search(words):
            raise InputError("--says", "contains control characters")
        user = store()
        from followup.store import services

        recorded: list[Contact] = []

        def change(interview: Interview) -> Interview:
            moment = now_in(interview.tz, at, "--at")
            services.check_happened(
                interview,
                moment,
                "--at",
                after="start",
                now=datetime.now(UTC),
                given=at is not None,
            )
            name = None
            if sender is not None:
                person = interview.interviewer(sender)
                if person is None:
                    names = ", ".join(p.name for p in interview.interviewers)
                    raise InputError(
                        "--from", f"{sender!r} is not one of the interviewers ({names})"
                    )
                name = person.name
            if asked_on is not None and asked_on < moment.date():
                raise InputError(
                    "--check-back",
                    f"{asked_on.isoformat()} is before the reply ({moment:%a %d %b %Y}); "
                    "give the day they asked you to check back",
                )
            reply = Contact(
                kind=ContactKind.REPLY, at=moment, to=name, check_back=asked_on, says=words
            )
            recorded.append(reply)
            return services.rebuild(interview, contacts=(*interview.contacts, reply))

        _, after = services.update(user, interview_id, change)
        click.echo(f"Recorded their reply to interview {interview_id}.")
        click.echo(
            what_the_reply_asks(after, recorded[0], services.policy_of(user), user_zone_of(user))
        )
        line = next_line(user, interview_id)
        if line:
            click.echo(line)

    @cli.command("outcome")
    @interview_id_argument
    @click.argument("kind", type=click.Choice(OUTCOMES))
    @at_option
    @click.option(
        "--keep-in-touch",
        is_flag=True,
        help="After a rejection: you want to stay in touch (plans a bridge note).",
    )
    def outcome_command(interview_id: int, kind: str, at: str | None, keep_in_touch: bool) -> None:
        """Record how it ended: offer, next_round, rejected or withdrawn.

        An outcome cancels the check-in, the call and the move-on reminder;
        unsent thank-you notes stay. A rejection with --keep-in-touch plans a
        bridge note; a withdrawal plans a short thank-you. Recording a new
        outcome replaces the old one.
        """
        from followup.errors import InputError
        from followup.etiquette.model import Outcome, OutcomeKind, outcome_follows

        if keep_in_touch and kind != "rejected":
            raise InputError("--keep-in-touch", "only applies to a rejection")
        user = store()
        from followup.store import services

        replaced: list[str] = []

        def change(interview: Interview) -> Interview:
            moment = now_in(interview.tz, at, "--at")
            services.check_happened(
                interview,
                moment,
                "--at",
                after=outcome_follows(OutcomeKind(kind)),
                now=datetime.now(UTC),
                given=at is not None,
            )
            if interview.outcome is not None:
                replaced.append(interview.outcome.kind.value)
            new = Outcome(kind=OutcomeKind(kind), at=moment, keep_in_touch=keep_in_touch)
            return services.rebuild(interview, outcome=new)

        services.update(user, interview_id, change)
        note = f" (it replaces the earlier outcome, {replaced[0]})" if replaced else ""
        click.echo(f"Recorded the outcome of interview {interview_id}: {kind}{note}.")
        line = next_line(user, interview_id)
        if line:
            click.echo(line)

    @cli.command("debrief")
    @interview_id_argument
    @click.option("--went-well", metavar="TEXT", help=DEBRIEF_QUESTIONS[0][1])
    @click.option("--went-poorly", metavar="TEXT", help=DEBRIEF_QUESTIONS[1][1])
    @click.option("--stood-out", metavar="TEXT", help=DEBRIEF_QUESTIONS[2][1])
    @click.option("--forgot-to-mention", metavar="TEXT", help=DEBRIEF_QUESTIONS[3][1])
    def debrief_command(interview_id: int, **answers: str | None) -> None:
        """Write down how it went, by flags or by answering four questions.

        Every note you send later draws on it. Flags change only the answers
        given; with no flags, you are asked each question on the terminal,
        with your earlier answer as the default.
        """
        from dataclasses import replace

        user = store()
        from followup.store import services

        given = {k: v for k, v in answers.items() if v is not None}
        if not given:
            from followup.cli.ask import ask_debrief, require_terminal

            require_terminal(
                "debrief",
                "give at least one of --went-well, --went-poorly, --stood-out, "
                "--forgot-to-mention, or run it in a terminal to be asked",
            )
            current = services.load(user, interview_id).interview.debrief
            given = ask_debrief(current, DEBRIEF_QUESTIONS)

        def change(interview: Interview) -> Interview:
            cleaned = {k: (v.strip() or None) for k, v in given.items()}
            return services.rebuild(interview, debrief=replace(interview.debrief, **cleaned))

        services.update(user, interview_id, change)
        click.echo(f"Saved the debrief of interview {interview_id}.")

    @cli.command("edit")
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
    def edit_command(interview_id: int, assignments: tuple[str, ...], file: str | None) -> None:
        """Change an interview's facts; its plan follows.

        With --set or --file the change is made at once. With neither, the
        interview opens in your editor ($EDITOR) as an interview file; save
        and close to apply it. Every change is checked first and written in
        one transaction: a mistake changes nothing.
        """
        from followup.cli.edit import edit_interview

        user = store()

        edit_interview(user, interview_id, assignments, file)
        click.echo(f"Updated interview {interview_id}; its plan is recomputed.")
        line = next_line(user, interview_id)
        if line:
            click.echo(line)

    @cli.command("delete")
    @interview_id_argument
    @click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
    def delete_command(interview_id: int, yes: bool) -> None:
        """Delete an interview, its contact log and its plan (export first to keep a copy)."""
        from followup.errors import InputError

        user = store()
        from followup.store import services

        stored = services.load(user, interview_id)
        what = f"interview {interview_id} ({stored.interview.role} at {stored.interview.company})"
        if not yes:
            from followup.cli.ask import is_terminal

            if not is_terminal():
                raise InputError("--yes", f"confirm deleting {what} with --yes")
            click.confirm(f"Delete {what}?", abort=True)
        services.delete(user, interview_id)
        click.echo(f"Deleted {what}.")

    @cli.command("export")
    @click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, writable=True),
        help="Write to this file (replaced whole, never half-written) instead of printing.",
    )
    def export_command(output: str | None) -> None:
        """Print everything stored as one JSON document (format version 1).

        Interviews keep their IDs and are written in the interview-file
        format; settings come along. `followup import` reads it back.
        """
        user = store()
        from followup.porcelain import dumps
        from followup.store.exchange import export

        text = dumps(export(user)) + "\n"
        if output is None:
            click.echo(text, nl=False)
            return
        import os
        import tempfile

        target = Path(output)
        handle, temp = tempfile.mkstemp(dir=target.parent or ".", prefix=".followup-export-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        click.echo(f"Exported to {target}.", err=True)

    @cli.command("import")
    @click.argument("file", type=click.Path(dir_okay=False))
    @click.option(
        "--merge",
        is_flag=True,
        help="Add to the interviews already stored, with new IDs (settings stay as they are).",
    )
    def import_command(file: str, merge: bool) -> None:
        """Read a file made by `followup export`: all of it, or nothing.

        Everything is checked first (each problem names its field); then it
        is written in one transaction, so an error or Ctrl-C leaves the store
        as it was. Into an empty store, IDs and settings are kept; into one
        that holds interviews, --merge is needed.
        """
        from followup.cli.edit import read_json

        document = read_json(Path(file))
        user = store()
        from followup.store.exchange import load

        added, skipped = load(user, document, merge=merge)
        click.echo(f"Imported {len(added)} interview(s).")
        if skipped:
            click.echo(f"{skipped} were already stored and left as they are.")

    # ignore_unknown_options: `config nudge_below -1` reaches the validator
    # (and its sentence) instead of being taken for an option.
    @cli.command("config", context_settings={"ignore_unknown_options": True})
    @click.argument("name", required=False)
    @click.argument("value", required=False)
    @click.option("--unset", is_flag=True, help="Forget the stored value of NAME.")
    @json_option
    def config_command(name: str | None, value: str | None, unset: bool, as_json: bool) -> None:
        """See or change your settings: `config`, `config NAME`, `config NAME VALUE`.

        Settings are kept in the store. FOLLOWUP_<NAME> in the environment
        overrides the settings that do not shape plans (e.g. FOLLOWUP_TIMEZONE).
        Changing a policy setting recomputes every stored plan.
        """
        from followup import config
        from followup.errors import InputError

        user = store()
        from followup.store import services

        if unset:
            if name is None or value is not None:
                raise InputError("--unset", "give exactly one setting name: config --unset NAME")
            services.unset_setting(user, config.find(name).name)
            click.echo(f"{name} is back to its default.")
            return
        if name is not None and value is not None:
            setting = config.find(name)
            parsed = setting.parse(value)
            services.set_setting(user, setting.name, parsed)
            shown = "(empty)" if parsed is None else parsed
            click.echo(f"{setting.name} = {shown}")
            if setting.replans:
                click.echo("Every stored plan was recomputed with it.")
            return
        stored = services.settings_of(user)
        table = config.all_settings()
        chosen = [config.find(name)] if name is not None else list(table.values())
        values = [config.resolve(s, stored) for s in chosen]
        if as_json:
            from followup.porcelain import config_dict

            emit(config_dict(values))
            return
        from followup.cli.views import print_settings

        print_settings(chosen, values)


def user_companies(user: User) -> list[str]:
    from followup.store.models import Company

    return list(Company.objects.filter(user=user).order_by("name").values_list("name", flat=True))
