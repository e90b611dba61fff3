"""The worker: sends due outbox rows, never twice; polls for replies; queues the digest.

A plain restartable command (`followup worker [--once]`) or a thread inside
`followup serve` (`start_thread`). Its steps are small functions the tests
call directly. Model: healthchecks' `sendalerts`.

Never twice. A row goes queued -> sending (claimed with one conditional
UPDATE, so two workers never take the same row) -> sent, and the worker
commits its progress at the one point that matters:

1. Claim: `UPDATE ... SET state='sending', phase='claimed' WHERE id IN (the
   next few due) AND state='queued' RETURNING id` (`claim_batch`); a worker
   goes on with the rows its UPDATE changed, read in one query.
   It then asks the plan and the guardrails again (`reconsider`), as
   `followup log` would now: a row they would refuse goes back to the queue
   for the first moment they allow, or is cancelled, with a notice either way.
2. Tell the server who from and to whom (MAIL, RCPT). Nothing can be
   delivered yet, so a crash here is safe: the row is given back to the queue.
3. Commit `phase='data'`, then send the message (DATA).
4. On the server's 250, commit `state='sent'` and log the contact (the plan
   moves on) in one transaction. That commit is the next message's step 3
   (`Held`, `mark`: one UPDATE sets this row sent and the next one's phase
   data), so a message costs one commit, not two; it is made sooner when
   the batch ends, before the next message of the same interview is asked
   about, and at once when a Sent copy is to be filed.

A worker that died between 3 and 4 leaves a row the server may have
accepted. Whoever finds it (`recover`: its holder's process is gone, or its
lease ran out) marks it `unknown` and tells the candidate, who confirms it
went out or asks for it again (`followup outbox confirm`). It is never sent
again on its own: a duplicate thank-you is worse than a late one.
"""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.delivery.outbox import WHERE_TO_LOOK
from followup.errors import FollowupError, InputError

if TYPE_CHECKING:
    from followup.delivery.models import Account, Message
    from followup.store.models import User

# After this long a claim is presumed dead even if its process seems alive
# (another machine, or a reused process ID). Far above any SMTP timeout.
LEASE = timedelta(minutes=15)
SMTP_TIMEOUT = 60
# Waits after each temporary failure; past the last, the message has failed.
BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=3),
)
# Seconds between two readings of the IMAP folder in the worker loop.
REPLIES_EVERY = 300.0
# Rows listed per query (recovery and review).
BATCH = 50
# Rows one worker claims at once, in one conditional UPDATE: small, so a
# second worker finds work too, but one commit instead of one per message.
CLAIM = 8


@dataclass
class Tick:
    """What one pass of the worker did."""

    sent: list[int] = field(default_factory=list)
    retried: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    unknown: list[int] = field(default_factory=list)
    cancelled: list[int] = field(default_factory=list)
    requeued: list[int] = field(default_factory=list)
    postponed: list[int] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)
    # Outbox messages a mail server reported undeliverable, and automatic
    # replies noted (out of office and the like), which change nothing.
    bounced: list[int] = field(default_factory=list)
    automatic: list[str] = field(default_factory=list)
    # Invitations proposed (new, moved, cancelled): never applied without the candidate.
    invitations: list[str] = field(default_factory=list)
    digests: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = []
        for label, ids in (
            ("sent", self.sent),
            ("retrying later", self.retried),
            ("failed", self.failed),
            ("unknown, please confirm", self.unknown),
            ("cancelled, no longer needed", self.cancelled),
            ("given back to the queue", self.requeued),
            ("waiting until the rules allow it", self.postponed),
            ("digest queued", self.digests),
            ("bounced", self.bounced),
        ):
            if ids:
                out.append(f"{label}: " + ", ".join(f"#{n}" for n in ids))
        out.extend(self.replies)
        out.extend(self.automatic)
        out.extend(self.invitations)
        out.extend(f"error: {e}" for e in self.errors)
        return out


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def checkpoint(step: str) -> None:
    """A test seam: with FOLLOWUP_WORKER_PAUSE_AT=step, stop here to be killed.

    The crash tests use it to SIGKILL a real worker at an exact step; the
    file named by FOLLOWUP_WORKER_PAUSE_FILE tells them it got there.
    """
    if os.environ.get("FOLLOWUP_WORKER_PAUSE_AT") == step:
        Path(os.environ["FOLLOWUP_WORKER_PAUSE_FILE"]).write_text(step)
        time.sleep(600)


