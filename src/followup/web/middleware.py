"""The local mode's one user, attached to each request (no login on loopback)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject


def _local() -> object:
    from followup.store.location import LOCAL_USERNAME
    from followup.store.models import User

    return User.objects.get(username=LOCAL_USERNAME)


def local_user(get_response: Callable[[HttpRequest], HttpResponse]) -> Callable[..., HttpResponse]:
    def middleware(request: HttpRequest) -> HttpResponse:
        # Lazy: the agenda page reads through its own query and never needs it.
        request.followup_user = SimpleLazyObject(_local)  # type: ignore[attr-defined]
        return get_response(request)

    return middleware
