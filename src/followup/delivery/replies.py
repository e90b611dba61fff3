"""Reply detection by IMAP polling: the employer answered, so stop chasing them.

Each pass reads the headers of the messages that arrived since the last UID
seen (`BODY.PEEK`, so nothing is marked read) and, for each:

1. If In-Reply-To or References names one of our Message-IDs, it is about
   that message's interview.
2. Else, if it is from an interviewer's address, it is about the latest of
   that person's interviews whose check-in or call is still open.
3. Dated after the interview's start, it is recorded as the employer's reply
   with their words (the store replans: the check-in and the call are
   cancelled, unless their words give a timeframe to check back after, which
   opens one more check-in), and the candidate is told.

Each message is read (`BODY.PEEK[]`) by `followup.inbox` first: an
automatic reply (RFC 3834 and its kin) is only noted in a notice and changes
nothing; a delivery report marks the outbox message it names `bounced` and
tells the candidate; a read receipt, a calendar file or anything else changes
nothing here. Of a person's reply, only their own words (quoted history,
signature and mobile footers removed, see `followup.inbox.words`) are kept,
on one line, at most `SAYS_LIMIT` characters, and read for a timeframe.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
from datetime import UTC, date, datetime
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from followup import places
from followup.errors import FollowupError

if TYPE_CHECKING:
    from email.message import Message as Mail

    from followup.delivery.models import Account, Message
    from followup.delivery.worker import Tick
    from followup.inbox.message import Reading
    from followup.record.reply import Replied

IMAP_TIMEOUT = 60
HEADERS = "FROM SUBJECT DATE MESSAGE-ID IN-REPLY-TO REFERENCES"
MESSAGE_IDS = re.compile(r"<[^<>\s]+>")
# Enough for any reply's own words; the planner reads only a timeframe in them,
# and a long thread would otherwise fill the store and every notice.
SAYS_LIMIT = 1000
# Only the start of the message is fetched: the text part comes before any
# attachment in the mail clients we know, and a 20 MB attachment stays unread.
BODY_BYTES = 256 * 1024


def connect(account: Account) -> imaplib.IMAP4:
    from followup.delivery.account import password

    imap: imaplib.IMAP4
    context = ssl.create_default_context()
    if account.imap_security == "tls":
        imap = imaplib.IMAP4_SSL(
            account.imap_host, account.imap_port, ssl_context=context, timeout=IMAP_TIMEOUT
        )
    else:
        imap = imaplib.IMAP4(account.imap_host, account.imap_port, timeout=IMAP_TIMEOUT)
        if account.imap_security == "starttls":
            imap.starttls(ssl_context=context)
    imap.login(account.imap_user, password("imap", account) or "")
    return imap


def match(account: Account, mail: Mail) -> tuple[int, str | None] | None:
    """(interview ID, interviewer's name or None) this mail answers, if any."""
    from followup.delivery.models import Message
    from followup.store.models import Action, Interviewer

    refs = MESSAGE_IDS.findall(f"{mail.get('In-Reply-To', '')} {mail.get('References', '')}")
    if refs:
        ours = (
            Message.objects.filter(user=account.user, message_id__in=refs)
            .exclude(interview=None)
            .order_by("-id")
            .first()
        )
        if ours is not None and ours.interview_id is not None:
            return ours.interview_id, ours.recipient_name or None
    senders = [a.lower() for _, a in getaddresses([str(mail.get("From", ""))]) if a]
    if not senders:
        return None
    seats = (
        Interviewer.objects.filter(user=account.user, person__email__iexact=senders[0])
        .select_related("person", "interview")
        .order_by("-interview__start")
    )
    for seat in seats:
        if Action.objects.filter(
            interview_id=seat.interview_id, kind__in=("check_in", "call")
        ).exists():
            return seat.interview_id, seat.person.name
    return None


def body_text(raw: bytes) -> str:
    """The message's own text, decoded: first text/plain part, else text/html."""
    from followup.inbox.text import body_text as text_of
    from followup.inbox.text import parse

    return text_of(parse(raw))


def own_words(text: str) -> str | None:
    """Their new words only (followup.inbox.words), on one line, capped; None when none."""
    from followup.inbox.words import own_words as words_of

    return words_of(text, SAYS_LIMIT)


def fetch(imap: imaplib.IMAP4, uid: int) -> bytes:
    _, fetched = imap.uid("FETCH", str(uid), f"(BODY.PEEK[]<0.{BODY_BYTES}>)")
    return next((part[1] for part in fetched if isinstance(part, tuple)), b"")


def bounced(account: Account, reading: Reading, now: datetime, tick: Tick) -> None:
    """Mark the outbox message a delivery report names `bounced`, and tell the candidate.

    The message is ours by its Message-ID in the report, else the latest sent
    message to an address that failed.
    """
    from django.db import transaction

    from followup.delivery.models import Message, State
    from followup.delivery.worker import tell

    sent = Message.objects.filter(user=account.user, state=State.SENT)
    message = (
        sent.filter(message_id__in=list(reading.refers_to)).order_by("-id").first()
        if reading.refers_to
        else None
    )
    for address in reading.failed_recipients:
        if message is not None:
            break
        message = sent.filter(recipient__iexact=address).order_by("-id").first()
    if message is None:
        return
    failed = ", ".join(reading.failed_recipients) or message.recipient
    with transaction.atomic():
        message.state = State.BOUNCED
        message.last_error = f"bounced: {failed} could not be delivered"
        message.save(update_fields=["state", "last_error"])
        reopened = undo_contact(message, now)
        who = message.recipient_name or message.recipient
        about = f" about interview {message.interview_id}" if message.interview_id else ""
        sent_on = day(message.sent_at, now) if message.sent_at else "earlier"
        text = (
            f"Your message to {who}{about} ({message.subject}), sent {sent_on}, bounced: "
            f"{failed} could not be delivered. Check the address before you write again."
            f"{reopened}"
        )
        tell(account.user, text, now, message=message)
    tick.bounced.append(message.pk)


def undo_contact(message: Message, now: datetime) -> str:
    """Take the bounced message's contact out of the log; the sentence saying so, or "".

    It never reached them, so it is not the thank-you (or check-in...) it was
    logged as: the plan asks for that step again, or says why it no longer can.
    """
    from zoneinfo import ZoneInfo

    from followup import config
    from followup.etiquette.labels import ACTIONS
    from followup.etiquette.model import OPEN_STATUSES, ActionKind
    from followup.record.contact import unlog_bounced
    from followup.store import services

    if message.interview_id is None or message.kind == "digest" or message.sent_at is None:
        return ""
    try:
        removed = unlog_bounced(
            message.user,
            message.interview_id,
            purpose=message.kind,
            to=message.recipient_name or None,
            at=message.sent_at,
            covers=tuple(message.covers or ()),
        )
    except (FollowupError, ValueError):
        # The interview no longer takes that change (edited meanwhile): the bounce
        # is still marked and told, and the log is left as the candidate made it.
        return ""
    if removed is None:
        return ""
    try:
        words = ACTIONS[ActionKind(message.kind)].note or message.kind
    except ValueError:
        words = message.kind.replace("_", " ")
    what = words[:1].lower() + words[1:]
    to = f" to {removed.to}" if removed.to else ""
    lead = f" It no longer counts as your {what}{to}"
    action = services.plan_now(services.load(message.user, message.interview_id), now).action(
        message.action_id
    )
    if action is not None and action.status in OPEN_STATUSES:
        # In the candidate's zone, named, as the other notices say it.
        zone = ZoneInfo(config.value_of("timezone", services.settings_of(message.user)))
        due = action.due.astimezone(zone)
        when = f"{day(due, now)} {due:%H:%M} {places.place(zone)}"
        return f"{lead}: the plan asks for it again, due {when}."
    return f"{lead}, and the plan no longer asks for it; see followup show {message.interview_id}."


def day(moment: date, now: date) -> str:
    """A date as notices say it: with the year when it is not this year's."""
    return f"{moment:%a %d %b}" if moment.year == now.year else f"{moment:%a %d %b %Y}"


def record(
    account: Account, interview_id: int, name: str | None, at: datetime, says: str | None = None
) -> Replied | None:
    """Log the reply through the one reply path; None when it predates the interview."""
    from followup.record.reply import record_reply

    return record_reply(
        account.user, interview_id, now=at, at=at, sender=name, says=says, from_inbox=True
    )


def check_back_news(account: Account, replied: Replied, now: datetime | None = None) -> str:
    """The sentence about the check-in this reply opened, or "" when it opened none."""
    from zoneinfo import ZoneInfo

    from followup import config
    from followup.record.reply import what_opens
    from followup.store import services

    if replied.opened is None:
        return ""
    # In the candidate's zone, named, as `followup reply` says it.
    zone = ZoneInfo(config.value_of("timezone", services.settings_of(account.user)))
    # A date in another year than this one carries its year.
    return ". " + what_opens(replied.opened, zone, now, replied.interview.tz)


def proposed_already(account: Account, uid: str, sequence: int) -> bool:
    """Whether invitation `uid` was already proposed for adding, at this SEQUENCE or a later one."""
    from followup.delivery.models import Notice, Proposal

    return any(
        notice.proposed.get("uid") == uid and int(notice.proposed.get("sequence", 0)) >= sequence
        for notice in Notice.objects.filter(user=account.user, proposal=Proposal.NEW)
    )


def invited(account: Account, raw: bytes, reading: Reading, now: datetime, tick: Tick) -> None:
    """Propose what an invitation means, in a notice: nothing is added or moved without you.

    A new UID is saved under the store's folder as an .eml for `followup add`;
    a known UID at another time or place proposes the move; a cancellation of
    a known UID proposes marking the interview called off (rule book,
    Statuses). Each is a notice with a `proposal` the candidate confirms or
    declines (`delivery.proposals`: the web agenda's buttons, `followup
    confirm` and `followup decline`); nothing changes before.
    """
    import hashlib
    from zoneinfo import ZoneInfo

    from followup.delivery.worker import tell
    from followup.store.location import home
    from followup.store.models import Interview as Row

    event = reading.events[0]
    organizer = event.organizer
    who = (organizer.name or organizer.email) if organizer else "The organizer"
    summary = event.summary or reading.subject or "no title"
    row = Row.objects.filter(user=account.user, invite_uid=event.uid).order_by("-start").first()

    def when(moment: date | datetime | None, zone: str | None) -> str:
        if isinstance(moment, datetime):
            local = moment.astimezone(ZoneInfo(zone)) if zone else moment
            named = f" {places.place(local.tzinfo)}" if local.tzinfo is not None else ""
            return f"{day(local, now)} {local:%H:%M}{named}"
        return day(moment, now) if isinstance(moment, date) else "no date given"

    if row is not None and event.sequence < row.invite_sequence:
        return  # an older copy of the invitation than the one added: no news
    proposal: str
    proposed: dict[str, Any]
    if reading.kind == "cancel":
        outcome = getattr(row, "outcome", None) if row is not None else None
        if row is None or (outcome is not None and outcome.kind == "called_off"):
            return  # not an interview of ours, or already marked called off
        text = (
            f"{who} cancelled the invitation for interview {row.pk} ({summary}, "
            f"{when(row.start, row.timezone)}): mark it called off? Every follow-up of it "
            f"would stop and nothing more would be sent."
        )
        proposal, proposed = "cancel", {"uid": event.uid, "sequence": event.sequence}
    elif row is None:
        if proposed_already(account, event.uid, event.sequence):
            return  # a copy of one proposed (waiting, or declined): asked once
        folder = home() / "invitations"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{hashlib.sha256(event.uid.encode()).hexdigest()[:16]}.eml"
        path.write_bytes(raw)
        text = (
            f"New interview invitation from {who}: {summary}, "
            f"{when(event.start, event.timezone)}. Add it?"
        )
        proposal = "new"
        proposed = {"uid": event.uid, "sequence": event.sequence, "file": str(path)}
    else:
        if not isinstance(event.start, datetime) or event.sequence <= row.invite_sequence:
            return  # a move comes with a higher SEQUENCE (RFC 5546); this one was answered
        zone = row.timezone
        tz = ZoneInfo(zone)
        start = event.start.astimezone(tz)
        end = event.end.astimezone(tz) if isinstance(event.end, datetime) else None
        place = event.location if event.location is not None else None
        changes: list[str] = []
        if event.start != row.start:
            changes.append(f"from {when(row.start, zone)} to {when(event.start, zone)}")
        if end is not None and end != row.end:
            changes.append(f"ending {end:%H:%M} {places.place(tz)}")
        if place is not None and place != row.location:
            changes.append(f"at {place} (was {row.location or 'no place given'})")
        if not changes:
            return
        outcome = getattr(row, "outcome", None)
        # Rule book, Statuses: a new time after a cancellation moves the interview.
        back = (
            " (it was called off: moved, it is back on, with its follow-ups)"
            if outcome is not None and outcome.kind == "called_off"
            else ""
        )
        text = (
            f"{who} moved interview {row.pk} ({summary}): {', '.join(changes)} "
            f"(sequence {event.sequence}). Move it{back}?"
        )
        proposal = "move"
        proposed = {
            "uid": event.uid,
            "sequence": event.sequence,
            "start": start.isoformat(),
            "end": end.isoformat() if end is not None else None,
            "location": place,
            "was": {
                "start": row.start.astimezone(tz).isoformat(),
                "end": row.end.astimezone(tz).isoformat(),
                "location": row.location or None,
            },
        }
    tell(
        account.user,
        text,
        now,
        proposal=proposal,
        interview_id=row.pk if row is not None else None,
        proposed=proposed,
    )
    tick.invitations.append(text)


def heard(account: Account, mail: Mail, reading: Reading, now: datetime, tick: Tick) -> None:
    """A person's reply is recorded; an automatic one is only noted, changing nothing."""
    from followup.delivery.worker import tell

    found = match(account, mail)
    if found is None:
        return
    interview_id, name = found
    subject = reading.subject or ""
    if reading.kind == "auto_reply":
        who = name or (reading.sender.email if reading.sender else "The employer")
        text = (
            f"{who} sent an automatic reply about interview {interview_id} ({subject}): "
            "nothing changes."
        )
        tell(account.user, text, now)
        tick.automatic.append(text)
        return
    try:
        at = parsedate_to_datetime(str(mail["Date"])).astimezone(UTC)
    except (TypeError, ValueError):
        at = now
    says = reading.words[:SAYS_LIMIT].rstrip() if reading.words else None
    recorded = record(account, interview_id, name, min(at, now), says)
    if recorded is not None:
        who = name or "The employer"
        news = check_back_news(account, recorded, now)
        # A reply that asks for more does not end the waiting: say what opens.
        outlook = news if news else ": the check-in and the call are no longer needed."
        text = f"{who} replied about interview {interview_id} ({subject}){outlook}"
        tell(account.user, text, now)
        tick.replies.append(text)


def poll(account: Account, now: datetime, tick: Tick) -> None:
    """Read the new messages of the account's folder once; see the module's docstring."""
    from followup.inbox.message import NotMail, read

    imap = connect(account)
    try:
        status, _ = imap.select(account.imap_folder, readonly=True)
        if status != "OK":
            raise FollowupError(f"IMAP: no folder {account.imap_folder!r}")
        validity = int((imap.response("UIDVALIDITY")[1] or [b"0"])[0] or 0)
        if validity != account.imap_uidvalidity:
            account.imap_uidvalidity = validity
            account.imap_last_uid = 0
        _, data = imap.uid("SEARCH", f"UID {account.imap_last_uid + 1}:*")
        uids = sorted(int(u) for u in (data[0] or b"").split() if int(u) > account.imap_last_uid)
        parser = BytesHeaderParser()
        for uid in uids:
            raw = fetch(imap, uid)
            try:
                reading = read(raw)
            except NotMail:
                account.imap_last_uid = uid
                continue
            if reading.kind == "bounce":
                bounced(account, reading, now, tick)
            elif reading.kind in ("reply", "auto_reply"):
                heard(account, parser.parsebytes(raw), reading, now, tick)
            elif reading.kind in ("invite", "cancel") and reading.events:
                invited(account, raw, reading, now, tick)
            account.imap_last_uid = uid
        account.save(update_fields=["imap_uidvalidity", "imap_last_uid"])
    finally:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            imap.logout()


def poll_all(now: datetime, tick: Tick) -> None:
    from followup.delivery.models import Account

    for account in Account.objects.exclude(imap_host="").select_related("user"):
        try:
            poll(account, now, tick)
        except (imaplib.IMAP4.error, OSError, FollowupError) as exc:
            tick.errors.append(f"IMAP {account.imap_host}: {exc}")
