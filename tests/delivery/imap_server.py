"""A real IMAP server for the tests: Debian's dovecot on a loopback port, throwaway config.

Everything (config, runtime sockets, the maildir) lives in a fresh folder
under the system temp directory; the server runs in the foreground (-F) and
is stopped when the test ends. Needs `dovecot-imapd` (`.ci/ensure-dovecot`
installs it) and root, which CI runs as; elsewhere the tests are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.delivery.daemons import await_greeting, free_port

USER = "sam"
PASSWORD = "imap-test-password"

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
first_valid_uid = 1
default_login_user = dovenull
default_internal_user = dovecot
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


@dataclass
class ImapServer:
    host: str
    port: int
    user: str
    password: str
    # The folder of every user's maildir (owned by nobody), for a real MTA to deliver into.
    mail: Path | None = None


def available() -> str | None:
    """Why the IMAP tests cannot run here, or None."""
    if shutil.which("dovecot") is None and not Path("/usr/sbin/dovecot").exists():
        return "dovecot is not installed (.ci/ensure-dovecot installs it)"
    if os.geteuid() != 0:
        return "dovecot needs root to start (CI runs as root)"
    return None


@contextmanager
def dovecot() -> Iterator[ImapServer]:
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    root = Path(tempfile.mkdtemp(prefix="followup-dovecot-"))
    root.chmod(0o755)
    uid, gid = 65534, 65534  # nobody: dovecot does not deliver mail as root
    (root / "mail").mkdir()
    os.chown(root / "mail", uid, gid)
    (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
    port = free_port()
    config = root / "dovecot.conf"
    config.write_text(CONFIG.format(root=root, port=port, uid=uid, gid=gid))
    process = subprocess.Popen(
        [binary, "-F", "-c", str(config)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        log = root / "dovecot.log"
        await_greeting(process, port, b"* OK", 20, lambda: log.read_text() if log.exists() else "")
        yield ImapServer("127.0.0.1", port, USER, PASSWORD, root / "mail")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(root, ignore_errors=True)