# -- notices -------------------------------------------------------------------


def named(message: Message) -> str:
    """'The check-in email to Priya Raman at Northwind Analytics': the message by what it is.

    What the candidate reads names the message, never its row number.
    """
    from followup.writing.kinds import LABEL, NoteKind

    try:
        label = LABEL[NoteKind(message.kind)]
    except (ValueError, KeyError):
        label = "Message"
    article = "Your" if message.kind == "digest" else "The"
    label = "morning digest" if message.kind == "digest" else label[0].lower() + label[1:]
    who = message.recipient_name or message.recipient
    company = ""
    if message.interview_id is not None:
        from followup.store.models import Interview

        row = (
            Interview.objects.filter(pk=message.interview_id)
            .select_related("application__company")
            .first()
        )
        if row is not None:
            company = f" at {row.application.company.name}"
    return f"{article} {label} to {who}{company}"


def tell(
    user: User | int,
    text: str,
    now: datetime,
    message: Message | None = None,
    *,
    proposal: str = "",
    interview_id: int | None = None,
    proposed: dict[str, Any] | None = None,
) -> None:
    """Leave the candidate a notice; with `proposal`, one they confirm or decline."""
    from followup.delivery.models import Notice

    user_id = user if isinstance(user, int) else user.pk
    Notice.objects.create(
        user_id=user_id,
        text=text,
        created=now,
        message=message,
        proposal=proposal,
        interview_id=interview_id,
        proposed=proposed or {},
    )


# -- recovery --------------------------------------------------------------------


def holder_gone(claimed_by: str, claimed_at: datetime | None, now: datetime) -> bool:
    if claimed_at is None or claimed_at <= now - LEASE:
        return True
    host, _, rest = claimed_by.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def recover(now: datetime, tick: Tick) -> None:
    """Rows whose worker died: before DATA, back to the queue; during or after, unknown."""
    from followup.delivery.models import Message

    for row in Message.objects.filter(state="sending").only(
        "pk",
        "user_id",
        "phase",
        "claimed_by",
        "claimed_at",
        "subject",
        "recipient",
        "kind",
        "recipient_name",
        "interview_id",
    ):
        if not holder_gone(row.claimed_by, row.claimed_at, now):
            continue
        mine = Message.objects.filter(pk=row.pk, state="sending", claimed_by=row.claimed_by)
        if row.phase == "data":
            if mine.update(state="unknown", last_error="the worker stopped while sending"):
                tell(
                    row.user_id,
                    f"{named(row)} ({row.subject!r}) may or may not "
                    "have gone out: the worker stopped while the server was taking it. "
                    f"{WHERE_TO_LOOK[0].upper()}{WHERE_TO_LOOK[1:]}; then: followup outbox "
                    f"confirm {row.pk} --sent (or --not-sent to send it again).",
                    now,
                    row,
                )
                tick.unknown.append(row.pk)
        elif mine.update(state="queued", phase="", claimed_by="", claimed_at=None):
            tick.requeued.append(row.pk)


# -- sending -------------------------------------------------------------------


def due_ids(now: datetime, limit: int = BATCH) -> list[int]:
    from followup.delivery.models import Message

    return list(
        Message.objects.filter(state="queued", send_after__lte=now)
        .order_by("send_after", "id")
        .values_list("pk", flat=True)[:limit]
    )


def claim(pk: int, now: datetime, me: str) -> bool:
    """One conditional UPDATE: true for exactly one worker, whoever asks at once."""
    from django.db.models import F

    from followup.delivery.models import Message

    return (
        Message.objects.filter(pk=pk, state="queued", send_after__lte=now).update(
            state="sending",
            phase="claimed",
            claimed_by=me,
            claimed_at=now,
            attempts=F("attempts") + 1,
        )
        == 1
    )


def claim_batch(now: datetime, me: str, limit: int = CLAIM) -> list[int]:
    """Claim up to `limit` due rows in one statement; the IDs this worker won, oldest first."""
    return [row.pk for row in claim_rows(now, me, limit)]


