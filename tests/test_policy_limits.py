"""Policy numbers have bounds; a stored value out of bounds names the way out."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.etiquette.policy import DEFAULT, limit_of
from tests.store_support import NORTHWIND, add, database, run


@pytest.mark.parametrize(
    ("name", "limit"),
    [
        ("policy.thank_you_hours", 2160),
        ("policy.debrief_hours", 2160),
        ("policy.default_check_in_days", 3650),
        ("policy.check_in_window_business_days", 60),
        ("policy.stay_in_touch_max", 20),
    ],
)
def test_each_number_has_a_maximum(store: Path, name: str, limit: int) -> None:
    result = run("config", name, "99999999999")
    assert result.code == 2
    assert result.err == f"followup: {name}: must be at most {limit}\n"
    assert run("config", name, str(limit)).code == 0


def test_every_number_has_a_limit() -> None:
    numbers = [k for k, v in vars(DEFAULT).items() if isinstance(v, int) and k != "name"]
    assert all(limit_of(k) in (20, 60, 2160, 3650) for k in numbers)


def test_the_day_must_open_before_it_closes(store: Path) -> None:
    result = run("config", "policy.day_opens", "18:00")
    assert result.code == 2
    assert result.err == (
        "followup: policy.day_opens: the day must open before it closes "
        "(opens 18:00, closes 17:00)\n"
    )
    assert run("config", "policy.day_closes", "08:00").code == 2
    assert run("config", "policy.day_opens", "08:00").code == 0


def test_a_stored_absurd_value_is_refused_with_the_way_out(store: Path) -> None:
    add(store, NORTHWIND)
    with database(store) as db:
        db.execute(
            "INSERT INTO followup_setting (user_id, name, value) "
            "VALUES (1, 'policy.debrief_hours', '100000000')"
        )
    result = run("show", "1")
    assert result.code == 2
    assert result.err == (
        "followup: policy.debrief_hours: must be at most 2160; the stored value is refused "
        "(followup config --unset policy.debrief_hours resets it)\n"
    )
    assert run("config", "--unset", "policy.debrief_hours").code == 0
    assert run("show", "1").code == 0
