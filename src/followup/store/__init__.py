"""The store: every interview, its contact log and its plan, kept in a database.

Django models on SQLite by default (PostgreSQL later, for a server mode), so
importing this package stays free of Django: `location` says where the file
is, `boot.setup()` configures Django and applies migrations on first use, and
`services` is the only way data is written (each write replans the interview
and stores its open actions in indexed columns for `followup agenda`).
"""
