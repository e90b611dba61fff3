"""The drafts page's hints in words: what fact is missing, and where it is entered.

The writing core names a missing fact by its place in the interview file
(`interviewers[1].title`, `config.phone`): right for the command line, a
riddle on a web page. Here each becomes a label a person reads ("Marcus
Bell's title") and a link to the form and field where it is typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.urls import reverse

from followup.etiquette.model import Interview
from followup.fields import digits

if TYPE_CHECKING:
    from followup.writing.drafting import Hint


@dataclass(frozen=True)
class ShownHint:
    label: str
    message: str
    # Where the fact is entered; empty when no page takes it.
    href: str
    place: str


def _edit(interview_id: int, anchor: str) -> tuple[str, str]:
    return reverse("web:edit", args=[interview_id]) + anchor, "Edit the interview"


def _debrief(interview_id: int, anchor: str) -> tuple[str, str]:
    return reverse("web:debrief", args=[interview_id]) + anchor, "Debrief"


def _settings(anchor: str) -> tuple[str, str]:
    return reverse("web:settings") + anchor, "Settings"


def shown(hint: Hint, interview: Interview, interview_id: int) -> ShownHint:
    field = hint.field
    if field.startswith("interviewers["):
        index_text, _, sub = field.removeprefix("interviewers[").partition("].")
        index = int(index_text) if digits(index_text, 4) else -1
        if 0 <= index < len(interview.interviewers):
            name = interview.interviewers[index].name
            if sub == "topics":
                href, place = _debrief(interview_id, f"#f-topics-{index}")
                return ShownHint(f"what you discussed with {name}", hint.message, href, place)
            if sub in ("title", "phone", "email", "name"):
                what = {"phone": "phone number", "email": "email address"}.get(sub, sub)
                # The edit form's rows are keyed by position (forms.Row, from_interview).
                href, place = _edit(interview_id, f"#f-iv-p{index}-{sub}")
                return ShownHint(f"{name}'s {what}", hint.message, href, place)
    known: dict[str, tuple[str, tuple[str, str]]] = {
        "strengths": ("your strengths for this role", _edit(interview_id, "#f-strengths")),
        "next_step": ("what they said about next steps", _edit(interview_id, "#f-next_step")),
        "debrief.stood_out": (
            "what stood out to you",
            _debrief(interview_id, "#f-stood_out"),
        ),
        "debrief.forgot_to_mention": (
            "what you forgot to mention",
            _debrief(interview_id, "#f-forgot_to_mention"),
        ),
        "outcome.keep_in_touch": (
            "whether you want to stay in touch",
            (reverse("web:outcome", args=[interview_id]) + "#f-keep_in_touch", "Outcome"),
        ),
        "config.name": ("your name (Settings)", _settings("#f-s-name")),
        "config.phone": ("your phone number (Settings)", _settings("#f-s-phone")),
    }
    # The drafter's settings hints name the command line; here they say the page.
    in_settings = {
        "config.name": "Set your name in Settings, so the drafts are signed and the "
        "voicemail script says it.",
        "config.phone": "Give your phone number in Settings, and the voicemail script "
        "will say it instead of leaving '(your number)'.",
    }
    if field in known:
        label, (href, place) = known[field]
        return ShownHint(label, in_settings.get(field, hint.message), href, place)
    return ShownHint(field.replace("_", " "), hint.message, "", "")


def shown_all(hints: Iterable[Hint], interview: Interview, interview_id: int) -> list[ShownHint]:
    return [shown(h, interview, interview_id) for h in hints]
