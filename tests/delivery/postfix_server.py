"""A real Postfix for the tests: Debian's, as its own instance, on a loopback port.

The config, queue and log live in a fresh folder under the system temp
directory; `postfix -c DIR start-fg` runs its master in the foreground, and
it is stopped when the test ends. It accepts mail for `northwind.example`
from loopback and, having no such local users, bounces it: the delivery
report (RFC 3464, written by Postfix's bounce daemon) goes to the sender's
domain, `candidate.example`, which it delivers into a maildir, the real
Dovecot mailbox of the tests (`imap_server.dovecot`). Needs `postfix`
(`.ci/ensure-postfix` installs it) and root; elsewhere the tests are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.delivery.daemons import await_greeting, free_port

POSTFIX = Path("/usr/sbin/postfix")
NOBODY = 65534

MAIN = """\
compatibility_level = 3.6
queue_directory = {root}/queue
data_directory = {root}/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
meta_directory = /etc/postfix
shlib_directory = /usr/lib/postfix
mail_owner = postfix
setgid_group = postdrop
myhostname = mail.northwind.example
mydomain = northwind.example
myorigin = northwind.example
mydestination = northwind.example
# Accept every recipient at SMTP time, so an unknown one bounces afterwards.
local_recipient_maps =
alias_maps =
alias_database =
mynetworks = 127.0.0.0/8
inet_interfaces = loopback-only
inet_protocols = ipv4
biff = no
maillog_file = {root}/maillog
maillog_file_prefixes = {root}
# The candidate's domain: into the maildir the test's Dovecot serves.
virtual_mailbox_domains = candidate.example
virtual_mailbox_base = {mail}
virtual_mailbox_maps = static:{user}/
virtual_uid_maps = static:{uid}
virtual_gid_maps = static:{uid}
virtual_minimum_uid = 1
"""


@dataclass
class Postfix:
    host: str
    port: int
    log: Path


def available() -> str | None:
    """Why a real Postfix cannot be started here, or None."""
    if not POSTFIX.exists():
        return "postfix is not installed (.ci/ensure-postfix installs it)"
    if os.geteuid() != 0:
        return "postfix needs root to start (CI runs as root)"
    return None


@contextmanager
def postfix(maildir_base: Path, user: str) -> Iterator[Postfix]:
    """Postfix delivering `candidate.example` mail into `maildir_base/user/` (a maildir)."""
    root = Path(tempfile.mkdtemp(prefix="followup-postfix-"))
    root.chmod(0o755)
    conf, queue, data = root / "conf", root / "queue", root / "data"
    for folder in (conf, queue, data):
        folder.mkdir()
    shutil.chown(data, "postfix")
    port = free_port()
    master = [
        line
        for line in Path("/etc/postfix/master.cf").read_text().splitlines()
        if not line.startswith("smtp ") or " inet " not in line
    ]
    master.append(f"127.0.0.1:{port} inet n - n - - smtpd")
    (conf / "master.cf").write_text("\n".join(master) + "\n")
    (conf / "main.cf").write_text(MAIN.format(root=root, mail=maildir_base, user=user, uid=NOBODY))
    log = root / "maillog"
    process = subprocess.Popen(
        [str(POSTFIX), "-c", str(conf), "start-fg"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        await_greeting(process, port, b"220", 30, lambda: log.read_text() if log.exists() else "")
        yield Postfix("127.0.0.1", port, log)
    finally:
        subprocess.run(
            [str(POSTFIX), "-c", str(conf), "stop"], capture_output=True, timeout=30, check=False
        )
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(root, ignore_errors=True)


def wait_for(log: Path, text: str, timeout: float = 30) -> None:
    """Until Postfix's log says `text` (a delivery is asynchronous)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text():
            return
        time.sleep(0.1)
    raise AssertionError(
        f"postfix never logged {text!r}: {log.read_text() if log.exists() else ''}"
    )
