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


def test_est_is_kept_with_a_warning_naming_the_zone(client: Any, user: Any) -> None:
    from followup.store import services

    page = client.post("/settings/", {"s-timezone": "EST"}, follow=True).content.decode()
    assert services.settings_of(user)["timezone"] == "EST"
    assert (
        "Saved, but the time zone &#x27;EST&#x27; is a fixed offset that ignores daylight" in page
    )
    assert "use America/New_York or America/Toronto instead." in page


def test_a_city_in_the_zone_field_gets_its_zone_suggested(client: Any) -> None:
    page = client.post("/settings/", {"s-timezone": "Toronto"}).content.decode()
    assert "unknown time zone &#x27;Toronto&#x27; (did you mean America/Toronto?)" in page


def test_every_rule_book_number_is_worded_and_cites_its_source(client: Any) -> None:
    from followup import config
    from followup.settings_words import NUMBERS

    numbers = {n.removeprefix("policy.") for n in config.all_settings() if "." in n}
    assert numbers == set(NUMBERS)
    page = client.get("/settings/").content.decode()
    assert page.index('id="h-you"') < page.index('id="h-place"') < page.index('id="h-mail"')
    assert page.index('id="h-mail"') < page.index('id="h-references"') < page.index('id="h-timing"')
    advanced = page.partition("<summary>Advanced: the rule book")[2]
    assert "Grace after their date, working days" in advanced
    assert (
        "Source: Do&#x27;s and Don&#x27;ts for Following Up After a Job Interview (S3)." in advanced
    )
    assert "Our choice: the rule book is silent on it." in advanced
    assert "policy: " not in page and "etiquette/policy.py" not in page


def test_the_saved_message_counts_settings_in_words(client: Any) -> None:
    one = client.post("/settings/", {"s-country": "CA"}, follow=True).content.decode()
    assert "Saved 1 setting." in one and "(s)" not in one
    two = client.post(
        "/settings/", {"s-country": "GB", "s-timezone": "Europe/London"}, follow=True
    ).content.decode()
    assert "Saved 2 settings." in two


def test_a_province_by_name_is_kept_as_its_code(client: Any, user: Any) -> None:
    from followup.store import services

    response = client.post("/settings/", {"s-country": "Canada", "s-subdivision": "Ontario"})
    assert response.status_code == 302
    stored = services.settings_of(user)
    assert (stored["country"], stored["subdivision"]) == ("CA", "ON")


def test_a_refused_field_saves_none_of_the_form(client: Any, user: Any) -> None:
    """Found by a new user: a 422 with two errors had stored the name, the
    email and the country beside them."""
    from followup.store import services

    before = services.settings_of(user)
    page = client.post(
        "/settings/",
        {"s-name": "Sam Lee", "s-country": "Canada", "s-subdivision": "Atlantis"},
    )
    assert page.status_code == 422
    assert 'id="f-s-subdivision-err"' in page.content.decode()
    assert services.settings_of(user) == before
