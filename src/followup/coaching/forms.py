"""The server mode's forms (Django forms: each error is shown under its field)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import SetPasswordForm, UserCreationForm

from followup.fields import email_address
from followup.store.models import User

if TYPE_CHECKING:
    CreationBase = UserCreationForm[User]
    SetPasswordBase = SetPasswordForm[User]
else:  # the forms are generic for the type checker only
    CreationBase = UserCreationForm
    SetPasswordBase = SetPasswordForm

# The password rules of sign-up and reset (the local mode has no passwords).
VALIDATORS = password_validation.get_password_validators(
    [
        {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
        {
            "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
            "OPTIONS": {"min_length": 10},
        },
        {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
        {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    ]
)


def strict(form: forms.BaseForm, user: User, field: str) -> None:
    """The password rules above, the error shown under the field (sign-up and reset)."""
    password = form.cleaned_data.get(field)
    if password:
        try:
            password_validation.validate_password(password, user, VALIDATORS)
        except forms.ValidationError as error:
            form.add_error(field, error)


def checked_email(value: str, *, required: bool) -> str:
    value = value.strip()
    if not value:
        if required:
            raise forms.ValidationError("Enter an email address.")
        return ""
    found = email_address(value)
    if found is None:
        raise forms.ValidationError(f"“{value[:80]}” is not an email address.")
    return found


class SignUpForm(CreationBase):
    email = forms.CharField(
        max_length=320, help_text="Where a password reset is sent.", label="Email"
    )

    class Meta:
        model = User
        fields = ("username", "email")

    def clean_email(self) -> str:
        found = checked_email(self.cleaned_data.get("email", ""), required=True)
        if User.objects.filter(email__iexact=found).exists():
            raise forms.ValidationError("An account already uses this email address.")
        return found

    def validate_password_for_user(
        self, user: User, password_field_name: str = "password2"
    ) -> None:
        strict(self, user, password_field_name)


class StrictSetPasswordForm(SetPasswordBase):
    """The password reset's form, with the same password rules as sign-up."""

    def validate_password_for_user(
        self, user: User, password_field_name: str = "new_password2"
    ) -> None:
        strict(self, user, password_field_name)


class CoachInviteForm(forms.Form):
    email = forms.CharField(
        max_length=320,
        required=False,
        label="Your coach's email (optional)",
        help_text="Leave empty to copy the link yourself; else it is emailed to them.",
    )
    notes = forms.BooleanField(
        required=False, label="They may read my notes (debriefs, reasons for overrides)"
    )
    comments = forms.BooleanField(required=False, label="They may add comments and suggest drafts")

    def clean_email(self) -> str:
        return checked_email(self.cleaned_data.get("email", ""), required=False)


class AccountInviteForm(forms.Form):
    email = forms.CharField(
        max_length=320,
        required=False,
        label="Their email (optional)",
        help_text="Leave empty to copy the link yourself; else it is emailed to them.",
    )

    def clean_email(self) -> str:
        found = checked_email(self.cleaned_data.get("email", ""), required=False)
        if found and User.objects.filter(email__iexact=found).exists():
            raise forms.ValidationError("An account already uses this email address.")
        return found


class CommentForm(forms.Form):
    interview = forms.TypedChoiceField(coerce=int, label="Interview")
    text = forms.CharField(
        max_length=5000, widget=forms.Textarea(attrs={"rows": 5}), label="Comment"
    )
    draft = forms.BooleanField(
        required=False, label="This is a suggested draft (kept as written, line breaks and all)"
    )

    def __init__(self, *args: Any, interviews: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["interview"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = interviews

    def clean_text(self) -> str:
        text: str = self.cleaned_data.get("text", "").replace("\r\n", "\n").strip()
        if not text:
            raise forms.ValidationError("Write the comment.")
        return text
