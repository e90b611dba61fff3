"""A copy of each sent message in the IMAP account's Sent folder.

When an IMAP account is set up, the worker, after the SMTP server has taken
a message and the send is recorded, APPENDs the very bytes it sent (its
Message-ID and Date included) to the Sent folder, so the candidate's mail
client shows what went out:

1. The folder is the one LIST flags `\\Sent` (RFC 6154), else "Sent"
   (created if the server has none).
2. Never twice: the folder is searched for the message's Message-ID first;
   a copy already there is left alone.
3. A failure to copy is a notice to the candidate, never a resend: the
   message went out, and only its copy is missing.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
from datetime import datetime
from email.parser import BytesHeaderParser
from typing import TYPE_CHECKING

from followup.errors import FollowupError

if TYPE_CHECKING:
    from followup.delivery.models import Account

FALLBACK = "Sent"
_LIST_LINE = re.compile(rb'^\((?P<flags>[^)]*)\) (?:"[^"]*"|NIL) (?P<name>.+)$')


def flagged_sent(lines: list[object]) -> str | None:
    """The name of the folder these LIST lines flag \\Sent (RFC 6154), or None."""
    for line in lines:
        if not isinstance(line, bytes):
            continue
        found = _LIST_LINE.match(line)
        if found and b"\\sent" in found["flags"].lower().split():
            name = found["name"].decode("utf-8", "replace")
            return name[1:-1] if name.startswith('"') and name.endswith('"') else name
    return None


def sent_folder(imap: imaplib.IMAP4) -> str:
    """The folder LIST flags \\Sent, else "Sent"."""
    status, lines = imap.list()
    return (flagged_sent(list(lines)) if status == "OK" else None) or FALLBACK


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def save_copy(account: Account, payload: bytes, sent_at: datetime) -> str | None:
    """APPEND `payload` to the Sent folder unless a copy is there; the folder's name.

    None when no IMAP account is set up. Raises FollowupError, imaplib's
    errors or OSError when the copy cannot be made.
    """
    from followup.delivery.replies import connect

    if not account.imap_host:
        return None
    message_id = (BytesHeaderParser().parsebytes(payload)["Message-ID"] or "").strip()
    imap = connect(account)
    try:
        folder = sent_folder(imap)
        status, _ = imap.select(_quoted(folder), readonly=True)
        if status != "OK":
            imap.create(_quoted(folder))
        elif message_id and re.fullmatch(r"<[^<>\"\\\s]+>", message_id):
            _, found = imap.search(None, "HEADER", "Message-ID", _quoted(message_id))
            if found and found[0] and found[0].split():
                return folder
        status, answer = imap.append(
            _quoted(folder), "(\\Seen)", imaplib.Time2Internaldate(sent_at), payload
        )
        if status != "OK":
            raise FollowupError(f"the IMAP server refused the copy: {answer!r}")
        return folder
    finally:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            imap.logout()


def copy_sent(account: Account, payload: bytes, sent_at: datetime) -> tuple[str | None, str]:
    """(folder, "") when copied or nothing to do; (None, why) when the copy failed."""
    try:
        return save_copy(account, payload, sent_at), ""
    except (FollowupError, imaplib.IMAP4.error, OSError) as exc:
        return None, str(exc) or type(exc).__name__


def after_send(
    message: object, payload: bytes, now: datetime, account: Account | None = None
) -> str | None:
    """The worker's step after a send is recorded: the copy, or a notice saying it failed.

    `account`: the one the message was just sent with (the worker's SMTP
    session holds it), so a batch reads it once rather than once per message.
    """
    from followup.delivery.models import Account
    from followup.delivery.models import Message as Row
    from followup.delivery.worker import named, tell

    assert isinstance(message, Row)
    if account is None or account.user_id != message.user_id:
        account = Account.objects.filter(user_id=message.user_id).first()
    if account is None or not account.imap_host:
        return None
    folder, why = copy_sent(account, payload, now)
    if folder is None:
        tell(
            message.user_id,
            f"{named(message)} went out, but its copy could not be saved in your IMAP Sent "
            f"folder ({why}); it is not sent again.",
            now,
            message,
        )
    return folder
