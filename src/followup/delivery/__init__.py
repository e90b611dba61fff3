"""Delivery: the outbox and its worker (SMTP), reply detection (IMAP), the morning digest.

The Django app `delivery` (its own tables and migrations, beside the store's).
The timing and header rules are pure (`timing`, `headers`); the rest loads
facts, calls them, and talks to the mail servers.
"""
