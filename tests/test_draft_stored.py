"""`followup draft ID` and `followup lint --interview ID` on the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from followup.cli import cli

EXAMPLE = Path(__file__).parent.parent / "examples" / "interview.yaml"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_draft_a_stored_interview_signed_with_the_settings(store: Path, tmp_path: Path) -> None:
    assert run("config", "signature", "Jordan Okafor\\njordan@example.org")[0] == 0
    assert run("add", str(EXAMPLE))[0] == 0
    code, out, _ = run("draft", "1", "--now", "2026-11-17 12:00", "--json")
    assert code == 0
    drafts = json.loads(out)["drafts"]
    from_file = json.loads(run("draft", str(EXAMPLE), "--now", "2026-11-17 12:00", "--json")[1])[
        "drafts"
    ]
    # The file is drafted with the same settings as the stored copy of it.
    assert drafts == from_file
    for stored in drafts:
        assert stored["body"].endswith("Jordan Okafor\njordan@example.org\n")
    note = tmp_path / "note.txt"
    first = drafts[1]
    note.write_text(f"To: {first['to']}\nKind: {first['kind']}\n\n{first['body']}")
    assert run("lint", "--interview", "1", str(note)) == (0, "No findings in 1 note.\n", "")


def test_an_unknown_id_lists_the_stored_ones(store: Path) -> None:
    run("add", str(EXAMPLE))
    code, _, err = run("draft", "9")
    assert code == 2
    assert err == "followup: ID: no interview 9; the stored IDs are 1\n"


def after_the_check_in(tmp_path: Path) -> Path:
    """The example interview with the check-in sent: the one call is open on 26 November."""
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["contacts"] = [
        {"kind": "email", "purpose": "thank_you", "to": "Priya Raman", "at": "2026-11-17 15:00"},
        {"kind": "email", "purpose": "thank_you", "to": "Marcus Bell", "at": "2026-11-17 15:05"},
        {
            "kind": "email",
            "purpose": "send_references",
            "to": "Priya Raman",
            "at": "2026-11-17 15:10",
        },
        {"kind": "email", "purpose": "check_in", "to": "Priya Raman", "at": "2026-11-24 09:30"},
    ]
    path = tmp_path / "called.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_draft_from_a_file_uses_the_stored_name_signature_and_phone(
    store: Path, tmp_path: Path
) -> None:
    assert run("config", "name", "Jordan Okafor")[0] == 0
    assert run("config", "signature", "Jordan Okafor\\n+1 917 555 0199")[0] == 0
    path = after_the_check_in(tmp_path)
    code, out, _ = run("draft", str(path), "--now", "2026-11-26 12:00", "--json")
    assert code == 0
    result = json.loads(out)
    (voicemail,) = [d for d in result["drafts"] if d["kind"] == "voicemail"]
    assert "this is Jordan Okafor" in voicemail["body"]
    assert "at +1 917 555 0199 or by email" in voicemail["body"]
    assert "(your" not in voicemail["body"]
    assert not [h for h in result["hints"] if h["field"].startswith("config.")]
    assert [d["kind"] for d in result["drafts"]] == ["voicemail"]


def test_the_phone_setting_wins_over_a_number_in_the_signature(store: Path, tmp_path: Path) -> None:
    assert run("config", "signature", "Jordan Okafor\\n+1 917 555 0199")[0] == 0
    assert run("config", "phone", "+44 20 7946 0018")[0] == 0
    code, out, _ = run("draft", str(after_the_check_in(tmp_path)), "--now", "2026-11-26 12:00")
    assert code == 0
    assert "at +44 20 7946 0018 or by email" in out


def test_draft_from_a_file_without_settings_says_which_to_set(tmp_path: Path) -> None:
    path = after_the_check_in(tmp_path)
    code, out, _ = run("draft", str(path), "--now", "2026-11-26 12:00")
    assert code == 0
    assert "this is (your name)" in out and "at (your number) or by email" in out
    settings = out.split("\nAnd in your settings:\n")[1].splitlines()
    assert settings == [
        "- name: Set your name, so the drafts are signed and the voicemail script says it: "
        'followup config name "Your Name".',
        "- phone: The voicemail script leaves '(your number)' for you to say: give your phone "
        'number once and the script will say it: followup config phone "+1 555 0100".',
    ]
    # Drafting from a file reads your settings but does not create a store.
    from followup.store.location import database_path

    assert not database_path().exists()


def test_the_environment_overrides_the_stored_name(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("config", "name", "Jordan Okafor")[0] == 0
    monkeypatch.setenv("FOLLOWUP_NAME", "Jo Okafor")
    code, out, _ = run("draft", str(EXAMPLE), "--now", "2026-11-17 12:00", "--json")
    assert code == 0
    bodies = [d["body"] for d in json.loads(out)["drafts"]]
    assert bodies and all(body.endswith("\nJo Okafor\n") for body in bodies)


def test_draft_from_a_file_plans_with_the_stored_policy_and_holidays(store: Path) -> None:
    from followup.cli.writing import plan_target
    from followup.etiquette.planner import plan
    from followup.etiquette.policy import POLICIES
    from followup.interview_file import Defaults, load_interview

    assert run("config", "policy", "reserved")[0] == 0
    assert run("config", "country", "GB")[0] == 0
    text = EXAMPLE.read_text(encoding="utf-8")
    text = "\n".join(
        line for line in text.splitlines() if not line.startswith(("country:", "subdivision:"))
    )
    path = store / "no-region.yaml"
    path.write_text(text, encoding="utf-8")
    interview, planned, _, moment = plan_target(str(path), "2026-11-17 12:00")
    assert interview.country == "GB"
    expected = plan(
        load_interview(path, Defaults(timezone="UTC", country="GB")), moment, POLICIES["reserved"]
    )
    assert [(a.id, a.not_before, a.due) for a in planned.actions] == [
        (a.id, a.not_before, a.due) for a in expected.actions
    ]
    default = plan(interview, moment)
    assert [(a.id, a.not_before) for a in planned.actions] != [
        (a.id, a.not_before) for a in default.actions
    ]
