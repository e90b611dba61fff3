"""Defaults taken from the machine when neither the file nor the settings say.

The time zone comes from the system (tzlocal); the country from the locale
(`en_GB.UTF-8` -> GB), else US.
"""

from __future__ import annotations

import os
import re

from followup.interview_file import Defaults

LOCALE_COUNTRY = re.compile(r"^[a-z]{2,3}_([A-Z]{2})")


def machine_timezone() -> str:
    from tzlocal import get_localzone_name

    try:
        return get_localzone_name() or "UTC"
    except Exception:  # tzlocal raises several kinds on odd systems; UTC is safe
        return "UTC"


def machine_country() -> str:
    import holidays

    supported = holidays.list_supported_countries()
    for var in ("LC_ALL", "LC_TIME", "LANG"):
        match = LOCALE_COUNTRY.match(os.environ.get(var, ""))
        if match and match.group(1) in supported:
            return match.group(1)
    return "US"


def machine_defaults() -> Defaults:
    return Defaults(timezone=machine_timezone(), country=machine_country())
