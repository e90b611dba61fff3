"""The outbox: putting a draft in it, and what the candidate does with its rows.

`queue_action` is the only way a message about an interview gets in:

1. Work out the plan now; the action must be open and sent by email, and a
   message that looks back on the interview waits for its end.
2. Take the words: the draft of the writing core, or the candidate's edited
   note; refuse control characters in names and subject, and bad addresses.
3. Choose the time: now, a given time, or the next business-hours slot
   inside the action's window (timing.business_slot).
4. Ask the guardrails about that moment (a check-in too soon is refused).
5. Store the row, queued, with a Message-ID it keeps for life, and the ids
   of the actions it carries besides its own (`Message.covers`: a thank-you
   folded into the check-in of the same day). Sent, it is logged once for
   each purpose (worker.log_contact), and while it is live none of them can
   be queued on its own.
"""

from __future__ import annotations

import email.utils
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from typing import TYPE_CHECKING

from followup.delivery.headers import check_address, check_line
from followup.errors import FollowupError, InputError
from followup.fields import one_line, wire_address

if TYPE_CHECKING:
    from followup.delivery.models import Account, Message, Notice
    from followup.etiquette.model import Action
    from followup.store.models import User
    from followup.store.services import Stored

# States in which the message still counts as on its way or gone.
LIVE = ("queued", "sending", "sent", "unknown")
# Where to find out whether an `unknown` message went out. Said plainly: the
# worker hands messages to the SMTP server and files no copy in an IMAP Sent
# folder, so a copy is there only when the provider files SMTP mail itself.
WHERE_TO_LOOK = (
    "followup files a copy in your IMAP Sent folder only of a message the server took "
    "(when an IMAP account is set up), so this one is not there from followup; look "
    "there only if your provider keeps what its SMTP server sends (Gmail and "
    "Outlook.com do); otherwise ask the provider's sent log or the recipient"
)


@dataclass(frozen=True)
class Words:
    """A subject and body the candidate chose instead of the draft."""

    subject: str
    body: str


def new_message_id(sender: str) -> str:
    domain = sender.rpartition("@")[2] or "followup.invalid"
    return f"<followup.{secrets.token_hex(12)}@{domain}>"


def from_address(user: User, account: Account) -> tuple[str, str]:
    """The candidate's address and name: the account's, else the settings' (`email`, `name`)."""
    from followup import config
    from followup.store import services

    stored = services.settings_of(user)
    address = account.sender or config.value_of("email", stored) or ""
    name = account.sender_name or config.value_of("name", stored) or ""
    if not address:
        raise InputError("sender", "no sender address: followup mail smtp --from ADDRESS sets it")
    return check_address("sender", address), check_line("sender name", name)


def compose(
    user: User,
    interview_id: int,
    action_id: str,
    *,
    now: datetime,
    words: Words | None = None,
) -> tuple[Message, Stored, Action]:
    """Steps 1 and 2: the message for one open action, checked, not yet saved."""
    from followup.config import sender_from as sender_of
    from followup.delivery.account import account_of
    from followup.delivery.models import Message
    from followup.etiquette.model import ActionKind, Channel
    from followup.store import services
    from followup.writing.drafting import drafts

    stored = services.load(user, interview_id)
    interview = stored.interview
    plan = services.plan_now(stored, now)
    action = plan.action(action_id)
    emailable = [
        a.id
        for a in plan.open_actions()
        if a.channel is Channel.EMAIL and a.kind is not ActionKind.CALL
    ]
    hint = f" (open email actions: {', '.join(emailable)})" if emailable else " (none is open)"
    if action is None:
        raise InputError("ACTION", f"interview {interview_id} has no action {action_id!r}{hint}")
    if action.id not in emailable:
        why = "is not open" if action not in plan.open_actions() else "is not sent by email"
        raise InputError("ACTION", f"{action_id} {why}{hint}")
    from followup.delivery.models import Message as Row

    # What is already in the outbox went as written: never folded into this one.
    live = list(
        Row.objects.filter(user=user, interview_id=interview_id, state__in=LIVE).values_list(
            "action_id", "covers", "kind", "recipient_name"
        )
    )
    queued = {carrier for carrier, _, _, _ in live}
    for _, covers, kind, name in live:
        if action_id in (covers or ()):
            from followup.writing.kinds import LABEL, NoteKind

            label = LABEL[NoteKind(kind)]
            raise InputError(
                "ACTION",
                f"{action_id} already goes with the {label[:1].lower()}{label[1:]} to {name} "
                "in the outbox, which carries it",
            )
    written = drafts(interview, plan, sender_of(stored.settings), now=now, queued=queued)
    if any(action_id in notice.action_ids for notice in written.notices):
        # A thank-you frozen before the interview has no topics and no debrief to draw on.
        end = interview.local_end
        raise InputError(
            "ACTION",
            f"{action_id} looks back on the interview, so it can be drafted and queued "
            f"once the interview has ended, at {end:%H:%M} on {end:%a %d %b %Y} "
            f"({interview.timezone})",
        )
    carrier = next((d for d in written.drafts if action_id in d.covers), None)
    if carrier is not None:
        # Two messages to one person on one day go as one (issue #11).
        raise InputError(
            "ACTION",
            f"{action_id} goes in the same message as {carrier.action_id} today: "
            f"queue {carrier.action_id}, which carries both",
        )
    draft = next(d for d in written.drafts if d.action_id == action_id)
    person = interview.interviewer(action.to) if action.to else None
    if person is None or not person.email:
        raise InputError("ACTION", f"{action_id}: no email address for {action.to}")
    subject = words.subject if words else draft.subject
    body = words.body if words else draft.body
    sender, sender_name = from_address(user, account_of(user))
    recipient = check_address(f"{person.name}'s email", person.email)
    recipient_name = check_line("interviewer name", person.name)
    subject = check_line("subject", subject)
    if not subject:
        raise InputError("subject", "is empty")
    if "\x00" in body:
        raise InputError("body", "contains a NUL character")
    from followup.writing.drafting import unsendable

    missing = unsendable(body)
    if missing:
        # Issue #11: the references email never goes out without its references.
        raise InputError("references", missing)
    message = Message(
        user=user,
        interview_id=interview_id,
        action_id=action_id,
        covers=list(draft.covers),
        kind=draft.kind.value,
        message_id=new_message_id(sender),
        sender=sender,
        sender_name=sender_name,
        recipient=recipient,
        recipient_name=recipient_name,
        subject=subject,
        body=body if body.endswith("\n") else body + "\n",
        send_after=now.astimezone(UTC),
        created=now.astimezone(UTC),
    )
    return message, stored, action