def claim_rows(now: datetime, me: str, limit: int = CLAIM) -> list[Message]:
    """Claim up to `limit` due rows in one statement; the rows this worker won, oldest first.

    One conditional UPDATE (state='queued' in its WHERE clause, as `claim`)
    inside SQLite's write lock: two workers asking at once get disjoint
    rows. RETURNING needs SQLite 3.35 (2021); it gives the claimed rows
    whole, so they are not read again. On PostgreSQL, where workers on
    several machines ask at once without a database-wide lock, the rows are
    picked with `FOR UPDATE SKIP LOCKED`: a row another worker is claiming is
    passed over, not waited for, and the conditional UPDATE still refuses a
    row claimed in between.
    """
    from django.db import connection

    from followup.delivery.models import Message

    table = Message._meta.db_table
    columns = ", ".join(field.column for field in Message._meta.concrete_fields)
    claimed_at = Message._meta.get_field("claimed_at")
    stamp = claimed_at.get_db_prep_value(now, connection)
    if connection.vendor == "postgresql":
        # The rows are picked once, in a CTE (always evaluated once when it
        # locks): as a subquery of IN, PostgreSQL may run the pick again per
        # row, and with SKIP LOCKED each run finds other rows (a batch of 5
        # claimed 290).
        sql = (
            f"WITH picked AS (SELECT id FROM {table} WHERE state = 'queued' "
            "AND send_after <= %s ORDER BY send_after, id LIMIT %s FOR UPDATE SKIP LOCKED) "
            f"UPDATE {table} AS m SET state = 'sending', phase = 'claimed', claimed_by = %s, "
            "claimed_at = %s, attempts = m.attempts + 1 FROM picked "
            "WHERE m.id = picked.id AND m.state = 'queued' RETURNING "
            + ", ".join(f"m.{field.column}" for field in Message._meta.concrete_fields)
        )
        parameters: list[Any] = [stamp, limit, me, stamp]
    else:
        sql = (
            f"UPDATE {table} SET state = 'sending', phase = 'claimed', claimed_by = %s, "
            "claimed_at = %s, attempts = attempts + 1 "
            f"WHERE id IN (SELECT id FROM {table} WHERE state = 'queued' AND send_after <= %s "
            f"ORDER BY send_after, id LIMIT %s) AND state = 'queued' RETURNING {columns}"
        )
        parameters = [me, stamp, stamp, limit]
    # One statement, its own transaction. A raw query converts each column as
    # a query of the model would.
    won = list(Message.objects.raw(sql, parameters))
    return sorted(won, key=lambda row: (row.send_after, row.pk))


def mark(sent: list[int], data: int | None, now: datetime, me: str) -> bool:
    """In one statement: the rows `sent` are sent, and the row `data` goes to phase data.

    `data` only if this worker still holds it; true if it does (or no
    `data` was given). One statement, so one commit, carries the `sent` of
    the message before and the `phase = data` of the next (`Held`).
    """
    from django.db import connection

    from followup.delivery.models import Message

    table = Message._meta.db_table
    stamp = Message._meta.get_field("sent_at").get_db_prep_value(now, connection)
    listed = ", ".join(["%s"] * len(sent))
    if data is None:
        if not sent:
            return True
        sql = (
            f"UPDATE {table} SET state = 'sent', phase = '', sent_at = %s, last_error = '' "
            f"WHERE id IN ({listed}) RETURNING id"
        )
        parameters: list[Any] = [stamp, *sent]
    elif not sent:
        sql = (
            f"UPDATE {table} SET phase = 'data' "
            "WHERE id = %s AND state = 'sending' AND claimed_by = %s RETURNING id"
        )
        parameters = [data, me]
    else:
        sql = (
            f"UPDATE {table} SET state = CASE WHEN id = %s THEN state ELSE 'sent' END, "
            "phase = CASE WHEN id = %s THEN 'data' ELSE '' END, "
            "sent_at = CASE WHEN id = %s THEN sent_at ELSE %s END, "
            "last_error = CASE WHEN id = %s THEN last_error ELSE '' END "
            f"WHERE id IN ({listed}) OR (id = %s AND state = 'sending' AND claimed_by = %s) "
            "RETURNING id"
        )
        parameters = [data, data, data, stamp, data, *sent, data, me]
    with connection.cursor() as cursor:
        cursor.execute(sql, parameters)
        changed = {row[0] for row in cursor.fetchall()}
    return data is None or data in changed


