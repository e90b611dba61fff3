"""The web agenda's answers to an invitation's proposal: confirm or decline, one click.

Thin, like the other views: each calls `followup.delivery.proposals`, the same
functions as `followup confirm` and `followup decline`. POST only (CSRF by
the middleware); another candidate's notice, or none, is a 404. A new
invitation's "Add it" opens the new-interview form filled from the
invitation (the upload's flow, `views.invitation_form`); saving it puts the
notice away. A refusal (already answered, the interview changed meanwhile)
is one sentence on the page the button was on (the agenda or the outbox,
which offer the same two answers), never a 500.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from followup.errors import FollowupError
from followup.web import clock
from followup.web.delivery import sentence
from followup.web.views import invitation_form, safe_next, user_of

if TYPE_CHECKING:
    from followup.delivery.proposals import Answered


def _answer(request: HttpRequest, call: Callable[[], Answered | HttpResponse]) -> HttpResponse:
    """Run one answer; its sentence (or the refusal's) is shown where the button was.

    Back to the page the button was on, the agenda or the outbox (`next`); a
    notice that is not the candidate's, or none, is a 404.
    """
    from followup.delivery.proposals import NoSuchNotice

    try:
        answered = call()
    except NoSuchNotice as exc:
        raise Http404(exc.message) from None
    except FollowupError as exc:
        messages.error(request, sentence(exc))
    else:
        if isinstance(answered, HttpResponse):
            return answered
        messages.success(request, answered.text)
    return HttpResponseRedirect(safe_next(request, reverse("web:agenda")))


@require_POST
def confirm(request: HttpRequest, notice: int) -> HttpResponse:
    from followup.delivery.proposals import confirm, invitation_bytes, waiting

    user = user_of(request)

    def call() -> Answered | HttpResponse:
        found = waiting(user, notice)
        if found.proposal == "new":
            return invitation_form(request, invitation_bytes(found))
        return confirm(user, notice, clock.now())

    return _answer(request, call)


@require_POST
def decline(request: HttpRequest, notice: int) -> HttpResponse:
    from followup.delivery.proposals import decline

    return _answer(request, lambda: decline(user_of(request), notice))
