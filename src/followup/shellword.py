"""A word a person can paste back into their shell, quoted the way they would type it."""

from __future__ import annotations

# Characters a double-quoted word still expands or ends on in a POSIX shell.
_LIVE_IN_DOUBLE_QUOTES = frozenset('"$`\\!')
# What shlex.quote leaves bare (its pattern `[^\w@%+=:,./-]` with re.ASCII):
# checked here without importing shlex and `re` on the agenda's every run.
_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def quote(text: str) -> str:
    """shlex.quote(text), character for character (tests/test_shellword.py checks it)."""
    if not text:
        return "''"
    if _SAFE.issuperset(text):
        return text
    return "'" + text.replace("'", "'\"'\"'") + "'"


def word(text: str) -> str:
    """'Kate O'Brien' becomes "Kate O'Brien", not shlex's 'Kate O'"'"'Brien'.

    shlex.quote is right but unreadable when the name holds an apostrophe, and
    the agenda's and the guardrails' hints are read before they are pasted.
    """
    quoted = quote(text)
    if quoted == text or "'" not in text or _LIVE_IN_DOUBLE_QUOTES & set(text):
        return quoted
    return f'"{text}"'
