"""Accounts in the server mode: log-in, log-out, password reset by email (Django's views),
sign-up by invitation only, and the administrator's page of accounts.

An administrator sees accounts (name, email, whether active), never what a
candidate stored; deactivating keeps every row and only stops the log-in.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse, reverse_lazy
from django.views.decorators.http import require_http_methods, require_POST

from followup.coaching import consent, limits
from followup.coaching.forms import AccountInviteForm, SignUpForm, StrictSetPasswordForm
from followup.coaching.models import Invitation
from followup.coaching.shell import (
    asking,
    make_invitation,
    server_only,
    staff_only,
)
from followup.errors import InputError
from followup.store.models import User
from followup.web import clock

FORM = "coaching/form.html"


def _page(title: str, submit: str, intro: str = "") -> dict[str, Any]:
    return {"title": title, "submit": submit, "intro": intro}


class LimitedLogin(auth.LoginView):
    """Django's log-in, refused (429) after too many failed attempts (coaching/limits.py)."""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        counted = limits.keys(request, str(request.POST.get("username", "")))
        now = clock.now()
        if limits.refused(limits.LOGIN, counted, now):
            return limits.too_many(request, limits.LOGIN)
        response: HttpResponse = super().post(request, *args, **kwargs)
        if not isinstance(response, HttpResponseRedirect):  # the form was refused
            limits.record(limits.LOGIN, counted, now)
        return response


class LimitedReset(auth.PasswordResetView):
    """Django's password reset, refused (429) after too many requests (coaching/limits.py)."""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        counted = limits.keys(request, str(request.POST.get("email", "")))
        now = clock.now()
        if limits.refused(limits.RESET, counted, now):
            return limits.too_many(request, limits.RESET)
        limits.record(limits.RESET, counted, now)
        response: HttpResponse = super().post(request, *args, **kwargs)
        return response


login_view = server_only(
    LimitedLogin.as_view(
        template_name="coaching/login.html",
        next_page="/",
        redirect_authenticated_user=True,
        extra_context=_page("Log in", "Log in"),
    )
)
logout_view = server_only(auth.LogoutView.as_view(next_page=reverse_lazy("accounts:login")))
password_reset = server_only(
    LimitedReset.as_view(
        template_name=FORM,
        email_template_name="coaching/email/password_reset.txt",
        subject_template_name="coaching/email/password_reset_subject.txt",
        success_url=reverse_lazy("accounts:password_reset_sent"),
        extra_context=_page(
            "Reset your password",
            "Email me a link",
            "Enter the email address of your account: a link to choose a new password is sent.",
        ),
    )
)
password_reset_sent = server_only(
    auth.PasswordResetDoneView.as_view(
        template_name="coaching/message.html",
        extra_context={
            "title": "Check your email",
            "text": "If an account uses that address, a link to choose a new password is on "
            "its way. It works once and for a few days.",
        },
    )
)
password_reset_confirm = server_only(
    auth.PasswordResetConfirmView.as_view(
        template_name="coaching/reset_confirm.html",
        form_class=StrictSetPasswordForm,
        success_url=reverse_lazy("accounts:password_reset_done"),
        extra_context=_page("Choose a new password", "Save the password"),
    )
)
password_reset_done = server_only(
    auth.PasswordResetCompleteView.as_view(
        template_name="coaching/message.html",
        extra_context={"title": "Password saved", "text": "Log in with your new password."},
    )
)


@server_only
@require_http_methods(["GET", "HEAD", "POST"])
def join(request: HttpRequest, token: str) -> HttpResponse:
    """An invitation link: sign up (not logged in), or accept to coach (logged in)."""
    now = clock.now()
    try:
        invitation = consent.open_invitation(token, now)
    except InputError as exc:
        return render(
            request,
            "coaching/message.html",
            {"title": "Invitation", "text": exc.message},
            status=404,
        )
    sender = invitation.created_by
    user = getattr(request, "followup_user", None)
    context: dict[str, Any] = {"invitation": invitation, "sender": sender}
    if user is not None and invitation.kind == Invitation.ACCOUNT:
        # Kept for the person it was meant for: an account is not made twice.
        return render(
            request,
            "coaching/message.html",
            {"title": "Invitation", "text": "You already have an account: log out to use it."},
        )
    if user is not None:
        if request.method == "POST":
            try:
                consent.accept(invitation, user, now)
            except InputError as exc:
                messages.error(request, exc.message)
                return HttpResponseRedirect(reverse("web:agenda"))
            messages.success(request, f"You now coach {sender.username}.")
            return HttpResponseRedirect(reverse("coaching:board"))
        return render(request, "coaching/join.html", context)
    form = SignUpForm(request.POST or None, initial={"email": invitation.email})
    if request.method == "POST" and form.is_valid():
        from django.db import transaction

        from followup.coaching.house import start_with_house

        try:
            with transaction.atomic():
                account = form.save()
                consent.accept(invitation, account, now)
                start_with_house(account)
        except InputError as exc:
            return render(
                request, "coaching/message.html", {"title": "Invitation", "text": exc.message}
            )
        login(request, account, backend="django.contrib.auth.backends.ModelBackend")
        if invitation.kind == Invitation.COACH:
            return HttpResponseRedirect(reverse("coaching:board"))
        return HttpResponseRedirect(reverse("web:agenda"))
    context.update(form=form, **_page("Make your account", "Make my account"))
    return render(request, "coaching/join.html", context, status=400 if form.errors else 200)


@staff_only
@require_http_methods(["GET", "HEAD", "POST"])
def people(request: HttpRequest) -> HttpResponse:
    """The administrator's page: accounts, their state, and invitations to sign up."""
    admin = asking(request)
    now = clock.now()
    form = AccountInviteForm(request.POST or None)
    made: str | None = None
    if request.method == "POST" and form.is_valid():
        made = make_invitation(request, Invitation.ACCOUNT, form.cleaned_data["email"])
    accounts = User.objects.order_by("username").only(
        "username", "email", "is_active", "is_staff", "date_joined", "last_login"
    )
    pending = Invitation.objects.filter(
        created_by=admin, kind=Invitation.ACCOUNT, used__isnull=True, revoked__isnull=True
    ).order_by("-created")
    return render(
        request,
        "coaching/people.html",
        {
            "accounts": accounts,
            "pending": pending,
            "form": form,
            "made": made,
            "now": now,
            "nav": "people",
        },
        status=400 if form.errors else 200,
    )


@staff_only
@require_POST
def set_active(request: HttpRequest, user_id: int) -> HttpResponse:
    active = request.POST.get("active") == "1"
    try:
        found = consent.set_active(asking(request), user_id, active, clock.now())
    except InputError as exc:
        messages.error(request, exc.message)
    else:
        verb = "reactivated" if active else "deactivated (everything it holds is kept)"
        messages.success(request, f"{found.username}: {verb}.")
    return HttpResponseRedirect(reverse("accounts:people"))


@server_only
@require_POST
def withdraw(request: HttpRequest, invitation_id: int) -> HttpResponse:
    """Withdraw an unused invitation one made (a sign-up link or a coach's link)."""
    try:
        found = consent.withdraw(asking(request), invitation_id, clock.now())
    except InputError:
        from django.http import Http404

        raise Http404("no such invitation") from None
    messages.success(request, "Invitation withdrawn: its link no longer works.")
    target = "accounts:people" if found.kind == Invitation.ACCOUNT else "coaching:sharing"
    return HttpResponseRedirect(reverse(target))
