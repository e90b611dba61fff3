"""One path for the mail account: `followup mail smtp` and the web's form call one use case.

`delivery.mail_settings.set_smtp` checks every field and collects every
error; the command prints the first, the form shows each under its field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.store_support import run


def spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the calls of the one SMTP setter, noting which shell made them (by its names)."""
    from followup.delivery import mail_settings

    calls: list[str] = []
    real: Callable[..., Any] = mail_settings.set_smtp

    def recording(*args: Any, **kwargs: Any) -> Any:
        calls.append("cli" if kwargs["names"].get("host") == "--host" else "web")
        return real(*args, **kwargs)

    monkeypatch.setattr(mail_settings, "set_smtp", recording)
    return calls


def test_the_command_and_the_form_set_smtp_through_one_function(
    client: Any, user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.delivery.account import account_of, describe

    monkeypatch.setenv("SMTP_PASSWORD", "hunter2")
    calls = spy(monkeypatch)
    cli = run("mail", "smtp", "--host", "smtp.example.org", "--user", "ana",
              "--password-env", "SMTP_PASSWORD", "--from", "ana@candidate.example",
              "--name", "Ana Ruiz")  # fmt: skip
    assert cli.code == 0, cli.err
    by_command = describe(account_of(user))
    form = {
        "host": "smtp.example.org",
        "port": "587",
        "security": "starttls",
        "user": "ana",
        "password": "env:SMTP_PASSWORD",
        "sender": "ana@candidate.example",
        "sender_name": "Ana Ruiz",
    }
    assert client.post("/settings/mail/", form).status_code == 302
    assert describe(account_of(user)) == by_command
    # Refused the same way too: each shell goes through the one function.
    assert run("mail", "smtp", "--host", "bad host!").code == 2
    assert client.post("/settings/mail/", {**form, "host": "bad host!"}).status_code == 422
    assert calls == ["cli", "web", "cli", "web"]


def test_every_wrong_field_comes_back_at_once_named_as_the_caller_names_it(user: Any) -> None:
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup
    from followup.delivery.mail_settings import AccountErrors, Server, set_smtp

    setup()
    server = Server(host="smtp.example.org:25", port="0", security="pigeon", login="a\nb",
                    password="hunter2")  # fmt: skip
    with pytest.raises(AccountErrors) as raised:
        set_smtp(user, server, sender="not an address", names={"host": "--host"})
    assert [(field, error.field) for field, error in raised.value.errors] == [
        ("host", "--host"),
        ("port", "port"),
        ("security", "security"),
        ("user", "user"),
        ("sender", "sender"),
        ("password", "password"),
    ]
    # As an error of its own it is the first: what a command prints.
    assert raised.value.message == (
        "--host: 'smtp.example.org:25' has a port in it: give the name alone "
        "(smtp.example.org) and 25 in port"
    )
    assert account_of(user).smtp_host == ""


def test_imap_and_the_digest_report_what_changed(user: Any) -> None:
    from followup.delivery.boot import setup
    from followup.delivery.mail_settings import Server, set_digest, set_imap

    setup()
    first = set_imap(user, Server(host="imap.example.org", port=993, security="tls"))
    assert first.fields == ("imap_host",)
    again = set_imap(user, Server(host="imap.example.org", port=993, security="tls"))
    assert again.fields == ()
    # Off until asked for: turning it on at 08:15 changes both.
    assert set_digest(user, at="08:15", on=True).fields == ("digest_at", "digest")
    assert set_digest(user, at="08:15", on=True).fields == ()


def test_a_name_longer_than_its_column_is_a_form_error_not_a_500(client: Any, user: Any) -> None:
    # PostgreSQL refused 201 characters with a DataError (an HTTP 500); the
    # form now says so under the field, on either database, and stores nothing.
    from followup.delivery.account import account_of, describe

    form = {
        "host": "smtp.example.org",
        "port": "587",
        "security": "starttls",
        "user": "ana",
        "password": "",
        "sender": "ana@candidate.example",
        "sender_name": "A" * 201,
    }
    before = describe(account_of(user))
    answer = client.post("/settings/mail/", form)
    assert answer.status_code == 422
    assert "201 characters long: at most 200" in answer.content.decode()
    assert describe(account_of(user)) == before
