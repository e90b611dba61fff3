"""The candidate's side of consent: who can read what, invite a coach, change or revoke,
the coaches' comments, and the audit log of every read by someone else."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from followup.coaching import consent
from followup.coaching.forms import CoachInviteForm
from followup.coaching.models import Comment, Invitation
from followup.coaching.shell import asking, make_invitation, server_only
from followup.errors import InputError
from followup.web import clock


@server_only
@require_http_methods(["GET", "HEAD", "POST"])
def sharing(request: HttpRequest) -> HttpResponse:
    user = asking(request)
    now = clock.now()
    form = CoachInviteForm(request.POST or None)
    made: str | None = None
    if request.method == "POST" and form.is_valid():
        made = make_invitation(
            request,
            Invitation.COACH,
            form.cleaned_data["email"],
            notes=form.cleaned_data["notes"],
            comments=form.cleaned_data["comments"],
        )
        form = CoachInviteForm()
    pending = Invitation.objects.filter(
        created_by=user,
        kind=Invitation.COACH,
        used__isnull=True,
        revoked__isnull=True,
        expires__gt=now,
    ).order_by("-created")
    comments = list(
        Comment.objects.filter(candidate=user).select_related("author").order_by("-at")[:50]
    )
    return render(
        request,
        "coaching/sharing.html",
        {
            "grants": consent.grants_of(user),
            "pending": pending,
            "form": form,
            "made": made,
            "comments": comments,
            "nav": "sharing",
        },
        status=400 if form.errors else 200,
    )


@server_only
@require_POST
def grant(request: HttpRequest, grant_id: int) -> HttpResponse:
    """Change what a coach may do, or revoke the grant (answer=revoke)."""
    user = asking(request)
    try:
        if request.POST.get("answer") == "revoke":
            found = consent.revoke(user, grant_id, clock.now())
            messages.success(request, f"{found.coach.username} can no longer read your interviews.")
        else:
            found = consent.change(
                user,
                grant_id,
                notes=request.POST.get("notes") == "on",
                comments=request.POST.get("comments") == "on",
            )
            messages.success(request, f"Saved what {found.coach.username} may do.")
    except InputError:
        raise Http404("no such grant") from None
    return HttpResponseRedirect(reverse("coaching:sharing"))


@server_only
@require_safe
def audit(request: HttpRequest) -> HttpResponse:
    """Every read of the candidate's data by someone else, newest first."""
    return render(
        request,
        "coaching/audit.html",
        {"entries": consent.audit_log(asking(request)), "nav": "sharing"},
    )
