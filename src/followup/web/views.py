"""The pages. Each view loads facts, calls the core with `clock.now()`, and renders.

Writes go through the use cases of `followup.record` only (and settings
through `store.services`). Every form keeps
what was typed when it is sent back with errors. Fragments for htmx (the
next-step reading, a new interviewer row, the guardrails' answer, lint
findings) are small views of their own; every page works without them.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from html import escape
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
)
from django.shortcuts import render
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from followup import config
from followup.errors import FollowupError, InputError
from followup.etiquette.labels import (
    ACTION_LABELS,
    ACTIONS,
    LOGGABLE,
    LOGGED,
    OUTCOMES,
    by_post,
    choices,
)
from followup.etiquette.model import Contact, Interview, Plan
from followup.etiquette.sources import ALL as SOURCES
from followup.fields import LIMITS, digits, parse_date
from followup.places import calendar_name
from followup.record import contact as record_contact
from followup.record import interview as record_interview
from followup.record import reply as record_reply
from followup.store import services
from followup.store.models import User
from followup.web import clock, queries
from followup.web.dates import Dates, place
from followup.web.forms import (
    Field,
    Form,
    InterviewForm,
    Row,
    field_sentence,
    local_input,
    message_of,
    moment_of,
    preview_warnings,
    region_for,
    topic_lines,
    web_warnings,
)
from followup.web.hints import shown_all
from followup.web.timeline import STATUS_WORDS

if TYPE_CHECKING:
    from followup.etiquette.planner import CheckInRound

# The actions that need words written (a draft to show), from the one vocabulary;
# all but the call are done once the note is sent.
WRITTEN = frozenset(kind.value for kind, words in ACTIONS.items() if words.note)
OUTCOME_WORDS = {kind.value: words for kind, words in OUTCOMES.items()}
LOGGED_WORDS = {kind.value: words for kind, words in LOGGED.items()}
ONE_CLICK_DONE = WRITTEN - {"call"}


def user_of(request: HttpRequest) -> User:
    return cast(User, request.followup_user)  # type: ignore[attr-defined]


def who_asks(request: HttpRequest) -> str:
    """The username whose data the page shows, without loading the local user's row."""
    from django.conf import settings

    if settings.SERVER_MODE:
        return user_of(request).username
    from followup.store.location import LOCAL_USERNAME

    return LOCAL_USERNAME


def label(kind: str, to: str | None) -> str:
    what = ACTION_LABELS.get(kind, kind.replace("_", " "))
    return f"{what} {to}" if to else what


def sources(ids: tuple[str, ...] | list[str]) -> list[dict[str, str]]:
    return [{"id": i, "title": SOURCES[i].title if i in SOURCES else i} for i in ids]


def when_text(
    status: str, not_before: datetime, due: datetime, dates: Dates, zone: ZoneInfo
) -> str:
    """When an action of one interview is open, in its `zone`, which is named once
    at the end if it is not the candidate's: "due Wed 18 Nov, 11:00 (New York time)"."""

    def at(moment: datetime) -> str:
        return dates.moment(moment, zone, mark=False)

    return open_window(status, not_before, due, at) + dates.where(zone)


def open_window(
    status: str, not_before: datetime, due: datetime, at: Callable[[datetime], str]
) -> str:
    """ "was due …", "on …", "from …, due …" or "due …", each time written by `at`."""
    if status == "overdue":
        return f"was due {at(due)}"
    if status == "not_yet" and not_before == due:
        return f"on {at(not_before)}"
    if status == "not_yet":
        return f"from {at(not_before)}, due {at(due)}"
    return f"due {at(due)}"


def safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return fallback


def load(request: HttpRequest, interview_id: int) -> services.Stored:
    try:
        return services.load(user_of(request), interview_id)
    except InputError as exc:
        raise Http404(exc.message) from None


def owned(request: HttpRequest, interview_id: int) -> None:
    """404 unless the interview is the asker's (one indexed query; `load` reads it all)."""
    from followup.store.models import Interview as Row

    if not Row.objects.filter(user=user_of(request), pk=interview_id).exists():
        raise Http404(f"no interview {interview_id}")


def user_zone(user: User) -> ZoneInfo:
    return ZoneInfo(config.value_of("timezone", services.settings_of(user)))


def dates_for(user: User) -> Dates:
    """How this candidate's pages write dates: in their zone, the year only if not this one."""
    return Dates.at(clock.now(), user_zone(user))


# -- the agenda ------------------------------------------------------------------


# Items shown per agenda section before "show all": keeps a page of a huge
# backlog light (bench/web_bench.py); a real agenda rarely reaches it.
AGENDA_LIMIT = 20


def agenda_item(row: queries.AgendaRow, dates: Dates) -> dict[str, Any]:
    """One agenda line, with its links worked out here (cheaper than template tags)."""
    from urllib.parse import quote_plus

    base = f"/interviews/{row.interview}/"
    there = cast(ZoneInfo, row.due.tzinfo)  # the interview's zone (queries.agenda)
    loggable = row.kind in LOGGABLE
    # As urlencode writes {"action": …, "to": …, "next": "/"}, in a third of its time.
    query = (
        f"action={quote_plus(row.kind if loggable else '')}&to={quote_plus(row.to or '')}&next=%2F"
    )
    return {
        "interview": row.interview,
        "url": base,
        "company": row.company,
        "role": row.role,
        "action_id": row.action_id,
        "kind": row.kind,
        "to": row.to,
        "label": label(row.kind, row.to),
        "channel": row.channel,
        "status": row.status,
        # In the candidate's zone, which the agenda's heading names; an interview
        # in another zone adds its own clock, as `followup agenda` does.
        "when": open_window(
            row.status, row.not_before, row.due, lambda at: dates.at_home(at, there)
        ),
        "due_iso": row.due.isoformat(),
        "why": row.why,
        "sources": row.sources,
        "draft_url": f"{base}drafts/#draft-{slugify(row.action_id)}"
        if row.kind in WRITTEN
        else None,
        "done": row.kind in ONE_CLICK_DONE,
        "snooze": row.status == "not_yet",
        "log_url": f"{base}log/?{query}",
        "done_url": f"{base}done/?{query}",
    }


@functools.lru_cache(maxsize=64)
def _cited(ids: tuple[str, ...]) -> str:
    """ "<abbr title="…">S1</abbr> …; …": an item's sources, from the fixed table."""
    return "; ".join(
        f'<abbr title="{escape(s["title"])}">{escape(s["id"])}</abbr> {escape(s["title"])}'
        for s in sources(ids)
    )


def agenda_item_html(item: dict[str, Any], token: str) -> str:
    """One agenda item's `<li>`, written here rather than by the template engine:
    a page of 60 items took about 15 ms there, and well under 1 ms here
    (bench/README.md). Every value is escaped as the engine would; `token`: the
    page's CSRF token for the item's forms, already escaped (or `_TOKEN_MARK`)."""
    e = escape
    url = e(item["url"])
    kind = item["kind"]
    by = (
        f' <span class="channel">by {e(item["channel"])}</span>'
        if item["channel"] != "self"
        else ""
    )
    late = (
        ' <span class="badge badge-overdue">overdue</span>' if item["status"] == "overdue" else ""
    )
    draft = (
        f'<a class="button" href="{e(item["draft_url"])}">Open draft</a>'
        if item["draft_url"]
        else ""
    )
    if item["done"]:
        # Recording a contact changes the plan for good: a page asks first, as
        # Delete and Remove do (a plain link, so it needs no JavaScript).
        act = f'<a class="button" href="{e(item["done_url"])}">Mark done</a>\n          '

    elif kind == "debrief":
        act = f'<a class="button" href="{url}debrief/">Write debrief</a>\n          '
    elif kind == "move_on":
        act = f'<a class="button" href="{url}outcome/">Record outcome</a>\n          '
    else:
        act = ""
    snooze = (
        f'\n          <form method="post" action="{url}snooze/">'
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{token}">\n'
        f'            <input type="hidden" name="action_id" value="{e(item["action_id"])}">\n'
        '            <button type="submit" class="button quiet" title="Hide it until its window'
        ' opens">Snooze until it opens</button>\n'
        "          </form>\n          "
        if item["snooze"]
        else ""
    )
    return (
        f'\n      <li class="item st-{e(item["status"])}">\n'
        '        <div class="item-main">\n'
        f'          <h3 class="item-title"><a href="{url}">{e(item["label"])}</a>{by}</h3>\n'
        f'          <p class="item-for">{e(item["company"])} · {e(item["role"])}</p>\n'
        f'          <p class="item-when"><time datetime="{e(item["due_iso"])}">{e(item["when"])}'
        f"</time>{late}</p>\n"
        '          <details class="why">\n'
        "            <summary>Why</summary>\n"
        f"            <p>{e(item['why'])}</p>\n"
        f'            <p class="cites">Sources: {_cited(tuple(item["sources"]))}</p>\n'
        "          </details>\n"
        "        </div>\n"
        '        <div class="item-actions">\n'
        f"          {draft}\n"
        f"          {act}\n"
        f'          <a class="button quiet" href="{e(item["log_url"])}">Log a contact</a>\n'
        f"          {snooze}\n"
        "        </div>\n"
        "      </li>\n    "
    )


