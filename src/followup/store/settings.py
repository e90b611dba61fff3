"""Django settings for the store (DJANGO_SETTINGS_MODULE=followup.store.settings).

SQLite in WAL mode so readers never wait for a writer; a busy timeout so two
commands at once queue instead of failing with "database is locked"; and
IMMEDIATE transactions so a command takes the write lock when its transaction
begins, not half-way through (a read-then-write upgrade cannot deadlock).
"""

from __future__ import annotations

import os

from followup.store.location import BUSY_TIMEOUT_SECONDS, database_path, home
from followup.web.secret import secret_key

# Signs the web UI's CSRF cookie and messages: made once per install, kept in the store folder.
SECRET_KEY = secret_key(home())
DEBUG = False
USE_TZ = True
TIME_ZONE = "UTC"
USE_I18N = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "followup.User"
SERVER_MODE = os.environ.get("FOLLOWUP_SERVER") == "1"

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

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(database_path()),
        "OPTIONS": {
            "timeout": BUSY_TIMEOUT_SECONDS,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;",
        },
    }
}

LOGGING_CONFIG = None

# -- the web UI (followup.web; `followup serve`) ---------------------------------
# Local mode: one user, no login, served on loopback only. CSRF protection and
# host checking stay on.
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
ROOT_URLCONF = "followup.web.urls"
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
STATIC_URL = "/static/"
# WhiteNoise serves the app's own static folder straight from the package, so
# a fresh clone needs no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_COOKIE_SAMESITE = "Strict"
