"""A note for the candidate's own mail client: a `mailto:` link and an `.eml` file. Pure.

The one implementation behind `followup eml` (and `--mailto`) and the web
UI's drafts page; the outbox sends its messages itself (`outbox.build`).

`mailto:` follows RFC 6068: the address and each field percent-encoded as
UTF-8, spaces as %20 (never +), line breaks as %0D%0A. The `.eml` file is a
standard message built with Python's `email` package, marked as unsent so
mail programs open it as a draft to send.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from urllib.parse import quote


def crlf(text: str) -> str:
    return re.sub(r"\r\n|\r|\n", "\r\n", text)


def mailto(address: str | None, subject: str, body: str) -> str:
    """mailto:ADDRESS?subject=...&body=... (the address may be empty)."""
    to = quote(address or "", safe="@")
    fields = f"subject={quote(subject, safe='')}&body={quote(crlf(body), safe='')}"
    return f"mailto:{to}?{fields}"


def _address(name: str | None, address: str) -> Address:
    user, _, domain = address.rpartition("@")
    return Address(display_name=name or "", username=user, domain=domain)


def eml(
    *,
    subject: str,
    body: str,
    to_name: str | None,
    to_address: str | None,
    from_name: str | None,
    from_address: str | None,
    date: datetime,
) -> bytes:
    """The message as RFC 5322 bytes; To and From are left out when no address is known."""
    message = EmailMessage(policy=SMTP)
    if from_address:
        message["From"] = _address(from_name, from_address)
    if to_address:
        message["To"] = _address(to_name, to_address)
    message["Subject"] = subject
    message["Date"] = format_datetime(date)
    # Outlook and Thunderbird open a message with this header as a draft.
    message["X-Unsent"] = "1"
    message.set_content(body.replace("\r\n", "\n"))
    return message.as_bytes()


def filename(stem: str) -> str:
    """A safe download name: 'thank_you:priya-raman' -> 'thank_you-priya-raman.eml'."""
    return (re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-") or "draft") + ".eml"
