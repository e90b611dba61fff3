"""Who is asking, attached to each request as `request.followup_user`.

The local mode: its one user, no login on loopback. The server mode
(settings.SERVER_MODE): the logged-in account (sessions and Django's auth),
and a redirect to the log-in page for anyone else; see `coaching/access.py`.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject


def _local() -> object:
    from followup.store.location import LOCAL_USERNAME
    from followup.store.models import User

    return User.objects.get(username=LOCAL_USERNAME)


# The pages' session: a signed cookie every HTML page sets (HttpOnly,
# SameSite=Strict), so what only a page links to (the whole calendar as one
# .ics) answers a browser that opened the pages, not any request to the port.
PAGE_COOKIE = "followup_pages"
_SALT = "followup.web.pages"


def has_page_session(request: HttpRequest) -> bool:
    from django.core import signing

    if getattr(request, "followup_server", False):
        # The server mode: the logged-in session is the pages' session.
        return getattr(request, "followup_user", None) is not None

    value = request.COOKIES.get(PAGE_COOKIE, "")
    try:
        return bool(value) and signing.loads(value, salt=_SALT) == "local"
    except signing.BadSignature:
        return False


def local_user(get_response: Callable[[HttpRequest], HttpResponse]) -> Callable[..., HttpResponse]:
    from followup.coaching.access import server_chain

    # Built once; the mode is read on each request (tests switch it).
    server = server_chain(get_response)

    def middleware(request: HttpRequest) -> HttpResponse:
        from django.conf import settings

        if settings.SERVER_MODE:
            return server(request)
        # Lazy: the agenda page reads through its own query and never needs it.
        request.followup_user = SimpleLazyObject(_local)  # type: ignore[attr-defined]
        response = get_response(request)
        html = response.get("Content-Type", "").startswith("text/html")
        if html and not has_page_session(request):
            from django.core import signing

            response.set_cookie(
                PAGE_COOKIE,
                signing.dumps("local", salt=_SALT),
                httponly=True,
                samesite="Strict",
            )
        return response

    return middleware


class StorageErrors:
    """A full or read-only disk answered with a page that says so (507), never a 500.

    The write failed inside its transaction, so nothing was half-saved; the
    pages that only read keep working (store/disk.py).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        from django.shortcuts import render

        from followup.store.disk import storage_failure
        from followup.store.location import home

        failure = storage_failure(exception, home())
        if failure is None:
            return None
        return render(request, "web/storage_error.html", {"message": failure.message}, status=507)


class ServerUnreachable:
    """On PostgreSQL (DATABASE_URL), a server that cannot be reached is answered
    with a page that says so in one sentence (503), never a 500.

    The connection is made here, before the middleware and views that read the
    store, so that a page never half-renders; a connection lost later in a
    view is answered the same way. A page of its own, with no base template:
    the usual one reads the store.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from django.db import connection

        if connection.vendor == "postgresql":
            try:
                connection.ensure_connection()
            except Exception as exc:
                page = self._page(exc)
                if page is None:
                    raise
                return page
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        return self._page(exception)

    @staticmethod
    def _page(exception: BaseException) -> HttpResponse | None:
        from django.utils.html import format_html

        from followup.store.location import database_url
        from followup.store.server import unreachable

        failure = unreachable(exception, database_url())
        if failure is None:
            return None
        body = format_html(
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<title>Database unreachable</title></head><body><main>"
            "<h1>The database cannot be reached</h1><p>{}.</p>"
            "<p>Nothing was saved by this request. Try again once the database server is up.</p>"
            "</main></body></html>",
            failure.message,
        )
        return HttpResponse(body, status=503, headers={"Retry-After": "30"})
