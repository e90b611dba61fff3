"""The WSGI entry for any WSGI server behind a reverse proxy: `followup.web.wsgi:application`.

    FOLLOWUP_SERVER=1 DATABASE_URL=postgres://… FOLLOWUP_SECRET_KEY=… \
    ALLOWED_HOSTS=followup.example.org CSRF_TRUSTED_ORIGINS=https://followup.example.org \
    waitress-serve --listen=127.0.0.1:8127 followup.web.wsgi:application

Makes the store ready (migrations under the store's lock) when the process
starts, as `followup serve --server` does (docs/server.md).
"""

from __future__ import annotations

from followup.web.server import application as _application
from followup.web.server import prepare

prepare()
application = _application()
