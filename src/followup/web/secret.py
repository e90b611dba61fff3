"""The per-install secret key: generated once, kept beside the store.

Django signs the CSRF cookie and the flash messages with it. It is made on
first use, stored readable by its owner only, and never leaves the machine.
Kept free of Django: settings.py imports it.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

KEY_NAME = "secret_key"


def secret_key(folder: Path) -> str:
    """The key kept in `folder`, created (atomically, mode 0600) when missing."""
    path = folder / KEY_NAME
    try:
        text = path.read_text(encoding="ascii").strip()
        if text:
            return text
    except FileNotFoundError:
        pass
    folder.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    temp = folder / f".{KEY_NAME}.{os.getpid()}"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key + "\n")
            handle.flush()
            os.fsync(handle.fileno())  # a whole key or none, even after a crash
        try:
            # Two processes starting at once: the first link wins, both use its key.
            os.link(temp, path)
        except FileExistsError:
            pass
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            if not path.exists():  # a file system without hard links
                os.replace(temp, path)
    finally:
        # Also when the write failed (a full disk): no empty temporary file stays.
        temp.unlink(missing_ok=True)
    return path.read_text(encoding="ascii").strip()
