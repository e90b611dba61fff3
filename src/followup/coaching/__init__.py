"""The server mode's people: accounts by invitation, a candidate's consent to a coach,
the coach's board across consented candidates, and the audit log of every read
by someone other than the owner.

The Django app `coaching` (its own tables and migrations, beside the store's).
Nothing here is reachable in the local mode (settings.SERVER_MODE false): its
pages answer 404 and the local app has no log-in.
"""
