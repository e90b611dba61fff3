"""Roles and consent in the server mode: a candidate invites a coach, sees who can read what
and revokes; the coach's board across consented candidates (overdue, due this week,
refused contacts, outcomes, silent candidates, the CSV export) in a constant number
of queries; every read by someone else in the owner's audit log."""

from __future__ import annotations

import re
from typing import Any

from django.core import mail

from tests.factories import local, make_interview
from tests.web.conftest import NOW, html
from tests.web.server_support import PASSWORD, Person, client_for, make_person, people, server

__all__ = ["people", "server"]


def _coach(candidate: Person, coach: Person, **allowed: bool) -> Any:
    from followup.coaching import consent

    invitation, _ = consent.invite(candidate.user, "coach", NOW, **allowed)
    return consent.accept(invitation, coach.user, NOW)


def _refused_check_in(person: Person, interview: int | None = None) -> None:
    from followup.record.contact import log_contact

    log_contact(
        person.user,
        interview or person.interview,
        now=NOW,
        action="check_in",
        override="They asked me to.",
    )


def test_a_candidate_invites_a_coach_by_email_and_the_coach_signs_up(
    people: dict[str, Any],
) -> None:
    alice = people["alice"]
    made = alice.client.post(
        "/sharing/", {"email": "coach@centre.example", "notes": "on", "comments": ""}
    )
    assert made.status_code == 200
    link = re.search(r'invitation-link">http://127\.0\.0\.1(/accounts/join/[^<]+)<', html(made))
    assert link
    [sent] = mail.outbox
    assert sent.to == ["coach@centre.example"]
    assert sent.subject == "alice invites you to coach them on followup"
    visitor = client_for()
    assert "alice invites you to follow their interviews: read-only, with their notes." in html(
        visitor.get(link.group(1))
    )
    joined = visitor.post(
        link.group(1),
        {
            "username": "coach",
            "email": "coach@centre.example",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert joined.status_code == 302 and joined["Location"] == "/coach/"
    board = html(visitor.get("/coach/"))
    assert "alice" in board and "Alpha Analytics" in board and "Bravo Bank" not in board
    sharing = html(alice.client.get("/sharing/"))
    assert "<td>coach</td>" in sharing and "Revoke" in sharing


def test_an_existing_account_accepts_a_coach_link_when_logged_in(
    people: dict[str, Any],
) -> None:
    from followup.coaching import consent
    from followup.coaching.models import Grant

    _, token = consent.invite(people["alice"].user, "coach", NOW)
    bob = people["bob"]
    assert "Accept" in html(bob.client.get(f"/accounts/join/{token}/"))
    assert bob.client.post(f"/accounts/join/{token}/")["Location"] == "/coach/"
    grant = Grant.objects.get(candidate=people["alice"].user)
    assert (grant.coach, grant.notes, grant.comments, grant.revoked) == (
        bob.user,
        False,
        False,
        None,
    )
    # Its own invitation cannot be accepted by the candidate.
    _, own = consent.invite(people["alice"].user, "coach", NOW)
    people["alice"].client.post(f"/accounts/join/{own}/")
    assert Grant.objects.filter(coach=people["alice"].user).count() == 0


def test_a_coach_reads_only_consented_candidates_read_only(people: dict[str, Any]) -> None:
    alice, bob, charlie = people["alice"], people["bob"], people["charlie"]
    _coach(alice, charlie)
    page = charlie.client.get(f"/coach/{alice.user.pk}/")
    assert page.status_code == 200
    text = html(page)
    assert "Alpha Analytics" in text
    assert "Due today: Thank-you note to Pat Alice, Alpha Analytics" in text
    # Read-only: no form but the log-out; notes are not shared by default.
    assert text.count("<form") == 1 and "The design exercise" not in text
    assert (
        charlie.client.post(
            f"/coach/{alice.user.pk}/comment/", {"interview": alice.interview, "text": "Hi"}
        ).status_code
        == 404
    )
    # bob gave no consent; alice's own pages stay hers.
    assert charlie.client.get(f"/coach/{bob.user.pk}/").status_code == 404
    assert charlie.client.get(f"/interviews/{alice.interview}/").status_code == 404


def test_notes_and_comments_only_when_the_candidate_allows(people: dict[str, Any]) -> None:
    from followup.coaching.models import Comment

    alice, charlie = people["alice"], people["charlie"]
    grant = _coach(alice, charlie)
    alice.client.post(f"/sharing/{grant.pk}/", {"notes": "on", "comments": "on", "answer": "save"})
    page = html(charlie.client.get(f"/coach/{alice.user.pk}/"))
    assert "went well: The design exercise." in page and "Add the comment" in page
    empty = charlie.client.post(f"/coach/{alice.user.pk}/comment/", {"interview": alice.interview})
    assert empty.status_code == 400 and "This field is required." in html(empty)
    foreign = charlie.client.post(
        f"/coach/{alice.user.pk}/comment/",
        {"interview": people["bob"].interview, "text": "Try this"},
    )
    assert foreign.status_code == 400
    assert "Select a valid choice." in html(foreign)
    ok = charlie.client.post(
        f"/coach/{alice.user.pk}/comment/",
        {"interview": alice.interview, "text": "Send the thank-you today."},
    )
    assert ok.status_code == 302
    assert list(Comment.objects.values_list("candidate", "author", "text")) == [
        (alice.user.pk, charlie.user.pk, "Send the thank-you today.")
    ]
    assert "charlie, 2026-11-18: Send the thank-you today." in html(alice.client.get("/sharing/"))
    drafted = charlie.client.post(
        f"/coach/{alice.user.pk}/comment/",
        {"interview": alice.interview, "text": "Dear Pat,\r\n\r\nThank you.", "draft": "on"},
    )
    assert drafted.status_code == 302
    assert "a suggested draft:<br>Dear Pat,<br><br>Thank you." in html(
        alice.client.get("/sharing/")
    )
    assert Comment.objects.filter(draft=True).values_list("text", flat=True).get() == (
        "Dear Pat,\n\nThank you."
    )


def test_revoking_ends_the_reading_at_once(people: dict[str, Any]) -> None:
    alice, charlie = people["alice"], people["charlie"]
    grant = _coach(alice, charlie)
    assert charlie.client.get(f"/coach/{alice.user.pk}/").status_code == 200
    revoked = alice.client.post(f"/sharing/{grant.pk}/", {"answer": "revoke"})
    assert revoked.status_code == 302
    assert charlie.client.get(f"/coach/{alice.user.pk}/").status_code == 404
    assert "alice" not in html(charlie.client.get("/coach/"))
    # Another candidate cannot revoke (or see) alice's grant.
    assert (
        people["bob"].client.post(f"/sharing/{grant.pk}/", {"answer": "revoke"}).status_code == 404
    )


def test_every_read_by_someone_else_is_in_the_owners_log(people: dict[str, Any]) -> None:
    alice, charlie = people["alice"], people["charlie"]
    _coach(alice, charlie)
    charlie.client.get("/coach/")
    charlie.client.get(f"/coach/{alice.user.pk}/")
    charlie.client.get("/coach/outcomes.csv")
    # Her own reads are not logged.
    alice.client.get(f"/interviews/{alice.interview}/")
    from followup.coaching.models import Access

    assert list(
        Access.objects.filter(owner=alice.user)
        .order_by("pk")
        .values_list("reader__username", "what")
    ) == [
        ("charlie", "accepted your invitation to coach you"),
        ("charlie", "read the coach's board"),
        ("charlie", "read your interviews"),
        ("charlie", "exported your outcomes (CSV)"),
    ]
    page = html(alice.client.get("/sharing/log/"))
    assert "<td>charlie</td><td>read your interviews</td>" in page
    assert "charlie" not in html(people["bob"].client.get("/sharing/log/"))


def test_the_board_lists_overdue_week_refused_outcomes_and_silent(
    people: dict[str, Any],
) -> None:
    from followup.record.interview import record_outcome
    from followup.store import services

    alice, bob, charlie = people["alice"], people["bob"], people["charlie"]
    coach = make_person("dana")
    for person in (alice, bob, charlie):
        _coach(person, coach)
    # alice: a thank-you overdue (an interview five days ago: within the week
    # after its due time, before an unsent one goes stale), and a refused check-in.
    services.add(alice.user, make_interview(company="Old Co", start=local("2026-11-13 10:00")))
    # The refused check-in on an interview of its own, so that Alpha Analytics
    # keeps only its thank-you due this week.
    _refused_check_in(alice, services.add(alice.user, make_interview(company="Cedar Co")))
    # bob: an offer five days after the interview.
    record_outcome(bob.user, bob.interview, now=NOW, kind="offer", at=local("2026-11-18 09:00"))
    # charlie: nothing but an interview two months ago: silent.
    services.delete(charlie.user, charlie.interview)
    services.add(charlie.user, make_interview(company="Quiet Co", start=local("2026-09-15 10:00")))
    from followup.coaching.board import board

    found = board(coach.user, NOW)
    assert {(d.candidate, d.company, d.status) for d in found.due if d.status == "overdue"} >= {
        ("alice", "Old Co", "overdue")
    }
    assert ("alice", "Alpha Analytics") in {(d.candidate, d.company) for d in found.due}
    assert [(r.candidate, r.what, r.reason) for r in found.refused] == [
        ("alice", "Check-in email", None)
    ]
    assert [(o.candidate, o.outcome, o.days) for o in found.outcomes] == [("bob", "Offer", 0)]
    assert [(s.candidate, s.last.date().isoformat() if s.last else None) for s in found.silent] == [
        ("charlie", "2026-09-15")
    ]
    services.add(
        bob.user, make_interview(company="Fish & <b>Chips</b>", start=local("2026-11-13 10:00"))
    )
    page = html(coach.client.get("/coach/"))
    assert "Silent for a month (1)" in page and "overridden" in page
    # The rows are written by coach._board_html: as the template engine wrote them.
    assert f'<li><a href="/coach/{charlie.user.pk}/">charlie</a>: last news 2026-09-15</li>' in page
    assert (
        "<tr><td>bob</td><td>Bravo Bank, Senior Data Engineer</td><td>Offer</td>"
        "<td>2026-11-17</td><td>0</td></tr>"
    ) in page
    assert "<tr><td>alice</td><td>Cedar Co</td><td>Check-in email" in page
    assert re.search(
        rf'<tr><td><a href="/coach/{bob.user.pk}/">bob</a></td>'
        r"<td>Fish &amp; &lt;b&gt;Chips&lt;/b&gt;, [^<]+</td><td>Thank-you note [^<]+</td>"
        r"<td>[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}, \d\d:\d\d \([A-Za-z_/]+\)</td></tr>",
        page,
    ), page
    assert "<b>Chips" not in page
    csv = coach.client.get("/coach/outcomes.csv")
    assert csv["Content-Type"] == "text/csv; charset=utf-8"
    assert csv.content.decode() == (
        "candidate,company,role,interview_date,outcome,outcome_date,days_to_outcome,keep_in_touch\r\n"
        "bob,Bravo Bank,Senior Data Engineer,2026-11-17,Offer,2026-11-18,0,no\r\n"
    )


def test_the_board_costs_the_same_queries_for_2_and_20_candidates(server: None) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from followup.record.interview import record_outcome

    coach = make_person("coach")
    counts = []
    made = 0
    for wanted in (2, 20):
        while made < wanted:
            person = make_person(f"candidate{made}")
            _coach(person, coach, notes=True)
            _refused_check_in(person)
            record_outcome(person.user, person.interview, now=NOW, kind="rejected")
            made += 1
        with CaptureQueriesContext(connection) as queries:
            response = coach.client.get("/coach/")
        assert response.status_code == 200
        assert html(response).count("They asked me to.") == wanted
        counts.append(len(queries))
        with CaptureQueriesContext(connection) as exported:
            csv = coach.client.get("/coach/outcomes.csv")
        assert csv.content.count(b"\r\n") == wanted + 1
        counts.append(len(exported))
    assert counts[0] == counts[2] and counts[1] == counts[3], counts


def test_a_deactivated_candidate_leaves_the_board_and_comes_back(people: dict[str, Any]) -> None:
    from followup.coaching import consent

    alice, charlie = people["alice"], people["charlie"]
    _coach(alice, charlie)
    admin = make_person("ada", staff=True)
    consent.set_active(admin.user, alice.user.pk, False, NOW)
    assert charlie.client.get(f"/coach/{alice.user.pk}/").status_code == 404
    assert "Alpha Analytics" not in html(charlie.client.get("/coach/"))
    consent.set_active(admin.user, alice.user.pk, True, NOW)
    assert "Alpha Analytics" in html(charlie.client.get(f"/coach/{alice.user.pk}/"))