# Stands for the page's CSRF token in an item's HTML kept by `_item_html`; put back
# once per section. No escaped value holds it: a typed "<" is written "&lt;".
_TOKEN_MARK = "<csrf-token>"


@functools.lru_cache(maxsize=4096)
def _item_html(row: queries.AgendaRow, zone: str, dates: Dates) -> str:
    """An item's `<li>`, kept by everything it is made from: the row (its status
    at this instant included), the interview's `zone` (the row's datetimes compare
    by instant only) and how the candidate writes dates (their zone, today). A page
    asked again, by the same candidate or at the next reload, writes its items
    once: building and escaping 60 of them was about a third of the page's
    time (bench/README.md). The token is put in by the caller."""
    return agenda_item_html(agenda_item(row, dates), _TOKEN_MARK)


@require_safe
def agenda(request: HttpRequest) -> HttpResponse:
    """Overdue, today and the next 7 days, from the stored actions (three statements).

    Two more read what delivery must tell: its notices, failed and unknown messages.
    """
    from django.middleware.csrf import get_token
    from django.utils.safestring import mark_safe

    from followup.web.delivery import attention

    now = clock.now()
    username = who_asks(request)
    found = queries.agenda(
        now, limit=AGENDA_LIMIT, show=request.GET.get("show", ""), username=username
    )
    zone = found.zone
    dates = Dates.at(found.now, zone)
    token = get_token(request)
    sections = [
        {
            "key": section.key,
            "title": section.title,
            "shown": len(section.rows),
            # Every value escaped by agenda_item_html.
            "items": mark_safe(
                "".join(
                    _item_html(row, str(row.due.tzinfo), dates) for row in section.rows
                ).replace(_TOKEN_MARK, escape(token))
            ),
            "total": section.total,
            "exact": section.exact,
            "more": section.total - len(section.rows),
        }
        for section in found.sections
    ]
    return render(
        request,
        "web/agenda.html",
        {
            "sections": sections,
            "now": dates.moment(found.now, short=False),
            "zone": zone.key,
            "zone_place": place(zone),
            "nudge": found.nudge,
            "empty": not found.has_interviews,
            "nothing": not any(section.total for section in found.sections),
            "snoozed": found.snoozed,
            "attention": attention(username),
            "nav": "agenda",
        },
    )


def snooze_until(user: User, interview_id: int, action_id: str, now: datetime) -> datetime | None:
    """Hide an agenda item until its window opens; None if it is already open.

    The web's own state (the command line's agenda has no snoozing).
    """
    from followup.store.models import Action
    from followup.web.models import Snooze

    row = Action.objects.filter(user=user, interview_id=interview_id, action_id=action_id).first()
    if row is None:
        raise InputError("action", "that action is no longer open")
    if row.not_before <= now:
        return None
    Snooze.objects.update_or_create(
        user=user,
        interview_id=interview_id,
        action_id=action_id,
        defaults={"until": row.not_before},
    )
    return row.not_before


@require_POST
def snooze(request: HttpRequest, interview_id: int) -> HttpResponse:
    owned(request, interview_id)
    action_id = request.POST.get("action_id", "")
    try:
        until = snooze_until(user_of(request), interview_id, action_id, clock.now())
    except InputError as exc:
        messages.error(request, message_of(exc))
        return HttpResponseRedirect(reverse("web:agenda"))
    if until is None:
        messages.info(request, "That one is already open, so it stays on the agenda.")
    else:
        messages.success(request, f"Snoozed until {dates_for(user_of(request)).moment(until)}.")
    return HttpResponseRedirect(safe_next(request, reverse("web:agenda")))


# -- interviews: list, new, edit ----------------------------------------------------


@require_safe
def interview_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:100]
    status = request.GET.get("status", "")
    if status not in {k for k, _ in queries.STATUSES}:
        status = ""
    try:
        page = int(request.GET.get("page", "1"))
    except ValueError:
        page = 1
    user = user_of(request)
    listing = queries.interviews(user.pk, query, status, page, clock.now())
    dates = dates_for(user)
    rows = [
        {
            "row": r,
            # In the candidate's zone, as `followup list` and the agenda; the
            # start adds the interview's own clock when that is another zone.
            "start": dates.at_home(r.start, cast(ZoneInfo, r.start.tzinfo)),
            "due": dates.moment(r.next_due, mark=False) if r.next_due else None,
            "next": label(r.next_kind, r.next_to) if r.next_kind else None,
            "outcome": OUTCOME_WORDS.get(r.outcome, r.outcome) if r.outcome else None,
        }
        for r in listing.rows
    ]
    return render(
        request,
        "web/interviews.html",
        {
            "rows": rows,
            "listing": listing,
            "q": query,
            "status": status,
            "statuses": queries.STATUSES,
            "zone": dates.home.key,
            "zone_place": place(dates.home),
            "nav": "interviews",
        },
    )


def _zones() -> list[str]:
    from zoneinfo import available_timezones

    return sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


# The invitation's facts a new interview keeps, carried through the form as hidden inputs.
INVITATION_KEYS = ("invite_uid", "invite_sequence", "location", "video_link")


def _interview_page(
    request: HttpRequest,
    form: InterviewForm,
    *,
    title: str,
    action: str,
    status: int = 200,
    invitation: dict[str, str] | None = None,
    notes: list[str] | None = None,
    upload_error: str | None = None,
) -> HttpResponse:
    if invitation is None and request.method == "POST":
        invitation = {k: request.POST.get(k, "") for k in INVITATION_KEYS if request.POST.get(k)}
    return render(
        request,
        "web/interview_form.html",
        {
            "form": form,
            "title": title,
            "action": action,
            "zones": _zones(),
            "nav": "new" if "new" in action else "interviews",
            "new": "new" in action,
            "invitation": invitation or {},
            "invitation_notes": notes or [],
            "upload_error": upload_error,
        },
        status=status,
    )


# An invitation is a few kilobytes; a larger upload is not one.
INVITATION_BYTES = 5 * 1024 * 1024


@require_POST
def interview_from_invitation(request: HttpRequest) -> HttpResponse:
    """The new-interview form filled from an uploaded .ics or .eml, for the candidate to check.

    Nothing is stored here: the facts are proposed (company and role are
    guesses), a recurring or all-day event says what to check, and saving
    the form stores the interview with the invitation's UID.
    """
    user = user_of(request)
    defaults = config.defaults_from(services.settings_of(user))
    action = reverse("web:new")
    form = InterviewForm.blank(defaults, clock.now())
    upload = request.FILES.get("invitation")

    def refuse(message: str) -> HttpResponse:
        return _interview_page(
            request, form, title="New interview", action=action, status=422, upload_error=message
        )

    if upload is None:
        return refuse("Choose an invitation file (.ics or .eml) first.")
    if upload.size is not None and upload.size > INVITATION_BYTES:
        return refuse("That file is larger than 5 MB: it is not an invitation.")
    return invitation_form(request, upload.read())


