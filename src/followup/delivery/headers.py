"""Refuse what could smuggle headers into a message, at input (pure).

A name or subject with a CR, LF or another control character could end one
header and start another ("Bcc: everyone"); an address that is not a plain
addr-spec could do the same or bounce. Both are refused with one sentence
naming the field, before anything is queued.
"""

from __future__ import annotations

import re
import unicodedata

from followup.errors import InputError

# A practical addr-spec: dot-atom local part, a domain of dot-separated labels.
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
ADDRESS = re.compile(rf"^{_LOCAL}@(?:{_LABEL}\.)+{_LABEL}$")


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
    value = text.strip()
    if has_control(text) or len(value) > 254 or not ADDRESS.match(value):
        raise InputError(field, f"{value!r} is not a valid email address")
    return value