@dataclass(frozen=True)
class Decision:
    """What the plan says, right now, about a queued message: send, wait, or drop it."""

    send: bool
    later: datetime | None = None
    why: str = ""


def reconsider(message: Message, now: datetime) -> Decision:
    """Ask the plan and the guardrails again, as `followup log` would at this moment.

    The interview's facts may have changed since the message was queued (it
    moved, a reply came, a note was sent by hand): the outbox never sends
    what the rules would refuse, nor logs a contact against them.
    """
    if message.kind == "digest":
        return Decision(send=True)
    from followup.delivery.timing import business_slot
    from followup.etiquette.guardrails import check
    from followup.etiquette.model import OPEN_STATUSES, ContactKind, ProposedContact, Purpose
    from followup.etiquette.planner import business_calendar
    from followup.store import services

    if message.interview_id is None:
        return Decision(send=False, why="its interview was deleted")
    try:
        stored = services.load(message.user, message.interview_id)
    except InputError:
        return Decision(send=False, why="its interview was deleted")
    interview = stored.interview
    action = services.plan_now(stored, now).action(message.action_id)
    if action is None:
        return Decision(send=False, why="the plan no longer has this step")
    if action.status not in OPEN_STATUSES:
        return Decision(send=False, why=f"this step is {action.status.value} in the plan")
    if action.to is not None and interview.interviewer(action.to) is None:
        return Decision(send=False, why=f"{action.to} is no longer one of the interviewers")
    verdict = check(
        interview,
        ProposedContact(kind=ContactKind.EMAIL, purpose=Purpose(message.kind), to=action.to),
        now,
        stored.policy,
    )
    if verdict.allowed:
        return Decision(send=True)
    if verdict.allowed_from is None:
        return Decision(send=False, why=verdict.reason)
    calendar = business_calendar(interview)
    slot = business_slot(now, verdict.allowed_from, action.due, interview.tz, calendar)
    # No business-hours slot left before the due time: the first allowed moment.
    later = max(slot, verdict.allowed_from.astimezone(UTC))
    return Decision(send=False, later=later, why=verdict.reason)


def _moved_notice(message: Message, later: datetime, why: str) -> str:
    return (
        f"{named(message)} "
        f"({message.subject!r}) now waits until {later.astimezone(UTC):%a %d %b %Y %H:%M} UTC: "
        f"{why}"
    )


def _cancelled_notice(message: Message, why: str) -> str:
    return f"{named(message)} ({message.subject!r}) was cancelled and not sent: {why}"


def review_queued(now: datetime, tick: Tick) -> None:
    """Rows still waiting follow the plan as it is now (an interview that moved, say).

    Only ever later, never earlier: a row is moved to the first moment the
    guardrails allow, or cancelled when the plan no longer wants it.
    """
    from followup.delivery.models import Message

    for row in (
        Message.objects.filter(state="queued", send_after__gt=now)
        .exclude(kind="digest")
        .select_related("user")
    ):
        try:
            decision = reconsider(row, max(now, row.send_after))
        except (FollowupError, ValueError) as exc:
            # Judged again when due; one odd row must not stop the pass.
            tick.errors.append(f"message #{row.pk}: {exc}")
            continue
        if decision.send:
            continue
        mine = Message.objects.filter(pk=row.pk, state="queued", send_after=row.send_after)
        if decision.later is not None:
            if decision.later > row.send_after and mine.update(send_after=decision.later):
                tell(row.user_id, _moved_notice(row, decision.later, decision.why), now, row)
                tick.postponed.append(row.pk)
        elif mine.update(state="cancelled", last_error=decision.why):
            tell(row.user_id, _cancelled_notice(row, decision.why), now, row)
            tick.cancelled.append(row.pk)


def record_sent(message: Message, now: datetime, note: str = "sent from the outbox") -> None:
    """Mark sent and log the contact, in one transaction (the plan moves on)."""
    from django.db import transaction

    from followup.delivery.models import Message as Row

    with transaction.atomic():
        Row.objects.filter(pk=message.pk).update(state="sent", phase="", sent_at=now, last_error="")
        _logged(message, now, note)


