"""The mail account: where the servers are, and where each password is kept.

A password is never stored: the account keeps a reference to it, one of
`env:NAME` (an environment variable), `file:PATH` (a file readable by the
candidate only; its first line), or `keyring` (the system keyring, through
the optional `keyring` package, under the service name "followup"). Nothing
ever prints a password back.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from followup.errors import FollowupError, InputError

if TYPE_CHECKING:
    from followup.delivery.models import Account
    from followup.store.models import User

SECURITY = ("starttls", "tls", "none")
KEYRING_SERVICE = "followup"


class NotConfigured(FollowupError):
    """No SMTP server is set up yet."""

    exit_code = 2


def account_of(user: User) -> Account:
    from followup.delivery.models import Account

    account, _ = Account.objects.get_or_create(user=user)
    return account


def check_reference(field: str, reference: str) -> str:
    """A password reference as typed: env:NAME, file:PATH, keyring, or empty."""
    value = reference.strip()
    if value in ("", "keyring"):
        return value
    kind, _, rest = value.partition(":")
    if kind == "env" and rest and rest.replace("_", "").isalnum():
        return value
    if kind == "file" and rest:
        return f"file:{Path(rest).expanduser().resolve()}"
    raise InputError(field, "give env:VARIABLE, file:PATH or keyring (never the password itself)")


def keyring_name(server: str, account: Account) -> str:
    host = account.smtp_host if server == "smtp" else account.imap_host
    login = account.smtp_user if server == "smtp" else account.imap_user
    return f"{server}:{login}@{host}"


def store_in_keyring(server: str, account: Account, password: str) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        raise InputError(
            "--password-keyring", "the keyring package is not installed (pip install keyring)"
        ) from None
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_name(server, account), password)
    except (KeyringError, RuntimeError) as exc:
        raise InputError(
            "--password-keyring",
            f"no usable system keyring here ({exc}); use --password-env or --password-file",
        ) from None


def password(server: str, account: Account) -> str | None:
    """The password in force for `server` ("smtp" or "imap"), read where it is kept."""
    reference = account.smtp_password if server == "smtp" else account.imap_password
    if not reference:
        return None
    field = f"{server} password"
    if reference.startswith("env:"):
        name = reference.removeprefix("env:")
        value = os.environ.get(name)
        if value is None:
            raise NotConfigured(f"{field}: the environment variable {name} is not set")
        return value
    if reference.startswith("file:"):
        path = Path(reference.removeprefix("file:"))
        try:
            return path.read_text().splitlines()[0] if path.stat().st_size else ""
        except OSError as exc:
            raise NotConfigured(f"{field}: cannot read {path} ({exc.strerror})") from None
    try:
        import keyring
    except ImportError:
        raise NotConfigured(f"{field}: the keyring package is not installed") from None
    found = keyring.get_password(KEYRING_SERVICE, keyring_name(server, account))
    if found is None:
        raise NotConfigured(f"{field}: nothing stored in the keyring for {server}")
    return str(found)


def describe(account: Account) -> dict[str, object]:
    """The account as shown to the candidate: password references, never passwords."""
    return {
        "sender": account.sender or None,
        "sender_name": account.sender_name or None,
        "smtp": {
            "host": account.smtp_host or None,
            "port": account.smtp_port,
            "security": account.smtp_security,
            "user": account.smtp_user or None,
            "password": account.smtp_password or None,
        },
        "imap": {
            "host": account.imap_host or None,
            "port": account.imap_port,
            "security": account.imap_security,
            "user": account.imap_user or None,
            "password": account.imap_password or None,
            "folder": account.imap_folder,
        },
    }
