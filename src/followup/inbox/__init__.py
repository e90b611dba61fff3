"""Reading mail and calendar files: pure functions on bytes (no Django, no clock).

`read(data)` says what a message or an .ics file is (`message.py`); the
sender's own words (`words.py`), automatic mail (`automatic.py`) and
invitations (`invites.py`) are read by their own modules.
"""