def _logged(message: Message, now: datetime, note: str) -> None:
    """Inside the transaction that marks it sent: the message's contacts, or a notice why not."""
    from django.db import transaction

    message.state = "sent"
    if message.interview_id is None or message.kind == "digest":
        return
    try:
        with transaction.atomic():
            log_contact(message, now, note)
    except (FollowupError, ValueError) as exc:
        tell(
            message.user_id,
            f"{named(message)} was sent, but could not be logged as a contact: {exc}",
            now,
            message,
        )


def _logs_contact(message: Message) -> bool:
    return message.interview_id is not None and message.kind != "digest"


class Held:
    """A message the server took (250) whose `sent` mark waits for the next `phase = data`.

    Step 4 and the next message's step 3 are one statement and one commit
    (`mark`), not two: a message costs one commit, not two. At most one
    message is held (every hold follows a `phase = data` mark, which
    records what was held), and it is recorded before the next message of
    the same interview is asked about (the plan must see its contact), when
    the batch ends, and at once when the account files a Sent copy (the
    copy follows the record). A worker killed while holding one leaves it
    in phase data: `unknown`, as a kill between 250 and the record always
    did; never sent again.
    """

    def __init__(self, now: datetime, me: str, tick: Tick) -> None:
        self.now, self.me, self.tick = now, me, tick
        self.message: Message | None = None
        self.payload = b""
        self.account: Account | None = None

    def hold(self, message: Message, payload: bytes, account: Account) -> None:
        self.message, self.payload, self.account = message, payload, account
        if account.imap_host:
            self.record()

    def record(self, data: Message | None = None) -> bool:
        """Commit the held `sent` and `data`'s phase data together; false if `data` is not ours."""
        from django.db import transaction

        held = self.message
        if held is None:
            return mark([], data.pk if data is not None else None, self.now, self.me)
        pk = data.pk if data is not None else None
        if _logs_contact(held):
            with transaction.atomic():
                ours = mark([held.pk], pk, self.now, self.me)
                _logged(held, self.now, "sent from the outbox")
        else:
            # One statement, its own transaction: no BEGIN and COMMIT to send.
            ours = mark([held.pk], pk, self.now, self.me)
            held.state = "sent"
        self.message = None
        self.tick.sent.append(held.pk)
        checkpoint("after_commit")
        if self.account is not None and self.account.imap_host:
            # The copy in the IMAP Sent folder: after the record, so a failure is a notice,
            # not a resend.
            from followup.delivery.sent_copy import after_send

            after_send(held, self.payload, self.now, self.account)
        return ours

    def before(self, message: Message) -> None:
        """Record the held message first if its contact changes what the plan says of this one."""
        held = self.message
        if held is not None and _logs_contact(held) and held.interview_id == message.interview_id:
            self.record()


def log_contact(message: Message, now: datetime, note: str) -> None:
    """The sent message as contacts: its own, and one for each action it carried."""
    from followup.record.contact import log_sent

    assert message.interview_id is not None
    log_sent(
        message.user,
        message.interview_id,
        now=now,
        purpose=message.kind,
        to=message.recipient_name,
        note=f"{note} (message #{message.pk})",
        covers=tuple(message.covers or ()),
    )


