"""The web agenda's answers to an invitation's proposal: confirm or decline, one click.

Thin, like the other views: each calls `followup.delivery.proposals`, the same
functions as `followup confirm` and `followup decline`. POST only (CSRF by
the middleware); another candidate's notice, or none, is a 404. A new
invitation's "Add it" opens the new-interview form filled from the
invitation (the upload's flow, `views.invitation_form`); saving it puts the
notice away. A refusal (already answered, the interview changed meanwhile)
is one sentence on the agenda, never a 500.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from followup.errors import FollowupError
from followup.web import clock
from followup.web.delivery import sentence
from followup.web.views import invitation_form, user_of


@require_POST
def confirm(request: HttpRequest, notice: int) -> HttpResponse:
    from followup.delivery.proposals import NoSuchNotice, confirm, invitation_bytes, waiting

    user = user_of(request)
    try:
        found = waiting(user, notice)
        if found.proposal == "new":
            return invitation_form(request, invitation_bytes(found))
        answered = confirm(user, notice, clock.now())
    except NoSuchNotice as exc:
        raise Http404(exc.message) from None
    except FollowupError as exc:
        messages.error(request, sentence(exc))
    else:
        messages.success(request, answered.text)
    return HttpResponseRedirect(reverse("web:agenda"))


@require_POST
def decline(request: HttpRequest, notice: int) -> HttpResponse:
    from followup.delivery.proposals import NoSuchNotice, decline

    try:
        answered = decline(user_of(request), notice)
    except NoSuchNotice as exc:
        raise Http404(exc.message) from None
    except FollowupError as exc:
        messages.error(request, sentence(exc))
    else:
        messages.success(request, answered.text)
    return HttpResponseRedirect(reverse("web:agenda"))
