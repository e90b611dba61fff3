"""bench/floor_site.py: the floor of a page, the same server stack answering a constant.

    DJANGO_SETTINGS_MODULE=floor_site PYTHONPATH=bench followup serve [--server] ...

The store's own settings (followup.store.settings: the same middleware, the
same Waitress through `followup serve`, sessions and the user read in the
server mode) with one more address, `/floor/`, whose view returns the same
bytes every time: no query of its own, no template. What a page costs above
this is the page's; what this costs is Django and Waitress on this machine.
Used by `bench/web_agenda_paired.py --floor` and `bench/server/page_bench.py --floor`.
"""

from __future__ import annotations

from typing import Any

from followup.store.settings import *  # noqa: F403

ROOT_URLCONF = "floor_site"
# About the size of one candidate's agenda page on the server bench (6.5 KB).
BODY = ("<p>" + "floor " * 16 + "</p>\n") * 64


def constant(request: Any) -> Any:
    from django.http import HttpResponse

    # Plain text: the local mode sets its page cookie on HTML answers only.
    return HttpResponse(BODY, content_type="text/plain; charset=utf-8")


def __getattr__(name: str) -> Any:
    """`urlpatterns`, made when Django's resolver first asks (after set-up: a
    settings module may not import the views)."""
    if name != "urlpatterns":
        raise AttributeError(name)
    from django.urls import path

    from followup.web.urls import urlpatterns as pages

    found = [path("floor/", constant), *pages]
    globals()["urlpatterns"] = found
    return found
