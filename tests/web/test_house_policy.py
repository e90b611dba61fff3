"""The house policy: the centre's defaults (e.g. the reserved thank-you timing), set by an
administrator, started with by new accounts, seen and overridden by candidates."""

from __future__ import annotations

from typing import Any

from tests.web.conftest import NOW, html
from tests.web.server_support import PASSWORD, client_for, make_person, people, server

__all__ = ["people", "server"]


def _thanks_due(user: Any) -> Any:
    from followup.store.models import Action

    return Action.objects.filter(user=user, kind="thank_you").order_by("due").first().due  # type: ignore[union-attr]


def test_only_an_administrator_sets_it_with_errors_under_each_field(
    people: dict[str, Any],
) -> None:
    from followup.coaching.house import house_policy

    assert people["alice"].client.get("/accounts/policy/").status_code == 404
    admin = make_person("ada", staff=True)
    bad = admin.client.post(
        "/accounts/policy/", {"policy": "lenient", "nudge_below": "three", "timezone": ""}
    )
    assert bad.status_code == 400
    page = html(bad)
    assert "&#x27;lenient&#x27; is not one of default, reserved" in page
    assert "is not a whole number" in page
    assert house_policy() == {}
    ok = admin.client.post("/accounts/policy/", {"policy": "reserved", "country": "Canada"})
    assert ok.status_code == 302
    assert house_policy() == {"policy": "reserved", "country": "CA"}


def test_new_accounts_start_with_it_and_candidates_can_take_it(people: dict[str, Any]) -> None:
    from followup.coaching import consent
    from followup.coaching.house import set_house
    from followup.store import services

    admin = make_person("ada", staff=True)
    assert set_house(admin.user, {"policy": "reserved"}, NOW) == {}
    _, token = consent.invite(admin.user, "account", NOW)
    visitor = client_for()
    joined = visitor.post(
        f"/accounts/join/{token}/",
        {
            "username": "erin",
            "email": "erin@people.example",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert joined.status_code == 302
    from followup.store.models import User

    assert services.settings_of(User.objects.get(username="erin")) == {"policy": "reserved"}
    # An account made before sees the centre's value beside its own, and takes it.
    alice = people["alice"]
    page = html(alice.client.get("/house/"))
    assert "<td>reserved</td>\n  <td>default</td>" in page and "Use the centre" in page
    before = _thanks_due(alice.user)
    assert alice.client.post("/house/adopt/", {"name": "policy"}).status_code == 302
    assert services.settings_of(alice.user) == {"policy": "reserved"}
    # The reserved variant's thank-you comes later: the stored plan was recomputed.
    assert _thanks_due(alice.user) > before
    assert alice.client.post("/house/adopt/", {"name": "email"}).status_code == 404