class Connection:
    """One SMTP session per account, opened on first use and reused across messages."""

    def __init__(self, account: Account) -> None:
        self.account = account
        self.smtp: smtplib.SMTP | None = None

    def open(self) -> smtplib.SMTP:
        from followup.delivery.account import password

        if self.smtp is not None:
            return self.smtp
        account = self.account
        if not account.smtp_host:
            raise smtplib.SMTPException("no SMTP server is set up (followup mail smtp)")
        smtp: smtplib.SMTP
        # smtplib verifies no certificate unless given a context: always give one.
        context = ssl.create_default_context()
        if account.smtp_security == "tls":
            smtp = smtplib.SMTP_SSL(
                account.smtp_host, account.smtp_port, timeout=SMTP_TIMEOUT, context=context
            )
        else:
            smtp = smtplib.SMTP(account.smtp_host, account.smtp_port, timeout=SMTP_TIMEOUT)
            if account.smtp_security == "starttls":
                smtp.starttls(context=context)
        secret = password("smtp", account)
        if account.smtp_user and secret is not None:
            smtp.login(account.smtp_user, secret)
        self.smtp = smtp
        return smtp

    def close(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (smtplib.SMTPException, OSError):
                self.smtp.close()
            self.smtp = None


class Permanent(Exception):
    pass


class Temporary(Exception):
    pass


def _answer(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {words}".strip()


def eight_bit(smtp: smtplib.SMTP, message: Message) -> bool:
    """Whether the body goes as 8-bit: it is not ASCII, and the server announced 8BITMIME."""
    return not message.body.isascii() and smtp.has_extn("8bitmime")


def _envelope(smtp: smtplib.SMTP, message: Message) -> None:
    from followup.fields import wire_address

    smtp.ehlo_or_helo_if_needed()
    options = ["BODY=8BITMIME"] if eight_bit(smtp, message) else []
    code, text = smtp.mail(wire_address(message.sender), options)
    if code == 250:
        code, text = smtp.rcpt(wire_address(message.recipient))
    if code not in (250, 251):
        smtp.rset()
        raise (Permanent if code >= 500 else Temporary)(_answer(code, text))


class Mine:
    """The row while this worker holds it: updated only if still `sending` and claimed by `me`.

    Its query is made when it is used (a message that goes out needs none).
    """

    def __init__(self, pk: int, me: str) -> None:
        self.pk, self.me = pk, me

    def update(self, **values: Any) -> int:
        from followup.delivery.models import Message

        return Message.objects.filter(pk=self.pk, state="sending", claimed_by=self.me).update(
            **values
        )


def send_one(
    message: Message,
    connection: Connection,
    now: datetime,
    me: str,
    tick: Tick,
    held: Held | None = None,
) -> None:
    """Steps 2 to 4 of the module's docstring for one claimed row.

    With `held` (the batch's), this message's `sent` mark waits for the next
    message's `phase = data`; without, it is committed at once.
    """
    from django.db.models import F

    alone = held is None
    held = held or Held(now, me, tick)
    mine = Mine(message.pk, me)
    held.before(message)
    try:
        decision = reconsider(message, now)
    except (FollowupError, ValueError) as exc:
        _retry(mine, message, now, f"could not check it against the plan: {exc}", tick)
        return
    if decision.later is not None:
        # Not a sending attempt: give back the one the claim counted.
        if mine.update(
            state="queued",
            phase="",
            claimed_by="",
            claimed_at=None,
            send_after=decision.later,
            attempts=F("attempts") - 1,
        ):
            tell(
                message.user_id, _moved_notice(message, decision.later, decision.why), now, message
            )
            tick.postponed.append(message.pk)
        return
    if not decision.send:
        if mine.update(state="cancelled", phase="", last_error=decision.why):
            tell(message.user_id, _cancelled_notice(message, decision.why), now, message)
            tick.cancelled.append(message.pk)
        return
    checkpoint("before_connect")
    try:
        smtp = connection.open()
        _envelope(smtp, message)
    except Permanent as exc:
        _fail(mine, message, str(exc), tick)
        return
    except (smtplib.SMTPException, OSError, FollowupError, Temporary) as exc:
        connection.close()
        _retry(mine, message, now, _describe(exc), tick)
        return
    from followup.delivery.outbox import wire_bytes

    payload = wire_bytes(message, now, eight_bit(smtp, message))
    # Step 3, committed before DATA, with step 4 of the message before.
    if not held.record(data=message):
        # Another worker took it back meanwhile (its lease ran out): not ours to send.
        try:
            smtp.rset()
        except (smtplib.SMTPException, OSError):
            connection.close()
        return
    try:
        code, text = smtp.data(payload)
    except smtplib.SMTPResponseException as exc:
        # The server answered: it did not take the message.
        connection.close()
        if exc.smtp_code >= 500:
            _fail(mine, message, _answer(exc.smtp_code, exc.smtp_error), tick)
        else:
            _retry(mine, message, now, _answer(exc.smtp_code, exc.smtp_error), tick)
        return
    except (smtplib.SMTPException, OSError) as exc:
        # No answer: it may have been taken. Never guess: ask the candidate.
        connection.close()
        if mine.update(state="unknown", last_error=_describe(exc)):
            tell(
                message.user_id,
                f"{named(message)} may or may not have gone out "
                f"({_describe(exc)}). {WHERE_TO_LOOK[0].upper()}{WHERE_TO_LOOK[1:]}; then: "
                f"followup outbox confirm {message.pk} --sent (or --not-sent).",
                now,
                message,
            )
            tick.unknown.append(message.pk)
        return
    if code != 250:
        if code >= 500:
            _fail(mine, message, _answer(code, text), tick)
        else:
            _retry(mine, message, now, _answer(code, text), tick)
        return
    checkpoint("after_accept")
    held.hold(message, payload, connection.account)
    if alone:
        held.record()


def _describe(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return _answer(exc.smtp_code, exc.smtp_error)
    return str(exc) or type(exc).__name__


def _fail(mine: Mine, message: Message, words: str, tick: Tick) -> None:
    mine.update(state="failed", phase="", last_error=f"the server refused it: {words}")
    tick.failed.append(message.pk)


def _retry(mine: Mine, message: Message, now: datetime, words: str, tick: Tick) -> None:
    attempts = message.attempts
    if attempts > len(BACKOFF):
        mine.update(
            state="failed", phase="", last_error=f"gave up after {attempts} attempts: {words}"
        )
        tick.failed.append(message.pk)
        return
    mine.update(
        state="queued",
        phase="",
        claimed_by="",
        claimed_at=None,
        send_after=now + BACKOFF[attempts - 1],
        last_error=f"attempt {attempts}: {words}",
    )
    tick.retried.append(message.pk)


def send_due(now: datetime, me: str, tick: Tick) -> None:
    """Claim and send every due row, one SMTP session per account."""
    from followup.delivery.account import account_of
    from followup.store.models import User

    connections: dict[int, Connection] = {}
    users: dict[int, User] = {}
    held = Held(now, me, tick)
    try:
        while True:
            # A few rows per claim: one commit for them all, the rows returned
            # by the claim itself; each is then sent on its own, its `sent`
            # mark committed with the next one's `phase = data` (Held).
            rows = claim_rows(now, me)
            if not rows:
                break
            missing = {row.user_id for row in rows} - users.keys()
            if missing:
                users.update(User.objects.in_bulk(missing))
            for message in rows:
                message.user = users[message.user_id]
                if message.user_id not in connections:
                    connections[message.user_id] = Connection(account_of(message.user))
                send_one(message, connections[message.user_id], now, me, tick, held)
            held.record()
    finally:
        try:
            # Whatever stopped the pass, a message the server took is recorded.
            held.record()
        finally:
            for connection in connections.values():
                connection.close()


def run_once(now: datetime | None = None, *, me: str | None = None, replies: bool = True) -> Tick:
    """One pass: recover dead claims, queue digests, poll replies, send what is due."""
    from followup.delivery.digest import queue_digests
    from followup.delivery.replies import poll_all

    moment = now or datetime.now(UTC)
    tick = Tick()
    recover(moment, tick)
    review_queued(moment, tick)
    queue_digests(moment, tick)
    if replies:
        poll_all(moment, tick)
    send_due(moment, me or worker_name(), tick)
    return tick


def run(
    stop: threading.Event,
    interval: float = 30.0,
    report: Callable[[Tick], None] | None = None,
) -> None:
    """Pass after pass until `stop` is set (SIGTERM in the command, shutdown in serve)."""
    from django.db import close_old_connections, connections

    polled = float("-inf")
    try:
        while not stop.is_set():
            close_old_connections()
            # The mailbox is read every few minutes, not on every pass.
            poll = time.monotonic() - polled >= REPLIES_EVERY
            if poll:
                polled = time.monotonic()
            try:
                tick = run_once(replies=poll)
            except Exception as exc:  # one bad pass must not end the loop
                tick = Tick(errors=[f"{type(exc).__name__}: {exc}"])
            if report is not None:
                report(tick)
            stop.wait(interval)
    finally:
        connections.close_all()


def start_thread(interval: float = 30.0) -> tuple[threading.Thread, threading.Event]:
    """The worker loop in a daemon thread (for `followup serve`); set the event to stop it.

    The caller must have called `followup.store.boot.setup()` first.
    """
    stop = threading.Event()

    def report(tick: Tick) -> None:
        for line in tick.lines():
            print(f"followup worker: {line}", file=sys.stderr)

    thread = threading.Thread(
        target=run, args=(stop, interval, report), name="followup-worker", daemon=True
    )
    thread.start()
    return thread, stop
