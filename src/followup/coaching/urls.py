"""The server mode's addresses: `accounts:` (log-in, reset, invitations, the administrator's
page) and `coaching:` (sharing, the audit log, the coach's board). All 404 in the local mode."""

from __future__ import annotations

from django.urls import include, path, re_path

from followup.coaching import accounts, coach, house, sharing

account_pages = [
    path("login/", accounts.login_view, name="login"),
    path("logout/", accounts.logout_view, name="logout"),
    path("password/reset/", accounts.password_reset, name="password_reset"),
    path("password/reset/sent/", accounts.password_reset_sent, name="password_reset_sent"),
    path(
        "password/reset/<uidb64>/<token>/",
        accounts.password_reset_confirm,
        name="password_reset_confirm",
    ),
    path("password/done/", accounts.password_reset_done, name="password_reset_done"),
    re_path(r"^join/(?P<token>[A-Za-z0-9_-]{20,128})/$", accounts.join, name="join"),
    path("people/", accounts.people, name="people"),
    path("people/<int:user_id>/active/", accounts.set_active, name="active"),
    path("invitations/<int:invitation_id>/withdraw/", accounts.withdraw, name="withdraw"),
    path("policy/", house.policy_page, name="policy"),
]

coaching_pages = [
    path("sharing/", sharing.sharing, name="sharing"),
    path("sharing/<int:grant_id>/", sharing.grant, name="grant"),
    path("sharing/log/", sharing.audit, name="audit"),
    path("house/", house.house_page, name="house"),
    path("house/adopt/", house.adopt, name="adopt"),
    path("coach/", coach.board_page, name="board"),
    path("coach/outcomes.csv", coach.outcomes_csv, name="outcomes"),
    path("coach/<int:candidate_id>/", coach.candidate, name="candidate"),
    path("coach/<int:candidate_id>/comment/", coach.comment, name="comment"),
]

urlpatterns = [
    path("accounts/", include((account_pages, "accounts"))),
    path("", include((coaching_pages, "coaching"))),
]
