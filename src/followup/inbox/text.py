"""A message's text as a reader sees it: headers decoded, the body as text."""

from __future__ import annotations

import contextlib
import email.policy
import html
import re
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses

HTML_HIDDEN = re.compile(r"<(script|style|head|blockquote)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# Block elements start a line: Outlook's "From:" block follows an <hr> or a <div>.
HTML_BREAK = re.compile(r"<\s*/?\s*(br|hr|p|div|li|tr|h\d|table|blockquote)\b[^>]*>", re.IGNORECASE)
HTML_TAG = re.compile(r"<[^>]*>")


def parse(data: bytes) -> EmailMessage:
    """The message, parsed leniently: a broken header is kept, not raised."""
    mail = BytesParser(policy=email.policy.default).parsebytes(data)
    assert isinstance(mail, EmailMessage)
    return mail


def decoded(value: object) -> str:
    """A header's value as words: RFC 2047 encoded words decoded, on one line.

    The default policy decodes most headers already; a header kept raw (an
    old parser, a legacy policy, a malformed word) is decoded here, and a
    charset Python does not know is shown as the raw text rather than lost.
    """
    text = str(value or "")
    if "=?" in text:
        with contextlib.suppress(LookupError, ValueError, UnicodeError):
            text = str(make_header(decode_header(text)))
    return " ".join(text.split())


def header(mail: Message, name: str) -> str | None:
    """The decoded header, or None when it is absent or empty."""
    try:
        value = mail.get(name)
    except (ValueError, IndexError, TypeError):  # a header the parser cannot model
        value = None
    text = decoded(value) if value is not None else ""
    return text or None


def raw_header(mail: Message, name: str) -> str | None:
    """The header's value as it was sent (encoded words and comments kept)."""
    wanted = name.lower()
    for key, value in mail.raw_items():
        if key.lower() == wanted:
            return str(value)
    return None


def addresses(mail: Message, name: str) -> list[tuple[str | None, str]]:
    """(name or None, address) of each mailbox in the header, names decoded.

    Split before decoding, so an encoded name with a comma ("Raman, Priya")
    stays one person; a comment ("MAILER-DAEMON@host (Mail Delivery System)")
    is the name when there is no other.
    """
    raw = raw_header(mail, name)
    if raw is None:
        return []
    found: list[tuple[str | None, str]] = []
    for display, address in getaddresses([" ".join(raw.split())]):
        if "@" not in address:
            continue
        found.append((decoded(display) or None, address.strip()))
    return found


def html_to_text(markup: str) -> str:
    """Crude, on purpose: only the words matter, and quoted blocks go entirely."""
    text = HTML_HIDDEN.sub(" ", markup)
    text = HTML_BREAK.sub("\n", text)
    return html.unescape(HTML_TAG.sub(" ", text))


def part_text(part: Message) -> str:
    """One part's text, decoded; an unknown charset or a cut-off tail keeps what can be read."""
    try:
        if isinstance(part, EmailMessage):
            return str(part.get_content())
    except (LookupError, ValueError, AssertionError, UnicodeError, KeyError):
        pass
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        charset = part.get_content_charset() or "utf-8"
        try:
            return payload.decode(charset, "replace")
        except LookupError:
            return payload.decode("utf-8", "replace")
    return ""


def body_text(mail: EmailMessage) -> str:
    """The message's own text: first text/plain part, else text/html made text."""
    for kind in ("plain", "html"):
        try:
            part = mail.get_body(preferencelist=(kind,))
        except (KeyError, ValueError):
            part = None
        if part is None:
            continue
        text = part_text(part)
        return html_to_text(text) if kind == "html" else text
    return ""
