"""Accounts in the server mode: sign-up by invitation only (single use, expiring), log-in,
log-out, password reset by email (Django's locmem outbox), and the local mode unchanged."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from django.core import mail

from tests.web.conftest import NOW, html
from tests.web.server_support import PASSWORD, Person, client_for, make_person, people, server

__all__ = ["people", "server"]

NEW_PASSWORD = "another long phrase 77"


def _admin() -> Person:
    return make_person("ada", staff=True)


def _link(page: str) -> str:
    found = re.search(
        r'<code class="invitation-link">http://127\.0\.0\.1(/accounts/join/[^<]+)</code>', page
    )
    assert found, page
    return found.group(1)


def test_the_local_mode_has_no_login_and_no_account_pages(client: Any) -> None:
    page = html(client.get("/"))
    assert client.get("/").status_code == 200
    assert "Log out" not in page and "Sharing" not in page
    for path in ("/accounts/login/", "/accounts/people/", "/sharing/", "/coach/", "/house/"):
        assert client.get(path).status_code == 404, path
    # No session either: the local app keeps none.
    assert "sessionid" not in client.get("/interviews/").cookies


def test_a_stranger_is_sent_to_log_in(server: None) -> None:
    response = client_for().get("/interviews/?q=x")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=%2Finterviews%2F%3Fq%3Dx"
    assert client_for().get("/accounts/login/").status_code == 200


def test_log_in_and_out(people: dict[str, Any]) -> None:
    anonymous = client_for()
    wrong = anonymous.post("/accounts/login/", {"username": "alice", "password": "nope"})
    assert wrong.status_code == 200 and "Please enter a correct username" in html(wrong)
    ok = anonymous.post(
        "/accounts/login/?next=/interviews/", {"username": "alice", "password": PASSWORD}
    )
    assert ok.status_code == 302 and ok["Location"] == "/interviews/"
    cookie = ok.cookies["sessionid"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    page = html(anonymous.get("/interviews/"))
    assert "Alpha Analytics" in page and "Log out alice" in page
    assert anonymous.post("/accounts/logout/").status_code == 302
    assert anonymous.get("/interviews/").status_code == 302


def test_a_session_ends_at_log_out_and_at_its_expiry(people: dict[str, Any]) -> None:
    """Sessions are read from the database (coaching/sessions.py): a copied cookie
    is worth nothing once its session was logged out or has expired."""
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    browser = client_for()
    browser.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    key = browser.cookies["sessionid"].value
    copied = client_for()
    copied.cookies["sessionid"] = key
    assert copied.get("/interviews/").status_code == 200
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    assert copied.get("/interviews/").status_code == 302
    browser = client_for()
    browser.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    copied.cookies["sessionid"] = browser.cookies["sessionid"].value
    assert copied.get("/interviews/").status_code == 200
    assert browser.post("/accounts/logout/").status_code == 302
    assert copied.get("/interviews/").status_code == 302


def test_a_deactivated_account_cannot_log_in_and_keeps_its_rows(people: dict[str, Any]) -> None:
    from followup.store.models import Interview

    admin = _admin()
    bob = people["bob"]
    response = admin.client.post(f"/accounts/people/{bob.user.pk}/active/", {"active": "0"})
    assert response.status_code == 302
    assert "bob: deactivated" in html(admin.client.get("/accounts/people/"))
    # The session of a deactivated account ends; logging in again fails.
    assert bob.client.get("/").status_code == 302
    login = client_for().post("/accounts/login/", {"username": "bob", "password": PASSWORD})
    assert login.status_code == 200 and "Please enter a correct username" in html(login)
    assert Interview.objects.filter(user=bob.user).count() == 1
    # bob's audit log says who did it.
    from followup.coaching.models import Access

    assert list(Access.objects.filter(owner=bob.user).values_list("reader__username", "what")) == [
        ("ada", "deactivated your account")
    ]
    admin.client.post(f"/accounts/people/{bob.user.pk}/active/", {"active": "1"})
    again = client_for().post("/accounts/login/", {"username": "bob", "password": PASSWORD})
    assert again.status_code == 302


def test_only_an_administrator_sees_accounts(people: dict[str, Any]) -> None:
    alice = people["alice"]
    assert alice.client.get("/accounts/people/").status_code == 404
    assert alice.client.post(f"/accounts/people/{people['bob'].user.pk}/active/").status_code == 404
    admin = _admin()
    page = html(admin.client.get("/accounts/people/"))
    assert "alice@people.example" in page
    # Accounts, never what they store.
    assert "Alpha Analytics" not in page
    assert admin.client.get(f"/interviews/{alice.interview}/").status_code == 404
    assert admin.client.get(f"/coach/{alice.user.pk}/").status_code == 404


def test_sign_up_by_invitation_once_then_the_link_is_spent(people: dict[str, Any]) -> None:
    from followup.store.models import User

    admin = _admin()
    made = admin.client.post("/accounts/people/", {"email": "erin@people.example"})
    assert made.status_code == 200
    link = _link(html(made))
    [sent] = mail.outbox
    assert sent.to == ["erin@people.example"] and f"http://127.0.0.1{link}" in sent.body
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert len(token) >= 43
    anonymous = client_for()
    form = html(anonymous.get(link))
    assert 'value="erin@people.example"' in form
    bad = anonymous.post(
        link,
        {"username": "erin", "email": "not an address", "password1": "short", "password2": "x"},
    )
    assert bad.status_code == 400
    page = html(bad)
    assert "“not an address” is not an email address." in page
    assert "password fields didn’t match" in page or "didn't match" in page
    assert not User.objects.filter(username="erin").exists()
    weak = anonymous.post(
        link,
        {
            "username": "erin",
            "email": "erin@people.example",
            "password1": "12345678",
            "password2": "12345678",
        },
    )
    assert weak.status_code == 400 and "too short" in html(weak)
    good = anonymous.post(
        link,
        {
            "username": "erin",
            "email": "erin@people.example",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert good.status_code == 302 and good["Location"] == "/"
    assert anonymous.get("/").status_code == 200
    # Used once: a second visitor is told so.
    spent = client_for().get(link)
    assert spent.status_code == 404 and "already been used" in html(spent)


def test_an_expired_or_unknown_link_is_refused(people: dict[str, Any]) -> None:
    import time_machine

    from followup.coaching import consent

    admin = _admin()
    _, token = consent.invite(admin.user, "account", NOW)
    with time_machine.travel(NOW + timedelta(days=8), tick=False):
        late = client_for().get(f"/accounts/join/{token}/")
    assert late.status_code == 404 and "expired" in html(late)
    unknown = client_for().get(f"/accounts/join/{'A' * 43}/")
    assert unknown.status_code == 404 and "not known" in html(unknown)


def test_only_an_administrator_invites_accounts(people: dict[str, Any]) -> None:
    import pytest

    from followup.coaching import consent
    from followup.errors import InputError

    with pytest.raises(InputError, match="only an administrator"):
        consent.invite(people["alice"].user, "account", NOW)


def test_password_reset_by_email(people: dict[str, Any]) -> None:
    anonymous = client_for()
    asked = anonymous.post("/accounts/password/reset/", {"email": "alice@people.example"})
    assert asked.status_code == 302 and asked["Location"] == "/accounts/password/reset/sent/"
    # An unknown address is told the same, and nothing is sent.
    anonymous.post("/accounts/password/reset/", {"email": "nobody@people.example"})
    [sent] = mail.outbox
    assert sent.to == ["alice@people.example"]
    assert sent.subject == "Choose a new followup password"
    path = re.search(r"http://127\.0\.0\.1(/accounts/password/reset/\S+/)", sent.body)
    assert path
    form = anonymous.get(path.group(1), follow=True)
    assert form.status_code == 200
    confirm = form.redirect_chain[-1][0]
    weak = anonymous.post(confirm, {"new_password1": "1234", "new_password2": "1234"})
    assert weak.status_code == 200 and "too short" in html(weak)
    done = anonymous.post(confirm, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302 and done["Location"] == "/accounts/password/done/"
    assert (
        client_for()
        .post("/accounts/login/", {"username": "alice", "password": NEW_PASSWORD})
        .status_code
        == 302
    )
    # The link works once.
    again = client_for().get(path.group(1), follow=True)
    assert "does not work any more" in html(again)


def test_the_first_administrator_is_made_with_djangos_createsuperuser(
    server: None, monkeypatch: Any
) -> None:
    from django.core.management import call_command

    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", PASSWORD)
    call_command("createsuperuser", interactive=False, username="root", email="root@centre.example")
    admin = client_for()
    assert (
        admin.post("/accounts/login/", {"username": "root", "password": PASSWORD}).status_code
        == 302
    )
    assert "root@centre.example" in html(admin.get("/accounts/people/"))


def test_an_account_link_opened_while_logged_in_is_not_spent(people: dict[str, Any]) -> None:
    from followup.coaching import consent

    admin = _admin()
    invitation, token = consent.invite(admin.user, "account", NOW)
    page = people["alice"].client.post(f"/accounts/join/{token}/")
    assert page.status_code == 200 and "You already have an account" in html(page)
    invitation.refresh_from_db()
    assert invitation.used is None
    assert "Make your account" in html(client_for().get(f"/accounts/join/{token}/"))