def invitation_form(request: HttpRequest, raw: bytes) -> HttpResponse:
    """The new-interview form filled from one invitation's bytes (an upload, or the inbox's)."""
    from followup.inbox.message import NotMail, read
    from followup.inbox.proposal import display_name, name_from_address, propose

    user = user_of(request)
    settings = services.settings_of(user)
    defaults = config.defaults_from(settings)
    action = reverse("web:new")
    form = InterviewForm.blank(defaults, clock.now())

    def refuse(message: str) -> HttpResponse:
        return _interview_page(
            request, form, title="New interview", action=action, status=422, upload_error=message
        )

    try:
        reading = read(raw)
    except NotMail:
        return refuse("That file is neither a calendar invitation (.ics) nor an email (.eml).")
    if reading.kind == "cancel":
        return refuse("That invitation is a cancellation: there is nothing to add.")
    if reading.kind != "invite" or not reading.events:
        return refuse("That file holds no calendar invitation.")
    proposal = propose(reading.events[0], *config.yourself(settings))
    zone_name = proposal.timezone if proposal.timezone not in (None, "UTC") else defaults.timezone
    zone = ZoneInfo(zone_name)
    country, subdivision = region_for(zone_name, defaults)
    values: dict[str, Any] = {
        "company": proposal.company or "",
        "role": proposal.role or "",
        "timezone": zone_name,
        "country": country,
        "subdivision": subdivision,
    }
    form.country_zone = zone_name
    notes = ["Filled from the invitation: check the company and the role, they are guesses."]
    if isinstance(proposal.start, datetime) and not proposal.all_day:
        values["start"] = local_input(proposal.start, zone)
        if isinstance(proposal.end, datetime):
            values["end"] = local_input(proposal.end, zone)
        if proposal.recurring:
            notes.append(
                "It repeats: its first occurrence is filled in. If the interview is "
                "another one, change the start and the end."
            )
    else:
        notes.append("It is an all-day event: give the time the interview starts and ends.")
    form.fill(values)
    if proposal.interviewers:
        form.rows = []
        for index, person in enumerate(proposal.interviewers):
            row = Row.blank(f"i{index}")
            row.name.value = display_name(person.name) or name_from_address(person.email)
            row.email.value = person.email
            form.rows.append(row)
        form.contact = form.rows[0].key
    invitation = {
        "invite_uid": proposal.uid,
        "invite_sequence": str(max(proposal.sequence, 0)),
        "location": proposal.location or "",
        "video_link": proposal.video_link or "",
    }
    return _interview_page(
        request,
        form,
        title="New interview",
        action=action,
        invitation={k: v for k, v in invitation.items() if v},
        notes=notes,
    )


