"""The mail account: where the servers are, and where each password is kept.

A password is never stored: the account keeps a reference to it, one of
`env:NAME` (an environment variable), `file:PATH` (a file readable by the
candidate only; its first line), or `keyring` (the system keyring, through
the optional `keyring` package, under the service name "followup"). Nothing
ever prints a password back.
"""

from __future__ import annotations

import ipaddress
import os
import re
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


# One DNS label (RFC 1123): letters, digits and inner hyphens, 63 at most.
LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", re.IGNORECASE)


def check_host(field: str, text: str, port_field: str = "--port") -> str:
    """A server as typed: a host name (IDN allowed) or an IP address, with no port."""
    value = text.strip()
    if not value:
        raise InputError(field, "is empty: give the server's name, such as smtp.example.org")
    bare = value[1:-1] if value.startswith("[") and value.endswith("]") else value
    try:
        return str(ipaddress.ip_address(bare))
    except ValueError:
        pass
    head, colon, tail = value.rpartition(":")
    if colon and tail.isdigit() and head and ":" not in head:
        raise InputError(
            field,
            f"{value!r} has a port in it: give the name alone ({head}) and {tail} in {port_field}",
        )
    problem = f"{value!r} is not a server name (such as smtp.example.org) nor an IP address"
    name = value.removesuffix(".")
    try:
        # The IDNA codec turns "bücher.example" into its xn-- form and refuses
        # empty or over-long labels, so what remains is checked as plain ASCII.
        ascii_name = name.encode("idna").decode("ascii")
    except UnicodeError:
        raise InputError(field, problem) from None
    labels = ascii_name.split(".")
    if len(ascii_name) > 253 or not all(LABEL.fullmatch(label) for label in labels):
        raise InputError(field, problem)
    if labels[-1].isdigit():
        # All-digit last label: a mistyped IP address (999.1.1.1), never a real name.
        raise InputError(field, f"{value!r} is not a valid IP address")
    return value


def is_loopback(host: str) -> bool:
    """This machine only: 127.0.0.0/8, ::1, localhost (and *.localhost, RFC 6761)."""
    name = host.strip().lower().removesuffix(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name.strip("[]")).is_loopback
    except ValueError:
        return False


def check_security(field: str, host: str, security: str, *, login: bool) -> None:
    """Refuse a login over a plain connection, except to a server on this machine.

    With `none` the login name and password cross the network unencrypted,
    readable by anyone on the way; on loopback they never leave the machine
    (a local relay or a test server), so that is the one place it is allowed.
    """
    if security == "none" and login and not is_loopback(host):
        raise InputError(
            field,
            f"none would send your login and password to {host} unencrypted; use starttls "
            "or tls (none is only for a server on this machine, such as 127.0.0.1)",
        )


def check_reference(field: str, reference: str) -> str:
    """A password reference as typed (env:NAME, file:PATH, keyring, or empty), and usable now.

    The variable must be set and the file readable, here and now: a typo
    found at setup is a sentence; found by the worker, a failed message.
    """
    value = reference.strip()
    if value in ("", "keyring"):
        return value
    kind, _, rest = value.partition(":")
    if kind == "env" and rest and rest.replace("_", "").isalnum():
        if rest not in os.environ:
            raise InputError(
                field,
                f"the environment variable {rest} is not set; set it (export {rest}=...) "
                "where followup runs, then try again",
            )
        return value
    if kind == "file" and rest:
        path = Path(rest).expanduser().resolve()
        if not path.exists():
            raise InputError(field, f"{path} does not exist")
        if not path.is_file():
            raise InputError(field, f"{path} is not a file")
        try:
            with path.open("rb"):
                pass
        except OSError as exc:
            raise InputError(field, f"cannot read {path} ({exc.strerror})") from None
        return f"file:{path}"
    raise InputError(field, "give env:VARIABLE, file:PATH or keyring (never the password itself)")


def readable_by_others(reference: str) -> bool:
    """A file: reference whose file other users of this machine may read."""
    if not reference.startswith("file:"):
        return False
    try:
        return bool(Path(reference.removeprefix("file:")).stat().st_mode & 0o077)
    except OSError:
        return False


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
        # The setting, as `followup mail digest` left it (off until asked for): it is
        # sent only once SMTP is set up.
        "digest": {"on": account.digest, "at": f"{account.digest_at:%H:%M}"},
    }
