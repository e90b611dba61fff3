"""The web forms take country names as the command line does (issue 16)."""

from __future__ import annotations

from typing import Any


def test_the_web_forms_take_country_names(client: Any, user: Any) -> None:
    from followup.store import services
    from tests.web.test_pages import NEW

    response = client.post("/interviews/new/", {**NEW, "country": "Canada", "subdivision": ""})
    assert response.status_code == 302
    new_id = int(response["Location"].strip("/").split("/")[-1])
    assert services.load(user, new_id).interview.country == "CA"
    client.post("/settings/", {"s-country": "united kingdom"})
    assert services.settings_of(user)["country"] == "GB"
