"""`followup config`: one table of settings, validated, stored, overridable by the environment."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup import config
from tests.store_support import add, run


def test_config_json_shows_values_and_where_they_come_from(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("config", "name", "Ana Ruiz")
    monkeypatch.setenv("FOLLOWUP_EMAIL", "ana@example.org")
    result = run("config", "--json")
    assert result.code == 0, result.err
    settings = result.json["settings"]
    assert settings["name"] == {"origin": "stored", "value": "Ana Ruiz"}
    assert settings["email"] == {"origin": "environment", "value": "ana@example.org"}
    assert settings["timezone"] == {"origin": "machine", "value": "UTC"}
    assert settings["country"] == {"origin": "machine", "value": "US"}
    assert settings["nudge_below"] == {"origin": "default", "value": 3}
    assert settings["policy.default_check_in_days"] == {"origin": "default", "value": 14}
    assert settings["policy.day_opens"] == {"origin": "default", "value": "09:00"}
    assert sorted(settings) == sorted(config.all_settings())


def test_set_show_and_unset(store: Path) -> None:
    assert run("config", "timezone", "Europe/London").out == "timezone = Europe/London\n"
    assert run("config", "timezone", "--json").json == {
        "settings": {"timezone": {"origin": "stored", "value": "Europe/London"}}
    }
    assert run("config", "--unset", "timezone").code == 0
    assert run("config", "timezone", "--json").json["settings"]["timezone"]["origin"] == "machine"


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("EST", "America/New_York or America/Toronto"),
        ("MST", None),
        ("CET", None),
    ],
)
def test_a_fixed_offset_zone_is_kept_with_a_warning(
    store: Path, typed: str, suggested: str | None
) -> None:
    """`config timezone EST` says what the web settings page and the plan say."""
    from followup.places import zone_warning

    result = run("config", "timezone", typed)
    assert result.code == 0
    assert result.out == f"timezone = {typed}\n"
    warning = zone_warning(typed)
    assert warning is not None
    assert result.err == f"followup: warning: {warning}.\n"
    assert "ignores daylight saving" in result.err
    if suggested:
        assert f"use {suggested} instead" in result.err
    assert run("config", "timezone", "--json").json["settings"]["timezone"]["value"] == typed


def test_a_zone_that_keeps_daylight_saving_has_no_warning(store: Path) -> None:
    result = run("config", "timezone", "America/New_York")
    assert (result.code, result.out, result.err) == (0, "timezone = America/New_York\n", "")


def test_bad_settings_exit_2_naming_the_setting(store: Path) -> None:
    cases = {
        ("config", "timezone", "Mars/Base"): "followup: timezone: unknown time zone 'Mars/Base'",
        ("config", "country", "XX"): "followup: country: no public-holiday calendar for 'XX'",
        ("config", "subdivision", "ZZ"): "followup: subdivision: US has no subdivision 'ZZ'",
        ("config", "nudge_below", "-1"): "followup: nudge_below: must be 0 or more",
        ("config", "email", "ana@"): "followup: email: 'ana@' is not an email address",
        ("config", "phone", "call me"): "followup: phone: 'call me' is not a phone number",
        ("config", "phone", "12-34"): "followup: phone: '12-34' is not a phone number",
        ("config", "policy", "lax"): "followup: policy: 'lax' is not one of default, reserved",
        ("config", "policy.day_opens", "9am"): "followup: policy.day_opens: '9am' is not a time",
        (
            "config",
            "timezon",
            "UTC",
        ): "followup: timezon: unknown setting; did you mean 'timezone'?",
    }
    for args, message in cases.items():
        result = run(*args)
        assert result.code == 2, args
        assert result.err.startswith(message), (args, result.err)
    assert run("config", "--json").json["settings"]["timezone"]["origin"] == "machine"


def test_a_new_country_with_another_countrys_subdivision_says_what_to_do(store: Path) -> None:
    # Issue 16's review: it only said "GB has no subdivision 'ON'".
    assert run("config", "country", "CA").code == 0
    assert run("config", "subdivision", "Ontario").code == 0
    refused = run("config", "country", "United Kingdom")
    assert refused.code == 2
    assert refused.err == (
        "followup: country: the stored subdivision ON belongs to Canada (CA), not to "
        "United Kingdom (GB): clear it first with `followup config --unset subdivision`, "
        "then set the country, and after it one of GB's subdivisions if you want one "
        "(`followup config subdivision NAME`)\n"
    )
    settings = run("config", "--json").json["settings"]
    assert (settings["country"]["value"], settings["subdivision"]["value"]) == ("CA", "ON")
    # Doing what it says works.
    assert run("config", "--unset", "subdivision").code == 0
    assert run("config", "country", "United Kingdom").out == "country = GB\n"
    assert run("config", "subdivision", "Scotland").out == "subdivision = SCT\n"


def test_a_policy_setting_recomputes_every_stored_plan(store: Path) -> None:
    text = (
        "company: Acme\nrole: Analyst\nstart: 2026-11-17 10:00\ntimezone: America/New_York\n"
        "interviewers: [Ann Lee]\n"
    )
    add(store, text, "acme.yaml")

    def check_in_opens() -> str:
        actions = run("agenda", "--now", "2026-11-28T12:00-05:00", "--json").json["actions"]
        return next(a["not_before"] for a in actions if a["id"] == "check_in")

    # No timeframe: 14 days after Tuesday 17 November is Tuesday 1 December.
    assert check_in_opens() == "2026-12-01T09:00:00-05:00"
    result = run("config", "policy.default_check_in_days", "10")
    assert "Every stored plan was recomputed" in result.out
    # 10 days: Friday 27 November.
    assert check_in_opens() == "2026-11-27T09:00:00-05:00"
    run("config", "--unset", "policy.default_check_in_days")
    assert check_in_opens() == "2026-12-01T09:00:00-05:00"


def test_reserved_policy_holds_thanks_for_a_week(store: Path) -> None:
    add(store)
    run("config", "policy", "reserved")
    thanks = run("show", "1", "--json").json["plan"]["actions"]
    opens = {a["id"]: a["not_before"] for a in thanks}
    assert opens["thank_you:priya-raman"] == "2026-11-24T11:00:00-05:00"


def test_the_environment_overrides_plain_settings_but_not_policy(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_TIMEZONE", "Asia/Tokyo")
    monkeypatch.setenv("FOLLOWUP_POLICY", "reserved")
    settings = run("config", "--json").json["settings"]
    assert settings["timezone"] == {"origin": "environment", "value": "Asia/Tokyo"}
    assert settings["policy"] == {"origin": "default", "value": "default"}


def test_every_setting_has_help() -> None:
    for setting in config.all_settings().values():
        assert setting.help.endswith(".") or setting.help.endswith(")"), setting.name


def test_every_setting_is_documented() -> None:
    docs = (Path(__file__).parent.parent / "docs" / "local-app.md").read_text()
    for name in config.all_settings():
        assert f"`{name}`" in docs or f"`policy.{name.removeprefix('policy.')}`" in docs, name


def test_the_phone_setting_takes_the_usual_ways_of_writing_a_number(store: Path) -> None:
    for number in ("+1 (212) 555-0142", "020 7946 0018", "+44 20 7946 0018 ext. 12"):
        assert run("config", "phone", number).code == 0, number
        assert run("config", "phone", "--json").json["settings"]["phone"] == {
            "origin": "stored",
            "value": number,
        }


def test_references_are_set_listed_drafted_and_refused_when_malformed(
    store: Path, tmp_path: Path
) -> None:
    # Issue #11: the references email lists the people in your settings.
    typed = (
        "Judith Harper; supervising partner at Cole Harper; judith@coleharper.example; "
        "+44 161 496 0123 | Owen Price; former client; owen@delta.example"
    )
    result = run("config", "references", typed)
    assert result.code == 0, result.err
    value = run("config", "references", "--json").json["settings"]["references"]["value"]
    assert value == [
        {
            "name": "Judith Harper",
            "relationship": "supervising partner at Cole Harper",
            "email": "judith@coleharper.example",
            "phone": "+44 161 496 0123",
        },
        {"name": "Owen Price", "relationship": "former client", "email": "owen@delta.example"},
    ]
    add(tmp_path)  # Northwind: references requested
    drafted = run("draft", "1", "--now", "2026-11-17 12:00", "--json")
    assert drafted.code == 0, drafted.err
    (references,) = [d for d in drafted.json["drafts"] if d["kind"] == "send_references"]
    assert (
        "Judith Harper, supervising partner at Cole Harper: judith@coleharper.example"
        in (references["body"])
    )
    assert "attach" not in references["body"]
    for bad, message in {
        "Judith Harper": "needs at least a name and a relationship",
        "Judith; manager": "give Judith an email address or a phone number",
        "Judith; manager; judith@": "'judith@' is not an email address",
    }.items():
        refused = run("config", "references", bad)
        assert refused.code == 2 and message in refused.err, (bad, refused.err)


@pytest.mark.parametrize("command", ["plan", "lint"])
def test_plan_and_lint_read_stored_settings_without_django(
    store: Path, tmp_path: Path, command: str
) -> None:
    """Settings come from the store through sqlite3: no Django boot for a file's plan or lint."""
    import subprocess
    import sys

    from tests.store_support import NORTHWIND, run, write

    assert run("config", "policy.default_check_in_days", "10").code == 0
    text = NORTHWIND.replace("next_step: We'll make a decision by Friday.\n", "")
    interview = write(tmp_path, "interview.yaml", text)
    note = write(tmp_path, "note.txt", "Subject: Thank you\n\nDear Priya,\nThank you.\n")
    args = (
        ["plan", str(interview), "--now", "2026-11-18 09:00", "--json"]
        if command == "plan"
        else ["lint", str(note)]
    )
    code = (
        "import sys\n"
        "from followup.cli import cli\n"
        f"try:\n    cli({args!r}, prog_name='followup')\n"
        "except SystemExit as e:\n    assert e.code in (0, 1, None), e.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] == 'django')\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    if command == "plan":
        actions = json.loads(done.stdout)["actions"]
        [check_in] = [a for a in actions if a["kind"] == "check_in"]
        assert "One check-in 10 days after the interview" in check_in["why"], check_in


def test_config_imports_nothing_of_the_store_but_its_location() -> None:
    """No import cycle between config and store.services (issue 10)."""
    import ast

    import followup.config

    tree = ast.parse(Path(followup.config.__file__).read_text())
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    store = sorted(m for m in imported if m.startswith("followup.store"))
    # store.server: the Django-free reads of a PostgreSQL store (DATABASE_URL).
    assert store == ["followup.store.location", "followup.store.server"], store
