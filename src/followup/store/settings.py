"""Django settings for the store (DJANGO_SETTINGS_MODULE=followup.store.settings).

SQLite in WAL mode so readers never wait for a writer; a busy timeout so two
commands at once queue instead of failing with "database is locked"; and
IMMEDIATE transactions so a command takes the write lock when its transaction
begins, not half-way through (a read-then-write upgrade cannot deadlock).

With `DATABASE_URL` set (postgres://user:password@host:port/name, parsed by
dj-database-url) the store is that PostgreSQL database instead, through
Django's own backend and psycopg 3; without it nothing here imports either.
`FOLLOWUP_SERVER=1` is the multi-user server behind a reverse proxy: hosts,
trusted origins and the secret key come from the environment, and cookies and
redirects are HTTPS-only (docs/server.md).
"""

from __future__ import annotations

import os

from followup.store.location import BUSY_TIMEOUT_SECONDS, database_path, database_url, home
from followup.web.secret import secret_key

SERVER_MODE = os.environ.get("FOLLOWUP_SERVER") == "1"


def _listed(name: str) -> list[str]:
    """A comma-separated environment variable as a list (blanks dropped)."""
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


# Signs the web UI's CSRF cookie and messages: made once per install, kept in
# the store folder; a server takes it from FOLLOWUP_SECRET_KEY (every machine
# behind the proxy signs with the same key).
SECRET_KEY = os.environ.get("FOLLOWUP_SECRET_KEY", "").strip()
if not SECRET_KEY:
    if SERVER_MODE:
        from followup.store.server import ServerConfigError

        raise ServerConfigError(
            "FOLLOWUP_SECRET_KEY: not set: a server needs a long random secret key "
            "from the environment (docs/server.md)."
        )
    SECRET_KEY = secret_key(home())
DEBUG = False
USE_TZ = True
TIME_ZONE = "UTC"
USE_I18N = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "followup.User"

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "followup.store.apps.StoreConfig",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "followup.web.apps.WebConfig",
    "followup.delivery.apps.DeliveryConfig",
    "django.contrib.sessions",
    "followup.coaching.apps.CoachingConfig",
]

_URL = database_url()
if _URL is None:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(database_path()),
            # The web server's threads keep their connection between requests:
            # opening one (its pragmas, the schema read on its first statement,
            # its prepared statements) cost several milliseconds of every page
            # (bench/README.md, the web agenda). Commands never close theirs
            # early either way.
            "CONN_MAX_AGE": None,
            "OPTIONS": {
                "timeout": BUSY_TIMEOUT_SECONDS,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;",
            },
        }
    }
else:
    from followup.store.server import database_settings

    DATABASES = {"default": database_settings(_URL)}

LOGGING_CONFIG = None

# -- the web UI (followup.web; `followup serve`) ---------------------------------
# Local mode: one user, no login, served on loopback only. CSRF protection and
# host checking stay on. A server's hosts and origins come from the environment.
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
if SERVER_MODE:
    ALLOWED_HOSTS = _listed("ALLOWED_HOSTS")
    CSRF_TRUSTED_ORIGINS = _listed("CSRF_TRUSTED_ORIGINS")
ROOT_URLCONF = "followup.web.urls"
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "followup.web.middleware.ServerUnreachable",
    "followup.web.middleware.local_user",
    "followup.web.middleware.StorageErrors",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csrf",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    }
]
# Flash messages in a signed cookie: the local app keeps no sessions.
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"
# The server mode's sessions: Django's database sessions, read in one written-out
# statement (coaching/sessions.py).
SESSION_ENGINE = "followup.coaching.sessions"
STATIC_URL = "/static/"
# WhiteNoise serves the app's own static folder straight from the package, so
# a fresh clone needs no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_COOKIE_SAMESITE = "Strict"

if SERVER_MODE:
    # Behind a reverse proxy that terminates TLS and says so in X-Forwarded-Proto
    # (docs/server.md): every cookie is HTTPS-only, plain HTTP is redirected, and
    # browsers are told to keep to HTTPS for a year.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = os.environ.get("FOLLOWUP_SSL_REDIRECT", "1") != "0"
    SECURE_HSTS_SECONDS = int(os.environ.get("FOLLOWUP_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("FOLLOWUP_HSTS_SUBDOMAINS", "1") != "0"
    SECURE_HSTS_PRELOAD = os.environ.get("FOLLOWUP_HSTS_PRELOAD", "1") != "0"
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    CSRF_COOKIE_SECURE = True
    # Static files collected once per release (`followup collect-static` or
    # `python -m django collectstatic`) into STATIC_ROOT, served by WhiteNoise
    # with far-future caching; still found in the package when not collected.
    STATIC_ROOT = os.environ.get("FOLLOWUP_STATIC_ROOT") or None
