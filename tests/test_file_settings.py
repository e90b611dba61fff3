"""`plan FILE` and `check FILE` follow the stored settings, without creating a store."""

from __future__ import annotations

import json
from pathlib import Path

from tests.store_support import followup_process, run, write

# A Thursday; Mon 7 Sep 2026 is Labor Day in the US, a working day in GB.
FILE = """\
company: Acme
role: Analyst
start: 2026-09-03 10:00
timezone: Europe/London
interviewers: [{name: Ann Lee, email: ann@acme.example}]
next_step: We will decide by Friday.
"""


def check_in_opens(path: Path) -> str:
    result = run("plan", str(path), "--json", "--now", "2026-09-03 12:00")
    assert result.code == 0, result.err
    action = next(a for a in result.json["actions"] if a["id"] == "check_in")
    return str(action["not_before"])


def test_plan_uses_the_stored_country(store: Path) -> None:
    path = write(store, "i.yaml", FILE)
    # Decision Fri 4; in the US the grace day is Tue 8 (after Labor Day), so Wed 9.
    assert check_in_opens(path) == "2026-09-09T09:00:00+01:00"
    assert run("config", "country", "GB").code == 0
    assert check_in_opens(path) == "2026-09-08T09:00:00+01:00"


def test_plan_and_check_use_the_stored_policy(store: Path) -> None:
    path = write(store, "i.yaml", FILE)
    assert run("check", str(path), "thank_you", "--at", "2026-09-03 15:00").code == 0
    assert run("config", "policy", "reserved").code == 0
    result = run("check", str(path), "thank_you", "--at", "2026-09-03 15:00")
    assert result.code == 1
    assert "Your policy holds thanks back 7 days" in result.out
    plan = run("plan", str(path), "--json", "--now", "2026-09-03 12:00").json
    thanks = next(a for a in plan["actions"] if a["kind"] == "thank_you")
    assert thanks["not_before"] == "2026-09-10T11:00:00+01:00"
    assert thanks["why"].startswith(
        "After a week of silence (your policy holds thanks back), then within a day, "
        "a short personal thank-you to Ann Lee"
    )


def test_the_thank_you_reason_follows_the_policy_numbers() -> None:
    from followup.etiquette.planner import thank_you_timing
    from followup.etiquette.policy import DEFAULT, RESERVED

    assert thank_you_timing(DEFAULT) == "Within a day"
    assert thank_you_timing(DEFAULT.with_overrides({"thank_you_hours": 48})) == "Within 2 days"
    assert thank_you_timing(DEFAULT.with_overrides({"thank_you_hours": 12})) == "Within 12 hours"
    assert thank_you_timing(RESERVED.with_overrides({"thank_you_delay_days": 3})) == (
        "After 3 days of silence (your policy holds thanks back), then within a day"
    )


def test_plan_without_a_store_creates_none(followup_home: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "i.yaml", FILE)
    assert check_in_opens(path) == "2026-09-09T09:00:00+01:00"
    assert not (followup_home / "followup.sqlite3").exists()


def test_plan_reads_the_store_in_a_fresh_process(store: Path) -> None:
    # In-process tests have Django configured already; a new process has not.
    assert run("config", "country", "GB").code == 0
    path = write(store, "i.yaml", FILE)
    process = followup_process("plan", str(path), "--json", "--now", "2026-09-03 12:00")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    plan = json.loads(out)
    action = next(a for a in plan["actions"] if a["id"] == "check_in")
    assert action["not_before"] == "2026-09-08T09:00:00+01:00"
