"""The web UI's addresses, all under the `web` namespace (this is also ROOT_URLCONF)."""

from __future__ import annotations

from django.urls import include, path, re_path

from followup.web import delivery, proposals, views

pages = [
    path("", views.agenda, name="agenda"),
    path("interviews/", views.interview_list, name="interviews"),
    path("interviews/new/", views.interview_new, name="new"),
    path("interviews/new/invitation/", views.interview_from_invitation, name="new_invitation"),
    path("interviews/row/", views.interviewer_row, name="row"),
    path("interviews/next-step/", views.next_step_preview, name="next_step"),
    path("interviews/region/", views.interview_region, name="region"),
    path("interviews/<int:interview_id>/reply/read/", views.reply_preview, name="reply_read"),
    path("interviews/<int:interview_id>/", views.interview_detail, name="interview"),
    path("interviews/<int:interview_id>/edit/", views.interview_edit, name="edit"),
    path("interviews/<int:interview_id>/delete/", views.interview_delete, name="delete"),
    path("interviews/<int:interview_id>/debrief/", views.debrief, name="debrief"),
    path("interviews/<int:interview_id>/log/", views.log_contact, name="log"),
    path("interviews/<int:interview_id>/done/", views.mark_done, name="done"),
    path("interviews/<int:interview_id>/check/", views.check_contact, name="check"),
    path("interviews/<int:interview_id>/reply/", views.reply, name="reply"),
    path("interviews/<int:interview_id>/outcome/", views.outcome, name="outcome"),
    path("interviews/<int:interview_id>/remove/", views.remove_entry, name="remove_entry"),
    path("interviews/<int:interview_id>/snooze/", views.snooze, name="snooze"),
    path("interviews/<int:interview_id>/drafts/", views.drafts, name="drafts"),
    path("interviews/<int:interview_id>/lint/", views.lint_note, name="lint"),
    path("interviews/<int:interview_id>/eml/", views.download_eml, name="eml"),
    path("interviews/<int:interview_id>/send/", delivery.send, name="send"),
    path("interviews/<int:interview_id>/revert/", views.revert_draft, name="revert"),
    path(
        "interviews/<int:interview_id>/queued/<int:number>/",
        delivery.queued_message,
        name="queued",
    ),
    path("outbox/", delivery.outbox, name="outbox"),
    path("outbox/<int:number>/", delivery.answer, name="answer"),
    path("notices/<int:notice>/dismiss/", delivery.dismiss, name="dismiss"),
    path("notices/<int:notice>/confirm/", proposals.confirm, name="proposal_confirm"),
    path("notices/<int:notice>/decline/", proposals.decline, name="proposal_decline"),
    path("outbox/<int:number>/dismiss/", delivery.dismiss_message, name="dismiss_message"),
    path("settings/", views.settings_page, name="settings"),
    path("settings/references/", views.references_page, name="references"),
    path("settings/calendar/", delivery.calendar_link, name="calendar_link"),
    path("settings/mail/", delivery.mail_settings, name="mail"),
    path("calendar.ics", delivery.download, name="calendar"),
    # The feed: the token is the secret (secrets.token_urlsafe), hashed in the store.
    re_path(r"^calendar/(?P<token>[A-Za-z0-9_-]{1,128})\.ics$", delivery.feed, name="feed"),
]

urlpatterns = [
    path("", include((pages, "web"))),
    # The server mode's accounts, consent and coach's board (404 in the local mode).
    path("", include("followup.coaching.urls")),
]