def queue_action(
    user: User,
    interview_id: int,
    action_id: str,
    *,
    now: datetime,
    at: datetime | None = None,
    immediately: bool = False,
    words: Words | None = None,
) -> Message:
    """Steps 1 to 5 of the module's docstring; returns the queued row."""
    from django.db import transaction

    from followup.delivery.models import Message
    from followup.delivery.timing import business_slot
    from followup.etiquette.guardrails import check
    from followup.etiquette.model import ContactKind, ProposedContact, Purpose
    from followup.etiquette.planner import business_calendar
    from followup.store import services

    with transaction.atomic():
        message, stored, action = compose(user, interview_id, action_id, now=now, words=words)
        interview = stored.interview
        existing = (
            Message.objects.filter(
                user=user, interview_id=interview_id, action_id=action_id, state__in=LIVE
            )
            .order_by("id")
            .first()
        )
        if existing is not None:
            raise InputError(
                "ACTION",
                f"{action_id} is already in the outbox as message {existing.pk} ({existing.state})",
            )
        if immediately:
            when = now
        elif at is not None:
            when = at
        else:
            calendar = business_calendar(interview)
            when = business_slot(now, action.not_before, action.due, interview.tz, calendar)
        verdict = check(
            interview,
            ProposedContact(
                kind=ContactKind.EMAIL, purpose=Purpose(action.kind.value), to=action.to
            ),
            max(when, now),
            stored.policy,
        )
        if not verdict.allowed:
            raise services.Refused(verdict, "Nothing was queued.")
        message.send_after = when.astimezone(UTC)
        message.save()
        return message


def build(message: Message, date: datetime, eight_bit: bool = False) -> EmailMessage:
    """The email as it goes on the wire: plain text, UTF-8, our Message-ID.

    A body that is not plain ASCII goes as 8-bit only to a server that
    announced 8BITMIME (`eight_bit`); to any other, quoted-printable (RFC 6152).
    """
    mail = EmailMessage(policy=SMTP)
    mail["From"] = Address(one_line(message.sender_name), addr_spec=wire_address(message.sender))
    mail["To"] = Address(
        one_line(message.recipient_name), addr_spec=wire_address(message.recipient)
    )
    mail["Subject"] = one_line(message.subject)
    mail["Date"] = email.utils.format_datetime(date.astimezone(UTC))
    mail["Message-ID"] = message.message_id
    mail["Auto-Submitted"] = "auto-generated" if message.kind == "digest" else "no"
    if message.body.isascii():
        mail.set_content(message.body, charset="utf-8")
    else:
        mail.set_content(
            message.body, charset="utf-8", cte="8bit" if eight_bit else "quoted-printable"
        )
    return mail


# The plain case, written straight to bytes: printable ASCII with no quoting,
# no encoded words and no folding to do. The email package parses every
# header it is given and folds it again (about 1.3 ms of CPU a message, the
# largest part of the worker's); for such values it writes exactly what
# `wire_bytes` writes (tests/delivery/test_wire_bytes.py compares the two).
_ATOM = r"[A-Za-z0-9!#$%&'*+/^_`{|}~-]+"
_PLAIN_NAME = re.compile(rf"(?:{_ATOM}(?: {_ATOM})*)?")
_PLAIN_ADDRESS = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*")
_PLAIN_SUBJECT = re.compile(r"[!-<>-~](?:[ -<>-~]*[!-<>-~])?")
_PLAIN_ID = re.compile(rf"<{_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*>")
_PLAIN_BODY = re.compile(r"[ -~\n]*")
# SMTP's policy folds a line longer than this (email.policy.SMTP.max_line_length).
_FOLD_AT = 78


