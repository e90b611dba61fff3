"""The server mode's door: sessions, Django's auth, and who `request.followup_user` is.

Every page is for a logged-in, active account, whose own rows it shows
(`request.followup_user = request.user`); anyone else is sent to the log-in
page. Open without logging in: the log-in and password-reset pages, an
invitation link, the calendar feed (its token is the secret) and the static files.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

OPEN_PREFIXES = (
    "/accounts/login/",
    "/accounts/password/",
    "/accounts/join/",
    "/calendar/",
    "/static/",
)


def server_chain(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    from django.contrib.auth.middleware import AuthenticationMiddleware
    from django.contrib.sessions.middleware import SessionMiddleware

    def door(request: HttpRequest) -> HttpResponse:
        user = request.user
        request.followup_server = True  # type: ignore[attr-defined]
        if user.is_authenticated and user.is_active:
            request.followup_user = user  # type: ignore[attr-defined]
            return get_response(request)
        if request.path.startswith(OPEN_PREFIXES):
            request.followup_user = None  # type: ignore[attr-defined]
            return get_response(request)
        query = urlencode({"next": request.get_full_path()})
        return HttpResponseRedirect(f"/accounts/login/?{query}")

    return SessionMiddleware(AuthenticationMiddleware(door))  # type: ignore[arg-type,return-value]
