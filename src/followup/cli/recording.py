"""`followup log`, `reply`, `outcome` and `debrief`: what happened, recorded.

Each command parses its options, calls one use case of `followup.record`
(the same the web and the mail worker call), and says what changed. The
use cases name their fields plainly ("to", "at"); `flags` renames them to
the options that gave them.

Django, the rules and the store are imported inside the commands, so that
`followup --help` loads none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from followup import shellword
from followup.cli.options import F
from followup.cli.shell import (
    Shell,
    at_option,
    flags,
    interview_id_argument,
    with_store,
)

# Plain data, no rules: the one vocabulary, for the choices below.
from followup.etiquette.labels import LOGGABLE, OUTCOME_VALUES, plain

if TYPE_CHECKING:
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from followup.record.reply import Replied

DEBRIEF_QUESTIONS = (
    ("went_well", "What went well?"),
    ("went_poorly", "What went poorly?"),
    ("stood_out", "What stood out about the team or the role?"),
    ("forgot_to_mention", "What did you forget to mention?"),
)
LOG_FLAGS = {
    "to": "--to",
    "at": "--at",
    "answered": "--answered",
    "letter": "--letter",
    "override": "--override",
    "covers": "--carrying",
}


def happened_at(shell: Shell, interview_id: int, at: str | None) -> datetime | None:
    """--at read in the interview's own zone; None (the use case's `now`) when not given."""
    from followup.store import services

    if at is None:
        return None
    return shell.moment(services.load(shell.user, interview_id).interview.tz, at, "--at")


@click.command("log")
@interview_id_argument
# KIND in the usage line: click breaks a long choice list mid-word ("brid ge").
@click.argument("action", type=click.Choice(LOGGABLE), metavar="KIND")
@click.option(
    "--to",
    metavar="NAME",
    help="The interviewer it was for: the whole name, or a first name or surname only one has.",
)
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
@click.option(
    "--carrying",
    "carrying",
    metavar="ACTION",
    multiple=True,
    help=(
        "An action the message carried too, as its draft said (e.g. thank_you:priya-raman); "
        "recorded with it at the same time. Repeatable."
    ),
)
@with_store
def log_command(
    shell: Shell,
    interview_id: int,
    action: str,
    to: str | None,
    at: str | None,
    answered: bool | None,
    letter: bool,
    override: str | None,
    carrying: tuple[str, ...],
) -> None:
    """Record a contact you made, after checking it against the guardrails.

    KIND is one of: thank_you, send_references, check_in, call, bridge,
    stay_in_touch, withdrawal, visit, gift.

    \b
    1. The contact is checked as `followup check` would, at --at.
    2. Refused: nothing is recorded and the command exits 1 with the reason,
       unless --override REASON is given; then it is recorded and flagged.
    3. The interview's plan is recomputed (the action shows as done).
    """
    from followup.record.contact import log_contact
    from followup.store import services

    try:
        with flags(LOG_FLAGS):
            moment = happened_at(shell, interview_id, at)
            logged = log_contact(
                shell.user,
                interview_id,
                now=shell.now(),
                action=action,
                to=to,
                at=moment,
                answered=answered,
                letter=letter,
                override=override,
                covers=carrying,
            )
    except services.Refused as refused:
        # Every option given, so the suggestion records the same contact
        # (without --at it would be recorded at "now").
        words = ["followup", "log", str(interview_id), action]
        if refused.to:
            words += ["--to", refused.to]
        if at is not None:
            words += ["--at", at]
        if answered is not None:
            words.append("--answered" if answered else "--no-answer")
        if letter:
            words.append("--letter")
        for carried in carrying:
            words += ["--carrying", carried]
        words += ["--override", "your reason"]
        hint = "To record it anyway: " + " ".join(shellword.word(w) for w in words)
        raise services.Refused(refused.verdict, hint) from None
    who = f" to {logged.name}" if logged.name else ""
    if logged.carried:
        also = " and ".join(plain(c.purpose.value) for c in logged.carried if c.purpose)
        who += f" (carrying {also})"
    # In your zone and named as the "Next:" line printed after it names it, by
    # places.clock: "GMT" above "London time (18:00 Toronto time)", or "EDT" above
    # "EST" across a change of clocks, read as two zones (issue 16).
    from followup.places import clock

    when = clock(logged.at, shell.zone(), logged.interview.tz)
    if logged.verdict.allowed:
        click.echo(f"Recorded: {plain(action)}{who} on {when}.")
        if override:
            click.echo("(The guardrails allow it, so --override was not needed.)")
    else:
        click.echo(
            f"Recorded against the guardrails, flagged in the history: "
            f"{plain(action)}{who} on {when}. They said: {logged.verdict.reason}"
        )
    shell.say_next(interview_id)


def what_the_reply_asks(replied: Replied, home: ZoneInfo, now: datetime) -> str:
    """What the plan now expects after the reply: one more check-in, or none.

    A date in another year than `now`'s carries its year, as the inbox's notice says it.
    """
    from followup.etiquette.planner import request_lead
    from followup.record.reply import what_opens

    asked, round_ = replied.asked, replied.opened
    if asked is None or asked.request is None:
        if replied.reply.says:
            return (
                "Nothing in their words gave a day or a timeframe, so no further check-in "
                "or call is planned."
            )
        return "No further check-in or call is planned."
    if round_ is None:
        year = now.astimezone(home).year

        def day(value: date) -> str:
            return f"{value:%a %d %b}" if value.year == year else f"{value:%a %d %b %Y}"

        lead = request_lead(asked.request, day)
        return f"{lead}, but a later reply or the outcome already settles it."
    return what_opens(round_, home, now.astimezone(home), replied.interview.tz)


@click.command("reply")
@interview_id_argument
@at_option
@click.option(
    "--from",
    "sender",
    metavar="NAME",
    help="The interviewer who replied: the whole name, or a part only one has.",
)
@click.option(
    "--check-back",
    metavar="DATE",
    help="The day they asked you to check back (YYYY-MM-DD): one more check-in opens then.",
)
@click.option(
    "--says",
    metavar="TEXT",
    help="Their words about what happens next, e.g. 'Still deciding, check back next week' "
    "(asked on a terminal when neither this nor --check-back is given).",
)
@with_store
def reply_command(
    shell: Shell,
    interview_id: int,
    at: str | None,
    sender: str | None,
    check_back: str | None,
    says: str | None,
) -> None:
    """Record that the employer replied, and whether they asked you to check back.

    \b
    1. The reply cancels the check-in and the call waiting for an answer.
    2. A reply that gives a new timeframe (--check-back DATE, or words in
       --says such as "check back next week", "we'll decide by Friday" or
       "in a few days", read from the day of the reply; the date wins)
       opens one more check-in, timed like the first; if that one goes
       unanswered, the one call of the whole process may follow it.
    3. A reply with no timeframe closes the door: no further check-in.
    4. What they said is needed to tell which: give --says or --check-back.
       Without either, you are asked for their words on a terminal, and
       elsewhere nothing is recorded (exit 2): a reply whose words are
       unknown would close a check-in it may not have answered.
    """
    from followup.interview_file import parse_date
    from followup.record.reply import UNSAID, record_reply

    asked_on = parse_date(check_back, "--check-back") if check_back is not None else None
    if says is None and asked_on is None:
        from followup.cli.ask import ask_reply_words, require_terminal

        require_terminal("--says", UNSAID + " (e.g. --says 'Thanks, still deciding')")
        says = ask_reply_words()
    names = {"at": "--at", "sender": "--from", "check_back": "--check-back", "says": "--says"}
    with flags(names):
        moment = happened_at(shell, interview_id, at)
        replied = record_reply(
            shell.user,
            interview_id,
            now=shell.now(),
            at=moment,
            sender=sender,
            check_back=asked_on,
            says=says,
            day=lambda day: f"{day:%a %d %b %Y}",
        )
    assert replied is not None  # only a reply read from the inbox is ever passed over
    click.echo(f"Recorded their reply to interview {interview_id}.")
    click.echo(what_the_reply_asks(replied, shell.zone(), shell.now()))
    shell.say_next(interview_id)


@click.command("outcome")
@interview_id_argument
@click.argument("kind", type=click.Choice(OUTCOME_VALUES))
@at_option
@click.option(
    "--keep-in-touch",
    is_flag=True,
    help="After a rejection: you want to stay in touch (plans a bridge note).",
)
@with_store
def outcome_command(
    shell: Shell, interview_id: int, kind: str, at: str | None, keep_in_touch: bool
) -> None:
    """Record how it ended: offer, next_round, rejected, withdrawn, called_off.

    An outcome cancels the check-in, the call and the move-on reminder;
    unsent thank-you notes stay. A rejection with --keep-in-touch plans a
    bridge note; a withdrawal plans a short thank-you. called_off (they
    called the interview off, as a calendar cancellation says) cancels
    every action, thank-yous too. Recording a new outcome replaces the old
    one.
    """
    from followup.record.interview import record_outcome

    with flags({"at": "--at", "keep_in_touch": "--keep-in-touch"}):
        moment = happened_at(shell, interview_id, at)
        changed = record_outcome(
            shell.user,
            interview_id,
            now=shell.now(),
            kind=kind,
            at=moment,
            keep_in_touch=keep_in_touch,
        )
    earlier = changed.before.outcome
    note = f" (it replaces the earlier outcome, {earlier.kind.value})" if earlier else ""
    click.echo(f"Recorded the outcome of interview {interview_id}: {kind}{note}.")
    shell.say_next(interview_id)


def debrief_options(func: F) -> F:
    for name, question in reversed(DEBRIEF_QUESTIONS):
        func = click.option(f"--{name.replace('_', '-')}", metavar="TEXT", help=question)(func)
    return func


@click.command("debrief")
@interview_id_argument
@debrief_options
@with_store
def debrief_command(shell: Shell, /, interview_id: int, **answers: str | None) -> None:
    """Write down how it went, by flags or by answering four questions.

    Every note you send later draws on it. Flags change only the answers
    given; with no flags, you are asked each question on the terminal,
    with your earlier answer as the default.
    """
    from followup.record.interview import save_debrief
    from followup.store import services

    given = {k: v for k, v in answers.items() if v is not None}
    if not given:
        from followup.cli.ask import ask_debrief, require_terminal

        require_terminal(
            "debrief",
            "give at least one of --went-well, --went-poorly, --stood-out, "
            "--forgot-to-mention, or run it in a terminal to be asked",
        )
        current = services.load(shell.user, interview_id).interview.debrief
        given = ask_debrief(current, DEBRIEF_QUESTIONS)
    save_debrief(shell.user, interview_id, given)
    click.echo(f"Saved the debrief of interview {interview_id}.")
