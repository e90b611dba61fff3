"""Keep the calendar feed's token out of the logs: it is the feed's only password.

Django logs the path of every 404 and 500 (`django.request`), and with no
logging configured Python prints such warnings on standard error. This
filter, installed when the app starts, rewrites `/calendar/TOKEN.ics` in
those records before any handler sees them. Waitress itself logs no
requests.
"""

from __future__ import annotations

import logging
import re

FEED_PATH = re.compile(r"/calendar/[^/\s?#'\"]+\.ics")


class RedactFeedPaths(logging.Filter):
    """Replace a feed token in a log record's message by `…` (the token is the password)."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if "/calendar/" in text:
            record.msg, record.args = FEED_PATH.sub("/calendar/….ics", text), ()
        return True


def install_log_redaction() -> None:
    for name in ("django.request", "django.server", "django.security"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactFeedPaths) for f in logger.filters):
            logger.addFilter(RedactFeedPaths())
