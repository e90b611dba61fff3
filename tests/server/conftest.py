"""tests/server/: collected only on PostgreSQL (tests/postgres_plugin.py); the
delivery tests' loopback SMTP server is shared."""

from tests.delivery.conftest import mailbox, mailbox_now, smtp_server

__all__ = ["mailbox", "mailbox_now", "smtp_server"]
