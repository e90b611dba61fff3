"""A real out-of-office reply: Dovecot's LDA runs Pigeonhole's Sieve `vacation` on a message.

The message we sent (as our SMTP test server received it) is delivered to the
interviewer's mailbox by `dovecot-lda`, whose Sieve script answers it with a
vacation reply; the reply is "sent" through `sendmail_path`, a two-line
script that keeps it in a file. So the auto-reply the IMAP reader then reads
is the one real software writes (its Auto-Submitted, Precedence and
In-Reply-To headers), not a hand-made copy. Needs Debian's `dovecot-sieve`
(`.ci/ensure-dovecot` installs it with dovecot) and root, to run the LDA as
an unprivileged user; elsewhere the tests are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

LDA = Path("/usr/lib/dovecot/dovecot-lda")
SIEVE_PLUGIN = Path("/usr/lib/dovecot/modules/lib90_sieve_plugin.so")
NOBODY = 65534

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/lda.log
mail_location = maildir:{root}/mail
first_valid_uid = 1
postmaster_address = postmaster@{domain}
hostname = mail.{domain}
sendmail_path = {root}/sendmail
protocol lda {{
  mail_plugins = sieve
}}
plugin {{
  sieve = file:{root}/home/sieve;active={root}/home/vacation.sieve
}}
"""
SENDMAIL = '#!/bin/sh\ncat > "{root}/out/reply-$$.eml"\n'
SCRIPT = """\
require ["vacation"];
vacation :days 1 :addresses ["{address}"] :subject "{subject}" "{text}";
"""


def available() -> str | None:
    """Why a real vacation reply cannot be made here, or None."""
    if not LDA.exists() or not SIEVE_PLUGIN.exists():
        return "dovecot-sieve is not installed (.ci/ensure-dovecot installs it)"
    if os.geteuid() != 0:
        return "dovecot-lda is run as nobody, which needs root (CI runs as root)"
    return None


def vacation_reply(
    message: bytes, *, recipient: str, sender: str, subject: str, text: str
) -> bytes:
    """The vacation reply Pigeonhole sends to `sender` for `message` delivered to `recipient`."""
    root = Path(tempfile.mkdtemp(prefix="followup-sieve-"))
    try:
        root.chmod(0o755)
        for name in ("run", "state", "home", "mail", "out"):
            (root / name).mkdir()
        domain = recipient.rpartition("@")[2]
        (root / "lda.conf").write_text(CONFIG.format(root=root, domain=domain))
        sendmail = root / "sendmail"
        sendmail.write_text(SENDMAIL.format(root=root))
        sendmail.chmod(0o755)
        (root / "home" / "vacation.sieve").write_text(
            SCRIPT.format(address=recipient, subject=subject, text=text)
        )
        (root / "lda.log").touch()
        for path in (root / "lda.log", *(p for p in root.iterdir() if p.is_dir())):
            os.chown(path, NOBODY, NOBODY)
            for inner in path.rglob("*") if path.is_dir() else ():
                os.chown(inner, NOBODY, NOBODY)
        done = subprocess.run(
            [
                "setpriv",
                f"--reuid={NOBODY}",
                f"--regid={NOBODY}",
                "--clear-groups",
                str(LDA),
                "-c",
                str(root / "lda.conf"),
                "-f",
                sender,
                "-a",
                recipient,
            ],
            input=message,
            capture_output=True,
            env={"HOME": str(root / "home"), "USER": "interviewer", "PATH": "/usr/bin:/bin"},
            timeout=60,
            check=False,
        )
        replies = sorted((root / "out").glob("reply-*.eml"))
        if done.returncode != 0 or len(replies) != 1:
            log = (root / "lda.log").read_text()
            raise RuntimeError(f"no vacation reply (exit {done.returncode}): {done.stderr!r} {log}")
        return replies[0].read_bytes()
    finally:
        shutil.rmtree(root, ignore_errors=True)
