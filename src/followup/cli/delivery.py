"""Delivery commands: calendar, send, outbox, worker, mail settings and .eml export.

Each boots the store (with delivery's tables), calls `followup.delivery` or
`followup.calendar`, and prints. No password is ever printed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from followup import shellword
from followup.cli.options import F, InterviewId, json_option
from followup.cli.shell import now as clock_now
from followup.errors import InputError
from followup.store.disk import write_private

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from followup.delivery.models import Message
    from followup.store.models import User


def ready() -> User:
    from followup.delivery.boot import setup

    return setup()


def clock(value: str | None, user: User, field: str = "--at") -> datetime:
    """An ISO instant typed by the candidate (in their zone without an offset), else now."""
    from followup.cli.shell import Shell

    return Shell().moment(home(user), value, field)


def home(user: User) -> ZoneInfo:
    from followup.cli.shell import user_zone
    from followup.store.services import settings_of

    return user_zone(settings_of(user))


def when(message: Message, user: User) -> str:
    from followup.places import clock

    return clock(message.send_after, home(user))


def message_dict(message: Message) -> dict[str, Any]:
    from followup.porcelain import moment

    return {
        "id": message.pk,
        "interview": message.interview_id,
        "action_id": message.action_id or None,
        "kind": message.kind,
        "message_id": message.message_id,
        "to": message.recipient,
        "subject": message.subject,
        "state": message.state,
        "send_after": moment(message.send_after),
        "sent_at": moment(message.sent_at),
        "attempts": message.attempts,
        "last_error": message.last_error or None,
    }


def log_command_for(message: Message) -> str:
    """The `followup log` that records this message once sent by hand, exactly as typed.

    Always with --to: on a panel, a thank-you needs it, and elsewhere it is harmless.
    """

    kind = message.action_id.partition(":")[0]
    to = f" --to {shellword.word(message.recipient_name)}" if message.recipient_name else ""
    # What the one message carries besides its own step is logged with it.
    carrying = "".join(f" --carrying {shellword.word(c)}" for c in message.covers or ())
    return f"followup log {message.interview_id} {kind}{to}{carrying}"


def read_words(path: str | None) -> Any:
    if path is None:
        return None
    from followup.cli.writing import read_note
    from followup.delivery.outbox import Words

    note = read_note(path)
    if not note.subject:
        raise InputError(path, "has no Subject: line")
    return Words(subject=note.subject, body=note.body)


@click.command("calendar")
@click.option(
    "-o", "--output", metavar="FILE", help="Write the .ics here (default: standard output)."
)
@click.option(
    "--link", is_flag=True, help="Make a new secret subscription URL (revokes the old one)."
)
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=8127,  # followup serve's default
    show_default=True,
    help="With --link: the port followup serve listens on.",
)
@click.option("--revoke", is_flag=True, help="Stop every feed link.")
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Every stored event, not only those from 30 days ago to 90 days ahead.",
)
@click.option("--now", metavar="ISO", help="Pretend it is this moment (ISO 8601).")
def calendar_command(
    output: str | None, link: bool, port: int, revoke: bool, everything: bool, now: str | None
) -> None:
    """Every interview and open action as calendar events (.ics).

    Import the file into any calendar, or subscribe to the feed `followup
    serve` publishes: --link prints its URL,
    http://127.0.0.1:PORT/calendar/TOKEN.ics, and the same as webcal://
    (with -o FILE it also writes the file, for offline use).
    Importing again updates the same events: their UIDs are stable and
    their SEQUENCE goes up when they change; done and cancelled actions
    show as cancelled. Each action has an alarm at the moment it becomes
    due. Events from 30 days ago to 90 days ahead, unless --all.
    """
    from followup.calendar import feed

    user = ready()
    moment = clock(now, user, "--now")
    if revoke:
        count = feed.revoke(user, moment)
        click.echo(f"Revoked {count} feed link{'s' if count != 1 else ''}.")
        return
    if link:
        from followup.web.server import HOST

        url = feed.feed_url(feed.new_token(user, moment), HOST, port)
        click.echo(
            f"Subscribe to this URL in a calendar app on this computer; it updates "
            f"while followup serve --port {port} runs:"
        )
        click.echo(f"  {url}")
        click.echo(f"  {url.replace('http://', 'webcal://', 1)}  (opens your calendar app)")
        click.echo(
            "Anyone with this link can read your calendar; followup calendar --revoke stops it."
        )
        if output:
            write_private(Path(output), feed.calendar_for(user, moment.astimezone(UTC), everything))
            click.echo(
                f"Offline, or for a web calendar (which cannot reach {HOST}): "
                f"import {Path(output).resolve()} (written now; write it again after changes)."
            )
        else:
            click.echo(
                f"Offline, or for a web calendar (which cannot reach {HOST}): "
                "followup calendar -o followup.ics, then import the file."
            )
        return
    # Streamed: written as the events are made.
    pieces = feed.stream(user.pk, moment.astimezone(UTC), everything)
    if output:
        write_private(Path(output), b"".join(pieces))
        click.echo(f"Wrote {output}.", err=True)
    else:
        sys.stdout.buffer.writelines(pieces)
        sys.stdout.buffer.flush()


@click.command("send")
@click.argument("interview_id", metavar="ID", type=InterviewId())
@click.argument("action_id", metavar="ACTION")
@click.option("--at", metavar="ISO", help="Send at this moment instead of the suggested one.")
@click.option("--right-away", is_flag=True, help="Send as soon as the worker runs.")
@click.option("--note", metavar="FILE", help="Your edited note (as `followup draft` prints it).")
@json_option
def send_command(
    interview_id: int,
    action_id: str,
    at: str | None,
    right_away: bool,
    note: str | None,
    as_json: bool,
) -> None:
    """Put the message of one open action in the outbox (e.g. thank_you:priya-raman).

    \b
    1. The words are the draft's, or your edited note (--note FILE).
    2. The time is the next business-hours slot (09:00-17:00 on the
       recipient's business days) inside the action's window, or as soon
       as possible if none is left; --at or --right-away choose another.
    3. The guardrails are asked about that moment (no check-in too soon).
    4. `followup worker` sends it then, and logs it as a contact.
    """
    from followup.delivery.outbox import queue_action

    if at and right_away:
        raise InputError("--at", "give --at or --right-away, not both")
    user = ready()
    now = clock_now()
    message = queue_action(
        user,
        interview_id,
        action_id,
        now=now,
        at=clock(at, user) if at else None,
        immediately=right_away,
        words=read_words(note),
    )
    if as_json:
        from followup.porcelain import dumps

        click.echo(dumps(message_dict(message)))
        return
    click.echo(
        f"Queued message #{message.pk} to {message.recipient_name} <{message.recipient}>: "
        f'"{message.subject}", to go out {when(message, user)}.'
    )
    click.echo("The worker sends it then: keep followup worker running.")


@click.group("outbox", invoke_without_command=True)
@json_option
@click.pass_context
def outbox_command(ctx: click.Context, as_json: bool) -> None:
    """The outbox: every message, its state, and what needs your word.

    States: queued, sending, sent, failed (with the server's words),
    unknown (the worker stopped while the server was taking it: confirm
    with `followup outbox confirm`), cancelled.
    """
    if ctx.invoked_subcommand is not None:
        return
    user = ready()
    from followup.delivery.outbox import messages_of, waiting_notices

    rows = messages_of(user)
    # A notice stays until dismissed here or on the web's Outbox page, so
    # looking at one interface never hides it from the other.
    notices = waiting_notices(user)
    if as_json:
        from followup.porcelain import dumps

        click.echo(
            dumps(
                {
                    "messages": [message_dict(m) for m in rows],
                    "notices": [
                        {
                            "created": n.created.astimezone(UTC).isoformat(),
                            "id": n.pk,
                            "message": n.message_id,
                            "proposal": n.proposal or None,
                            "text": n.text,
                        }
                        for n in notices
                    ],
                }
            )
        )
    else:
        if not rows:
            click.echo("The outbox is empty (followup send ID ACTION queues a message).")
        for m in rows:
            extra = f"  [{m.last_error}]" if m.last_error and m.state != "sent" else ""
            click.echo(f"#{m.pk} {m.state:<9} {when(m, user)}  {m.recipient}  {m.subject}{extra}")
        from followup.agenda.text import proposal_answers

        for notice in notices:
            click.echo(f"! [{notice.pk}] {notice.text}")
            # An invitation's proposal is answered, as on the agenda, not dismissed.
            answers = proposal_answers(notice.pk, notice.proposal)
            if answers:
                click.echo(f"    {answers}")
        numbers = " ".join(str(n.pk) for n in notices if not n.proposal)
        if numbers:
            click.echo(f"Once read: followup outbox dismiss {numbers} (or --all).")


@outbox_command.command("confirm")
@click.argument("number", metavar="MESSAGE", type=click.IntRange(min=1))
@click.option(
    "--sent/--not-sent",
    required=True,
    help="It reached them (logged as sent), or it did not (sent again).",
)
def confirm_command(number: int, sent: bool) -> None:
    """Say whether a message in state unknown went out (see docs/delivery.md: where to look)."""
    from followup.delivery.outbox import confirm

    user = ready()
    confirm(user, number, sent=sent, now=clock_now())
    if sent:
        click.echo(f"Message #{number} recorded as sent.")
    else:
        click.echo(f"Message #{number} queued again.")


@outbox_command.command("cancel")
@click.argument("number", metavar="MESSAGE", type=click.IntRange(min=1))
def cancel_command(number: int) -> None:
    """Take a queued, failed or unknown message out of the outbox."""
    from followup.delivery.outbox import cancel

    cancel(ready(), number)
    click.echo(f"Message #{number} cancelled.")


@outbox_command.command("dismiss")
@click.argument("numbers", metavar="[NOTICE]...", nargs=-1, type=click.IntRange(min=1))
@click.option("--all", "everything", is_flag=True, help="Dismiss every notice.")
def dismiss_command(numbers: tuple[int, ...], everything: bool) -> None:
    """Put away notices you have read (their numbers are in followup outbox)."""
    if everything == bool(numbers):
        raise InputError("NOTICE", "give the numbers of the notices, or --all")
    from followup.delivery.outbox import dismiss

    count = dismiss(ready(), None if everything else numbers)
    click.echo(f"Dismissed {count} notice{'s' if count != 1 else ''}.")


@click.command("worker")
@click.option("--once", is_flag=True, help="One pass, then exit (for cron or tests).")
@click.option(
    "--interval",
    default=30.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds between passes.",
)
def worker_command(once: bool, interval: float) -> None:
    """Send due outbox messages, poll for replies and queue the morning digest.

    Restartable at any moment: rows are claimed with a conditional update,
    so two workers never send the same message, and a message the server
    may have taken when a worker died is marked unknown for you to confirm,
    never sent again on its own. Stops cleanly on SIGTERM or Ctrl-C.
    """
    import signal
    import threading

    from followup.delivery import worker

    ready()

    def report(tick: worker.Tick) -> None:
        for line in tick.lines():
            click.echo(line)

    if once:
        report(worker.run_once())
        return
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        worker.run(stop, interval, report)
    except KeyboardInterrupt:
        stop.set()


@click.group("mail", invoke_without_command=True)
@json_option
@click.pass_context
def mail_command(ctx: click.Context, as_json: bool) -> None:
    """Your mail account: `followup mail smtp`, `mail imap`, `mail digest`.

    Without a subcommand, shows the account. Passwords are never stored:
    only where to read them (env:VARIABLE, file:PATH, or keyring).
    """
    if ctx.invoked_subcommand is not None:
        return
    from followup.delivery.account import account_of, describe

    account = account_of(ready())
    if as_json:
        from followup.porcelain import dumps

        click.echo(dumps(describe(account)))
        return
    info = describe(account)
    sender = info["sender"] or "(not set)"
    if info["sender_name"]:
        sender = f"{info['sender_name']} <{sender}>"
    click.echo(f"sender: {sender}")
    for server in ("smtp", "imap"):
        part: Any = info[server]
        if part["host"]:
            click.echo(
                f"{server}: {part['host']}:{part['port']} ({part['security']}), "
                f"user {part['user'] or '-'}, password from {part['password'] or 'nowhere'}"
            )
        else:
            click.echo(f"{server}: not set up")
    digest = f"at {account.digest_at:%H:%M}" if account.digest else "off"
    if account.digest and not account.smtp_host:
        digest += " (once SMTP is set up)"
    elif not account.digest:
        digest += " (turn it on with `followup mail digest --on`)"
    click.echo(f"morning digest: {digest}")


def server_options(default_port: int, default_security: str) -> Callable[[F], F]:
    def wrap(func: F) -> F:
        for option in reversed(
            (
                click.option("--host", required=True, help="The server's name."),
                click.option("--port", type=click.IntRange(1, 65535), default=default_port),
                click.option(
                    "--security",
                    type=click.Choice(["starttls", "tls", "none"]),
                    default=default_security,
                    show_default=True,
                ),
                click.option("--user", help="The login name."),
                click.option("--password-env", metavar="VAR", help="Read it from $VAR."),
                click.option("--password-file", metavar="PATH", help="Read it from a file."),
                click.option(
                    "--password-keyring",
                    is_flag=True,
                    help="Ask for it now and keep it in the system keyring.",
                ),
            )
        ):
            func = option(func)
        return func

    return wrap


# How the mail use cases' fields are called here.
OPTION_NAMES = {
    "host": "--host",
    "port": "--port",
    "security": "--security",
    "user": "--user",
    "sender": "--from",
    "sender_name": "--name",
    "folder": "--folder",
    "at": "--at",
}


@dataclass(frozen=True)
class ServerOptions:
    """What `server_options` gave, as the use case takes it."""

    server: Any  # mail_settings.Server, imported with the command
    names: dict[str, str]
    password_file: str | None
    keep: Callable[[Any], None] | None

    @classmethod
    def read(cls, kind: str, options: dict[str, Any]) -> ServerOptions:
        from followup.delivery.mail_settings import Server

        env, file = options["password_env"], options["password_file"]
        use_keyring = bool(options["password_keyring"])
        places = [f"env:{env}" if env else "", f"file:{file}" if file else ""]
        chosen = [place for place in [*places, use_keyring and "keyring"] if place]
        many = len(chosen) > 1
        option = "--password-*" if many else "--password-env" if env else "--password-file"

        def keep(account: Any) -> None:
            # Asked only once every option is right, just before the account is saved.
            from followup.delivery.account import store_in_keyring

            secret = click.prompt(f"{kind.upper()} password", hide_input=True)
            store_in_keyring(kind, account, secret)

        server = Server(
            host=options["host"],
            port=options["port"],
            security=options["security"],
            login=options["user"] or "",
            password=chosen,
        )
        names = {**OPTION_NAMES, "password": option}
        return cls(server, names, file, keep if use_keyring else None)

    def warn_if_readable(self, reference: str) -> None:
        """The password file kept, named as typed, if other users may read it."""
        from followup.delivery.account import readable_by_others

        file = self.password_file
        if file and readable_by_others(reference):
            click.echo(
                f"Warning: other users of this machine can read {file}; "
                f"chmod 600 {file} keeps it yours.",
                err=True,
            )


@mail_command.command("smtp")
@server_options(587, "starttls")
@click.option("--from", "sender", metavar="ADDRESS", help="Your address, the sender.")
@click.option("--name", metavar="NAME", help="Your name, as recipients see it.")
def smtp_command(sender: str | None, name: str | None, **options: Any) -> None:
    """Set the SMTP server that sends your messages.

    The host is a name or an IP address (the port goes in --port); a
    password variable must be set and a password file readable now.
    --security none with a login is refused unless the server is on this
    machine (127.0.0.1, ::1, localhost): the password would cross the
    network unencrypted. Nothing is stored unless every option is right.
    """
    from followup.delivery.mail_settings import KEEP, set_smtp

    given = ServerOptions.read("smtp", options)
    account = set_smtp(
        ready(),
        given.server,
        sender=KEEP if sender is None else sender,
        sender_name=KEEP if name is None else name,
        names=given.names,
        before_save=given.keep,
    ).account
    given.warn_if_readable(account.smtp_password)
    click.echo(f"SMTP set: {account.smtp_host}:{account.smtp_port} ({account.smtp_security}).")


@mail_command.command("imap")
@server_options(993, "tls")
@click.option("--folder", default="INBOX", show_default=True, help="The folder to watch.")
def imap_command(folder: str, **options: Any) -> None:
    """Set the IMAP server the worker watches for the employer's replies.

    The same checks as `followup mail smtp`: a real host name or IP
    address, a password source that works now, and no login over
    --security none except to a server on this machine.
    """
    from followup.delivery.mail_settings import set_imap

    given = ServerOptions.read("imap", options)
    account = set_imap(
        ready(), given.server, folder=folder, names=given.names, before_save=given.keep
    ).account
    given.warn_if_readable(account.imap_password)
    click.echo(
        f"IMAP set: {account.imap_host}:{account.imap_port} ({account.imap_security}), "
        f"folder {folder}."
    )


@mail_command.command("digest")
@click.option("--at", "at", metavar="HH:MM", help="When to send it, your local time.")
@click.option("--on/--off", default=None, help="Turn the morning digest on or off.")
def digest_command(at: str | None, on: bool | None) -> None:
    """The morning digest of the day's agenda: off until you turn it on.

    --on (or --at HH:MM, which turns it on at that time) asks for it; it is
    sent once SMTP is set up (`followup mail smtp`). --off stops it.
    """
    from followup.delivery.mail_settings import set_digest

    account = set_digest(ready(), at=at, on=on, names=OPTION_NAMES).account
    state = f"at {account.digest_at:%H:%M}" if account.digest else "off"
    click.echo(f"Morning digest: {state}.")


@click.command("eml")
@click.argument("interview_id", metavar="ID", type=InterviewId())
@click.argument("action_id", metavar="ACTION")
@click.option("-o", "--output", metavar="FILE", help="Write here (default: ACTION.eml).")
@click.option("--note", metavar="FILE", help="Your edited note instead of the draft.")
@click.option("--mailto", is_flag=True, help="Print a mailto: link instead.")
def eml_command(
    interview_id: int, action_id: str, output: str | None, note: str | None, mailto: bool
) -> None:
    """Export one action's message as an .eml file (or a mailto: link) for your own client."""
    from followup.delivery import eml, outbox

    user = ready()
    now = clock_now()
    message, _, _ = outbox.compose(user, interview_id, action_id, now=now, words=read_words(note))
    if mailto:
        click.echo(eml.mailto(message.recipient, message.subject, message.body))
        return
    path = Path(output or f"{action_id.replace(':', '-')}.eml")
    data = eml.eml(
        subject=message.subject,
        body=message.body,
        to_name=message.recipient_name,
        to_address=message.recipient,
        from_name=message.sender_name,
        from_address=message.sender,
        date=now,
    )
    write_private(path, data)
    click.echo(f"Wrote {path}; open it in your mail client, check it, and send it.")
    click.echo(f"Once sent: {log_command_for(message)}")
