"""Server mode (FOLLOWUP_SERVER=1): Django's deployment check is clean, the settings
come from the environment, and a missing secret key is one sentence."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.postgres_plugin import Suite, free_port


def server_env(postgres_suite: Suite, tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": postgres_suite.url,
        "FOLLOWUP_HOME": str(tmp_path / "home"),
        "FOLLOWUP_SERVER": "1",
        "FOLLOWUP_SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "followup.example.org,localhost",
        "CSRF_TRUSTED_ORIGINS": "https://followup.example.org",
        "DJANGO_SETTINGS_MODULE": "followup.store.settings",
    }


def test_check_deploy_is_clean_in_server_mode(postgres_suite: Suite, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=server_env(postgres_suite, tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_settings_come_from_the_environment(postgres_suite: Suite, tmp_path: Path) -> None:
    env = server_env(postgres_suite, tmp_path)
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SERVER_MODE, s.ALLOWED_HOSTS, s.CSRF_TRUSTED_ORIGINS, s.SECRET_KEY == "
        f"{env['FOLLOWUP_SECRET_KEY']!r}, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.DATABASES['default']['ENGINE'])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[0] == (
        "True ['followup.example.org', 'localhost'] ['https://followup.example.org'] True "
        "True True django.db.backends.postgresql"
    )


def test_a_server_without_a_secret_key_says_so(postgres_suite: Suite, tmp_path: Path) -> None:
    env = server_env(postgres_suite, tmp_path)
    del env["FOLLOWUP_SECRET_KEY"]
    result = subprocess.run(
        [sys.executable, "-m", "followup", "serve", "--server", "--port", "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "FOLLOWUP_SECRET_KEY: not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_server_behind_a_proxy_redirects_http_and_sets_hsts(
    postgres_suite: Suite, tmp_path: Path
) -> None:
    env = server_env(postgres_suite, tmp_path)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "followup", "serve", "--server", "--no-worker", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline() if process.stdout else ""
        assert re.search(rf":{port}/", line), process.stderr.read() if process.stderr else line
        base = f"http://127.0.0.1:{port}/"

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args: object, **kwargs: object) -> None:
                return None

        opener = urllib.request.build_opener(NoRedirect)
        # Plain HTTP at the proxy: sent to HTTPS.
        request = urllib.request.Request(base, headers={"Host": "followup.example.org"})
        try:
            opener.open(request, timeout=30)
            raise AssertionError("no redirect")
        except urllib.error.HTTPError as exc:
            assert exc.code == 301
            assert exc.headers["Location"] == "https://followup.example.org/"
        # An unknown host is refused (400), never served.
        bad = urllib.request.Request(
            base, headers={"Host": "evil.example", "X-Forwarded-Proto": "https"}
        )
        try:
            opener.open(bad, timeout=30)
            raise AssertionError("served an unknown host")
        except urllib.error.HTTPError as exc:
            assert exc.code == 400
        # HTTPS at the proxy: the page, with HSTS.
        secure = urllib.request.Request(
            base, headers={"Host": "followup.example.org", "X-Forwarded-Proto": "https"}
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                response = opener.open(secure, timeout=30)
                break
            except urllib.error.HTTPError as exc:
                # The accounts side may send a visitor to log in first: still over HTTPS.
                assert exc.code in (301, 302), exc.code
                assert "Strict-Transport-Security" in exc.headers
                response = None
                break
            except urllib.error.URLError:
                assert time.monotonic() < deadline
                time.sleep(0.2)
        if response is not None:
            assert response.status == 200
            assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    finally:
        process.terminate()
        process.communicate(timeout=30)