@require_http_methods(["GET", "HEAD", "POST"])
def interview_new(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    stored = services.settings_of(user)
    defaults = config.defaults_from(stored)
    action = reverse("web:new")
    if request.method in ("GET", "HEAD"):
        form = InterviewForm.blank(defaults, clock.now())
        machine = config.machine_zone(stored)
        if machine is not None:
            # As `followup add` says it: the machine's zone, offered as a default (issue 16).
            form["timezone"].help = (
                f"{machine} is your machine's time zone, offered because none is set in "
                "Settings (“Your time zone”); type the interview's own here if it is another."
            )
        return _interview_page(request, form, title="New interview", action=action)
    form = InterviewForm.from_post(request.POST)
    if "add_row" in request.POST:
        return _interview_page(request, form, title="New interview", action=action)
    interview = form.check(defaults)
    if interview is not None:
        try:
            new_id = services.add(user, interview)
        except InputError as exc:
            form.place(exc)
        else:
            _keep_invitation(user, new_id, request.POST)
            messages.success(request, f"Saved. This is the plan for {interview.company}.")
            return HttpResponseRedirect(reverse("web:interview", args=[new_id]))
    return _interview_page(request, form, title="New interview", action=action, status=422)


def _keep_invitation(user: Any, interview_id: int, data: Any) -> None:
    """Store the UID, SEQUENCE, location and link of the invitation the form was filled from."""
    uid = str(data.get("invite_uid", "")).strip()
    if not uid:
        return
    sequence = str(data.get("invite_sequence", "0"))
    services.keep_invitation(
        user,
        interview_id,
        uid=uid,
        sequence=int(sequence) if sequence.isdigit() and len(sequence) < 10 else 0,
        location=str(data.get("location", "")),
        video_link=str(data.get("video_link", "")),
    )
    # The inbox's proposal to add this invitation is answered.
    from followup.delivery.proposals import settle_added

    settle_added(user, uid)


@require_http_methods(["GET", "HEAD", "POST"])
def interview_edit(request: HttpRequest, interview_id: int) -> HttpResponse:
    user = user_of(request)
    stored = load(request, interview_id)
    action = reverse("web:edit", args=[interview_id])
    title = f"Edit: {stored.interview.role} at {stored.interview.company}"
    if request.method in ("GET", "HEAD"):
        form = InterviewForm.from_interview(stored.interview)
        return _interview_page(request, form, title=title, action=action)
    form = InterviewForm.from_post(request.POST)
    if "add_row" in request.POST:
        return _interview_page(request, form, title=title, action=action)
    defaults = config.defaults_from(services.settings_of(user))
    edited = form.check(defaults)
    if edited is not None:
        try:
            # The form holds the facts; the log, outcome and debrief stay as stored,
            # and a renamed interviewer keeps the contacts made with them.
            record_interview.edit_interview(user, interview_id, edited, renames=form.renames())
        except InputError as exc:
            form.place(exc)
        else:
            messages.success(request, "Saved; the plan is recomputed.")
            return HttpResponseRedirect(reverse("web:interview", args=[interview_id]))
    return _interview_page(request, form, title=title, action=action, status=422)


@require_safe
def interviewer_row(request: HttpRequest) -> HttpResponse:
    return render(request, "web/_row.html", {"row": Row.blank(), "contact": ""})


@require_POST
def interview_region(request: HttpRequest) -> HttpResponse:
    """The country and state fields again, those of the zone just chosen (forms.follow_zone)."""
    form = InterviewForm.from_post(request.POST)
    form.follow_zone(config.defaults_from(services.settings_of(user_of(request))))
    response = render(request, "web/_region.html", {"form": form})
    # Once swapped in, so the preview reads the dates again with the new country.
    response["HX-Trigger-After-Swap"] = "region-changed"
    return response


@require_POST
def next_step_preview(request: HttpRequest) -> HttpResponse:
    """What the next-step sentence says, and when the one check-in may go out."""
    from followup.etiquette.planner import plan
    from followup.interview_file import parse_interview

    data = {
        key: request.POST.get(key, "").strip() or None
        for key in (
            "start",
            "timezone",
            "country",
            "subdivision",
            "next_step",
            "decision_by",
            "follow_up_on",
        )
    }
    context: dict[str, Any] = {"reading": None, "problem": None}
    if not data["start"]:
        context["problem"] = "Give the start to see the dates."
    else:
        defaults = config.defaults_from(services.settings_of(user_of(request)))
        mapping: dict[str, Any] = {k: v for k, v in data.items() if v is not None}
        if data["country"] is None and data["timezone"]:
            mapping["country"] = region_for(data["timezone"], defaults)[0]
        mapping.update(company="-", role="-", interviewers=[{"name": "Contact"}])
        try:
            interview = parse_interview(mapping, defaults)
        except InputError as exc:
            context["problem"] = field_sentence(exc)
        else:
            result = plan(interview, interview.start)
            check_in = result.action("check_in")
            derived = result.derived
            dates = dates_for(user_of(request))
            said = []
            follow_up_on = interview.follow_up_on or derived.follow_up_on
            if follow_up_on:
                said.append(f"check back on {dates.day(follow_up_on)}")
            decision_by = interview.decision_by or derived.decision_by
            if decision_by:
                said.append(f"decision by {dates.day(decision_by)}")
            if derived.few_days:
                said.append("a few days")
            no_calls = interview.no_calls if interview.no_calls is not None else derived.no_calls
            if no_calls:
                said.append("no phone calls")
            context["reading"] = {
                "said": ", ".join(said) if said else None,
                "check_in": (
                    dates.moment(check_in.not_before, interview.tz, short=False)
                    if check_in
                    else None
                ),
                "matched": derived.matched,
                "warnings": preview_warnings(interview, result),
            }
    return render(request, "web/_next_step.html", context)


# -- one interview -----------------------------------------------------------------


def _plan_rows(plan: Plan, zone: ZoneInfo, dates: Dates) -> list[dict[str, Any]]:
    return [
        {
            "label": label(a.kind.value, a.to),
            "kind": a.kind.value,
            "to": a.to,
            "status": a.status.value,
            "status_word": STATUS_WORDS.get(a.status.value, a.status.value),
            "when": when_text(
                a.status.value if a.status.value in ("overdue", "not_yet") else "pending",
                a.not_before,
                a.due,
                dates,
                zone,
            ),
            "why": a.why,
            "channel": a.channel.value,
            "sources": sources([s.id for s in a.sources]),
            "written": a.kind.value in WRITTEN and a.status.value in ("pending", "overdue"),
        }
        for a in plan.actions
    ]


@require_safe
def interview_detail(request: HttpRequest, interview_id: int) -> HttpResponse:
    from followup.record.history import history
    from followup.web.timeline import layout

    stored = load(request, interview_id)
    interview = stored.interview
    now = clock.now()
    result = services.plan_now(stored, now)
    zone = interview.tz
    dates = dates_for(user_of(request))
    timeline = layout(interview.start, interview.end, result.actions, now, zone, dates.home)
    ended = now >= interview.end
    return render(
        request,
        "web/interview.html",
        {
            "id": stored.id,
            "round": stored.round,
            "interview": interview,
            "when": dates.span(interview.start, interview.end, zone),
            "decision_by": _day_of(interview.decision_by or result.derived.decision_by, dates),
            "follow_up_on": _day_of(interview.follow_up_on or result.derived.follow_up_on, dates),
            "phone_calls": _phone_calls(interview, result.derived.no_calls),
            "holidays_of": calendar_name(interview.country, interview.subdivision or ""),
            "contact": interview.contact_person,
            "plan": _plan_rows(result, zone, dates),
            "warnings": web_warnings(interview, result),
            "timeline": timeline,
            "history": [
                {
                    **e,
                    "what": event_text(e, dates),
                    "when": dates.moment(e["at"], zone),
                    "ref": entry_ref(interview, e),
                }
                for e in history(interview)
            ],
            "offer_debrief": ended and interview.debrief.is_empty,
            "ended": ended,
            "nav": "interviews",
        },
    )


def _day_of(day: date | None, dates: Dates) -> str | None:
    return dates.day(day) if day else None


def _phone_calls(interview: Interview, said_in_next_step: bool) -> str:
    """What the page says about calls, as the plan reads it (its one call follows this)."""
    from followup.etiquette.planner import business_calendar, read_replies, replies_say_no_calls

    if interview.no_calls or (interview.no_calls is None and said_in_next_step):
        return "they asked not to be called"
    if replies_say_no_calls(read_replies(interview, business_calendar(interview))):
        return "they asked not to be called, in a reply"
    return "fine" if interview.no_calls is False else "not said"


def event_text(event: dict[str, Any], dates: Dates | None = None) -> str:
    if event["event"] == "reply":
        text = "They replied" + (f" ({event['to']})" if event["to"] else "")
        if event["check_back"]:
            day = date.fromisoformat(event["check_back"])
            shown = dates.day(day) if dates else day.isoformat()
            text += f", asking you to check back on {shown}"
        if event["says"]:
            text += f": \u201c{event['says']}\u201d"
        return text
    if event["event"] == "outcome":
        keep = " (keeping in touch)" if event["keep_in_touch"] else ""
        return f"Outcome: {OUTCOME_WORDS.get(event['kind'], event['kind'])}{keep}"
    what = LOGGED_WORDS.get(event["purpose"] or event["kind"], event["kind"])
    to = f" to {event['to']}" if event["to"] else ""
    how = f", by {event['kind']}" if event["purpose"] else ""
    answered = {True: ", answered", False: ", not answered", None: ""}[event["answered"]]
    return f"{what}{to}{how}{answered}"


@require_http_methods(["GET", "HEAD", "POST"])
def interview_delete(request: HttpRequest, interview_id: int) -> HttpResponse:
    """Delete an interview, its log and its plan, after asking (as `followup delete`)."""
    stored = load(request, interview_id)
    interview = stored.interview
    if request.method == "POST":
        record_interview.delete_interview(user_of(request), interview_id)
        messages.success(request, f"Deleted {interview.role} at {interview.company}.")
        return HttpResponseRedirect(reverse("web:interviews"))
    when = dates_for(user_of(request)).span(interview.start, interview.end, interview.tz)
    return render(
        request,
        "web/delete.html",
        {"id": interview_id, "interview": interview, "when": when, "nav": "interviews"},
    )


# -- correcting the log -----------------------------------------------------------


def entry_ref(interview: Interview, event: dict[str, Any]) -> str:
    """The query string naming one history entry: the contact's place and its moment.

    The moment is checked again before removing, so an entry that moved in
    the log meanwhile (another tab, the command line) is never the wrong one.
    """
    from urllib.parse import urlencode

    if event["event"] == "outcome":
        return urlencode({"entry": "outcome"})
    for index, contact in enumerate(interview.contacts):
        same_moment = contact.at.astimezone(UTC) == event["at"].astimezone(UTC)
        if same_moment and contact.kind.value == event["kind"] and contact.to == event["to"]:
            return urlencode({"entry": index, "at": contact.at.astimezone(UTC).isoformat()})
    return ""


def _chosen_entry(interview: Interview, data: Any) -> tuple[int | None, str]:
    """(index of the contact, or None for the outcome, and its text); InputError if gone."""
    from urllib.parse import urlencode

    from followup.record.history import history

    entry = str(data.get("entry", ""))
    if entry == "outcome":
        if interview.outcome is None:
            raise InputError("entry", "no outcome is recorded (it may have been removed already)")
        index, wanted = None, urlencode({"entry": "outcome"})
    else:
        if not digits(entry, 6) or int(entry) >= len(interview.contacts):
            raise InputError("entry", "that entry is no longer in the log")
        index = int(entry)
        moment = interview.contacts[index].at.astimezone(UTC).isoformat()
        if moment != str(data.get("at", "")):
            raise InputError("entry", "the log changed meanwhile: reload the interview and retry")
        wanted = urlencode({"entry": index, "at": moment})
    texts = [event_text(e) for e in history(interview) if entry_ref(interview, e) == wanted]
    return index, texts[0] if texts else "the entry"


@require_http_methods(["GET", "HEAD", "POST"])
def remove_entry(request: HttpRequest, interview_id: int) -> HttpResponse:
    """Take a mistaken entry (a contact, a reply, the outcome) out of the log, after asking.

    The plan follows, as after `followup edit`: a thank-you logged by mistake
    is open again.
    """
    stored = load(request, interview_id)
    interview = stored.interview
    data = request.POST if request.method == "POST" else request.GET
    back = HttpResponseRedirect(reverse("web:interview", args=[interview_id]))
    try:
        index, text = _chosen_entry(interview, data)
    except InputError as exc:
        messages.error(request, exc.message[:1].upper() + exc.message[1:] + ".")
        return back
    if request.method == "POST":
        try:
            record_interview.remove_entry(
                user_of(request), interview_id, index, str(data.get("at", ""))
            )
        except InputError as exc:
            messages.error(request, exc.message[:1].upper() + exc.message[1:] + ".")
            return back
        messages.success(request, f"Removed from the log: {text}. The plan has been updated.")
        return back
    return render(
        request,
        "web/remove_entry.html",
        {
            "id": interview_id,
            "interview": interview,
            "text": text,
            "entry": data.get("entry", ""),
            "at": data.get("at", ""),
            "nav": "interviews",
        },
    )


# -- debrief, contacts, replies, outcomes -----------------------------------------

DEBRIEF = (
    ("went_well", "What went well?"),
    ("went_poorly", "What went badly?"),
    ("stood_out", "What stood out about the team or the role?"),
    ("forgot_to_mention", "What did you forget to mention?"),
)


@require_http_methods(["GET", "HEAD", "POST"])
def debrief(request: HttpRequest, interview_id: int) -> HttpResponse:
    stored = load(request, interview_id)
    interview = stored.interview
    form = Form([Field(name, text, kind="textarea", rows=3) for name, text in DEBRIEF])
    people = [
        Field(
            f"topics-{i}",
            f"Topics with {p.name}",
            kind="textarea",
            rows=2,
            help="One per line, or separated by commas.",
        )
        for i, p in enumerate(interview.interviewers)
    ]
    if request.method in ("GET", "HEAD"):
        form.fill({name: getattr(interview.debrief, name) or "" for name, _ in DEBRIEF})
        for f, p in zip(people, interview.interviewers, strict=True):
            f.value = "\n".join(p.topics)
    else:
        form.fill(request.POST)
        for f in people:
            f.value = request.POST.get(f.name, "")
        topics = {
            p.name: tuple(topic_lines(f.value))
            for f, p in zip(people, interview.interviewers, strict=True)
        }
        try:
            record_interview.save_debrief(
                user_of(request), interview_id, {n: form.value(n) for n, _ in DEBRIEF}, topics
            )
        except FollowupError as exc:
            form.errors.append(exc.message)
        else:
            messages.success(request, "Debrief saved; your notes will draw on it.")
            return HttpResponseRedirect(reverse("web:interview", args=[interview_id]))
    return render(
        request,
        "web/debrief.html",
        {"id": interview_id, "interview": interview, "form": form, "people": people},
        status=200 if request.method in ("GET", "HEAD") else 422,
    )


ANSWERED = (("", "Not a call / not said"), ("yes", "Yes, someone picked up"), ("no", "No answer"))


def _log_form(interview: Interview, now: datetime) -> Form:
    people = tuple((p.name, p.name) for p in interview.interviewers)
    return Form(
        [
            Field("action", "What did you do?", kind="select", choices=choices(LOGGED)),
            Field(
                "to",
                "To whom",
                kind="select",
                choices=(("", "The usual person (the contact)"), *people),
            ),
            Field(
                "at",
                "When",
                kind="datetime-local",
                value=local_input(now, interview.tz),
                help=zone_help(interview),
            ),
            Field("answered", "For a call: did someone answer?", kind="select", choices=ANSWERED),
            Field("letter", "It went by post, not email", kind="checkbox"),
            Field(
                "override",
                "Record it anyway, because…",
                kind="textarea",
                rows=2,
                help="Only needed when the guardrails refuse it; the entry is flagged.",
            ),
        ]
    )


def zone_help(interview: Interview) -> str:
    """A time typed in a form is the interview's own clock: say so."""
    return f"In {place(interview.tz)}, the interview's zone ({interview.timezone})."


def _verdict_context(verdict: Any, zone: ZoneInfo, dates: Dates) -> dict[str, Any]:
    return {
        "allowed": verdict.allowed,
        "reason": verdict.reason,
        "sources": sources([s.id for s in verdict.sources]),
        "allowed_from": (
            dates.moment(verdict.allowed_from, zone, short=False) if verdict.allowed_from else None
        ),
    }


@require_http_methods(["GET", "HEAD", "POST"])
def log_contact(request: HttpRequest, interview_id: int) -> HttpResponse:
    """Record a contact: the guardrails answer first; a refusal needs a reason to override."""
    stored = load(request, interview_id)
    interview = stored.interview
    now = clock.now()
    form = _log_form(interview, now)
    verdict: dict[str, Any] | None = None
    back = safe_next(request, reverse("web:interview", args=[interview_id]))
    # "Log it as sent" from a draft that carries others (a thank-you in the
    # check-in): each is offered, ticked, to be recorded with it.
    source = request.GET if request.method in ("GET", "HEAD") else request.POST
    carried = _carried_choices(source.getlist("covers"))
    if request.method in ("GET", "HEAD"):
        form.fill({k: request.GET[k] for k in ("action", "to") if k in request.GET})
        return _log_page(request, interview_id, interview, form, verdict, back, carried=carried)
    form.fill(request.POST)
    user = user_of(request)
    try:
        at = moment_of(form, "at", interview.tz, default=now)
    except InputError as exc:
        form.error("at", message_of(exc))
        return _log_page(request, interview_id, interview, form, verdict, back, 422, carried)
    answered = {"yes": True, "no": False}.get(form.value("answered"))
    try:
        logged = record_contact.log_contact(
            user,
            interview_id,
            now=now,
            action=form.value("action"),
            to=form.value("to") or None,
            at=at,
            answered=answered,
            letter=form["letter"].checked,
            # An empty box is no reason given: the guardrails' answer decides.
            override=form.value("override").strip() or None,
            covers=tuple(request.POST.getlist("covers")),
        )
    except services.Refused as exc:
        verdict = _verdict_context(exc.verdict, interview.tz, dates_for(user))
        form.error(
            "override",
            "The guardrails refuse this contact. Nothing was recorded. Give a reason "
            "here to record it anyway; it will be flagged in the history.",
        )
        return _log_page(request, interview_id, interview, form, verdict, back, 409, carried)
    except InputError as exc:
        form.error(exc.field.lstrip("-"), message_of(exc))
        return _log_page(request, interview_id, interview, form, verdict, back, 422, carried)
    what = LOGGED_WORDS[form.value("action")]
    # "Visit to the office to Rebecca Stein" reads wrong; whom they went to see.
    to = " to see" if form.value("action") == "visit" else " to"
    who = f"{to} {logged.name}" if logged.name else ""
    also = [_carried_words(c) for c in logged.carried]
    if also:
        who += f" (carrying {' and '.join(also)})"
    if logged.overridden:
        messages.warning(
            request,
            f"Recorded against the guardrails, flagged in the history: {what}{who}.",
        )
    else:
        # In the zone of the page it returns to, named as the page's times are: the
        # interview's own page keeps the interview's clock, the agenda and the
        # lists yours, the zone they are headed with (one zone per view, issue 16).
        own_page = back.startswith(reverse("web:interview", args=[interview_id]))
        dates = dates_for(user)
        shown = interview.tz if own_page else dates.home
        when = f"{dates.moment(logged.at, shown, mark=False)} ({place(shown)})"
        messages.success(request, f"Recorded: {what}{who}, {when}.")
    return HttpResponseRedirect(back)


def _carried_choices(ids: list[str]) -> list[dict[str, str]]:
    """The actions a draft said it carries, as the log form offers them: id and words."""
    from followup.writing.kinds import LABEL, NoteKind

    found = []
    for action_id in dict.fromkeys(ids):
        try:
            kind = NoteKind(action_id.partition(":")[0])
        except ValueError:
            # Recorded as given, the use case names the bad id in a sentence.
            found.append({"id": action_id, "words": action_id})
            continue
        label = LABEL[kind]
        found.append({"id": action_id, "words": f"your {label[:1].lower()}{label[1:]}"})
    return found


def _carried_words(contact: Contact) -> str:
    """'your thank-you note': a contact recorded for what a message carried."""
    from followup.writing.kinds import LABEL, NoteKind

    if contact.purpose is None:
        return "it"
    label = LABEL[NoteKind(contact.purpose.value)]
    return f"your {label[:1].lower()}{label[1:]}"


def _log_page(
    request: HttpRequest,
    interview_id: int,
    interview: Interview,
    form: Form,
    verdict: dict[str, Any] | None,
    back: str,
    status: int = 200,
    carried: list[dict[str, str]] | None = None,
) -> HttpResponse:
    return render(
        request,
        "web/log.html",
        {
            "id": interview_id,
            "interview": interview,
            "form": form,
            "carried": carried or [],
            "verdict": verdict,
            "next": back,
            "nav": "interviews",
        },
        status=status,
    )


@require_safe
def mark_done(request: HttpRequest, interview_id: int) -> HttpResponse:
    """Ask before the agenda's "Mark done" records a contact: what, to whom, by which
    channel and when, with the guardrails' answer; confirming posts to the log page.

    A contact recorded changes the plan (a thank-you marked done is never drafted
    again): like Delete and Remove, it is asked first, on a page of its own.
    """
    stored = load(request, interview_id)
    interview = stored.interview
    now = clock.now()
    back = safe_next(request, reverse("web:interview", args=[interview_id]))
    action = request.GET.get("action", "")
    to = request.GET.get("to", "") or None
    try:
        if not action:
            raise InputError("action", "the link names no action to mark done")
        if action not in ONE_CLICK_DONE:
            raise InputError("action", f"{action!r} cannot be marked done from the agenda")
        proposed = record_contact.proposal(interview, action, to, False)
        verdict = record_contact.judge(interview, proposed, now, stored.policy)
    except InputError as exc:
        text = message_of(exc)
        messages.error(request, f"Nothing was recorded: {text.rstrip('.')}.")
        return HttpResponseRedirect(back)
    user = user_of(request)
    dates = dates_for(user)
    # In the zone the agenda is headed with, as the "Recorded:" line after it says it.
    shown = (
        interview.tz
        if back.startswith(reverse("web:interview", args=[interview_id]))
        else (dates.home)
    )
    query = request.GET.urlencode()
    return render(
        request,
        "web/mark_done.html",
        {
            "id": interview_id,
            "interview": interview,
            "what": label(action, proposed.to),
            "action": action,
            "to": to or "",
            "by": "by post" if proposed.kind.value == "letter" else "by email",
            "when": f"{dates.moment(now, shown, mark=False)} ({place(shown)})",
            "verdict": _verdict_context(verdict, interview.tz, dates),
            "log_url": f"{reverse('web:log', args=[interview_id])}?{query}",
            "next": back,
            "nav": "agenda" if back == "/" else "interviews",
        },
    )


@require_POST
def check_contact(request: HttpRequest, interview_id: int) -> HttpResponse:
    """The guardrails' answer for the contact being logged, before saving (htmx)."""
    stored = load(request, interview_id)
    interview = stored.interview
    context: dict[str, Any] = {"verdict": None, "problem": None}
    try:
        form = _log_form(interview, clock.now())
        form.fill(request.POST)
        at = moment_of(form, "at", interview.tz, default=clock.now())
        proposed = record_contact.proposal(
            interview, form.value("action"), form.value("to") or None, form["letter"].checked
        )
        verdict = record_contact.judge(interview, proposed, at, stored.policy)
        context["verdict"] = _verdict_context(verdict, interview.tz, dates_for(user_of(request)))
    except InputError as exc:
        context["problem"] = message_of(exc)
    return render(request, "web/_verdict.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def reply(request: HttpRequest, interview_id: int) -> HttpResponse:
    stored = load(request, interview_id)
    interview = stored.interview
    now = clock.now()
    people = tuple((p.name, p.name) for p in interview.interviewers)
    form = Form(
        [
            Field(
                "at",
                "When they replied",
                kind="datetime-local",
                value=local_input(now, interview.tz),
                help=zone_help(interview),
            ),
            Field("sender", "Who replied", kind="select", choices=(("", "Not said"), *people)),
            Field(
                "check_back",
                "When they asked you to check back",
                kind="date",
                help="If they named a day: one more check-in opens that morning.",
            ),
            Field(
                "says",
                "What they said about next steps",
                kind="textarea",
                help="Their words, e.g. \u201cStill deciding, check back next week\u201d: "
                "a day or a timeframe in them opens one more check-in. Needed unless you "
                "give the day to check back: what they said decides what follows.",
            ),
        ]
    )
    if request.method == "POST":
        form.fill(request.POST)
        check_back: date | None = None
        try:
            check_back = parse_date(form.value("check_back") or None, "check_back")
        except InputError as exc:
            form.error("check_back", message_of(exc))
        if form.valid:
            try:
                at = moment_of(form, "at", interview.tz, default=now)
                replied = record_reply.record_reply(
                    user_of(request),
                    interview_id,
                    now=now,
                    at=at,
                    sender=form.value("sender") or None,
                    check_back=check_back,
                    says=form.value("says") or None,
                )
            except InputError as exc:
                form.error(exc.field, message_of(exc))
            else:
                opened = replied.opened if replied else None
                messages.success(
                    request, _reply_news(opened, interview, dates_for(user_of(request)))
                )
                return HttpResponseRedirect(reverse("web:interview", args=[interview_id]))
    return render(
        request,
        "web/simple_form.html",
        {
            "id": interview_id,
            "interview": interview,
            "form": form,
            "title": "They replied",
            "intro": "A reply from them makes the check-in and the call unnecessary, unless "
            "they ask you to check back: then one more check-in is planned.",
            "submit": "Record the reply",
            # Their words read as you type, as the new-interview form reads the next step.
            "reading_url": reverse("web:reply_read", args=[interview_id]),
            "nav": "interviews",
        },
        status=200 if form.valid else 422,
    )


@require_POST
def reply_preview(request: HttpRequest, interview_id: int) -> HttpResponse:
    """What a reply being typed asks for: one more check-in, and when it opens."""
    from followup.etiquette.model import Contact, ContactKind
    from followup.etiquette.planner import check_ins_of, request_lead

    stored = load(request, interview_id)
    interview = stored.interview
    user = user_of(request)
    dates = dates_for(user)
    context: dict[str, Any] = {"reading": None, "problem": None}
    form = Form([Field("at", "When they replied"), Field("check_back", ""), Field("says", "")])
    form.fill(request.POST)
    try:
        at = moment_of(form, "at", interview.tz, default=clock.now())
        check_back = parse_date(form.value("check_back") or None, "check_back")
        says = form.value("says").strip() or None
        reply = Contact(ContactKind.REPLY, at, check_back=check_back, says=says)
    except (InputError, ValueError) as exc:
        context["problem"] = message_of(exc) if isinstance(exc, InputError) else str(exc)
        return render(request, "web/_next_step.html", context)
    if not (says or check_back):
        return render(request, "web/_next_step.html", context)
    after = replace(interview, contacts=(*interview.contacts, reply))
    rounds = check_ins_of(after, services.policy_of(user)).rounds
    opened = next((r for r in rounds if r.request and r.request.reply == reply), None)
    context["reading"] = {
        "said": request_lead(opened.request, dates.day) if opened and opened.request else None,
        "check_in": dates.moment(opened.opens, interview.tz, short=False) if opened else None,
        "none": "no further check-in or call is planned",
    }
    return render(request, "web/_next_step.html", context)


def _reply_news(opened: CheckInRound | None, interview: Interview, dates: Dates) -> str:
    """What the plan expects after a reply, for the message shown on the interview page."""
    if opened is None or opened.request is None:
        return "Recorded their reply: no further check-in or call is planned."
    from followup.etiquette.planner import request_lead

    lead = request_lead(opened.request, dates.day)
    when = dates.moment(opened.opens, interview.tz, short=False)
    return f"Recorded their reply. {lead}: one more check-in opens {when}."


@require_http_methods(["GET", "HEAD", "POST"])
def outcome(request: HttpRequest, interview_id: int) -> HttpResponse:
    stored = load(request, interview_id)
    interview = stored.interview
    now = clock.now()
    current = interview.outcome
    form = Form(
        [
            Field(
                "kind",
                "How did it end?",
                kind="radio",
                choices=choices(OUTCOMES),
                value=current.kind.value if current else "",
                required=True,
            ),
            Field(
                "at",
                "When",
                kind="datetime-local",
                value=local_input(now, interview.tz),
                help=zone_help(interview),
            ),
            Field(
                "keep_in_touch",
                "After a rejection: I want to stay in touch (plans a bridge note)",
                kind="checkbox",
                value="on" if current and current.keep_in_touch else "",
            ),
        ]
    )
    if request.method == "POST":
        form.fill(request.POST)
        if not form.value("kind"):
            form.error("kind", "choose one")
        else:
            try:
                at = moment_of(form, "at", interview.tz, default=now)
                record_interview.record_outcome(
                    user_of(request),
                    interview_id,
                    now=now,
                    kind=form.value("kind"),
                    at=at,
                    keep_in_touch=form["keep_in_touch"].checked,
                )
            except InputError as exc:
                form.error(exc.field, message_of(exc))
            else:
                messages.success(request, "Outcome recorded; the plan is updated.")
                return HttpResponseRedirect(reverse("web:interview", args=[interview_id]))
    return render(
        request,
        "web/simple_form.html",
        {
            "id": interview_id,
            "interview": interview,
            "form": form,
            "title": "Outcome",
            "intro": "An outcome ends the check-in, the call and the move-on reminder; "
            "thank-you notes not yet sent stay on the plan.",
            "submit": "Record the outcome",
            "nav": "interviews",
        },
        status=200 if form.valid else 422,
    )


# -- drafts --------------------------------------------------------------------


@require_safe
def drafts(request: HttpRequest, interview_id: int) -> HttpResponse:
    return drafts_page(request, interview_id)


# Seconds a page may spend drafting and checking notes: past it, the drafts
# left are placeholders that say so and the checks left are `stopped`.
DRAFTS_BUDGET_SECONDS = 2.0


def budget(seconds: float) -> Callable[[], bool]:
    """`out_of_time` for the writing core: whether `seconds` have passed since now."""
    ends = time.monotonic() + seconds
    return lambda: time.monotonic() > ends


def drafts_page(
    request: HttpRequest,
    interview_id: int,
    *,
    edited: dict[str, str] | None = None,
    status: int = 200,
) -> HttpResponse:
    """The drafts; `edited` puts back one draft as typed, with the error of its Send button."""
    from followup.config import sender_from as sender_of
    from followup.delivery.eml import mailto
    from followup.writing.drafting import drafts as write
    from followup.writing.drafting import unsendable
    from followup.writing.kinds import LABEL
    from followup.writing.lint import lint

    stored = load(request, interview_id)
    interview = stored.interview
    now = clock.now()
    user = user_of(request)
    dates = dates_for(user)
    planned = services.plan_now(stored, now)
    out_of_time = budget(DRAFTS_BUDGET_SECONDS)
    live = live_messages(user, interview_id)
    # A message already queued is never folded into another one.
    result = write(
        interview,
        planned,
        sender_of(stored.settings),
        now=now,
        queued=set(live),
        out_of_time=out_of_time,
    )
    # A queued message that carries others still says so, and what it carries
    # is not offered again on its own (it goes with it: delivery.md).
    covered = {c for m in live.values() for c in (m.covers or ())}
    generated = [
        replace(d, covers=tuple(live[d.action_id].covers))
        if d.action_id in live and live[d.action_id].covers
        else d
        for d in result.drafts
        if d.action_id not in covered
    ]
    # The candidate's own words, saved as they typed, stand in for the draft.
    saved = saved_edits(user, interview_id)
    written = [
        replace(d, subject=saved[d.action_id].subject, body=saved[d.action_id].body)
        # A placeholder stays one: the saved words come back once it is written.
        if d.action_id in saved and not d.late
        else d
        for d in generated
    ]
    if edited is not None:
        # A line break in the subject is refused when sending; the page shows one line.
        subject = " ".join(edited["subject"].splitlines())
        written = [
            replace(d, subject=subject, body=edited["body"])
            if d.action_id == edited["action_id"]
            else d
            for d in written
        ]
    # One run, as `followup lint` reads them: notes too alike are found too.
    run = [_note_of(shown, draft) for shown, draft in zip(written, generated, strict=True)]
    # The page's time budget covers the check too: a note it did not reach
    # says so (`stopped`); a placeholder is not checked at all.
    words = config.value_of("words", stored.settings) or ()
    found = lint(
        [note for note, draft in zip(run, written, strict=True) if not draft.late],
        interview,
        words,
        out_of_time=out_of_time,
    )
    if any(d.late for d in written):
        messages.info(
            request,
            "Out of time: some drafts could not be prepared in time for this page. "
            "Open the drafts again to have them written.",
        )
    notes = []
    for number, (draft, note) in enumerate(zip(written, run, strict=True)):
        findings = [f for f in found if f.file == note.name]
        mine = edited is not None and draft.action_id == edited["action_id"]
        action = planned.action(draft.action_id)
        message = live.get(draft.action_id)
        opens = (
            action.not_before
            if action is not None and action.not_before.astimezone(UTC) > now.astimezone(UTC)
            else None
        )
        notes.append(
            {
                "n": number,
                "draft": draft,
                "label": by_post(LABEL[draft.kind], draft.email is not None),
                "findings": _findings(findings, note.body_line),
                "mailto": mailto(draft.email, draft.subject, draft.body),
                "words": len(draft.body.split()),
                "sendable": draft.email is not None
                and draft.kind.value != "voicemail"
                and not draft.late,
                "error": edited["error"] if edited is not None and mine else "",
                "saved": draft.action_id in saved,
                "missing": unsendable(draft.body),
                # Not ready to send: what the candidate must fill in first.
                "needs": draft.needs,
                # "May go from Tue 24 Nov, 09:00": a check-in shown before its window.
                "opens": dates.moment(opens) if opens is not None else "",
                "message": message_state(message, dates) if message is not None else None,
            }
        )
    if edited is not None and not any(note["error"] for note in notes):
        messages.error(request, edited["error"])
    return render(
        request,
        "web/drafts.html",
        {
            "id": interview_id,
            "interview": interview,
            "notes": notes,
            "hints": shown_all(result.hints, interview, interview_id),
            "notices": result.notices,
            "nav": "interviews",
        },
        status=status,
    )


def saved_edits(user: User, interview_id: int) -> dict[str, Any]:
    """The candidate's saved words for this interview's drafts, by action."""
    from followup.web.models import DraftEdit

    return {e.action_id: e for e in DraftEdit.objects.filter(user=user, interview_id=interview_id)}


def save_edit(user: User, interview_id: int, action_id: str, subject: str, body: str) -> None:
    from followup.web.models import DraftEdit

    DraftEdit.objects.update_or_create(
        user=user,
        interview_id=interview_id,
        action_id=action_id,
        defaults={"subject": subject, "body": body, "saved_at": clock.now()},
    )


def live_messages(user: User, interview_id: int) -> dict[str, Any]:
    """This interview's messages still in the outbox's hands, by action."""
    from followup.delivery.models import Message

    rows = Message.objects.filter(
        user=user, interview_id=interview_id, state__in=("queued", "sending", "failed", "unknown")
    ).order_by("id")
    return {m.action_id: m for m in rows}


def message_state(message: Any, dates: Dates) -> dict[str, Any]:
    """What the drafts page says of a queued or failed message: no internal number shown."""
    return {
        "number": message.pk,
        "state": message.state,
        "when": dates.moment(message.send_after),
        "error": message.last_error if message.state == "failed" else "",
    }


def _note_of(shown: Any, draft: Any) -> Any:
    """The note the linter reads; an edit it cannot read (an empty body) is linted as drafted."""
    from followup.writing.note import NoteError

    try:
        return shown.as_note()
    except NoteError:
        return draft.as_note()


def _findings(findings: list[Any], body_line: int) -> list[dict[str, Any]]:
    return [
        {
            "code": f.code.value,
            "label": f.code.value.replace("_", " "),
            "line": f.line - body_line + 1 if f.line >= body_line else None,
            "message": f.message,
        }
        for f in findings
    ]


def _posted_note(request: HttpRequest) -> Any:
    from followup.writing.kinds import NoteKind
    from followup.writing.note import Note

    try:
        kind = NoteKind(request.POST.get("kind", "thank_you"))
    except ValueError:
        return None
    body = request.POST.get("body", "").replace("\r\n", "\n")
    return Note(
        name=request.POST.get("action_id", "draft")[:100],
        body=body,
        kind=kind,
        to=request.POST.get("to") or None,
        subject=request.POST.get("subject") or None,
        subject_line=0 if request.POST.get("subject") else None,
    )


# The other drafts of the page, sent along so notes too alike are caught.
OTHERS_MAX = 20
OTHER_CHARS = 20_000


def _other_notes(text: str, own: str) -> list[Any]:

    from followup.fields import load_json
    from followup.writing.kinds import NoteKind
    from followup.writing.note import Note

    if len(text) > OTHERS_MAX * (OTHER_CHARS + 200):
        return []  # bounded before parsing
    try:
        # Depth-bounded: a body nested a thousand deep is no RecursionError.
        items = load_json(text) if text else []
    except (ValueError, RecursionError):
        return []
    notes = []
    for item in items[:OTHERS_MAX] if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        name, body = str(item.get("action_id", ""))[:100], str(item.get("body", ""))[:OTHER_CHARS]
        try:
            kind = NoteKind(str(item.get("kind", "")))
        except ValueError:
            continue
        if name and name != own and body.strip():
            notes.append(Note(name=name, body=body.replace("\r\n", "\n"), kind=kind))
    return notes


@require_POST
def lint_note(request: HttpRequest, interview_id: int) -> HttpResponse:
    """The linter's findings for one edited draft, and its refreshed mailto: link (htmx)."""
    from followup.delivery.eml import mailto
    from followup.writing.lint import lint

    stored = load(request, interview_id)
    note = _posted_note(request)
    if note is None:
        return HttpResponseBadRequest("unknown kind of note")
    n = request.POST.get("n", "0")
    if not digits(n, 4):
        return HttpResponseBadRequest("bad draft number")
    others = _other_notes(request.POST.get("others", ""), note.name)
    words = config.value_of("words", stored.settings) or ()
    action_id = request.POST.get("action_id", "")
    if action_id and note.body.strip() and len(action_id) <= 100:
        # Linted as you type, and saved as you type: a reload keeps your words.
        save_edit(user_of(request), interview_id, action_id, note.subject or "", note.body)
    found = (
        lint([note, *others], stored.interview, words, out_of_time=budget(DRAFTS_BUDGET_SECONDS))
        if note.body.strip()
        else []
    )
    findings = [f for f in found if f.file == note.name]
    return render(
        request,
        "web/_lint.html",
        {
            "n": n,
            "findings": _findings(findings, 1),
            "empty": not note.body.strip(),
            "mailto": mailto(request.POST.get("email"), note.subject or "", note.body),
            "words": len(note.body.split()),
            "oob": True,
            "saved": bool(action_id and note.body.strip()),
        },
    )


@require_POST
def revert_draft(request: HttpRequest, interview_id: int) -> HttpResponse:
    """Forget the saved words of one draft: the page shows the generated draft again."""
    from followup.web.models import DraftEdit

    load(request, interview_id)
    action_id = request.POST.get("action_id", "")
    DraftEdit.objects.filter(
        user=user_of(request), interview_id=interview_id, action_id=action_id
    ).delete()
    messages.success(request, "Back to the generated draft.")
    url = reverse("web:drafts", args=[interview_id])
    return HttpResponseRedirect(f"{url}#draft-{slugify(action_id)}")


@require_POST
def download_eml(request: HttpRequest, interview_id: int) -> HttpResponse:
    """The draft as typed, as an .eml file to open in a mail program."""
    from followup.delivery.eml import eml, filename

    stored = load(request, interview_id)
    settings = stored.settings
    body = request.POST.get("body", "")
    if not body.strip():
        return HttpResponseBadRequest("the note is empty")
    try:
        data = eml(
            subject=request.POST.get("subject", "")[: LIMITS["subject"]],
            body=body,
            to_name=(request.POST.get("to_name") or "")[: LIMITS["name"]] or None,
            to_address=(request.POST.get("email") or "")[: LIMITS["email"] + 1] or None,
            from_name=settings.get("name"),
            from_address=settings.get("email"),
            date=clock.now(),
        )
    except InputError as exc:  # an address no one could write to: a sentence, not a 500
        return HttpResponseBadRequest(exc.message, content_type="text/plain; charset=utf-8")
    response = HttpResponse(data, content_type="message/rfc822")
    name = filename(request.POST.get("action_id", "draft"))
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


# -- settings ------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
def settings_page(request: HttpRequest) -> HttpResponse:
    from followup.places import zone_warning
    from followup.settings_words import NUMBERS, SECTIONS, cited

    user = user_of(request)
    table = config.all_settings()
    stored = services.settings_of(user)

    def field(name: str, label: str, help: str) -> Field:
        setting = table[name]
        value = config.resolve(setting, stored)
        shown = "" if value.value is None else str(value.value).replace("\n", "\\n")
        origin = {"default": "the default", "machine": "from this computer"}.get(value.origin)
        if value.origin == "environment":
            origin = f"from {setting.env}"
        return Field(
            "s-" + name,
            label,
            kind="select" if name == "policy" else "text",
            value=shown,
            help=help + (f" ({origin})" if origin else ""),
            choices=(("default", "default"), ("reserved", "reserved")) if name == "policy" else (),
        )

    sections = []
    fields: list[Field] = []
    for key, title, intro, wordings in SECTIONS:
        group = [field(name, w.label, w.help) for name, w in wordings.items()]
        sections.append({"key": key, "title": title, "intro": intro, "fields": group})
        fields.extend(group)
    advanced = []
    for name, number in NUMBERS.items():
        if f"policy.{name}" in table:
            advanced.append(
                field(f"policy.{name}", number.label, f"{number.changes} {cited(number.sources)}")
            )
    fields.extend(advanced)
    # Anything the table holds that the page has no words for yet still shows.
    shown_names = {f.name for f in fields}
    for setting in table.values():
        if "s-" + setting.name not in shown_names:
            advanced.append(field(setting.name, setting.name, setting.help))
            fields.append(advanced[-1])
    form = Form(fields)
    if request.method == "POST":
        before = {f.name: f.value for f in fields}
        form.fill(request.POST)
        # All or nothing: a refused field leaves every other setting as it was.
        changes: dict[str, Any] = {}
        for setting in table.values():
            name = "s-" + setting.name
            if form[name].value == before[name]:
                continue
            text = form[name].value.strip()
            try:
                changes[setting.name] = setting.parse(text) if text else None
            except InputError as exc:
                form.error(name, message_of(exc))
        if form.valid and changes:
            try:
                services.set_settings(user, changes)
            except InputError as exc:
                where = "s-" + exc.field if "s-" + exc.field in before else "s-subdivision"
                form.error(where, message_of(exc))
        changed = len(changes)
        zone = changes.get("timezone")
        warning = zone_warning(form["s-timezone"].value.strip()) if zone else None
        if form.valid and warning:  # "EST": kept, but said (issue 16)
            messages.warning(request, f"Saved, but {warning}.")
        if form.valid:
            messages.success(
                request,
                f"Saved {changed} setting{'' if changed == 1 else 's'}."
                if changed
                else "Nothing changed.",
            )
            return HttpResponseRedirect(reverse("web:settings"))
    from followup.web.delivery import calendar_state, mail_state

    return render(
        request,
        "web/settings.html",
        {
            "form": form,
            "sections": sections,
            "advanced": advanced,
            "advanced_open": any(f.error for f in advanced),
            "calendar": calendar_state(user),
            "mail": mail_state(user),
            "nav": "settings",
        },
        status=200 if form.valid else 422,
    )


@require_http_methods(["GET", "POST"])
def references_page(request: HttpRequest) -> HttpResponse:
    """Your references, one per line, for the references email (issue #11)."""
    from followup.errors import InputError

    user = user_of(request)
    stored = services.settings_of(user).get("references") or []
    value = "\n".join(
        "; ".join(r[k] for k in ("name", "relationship", "email", "phone") if r.get(k))
        for r in stored
        if isinstance(r, dict)
    )
    error = ""
    if request.method == "POST":
        value = request.POST.get("references", "")[:20_000]
        try:
            parsed = config.find("references").parse(value)
        except InputError as exc:
            error = exc.message
        else:
            if parsed:
                services.set_setting(user, "references", parsed)
            else:
                services.unset_setting(user, "references")
            messages.success(request, f"References saved: {len(parsed or [])}.")
            return HttpResponseRedirect(reverse("web:references"))
    return render(
        request,
        "web/references.html",
        {"value": value, "error": error, "nav": "settings"},
        status=422 if error else 200,
    )
