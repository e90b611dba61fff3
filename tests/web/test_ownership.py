"""Ownership in the server mode, in the healthchecks style: alice, bob and charlie each have
an interview (and bob an outbox message, a notice, a draft edit, a grant); every URL
pattern of the web UI, every method, is asked by a stranger with bob's ids. The
answer is 404 (or 405 for a method the page does not take), never 200, a
redirect or a 500; bob's rows are unchanged; pages without ids never show bob's company.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import URLPattern

from tests.web.conftest import NOW
from tests.web.server_support import Person, client_for, make_person, people, server

__all__ = ["people", "server"]

METHODS = ("get", "head", "post", "put", "patch", "delete", "options")


def _patterns() -> list[tuple[str, URLPattern]]:
    from followup.coaching.urls import account_pages, coaching_pages
    from followup.web.urls import pages

    found = [("", p) for p in pages]
    found += [("accounts/", p) for p in account_pages]
    found += [("", p) for p in coaching_pages]
    return [(prefix, p) for prefix, p in found if isinstance(p, URLPattern)]


@pytest.fixture
def bob_rows(people: dict[str, Person]) -> dict[str, int]:
    """Bob's ids of every kind a URL takes."""
    from followup.coaching import consent
    from followup.delivery.account import account_of
    from followup.delivery.models import Notice
    from followup.delivery.outbox import queue_action
    from followup.web.views import save_edit

    bob = people["bob"]
    account = account_of(bob.user)
    account.smtp_host, account.smtp_port, account.smtp_security = "127.0.0.1", 2525, "none"
    account.sender, account.sender_name = "bob@people.example", "Bob"
    account.save()
    message = queue_action(bob.user, bob.interview, "thank_you:pat-bob", now=NOW)
    notice = Notice.objects.create(user=bob.user, text="a notice", created=NOW, message=message)
    save_edit(bob.user, bob.interview, "thank_you:pat-bob", "Thanks", "Dear Pat,\n\nBob")
    coach = make_person("dana")
    invitation, _ = consent.invite(bob.user, "coach", NOW)
    grant = consent.accept(invitation, coach.user, NOW)
    assert grant is not None
    other, _ = consent.invite(bob.user, "coach", NOW)
    return {
        "interview_id": bob.interview,
        "number": message.pk,
        "notice": notice.pk,
        "grant_id": grant.pk,
        "candidate_id": bob.user.pk,
        "user_id": bob.user.pk,
        "invitation_id": other.pk,
    }


def snapshot(user: Any) -> tuple[Any, ...]:
    """Everything of bob's a stranger's request could change."""
    from followup.coaching.models import Comment, Grant, Invitation
    from followup.delivery.models import Message, Notice
    from followup.store.models import Action, Contact, Interview, Outcome, Setting
    from followup.web.models import DraftEdit, Snooze

    return (
        list(Interview.objects.filter(user=user).values_list("pk", "updated", "next_step")),
        list(Contact.objects.filter(user=user).values_list("pk", "at")),
        list(Outcome.objects.filter(user=user).values_list("pk", "kind")),
        list(Action.objects.filter(user=user).values_list("action_id", "due")),
        list(Setting.objects.filter(user=user).values_list("name", "value")),
        list(Message.objects.filter(user=user).values_list("pk", "state", "subject")),
        list(Notice.objects.filter(user=user).values_list("pk", "seen")),
        list(DraftEdit.objects.filter(user=user).values_list("pk", "body")),
        list(Snooze.objects.filter(user=user).values_list("pk", "until")),
        list(Grant.objects.filter(candidate=user).values_list("pk", "notes", "revoked")),
        list(Invitation.objects.filter(created_by=user).values_list("pk", "revoked", "used")),
        list(Comment.objects.filter(candidate=user).values_list("pk")),
        user.__class__.objects.filter(pk=user.pk).values_list("is_active", "password").get(),
    )


def content(response: Any) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return bytes(response.content)


def _path(prefix: str, pattern: URLPattern, ids: dict[str, int]) -> str | None:
    from django.urls import reverse

    names = set(pattern.pattern.regex.groupindex)
    if not names or not names <= set(ids):
        return None
    namespace = "accounts" if prefix else ("web" if pattern.name in _web_names() else "coaching")
    return reverse(f"{namespace}:{pattern.name}", kwargs={n: ids[n] for n in names})


