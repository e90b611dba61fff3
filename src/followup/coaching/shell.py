"""What every page of the server mode shares: the mode check, who asks, the invitation mail."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from django.conf import settings
from django.http import Http404, HttpRequest

from followup.store.models import User

View = TypeVar("View", bound=Callable[..., Any])


def server_only(view: View) -> View:
    """The page exists in the server mode only: the local mode answers 404."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        if not settings.SERVER_MODE:
            raise Http404("no accounts in the local mode")
        return view(request, *args, **kwargs)

    return cast(View, wrapped)


def staff_only(view: View) -> View:
    """An administrator's page: anyone else gets 404, as for a page that does not exist."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        user = getattr(request, "followup_user", None)
        if user is None or not user.is_staff:
            raise Http404("not an administrator")
        return view(request, *args, **kwargs)

    return server_only(cast(View, wrapped))


def asking(request: HttpRequest) -> User:
    return cast(User, request.followup_user)  # type: ignore[attr-defined]


def invitation_link(request: HttpRequest, token: str) -> str:
    from django.urls import reverse

    return request.build_absolute_uri(reverse("accounts:join", args=[token]))


def mail_invitation(sender: User, email: str, link: str, kind: str, expires: Any) -> None:
    """The invitation by email, from a subject and a body template (the centre's mail settings)."""
    from django.core.mail import send_mail
    from django.template.loader import render_to_string

    context = {"sender": sender, "link": link, "kind": kind, "expires": expires}
    subject = " ".join(render_to_string("coaching/email/invitation_subject.txt", context).split())
    body = render_to_string("coaching/email/invitation.txt", context)
    send_mail(subject, body, None, [email])


def make_invitation(request: HttpRequest, kind: str, email: str, **allowed: bool) -> str:
    """A new invitation of the asker's, its link (shown once), emailed when an address is given."""
    from django.contrib import messages

    from followup.coaching.consent import invite
    from followup.web import clock

    sender = asking(request)
    invitation, token = invite(sender, kind, clock.now(), email=email, **allowed)
    link = invitation_link(request, token)
    if email:
        try:
            mail_invitation(sender, email, link, kind, invitation.expires)
            messages.success(request, f"Invitation emailed to {email}.")
        except OSError as exc:
            messages.error(request, f"The invitation could not be emailed ({exc}): copy it.")
    return link
