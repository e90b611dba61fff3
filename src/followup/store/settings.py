"""Django settings for the store (DJANGO_SETTINGS_MODULE=followup.store.settings).

SQLite in WAL mode so readers never wait for a writer; a busy timeout so two
commands at once queue instead of failing with "database is locked"; and
IMMEDIATE transactions so a command takes the write lock when its transaction
begins, not half-way through (a read-then-write upgrade cannot deadlock).
"""

from __future__ import annotations

from followup.store.location import BUSY_TIMEOUT_SECONDS, database_path

SECRET_KEY = "followup-local-only"  # no sessions or signing in the local app
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
    "followup.delivery.apps.DeliveryConfig",
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
