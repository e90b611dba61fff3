"""The agenda across all interviews, read fast.

`query.py` reads the stored open actions with one SQL query through the
standard `sqlite3` module (no Django); `board.py` sorts them into overdue,
today and the next 7 days for a given `now`; `text.py` prints it (the
`followup agenda` command, which `followup.launch` runs without click).
"""