def _plain_mailbox(name: str, address: str) -> str | None:
    if not _PLAIN_NAME.fullmatch(name) or "  " in name or not _PLAIN_ADDRESS.fullmatch(address):
        return None
    return f"{name} <{address}>" if name else address


def _plain_bytes(message: Message, date: datetime) -> bytes | None:
    """The message as `build` writes it, when every part of it is plain; else None."""
    sender = _plain_mailbox(message.sender_name, wire_address(message.sender))
    recipient = _plain_mailbox(message.recipient_name, wire_address(message.recipient))
    subject, body = message.subject, message.body
    if (
        sender is None
        or recipient is None
        or not _PLAIN_SUBJECT.fullmatch(subject)
        or "  " in subject
        or not _PLAIN_ID.fullmatch(message.message_id)
        or not _PLAIN_BODY.fullmatch(body)
    ):
        return None
    headers = [
        f"From: {sender}",
        f"To: {recipient}",
        f"Subject: {subject}",
        f"Date: {email.utils.format_datetime(date.astimezone(UTC))}",
        f"Message-ID: {message.message_id}",
        f"Auto-Submitted: {'auto-generated' if message.kind == 'digest' else 'no'}",
    ]
    if any(len(line) > _FOLD_AT for line in headers):
        return None
    lines = body.split("\n")
    if body.endswith("\n"):
        lines.pop()
    if any(len(line) > _FOLD_AT for line in lines):
        return None
    headers += [
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 7bit",
        "MIME-Version: 1.0",
        "",
    ]
    return "\r\n".join(headers + lines + [""]).encode("ascii")


def wire_bytes(message: Message, date: datetime, eight_bit: bool = False) -> bytes:
    """`build(...).as_bytes()`: the bytes the worker sends (the plain case written directly)."""
    return _plain_bytes(message, date) or build(message, date, eight_bit).as_bytes()


# -- what the candidate does with a row ----------------------------------------


class NotFound(FollowupError):
    exit_code = 2


def get(user: User, number: int) -> Message:
    from followup.delivery.models import Message

    found = Message.objects.filter(user=user, pk=number).first()
    if found is None:
        raise NotFound(f"no outbox message {number} (followup outbox lists them)")
    return found


def confirm(user: User, number: int, *, sent: bool, now: datetime) -> Message:
    """The candidate's answer about an `unknown` message: it went out, or send it again."""
    from django.db import transaction

    from followup.delivery.worker import record_sent

    with transaction.atomic():
        message = get(user, number)
        if message.state != "unknown":
            raise InputError("MESSAGE", f"message {number} is {message.state}, not unknown")
        if sent:
            record_sent(message, now, note="confirmed by the candidate")
        else:
            message.state = "queued"
            message.phase = ""
            message.send_after = now.astimezone(UTC)
            message.last_error = "not received, by the candidate's word: sending again"
            message.save()
    return message


def retry(user: User, number: int, *, now: datetime) -> Message:
    """A failed message queued again, to go on the worker's next pass."""
    from django.db import transaction

    with transaction.atomic():
        message = get(user, number)
        if message.state != "failed":
            raise InputError("MESSAGE", f"message {number} is {message.state}, not failed")
        message.state = "queued"
        message.phase = ""
        message.send_after = now.astimezone(UTC)
        message.last_error = "sending again, at the candidate's request"
        message.save()
    return message


def cancel(user: User, number: int) -> Message:
    from django.db import transaction

    with transaction.atomic():
        message = get(user, number)
        if message.state not in ("queued", "failed", "unknown"):
            raise InputError(
                "MESSAGE", f"message {number} is {message.state}; it cannot be cancelled"
            )
        message.state = "cancelled"
        message.save(update_fields=["state"])
    return message


def messages_of(user: User) -> list[Message]:
    """Every message of the outbox, oldest first."""
    from followup.delivery.models import Message

    return list(Message.objects.filter(user=user).order_by("id"))


def waiting_notices(user: User) -> list[Notice]:
    """The notices not yet dismissed (here or on the web's Outbox page)."""
    from followup.delivery.models import Notice

    return list(Notice.objects.filter(user=user, seen=False))


def dismiss(user: User, numbers: tuple[int, ...] | None) -> int:
    """Put away the waiting notices `numbers` (None: all of them); returns how many."""
    from followup.delivery.models import Notice

    waiting = Notice.objects.filter(user=user, seen=False)
    if numbers is not None:
        known = set(waiting.values_list("pk", flat=True))
        unknown = [n for n in numbers if n not in known]
        if unknown:
            shown = ", ".join(str(n) for n in sorted(known)) or "none"
            raise InputError(
                "NOTICE", f"no notice {unknown[0]} waiting; the waiting ones are: {shown}"
            )
        waiting = waiting.filter(pk__in=numbers)
    return waiting.update(seen=True)
