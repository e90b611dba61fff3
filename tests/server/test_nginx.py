"""The nginx configuration of docs/server.md, run with Debian's nginx in front of
`followup serve --server`: HTTP is sent to HTTPS, HTTPS reaches the app, which
sees the request as secure (HSTS, Secure cookies)."""

from __future__ import annotations

import re
import shutil
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres_plugin import Suite, free_port
from tests.server.test_deploy import server_env

ROOT = Path(__file__).resolve().parent.parent.parent
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def documented_config() -> str:
    """The indented nginx block under "### nginx" in docs/server.md."""
    text = (ROOT / "docs" / "server.md").read_text()
    section = text.split("### nginx", 1)[1]
    lines = []
    for line in section.splitlines()[1:]:
        if line.startswith("    ") or not line.strip():
            lines.append(line[4:])
        elif lines and any(x.strip() for x in lines):
            break
    return "\n".join(lines).strip() + "\n"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


@pytest.fixture
def behind_nginx(postgres_suite: Suite, tmp_path: Path) -> Iterator[tuple[int, int]]:
    """followup serve --server behind nginx; the (http, https) ports of nginx."""
    app_port, http_port, https_port = free_port(), free_port(), free_port()
    prefix = tmp_path / "nginx"
    (prefix / "logs").mkdir(parents=True)
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=followup.example.org",
            "-keyout",
            str(prefix / "key.pem"),
            "-out",
            str(prefix / "cert.pem"),
        ],
        check=True,
        capture_output=True,
    )
    server = documented_config()
    for old, new in (
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
        ("/etc/ssl/followup/fullchain.pem", str(prefix / "cert.pem")),
        ("/etc/ssl/followup/privkey.pem", str(prefix / "key.pem")),
        ("http://127.0.0.1:8127", f"http://127.0.0.1:{app_port}"),
    ):
        assert old in server, old
        server = server.replace(old, new)
    temp = "\n".join(
        f"    {name}_temp_path {prefix / name};"
        for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (prefix / "nginx.conf").write_text(
        "user root;\nworker_processes 1;\n"
        f"pid {prefix / 'nginx.pid'};\nerror_log {prefix / 'logs' / 'error.log'};\n"
        "events { worker_connections 64; }\n"
        f"http {{\n    access_log {prefix / 'logs' / 'access.log'};\n{temp}\n" + server + "}\n"
    )
    app = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "followup",
            "serve",
            "--server",
            "--no-worker",
            "--port",
            str(app_port),
        ],
        env=server_env(postgres_suite, tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    nginx = subprocess.Popen(
        [NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = app.stdout.readline() if app.stdout else ""
        assert re.search(rf":{app_port}/", line), app.stderr.read() if app.stderr else line
        deadline = time.monotonic() + 20
        while nginx.poll() is None and time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{http_port}/", timeout=2)
            except urllib.error.HTTPError:
                break  # nginx answered (its redirect)
            except urllib.error.URLError:
                time.sleep(0.1)
        assert nginx.poll() is None, nginx.stderr.read() if nginx.stderr else ""
        yield http_port, https_port
    finally:
        nginx.terminate()
        app.terminate()
        nginx.communicate(timeout=30)
        app.communicate(timeout=30)


def test_the_documented_nginx_config_serves_the_app_over_https(
    behind_nginx: tuple[int, int],
) -> None:
    http_port, https_port = behind_nginx
    opener = urllib.request.build_opener(
        NoRedirect, urllib.request.HTTPSHandler(context=ssl._create_unverified_context())
    )
    plain = urllib.request.Request(
        f"http://127.0.0.1:{http_port}/", headers={"Host": "followup.example.org"}
    )
    with pytest.raises(urllib.error.HTTPError) as redirect:
        opener.open(plain, timeout=30)
    assert redirect.value.code == 301
    assert redirect.value.headers["Location"] == "https://followup.example.org/"
    secure = urllib.request.Request(
        f"https://127.0.0.1:{https_port}/", headers={"Host": "followup.example.org"}
    )
    try:
        response = opener.open(secure, timeout=30)
        status, headers = response.status, response.headers
    except urllib.error.HTTPError as exc:  # a log-in page first (the accounts side)
        status, headers = exc.code, exc.headers
        assert not headers["Location"].startswith("http://")
    assert status in (200, 302), status
    # The app saw HTTPS through X-Forwarded-Proto: HSTS, and no redirect loop to https.
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")


def test_every_cookie_is_secure_behind_nginx(behind_nginx: tuple[int, int]) -> None:
    """The first page (the log-in page a visitor is sent to) sets only Secure cookies."""
    from urllib.parse import urlsplit

    _, https_port = behind_nginx
    opener = urllib.request.build_opener(
        NoRedirect, urllib.request.HTTPSHandler(context=ssl._create_unverified_context())
    )
    path = "/"
    cookies: list[str] = []
    for _ in range(3):  # the page itself, or where it sends a visitor
        request = urllib.request.Request(
            f"https://127.0.0.1:{https_port}{path}", headers={"Host": "followup.example.org"}
        )
        try:
            response = opener.open(request, timeout=30)
            cookies += response.headers.get_all("Set-Cookie") or []
            break
        except urllib.error.HTTPError as exc:
            cookies += exc.headers.get_all("Set-Cookie") or []
            assert exc.code in (301, 302), exc.code
            location = urlsplit(exc.headers["Location"])
            assert location.scheme in ("", "https"), exc.headers["Location"]
            path = location.path + (f"?{location.query}" if location.query else "")
    assert cookies, "no page set a cookie"
    for cookie in cookies:
        assert "; Secure" in cookie, cookie
