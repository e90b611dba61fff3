"""Places as people type them (issue 16): country names, zones by city, "EST"."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.places import country_code, subdivision_code, zone_suggestions, zone_warning
from tests.store_support import NORTHWIND, add, run


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Canada", "CA"),
        ("canada", "CA"),
        (" CANADA ", "CA"),
        ("CA", "CA"),
        ("United Kingdom", "GB"),
        ("UK", "GB"),
        ("England", "GB"),
        ("United States", "US"),
        ("USA", "US"),
        ("Deutschland", None),  # the registry's names are English; no guess
        ("Germany", "DE"),
        ("Turkey", "TR"),
        ("Atlantis", None),
    ],
)
def test_country_names_and_codes(typed: str, code: str | None) -> None:
    assert country_code(typed) == code


def test_province_names() -> None:
    assert subdivision_code("CA", "Ontario") == "ON"
    assert subdivision_code("CA", "québec") == "QC"
    assert subdivision_code("US", "New York") == "NY"
    assert subdivision_code("CA", "Narnia") is None


@pytest.mark.parametrize(
    ("typed", "zones"),
    [
        ("Toronto", ["America/Toronto"]),
        ("new york", ["America/New_York"]),
        ("Torono", ["America/Toronto"]),
        ("PST", ["America/Los_Angeles", "America/Vancouver"]),
        ("Gotham", []),
    ],
)
def test_zones_by_city(typed: str, zones: list[str]) -> None:
    assert zone_suggestions(typed) == zones


def test_est_is_a_zone_that_ignores_daylight_saving() -> None:
    warning = zone_warning("EST")
    assert warning is not None and "ignores daylight saving" in warning
    assert "America/New_York" in warning
    assert zone_warning("America/Toronto") is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_answered_without_error(text: str) -> None:
    code = country_code(text)
    assert code is None or (len(code) == 2 and code.isupper())
    assert all("/" in zone for zone in zone_suggestions(text))


# -- in the CLI ----------------------------------------------------------------------


def test_config_takes_a_country_name(store: Path) -> None:
    assert run("config", "country", "Canada").out == "country = CA\n"


def test_a_misspelt_country_gets_the_name_it_meant(store: Path) -> None:
    result = run("config", "country", "Canda")
    assert result.code == 2
    assert result.err == (
        "followup: country: no public-holiday calendar for 'CANDA' (did you mean Canada (CA)?)\n"
    )


def test_an_interview_file_takes_country_and_province_names(store: Path, tmp_path: Path) -> None:
    text = NORTHWIND.replace("country: US", "country: Canada").replace(
        "subdivision: NY", "subdivision: Ontario"
    )
    number = add(tmp_path, text)
    shown = run("show", str(number), "--json").json["interview"]
    assert (shown["country"], shown["subdivision"]) == ("CA", "ON")


def test_a_city_for_a_zone_gets_its_zone_suggested(store: Path) -> None:
    result = run("config", "timezone", "Toronto")
    assert result.code == 2
    assert result.err == (
        "followup: timezone: unknown time zone 'Toronto' (did you mean America/Toronto?)\n"
    )


def test_an_est_interview_is_planned_with_a_warning(store: Path, tmp_path: Path) -> None:
    number = add(tmp_path, NORTHWIND.replace("timezone: America/New_York", "timezone: EST"))
    shown = run("show", str(number))
    assert (
        "The time zone 'EST' is a fixed offset that ignores daylight saving, so times would "
        "be an hour off for part of the year; use America/New_York or America/Toronto instead."
    ) in " ".join(shown.out.split())
    assert "EST time" not in shown.out


def test_config_takes_a_province_by_name(store: Path) -> None:
    assert run("config", "country", "Canada").code == 0
    said = run("config", "subdivision", "Ontario")
    assert (said.code, said.out) == (0, "subdivision = ON\n"), said.err
    stored = run("config", "subdivision", "--json").json
    assert stored == {"settings": {"subdivision": {"origin": "stored", "value": "ON"}}}
    refused = run("config", "subdivision", "Atlantis")
    assert refused.code == 2
    assert "subdivision" in refused.err and "Traceback" not in refused.err


def test_config_says_what_each_number_changes_in_the_pages_words(store: Path) -> None:
    """Issue 16: the settings were worded for developers ("Override of the policy's
    check in grace business days (see etiquette/policy.py ...)")."""
    from followup.settings_words import NUMBERS, cited

    listed = run("config")
    assert listed.code == 0
    assert "etiquette/policy.py" not in listed.out and "Override of" not in listed.out
    assert "ISO code" not in listed.out
    grace = NUMBERS["check_in_grace_business_days"]
    said = f"{grace.label}. {grace.changes} {cited(grace.sources)}"
    assert said in listed.out


def test_a_zone_is_named_by_its_place_in_summer_and_winter_alike() -> None:
    from datetime import UTC, datetime, timedelta, timezone
    from zoneinfo import ZoneInfo

    from followup.places import clock, place

    toronto, london = ZoneInfo("America/Toronto"), ZoneInfo("Europe/London")
    summer = datetime(2026, 10, 29, 22, 0, tzinfo=UTC)  # 18:00 EDT
    winter = datetime(2026, 11, 17, 22, 0, tzinfo=UTC)  # 17:00 EST
    assert clock(summer, toronto, year=2026) == "Thu 29 Oct 18:00 Toronto time"
    assert clock(winter, toronto, toronto) == "Tue 17 Nov 2026 17:00 Toronto time"
    assert clock(winter, london, toronto, year=2026) == (
        "Tue 17 Nov 22:00 London time (17:00 Toronto time)"
    )
    assert place(ZoneInfo("Etc/UTC")) == place(UTC) == "UTC"
    assert place(timezone(timedelta(hours=1))) == "UTC+01:00"
    # A zone named for its offset keeps that name, never "EST time" (issue 16 review).
    assert (place(ZoneInfo("EST")), place(ZoneInfo("Etc/GMT+5"))) == ("EST", "GMT+5")
