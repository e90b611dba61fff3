"""Set the mail account: the SMTP server, the IMAP server, the morning digest.

The use cases behind `followup mail smtp|imap|digest` and the web's "Sending
email" form, one function each, laid out as `followup.record`'s: each takes
the store's user and plain values, checks every field in one place, saves
only when all are right, and returns what changed. (They live here, not in
`record/`, because the account is delivery's table.)

A wrong field is an `InputError` naming it; all of them come back at once in
one `AccountErrors`, so a form can show each under its field while a command
prints the first. Fields have plain names (`host`, `port`, `security`,
`user`, `password`, `sender`, `sender_name`, `folder`, `at`); the sentences
name them as the caller calls them (`names`: `--host`, "the Port field").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import time
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

from followup.delivery.account import (
    SECURITY,
    account_of,
    check_host,
    check_reference,
    check_security,
)
from followup.delivery.headers import check_address, check_line
from followup.errors import InputError

if TYPE_CHECKING:
    from followup.delivery.models import Account
    from followup.store.models import User

T = TypeVar("T")

SMTP_COLUMNS = ("smtp_host", "smtp_port", "smtp_security", "smtp_user", "smtp_password")
IMAP_COLUMNS = ("imap_host", "imap_port", "imap_security", "imap_user", "imap_password")


class Keep(Enum):
    """A value left as it is (an option not given)."""

    KEEP = "keep"


KEEP = Keep.KEEP


class AccountErrors(InputError):
    """Every wrong field, in the order checked: (field, error) pairs.

    As an `InputError` it is the first of them, so a command that lets it
    through prints that one, exit code 2, as it would any other.
    """

    def __init__(self, errors: Sequence[tuple[str, InputError]]) -> None:
        first = errors[0][1]
        super().__init__("", first.message)
        self.field = first.field
        self.errors = tuple(errors)


@dataclass(frozen=True)
class Server:
    """A server as given: what SMTP and IMAP share. Strings as typed; the port may be text.

    `password` is where to read it (env:NAME, file:PATH, keyring, or empty),
    never the password itself; more than one place is refused.
    """

    host: str
    port: int | str
    security: str
    login: str = ""
    password: str | Sequence[str] = ""


@dataclass(frozen=True)
class Changed:
    """The account as saved, and the names of its columns whose values changed."""

    account: Account
    fields: tuple[str, ...]


class _Checks:
    """One pass over the fields: each error kept under its field, the value None."""

    def __init__(self, names: Mapping[str, str] | None) -> None:
        self.names = dict(names or {})
        self.errors: list[tuple[str, InputError]] = []

    def name(self, field: str) -> str:
        return self.names.get(field, field)

    def __call__(self, field: str, check: Callable[[str], T]) -> T | None:
        try:
            return check(self.name(field))
        except InputError as exc:
            self.errors.append((field, exc))
            return None

    def refuse(self, field: str, message: str) -> None:
        self.errors.append((field, InputError(self.name(field), message)))


def _fits(field: str, text: str, column: str) -> str:
    """`text` if, stripped, it fits the Account column `column` (delivery/models.py):
    SQLite keeps a longer value, PostgreSQL refuses it with an error, so both
    are refused here first, with the field named."""
    from django.db.models import CharField

    from followup.delivery.models import Account

    found = Account._meta.get_field(column)
    limit = found.max_length if isinstance(found, CharField) else None
    if limit is not None and len(text.strip()) > limit:
        raise InputError(field, f"is {len(text.strip()):,} characters long: at most {limit:,}")
    return text


def _line(field: str, text: str, column: str) -> str:
    """One line (`check_line`) that fits the Account column `column`."""
    return _fits(field, check_line(field, text), column)


def _port(checks: _Checks, port: int | str) -> int | None:
    # isdecimal, not isdigit: int() takes every decimal digit but no superscript ("²").
    if (isinstance(port, int) or port.isdecimal()) and 1 <= int(port) <= 65535:
        return int(port)
    checks.refuse("port", f"{port!r} is not a port number (1 to 65535)")
    return None


def _check(
    server: Server, names: Mapping[str, str] | None, own: Callable[[_Checks], dict[str, object]]
) -> tuple[tuple[str, int, str, str, str], dict[str, object]]:
    """The fields SMTP and IMAP share, and then `own`'s, checked in the commands' order."""
    checks = _Checks(names)
    port_name = checks.name("port")
    host = checks("host", lambda n: check_host(n, check_line(n, server.host), port_name))
    port = _port(checks, server.port)
    security = server.security
    if security not in SECURITY:
        checks.refuse("security", "choose STARTTLS, TLS or none")
    # IMAP's login column is as long as SMTP's.
    login = checks("user", lambda n: _line(n, server.login, "smtp_user"))
    others = own(checks)  # the fields of one server only (the sender, the folder)
    given = server.password
    places = [given] if isinstance(given, str) else [place for place in given if place]
    if len(places) > 1:
        checks.refuse("password", "choose one place for the password")
        raise AccountErrors(checks.errors)
    place = places[0] if places else ""
    if host is not None and security in SECURITY:
        # A login is a user name or a password: either crosses the network in clear.
        sends_login = bool(server.login.strip() or place.strip())
        checks("security", lambda n: check_security(n, host, security, login=sends_login))
    reference = checks("password", lambda n: check_reference(n, _fits(n, place, "smtp_password")))
    if checks.errors or host is None or port is None or login is None or reference is None:
        raise AccountErrors(checks.errors)
    return (host, port, security, login, reference), others


def _save(
    account: Account,
    values: Mapping[str, object],
    before_save: Callable[[Account], None] | None,
) -> Changed:
    changed = tuple(k for k, v in values.items() if getattr(account, k) != v)
    for key, value in values.items():
        setattr(account, key, value)
    if before_save is not None:
        before_save(account)
    account.save()
    return Changed(account, changed)


def set_smtp(
    user: User,
    server: Server,
    *,
    sender: str | Keep | None = KEEP,
    sender_name: str | Keep = KEEP,
    names: Mapping[str, str] | None = None,
    before_save: Callable[[Account], None] | None = None,
) -> Changed:
    """Set the server that sends the outbox, and who it sends as; nothing unless all is right.

    `sender` None clears the address (the From is then the email setting);
    KEEP leaves it, and the name. `before_save` sees the checked account just
    before it is saved (the command keeps a password in the keyring then); an
    error it raises saves nothing.
    """

    def sender_fields(checks: _Checks) -> dict[str, object]:
        values: dict[str, object] = {}
        if sender is None:
            values["sender"] = ""
        elif isinstance(sender, str):
            values["sender"] = checks("sender", lambda n: check_address(n, sender))
        if isinstance(sender_name, str):
            values["sender_name"] = checks(
                "sender_name", lambda n: _line(n, sender_name, "sender_name")
            )
        return values

    shared, values = _check(server, names, sender_fields)
    values.update(zip(SMTP_COLUMNS, shared, strict=True))
    return _save(account_of(user), values, before_save)


def set_imap(
    user: User,
    server: Server,
    *,
    folder: str = "INBOX",
    names: Mapping[str, str] | None = None,
    before_save: Callable[[Account], None] | None = None,
) -> Changed:
    """Set the server the worker reads replies from; reading starts again from the top.

    The same checks as `set_smtp`, and a folder name on one line.
    """

    def folder_field(checks: _Checks) -> dict[str, object]:
        return {"imap_folder": checks("folder", lambda n: _line(n, folder, "imap_folder"))}

    shared, values = _check(server, names, folder_field)
    values.update(zip(IMAP_COLUMNS, shared, strict=True))
    # Another server or folder numbers its messages afresh: nothing read is remembered.
    values["imap_uidvalidity"], values["imap_last_uid"] = None, 0
    return _save(account_of(user), values, before_save)


def set_digest(
    user: User,
    *,
    at: str | None = None,
    on: bool | None = None,
    names: Mapping[str, str] | None = None,
) -> Changed:
    """When the morning digest goes out (HH:MM, local time), and whether it does; None keeps.

    The digest is off until asked for; a time given without `on` asks for it
    (`followup mail digest --at 08:15` is read as wanting it then).
    """
    checks = _Checks(names)
    values: dict[str, object] = {}
    if at is not None:
        try:
            values["digest_at"] = time.fromisoformat(at)
        except ValueError:
            checks.refuse("at", f"{at!r} is not a time of day (e.g. 07:30)")
            raise AccountErrors(checks.errors) from None
    if on is None and at is not None:
        on = True
    if on is not None:
        values["digest"] = on
    return _save(account_of(user), values, None)