def _web_names() -> set[str]:
    from followup.web.urls import pages

    return {p.name for p in pages if isinstance(p, URLPattern) and p.name}


def test_a_stranger_gets_404_for_every_id_of_another_user(
    people: dict[str, Person], bob_rows: dict[str, int]
) -> None:
    bob = people["bob"].user
    before = snapshot(bob)
    walked = 0
    wrong = []
    for stranger in ("alice", "charlie"):
        client = people[stranger].client
        for prefix, pattern in _patterns():
            path = _path(prefix, pattern, bob_rows)
            if path is None:
                continue
            answers = {}
            for method in METHODS:
                response = getattr(client, method)(path)
                answers[method] = response.status_code
                if response.status_code not in (404, 405):
                    wrong.append((stranger, method, path, response.status_code))
                assert people["bob"].company.encode() not in response.content, (method, path)
            if 404 not in answers.values():
                wrong.append((stranger, "any", path, answers))
            walked += 1
    assert wrong == [], "\n".join(map(str, wrong))
    assert snapshot(bob) == before
    # Every pattern with an id was asked but those of secret tokens (tested on their own).
    skipped = {
        p.name
        for _, p in _patterns()
        if p.pattern.regex.groupindex and not set(p.pattern.regex.groupindex) <= set(bob_rows)
    }
    assert skipped == {"feed", "join", "password_reset_confirm"}
    with_ids = [p for _, p in _patterns() if p.pattern.regex.groupindex and p.name not in skipped]
    assert walked == 2 * len(with_ids) > 30


def test_pages_without_ids_show_only_ones_own_rows(
    people: dict[str, Person], bob_rows: dict[str, int]
) -> None:
    client = people["alice"].client
    page = client.get("/").content.decode()
    assert "Alpha Analytics" in page and "Bravo Bank" not in page
    for prefix, pattern in _patterns():
        if pattern.pattern.regex.groupindex or pattern.name == "logout":
            continue
        path = f"/{prefix}{pattern.pattern}"
        for method in ("get", "post"):
            response = client.get(path) if method == "get" else client.post(path, {})
            assert response.status_code < 500, (method, path)
            body = content(response)
            assert b"Bravo Bank" not in body, (method, path)
            assert b"bob@people.example" not in body, (method, path)


def test_a_revoked_coach_gets_404(people: dict[str, Person], bob_rows: dict[str, int]) -> None:
    from followup.coaching import consent
    from followup.store.models import User

    dana = User.objects.get(username="dana")
    coach = client_for(dana)
    path = f"/coach/{bob_rows['candidate_id']}/"
    assert coach.get(path).status_code == 200
    consent.revoke(people["bob"].user, bob_rows["grant_id"], NOW)
    assert coach.get(path).status_code == 404
    assert coach.get("/coach/outcomes.csv").content.count(b"\r\n") == 1  # the header alone


def test_the_feed_keeps_its_token_and_a_wrong_token_is_404(people: dict[str, Person]) -> None:
    from followup.calendar.feed import new_token

    token = new_token(people["bob"].user, NOW)
    anonymous = client_for()
    assert anonymous.get(f"/calendar/{token}.ics").status_code == 200
    assert anonymous.get(f"/calendar/{'x' * 43}.ics").status_code == 404
    # Any other page sends a stranger to log in.
    response = anonymous.get(f"/interviews/{people['bob'].interview}/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_the_whole_calendar_is_the_logged_in_users_own(people: dict[str, Person]) -> None:
    from followup.calendar.feed import new_token

    alice = people["alice"].client.get("/calendar.ics")
    assert alice.status_code == 200
    body = b"".join(alice.streaming_content)
    assert b"Alpha Analytics" in body and b"Bravo Bank" not in body
    # The feed of bob's token is bob's, whoever asks.
    token = new_token(people["bob"].user, NOW)
    feed = b"".join(people["alice"].client.get(f"/calendar/{token}.ics").streaming_content)
    assert b"Bravo Bank" in feed and b"Alpha Analytics" not in feed
