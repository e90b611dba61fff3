"""Refuse what could smuggle headers into a message, at input (pure).

A name or subject with a CR, LF or another control character could end one
header and start another ("Bcc: everyone"); an address that is not a plain
addr-spec could do the same or bounce. Both are refused with one sentence
naming the field, before anything is queued.
"""

from __future__ import annotations

import unicodedata

from followup.errors import InputError
from followup.fields import email_address, shown


def has_control(text: str) -> bool:
    """Any control character (CR, LF, NUL, DEL, U+2028...), not only the line breaks."""
    return any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in "\u0085" for ch in text)


def check_line(field: str, text: str) -> str:
    """A name or subject: one line, no control characters."""
    if has_control(text):
        raise InputError(field, "contains a line break or another control character; refused")
    return text.strip()


def check_address(field: str, text: str) -> str:
    """One plain email address (no display name, no comments, no second address)."""
    # The one rule of fields.py, as the interview file and the web read an address.
    value = text.strip()
    if has_control(text) or email_address(value) is None:
        raise InputError(field, f"{shown(value)} is not a valid email address")
    return value
