"""STARTTLS with a verified certificate, and SMTP AUTH with the password read where it is kept."""

from __future__ import annotations

import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.delivery.conftest import Recorder, SmtpServer, free_port
from tests.delivery.test_sending import NOON, queue

PASSWORD = "correct horse battery staple"


def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        b"sam",
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def tls_server(certificate: tuple[Path, Path], mailbox: SmtpServer) -> Iterator[SmtpServer]:
    """A second server that insists on STARTTLS and AUTH; the account points at it."""
    from followup.delivery.account import account_of
    from followup.delivery.boot import setup

    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    recorder = Recorder()
    controller = Controller(
        recorder,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=context,
        require_starttls=True,
        auth_required=True,
        authenticator=authenticate,
    )
    controller.start()
    account = account_of(setup())
    account.smtp_port = controller.port
    account.smtp_security = "starttls"
    account.smtp_user = "sam"
    account.smtp_password = "env:FOLLOWUP_TEST_SMTP_PASSWORD"
    account.save()
    try:
        yield SmtpServer("127.0.0.1", controller.port, recorder)
    finally:
        controller.stop()


def test_starttls_with_a_trusted_certificate_and_the_right_password(
    tls_server: SmtpServer, certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.delivery.worker import run_once

    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    monkeypatch.setenv("FOLLOWUP_TEST_SMTP_PASSWORD", PASSWORD)
    message = queue(immediately=True)
    assert run_once(NOON).sent == [message.pk]  # type: ignore[attr-defined]
    assert len(tls_server.received) == 1


def test_an_untrusted_certificate_is_refused(
    tls_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.delivery.models import Message
    from followup.delivery.worker import run_once

    monkeypatch.setenv("FOLLOWUP_TEST_SMTP_PASSWORD", PASSWORD)
    message = queue(immediately=True)
    assert isinstance(message, Message)
    assert run_once(NOON).retried == [message.pk]
    message.refresh_from_db()
    assert "CERTIFICATE_VERIFY_FAILED" in message.last_error
    assert tls_server.received == []


def test_a_wrong_password_is_retried_with_the_servers_words(
    tls_server: SmtpServer, certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.delivery.models import Message
    from followup.delivery.worker import run_once

    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    monkeypatch.setenv("FOLLOWUP_TEST_SMTP_PASSWORD", "wrong")
    message = queue(immediately=True)
    assert isinstance(message, Message)
    assert run_once(NOON).retried == [message.pk]
    message.refresh_from_db()
    assert message.last_error == "attempt 1: 535 5.7.8 Authentication credentials invalid"


def test_a_missing_password_variable_is_said_plainly(
    tls_server: SmtpServer, certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.delivery.models import Message
    from followup.delivery.worker import run_once

    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    monkeypatch.delenv("FOLLOWUP_TEST_SMTP_PASSWORD", raising=False)
    message = queue(immediately=True)
    assert isinstance(message, Message)
    assert run_once(NOON).retried == [message.pk]
    message.refresh_from_db()
    assert message.last_error == (
        "attempt 1: smtp password: the environment variable FOLLOWUP_TEST_SMTP_PASSWORD is not set"
    )
