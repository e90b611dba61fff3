"""The house policy: defaults the centre sets for its candidates, who see them and override.

An administrator sets a value of a few settings of `config` (the rule book's
variant, e.g. "reserved" for the thank-you after a silent week; the zone, the
country, the nudge). A new account starts with them (`services.set_setting`,
which recomputes the plans when the rules change); a candidate sees the
centre's value beside their own on the House policy page, takes it with one
click, or sets their own on the Settings page. A change of the house policy
applies to accounts made afterwards: no one's own choice is overwritten.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from followup import config
from followup.coaching.models import HousePolicy
from followup.coaching.shell import asking, server_only, staff_only
from followup.errors import InputError
from followup.store import services
from followup.store.models import User
from followup.web import clock

# The settings a centre may set a default for (none that is about the person).
HOUSE = ("policy", "timezone", "country", "subdivision", "nudge_below")


def house_policy() -> dict[str, Any]:
    return dict(HousePolicy.objects.filter(name__in=HOUSE).values_list("name", "value"))


def set_house(admin: User, typed: dict[str, str], now: datetime) -> dict[str, str]:
    """Save the typed defaults (empty: no default); returns each field's error, saving none then."""
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name in HOUSE:
        text = typed.get(name, "").strip()
        if not text:
            values[name] = None
            continue
        try:
            values[name] = config.find(name).parse(text)
        except InputError as exc:
            errors[name] = exc.message.removeprefix(f"{exc.field}: ")
    if errors:
        return errors
    with transaction.atomic():
        for name, value in values.items():
            if value is None:
                HousePolicy.objects.filter(name=name).delete()
            else:
                HousePolicy.objects.update_or_create(
                    name=name, defaults={"value": value, "updated_by": admin, "updated": now}
                )
    return {}


def start_with_house(user: User) -> None:
    """A new account's first settings: the house policy."""
    for name, value in house_policy().items():
        services.set_setting(user, name, value)


def _rows(user: User | None) -> list[dict[str, Any]]:
    house = house_policy()
    own = services.settings_of(user) if user is not None else {}
    return [
        {
            "name": name,
            "help": config.find(name).help,
            "house": house.get(name),
            "own": own.get(name),
            "in_force": config.value_of(name, own),
        }
        for name in HOUSE
    ]


@staff_only
@require_http_methods(["GET", "HEAD", "POST"])
def policy_page(request: HttpRequest) -> HttpResponse:
    errors: dict[str, str] = {}
    typed: dict[str, str] = {}
    if request.method == "POST":
        typed = {name: request.POST.get(name, "")[:200] for name in HOUSE}
        errors = set_house(asking(request), typed, clock.now())
        if not errors:
            messages.success(request, "House policy saved: new accounts start with it.")
            return HttpResponseRedirect(reverse("accounts:policy"))
    rows = _rows(None)
    for row in rows:
        row["typed"] = typed.get(row["name"], "" if row["house"] is None else str(row["house"]))
        row["error"] = errors.get(row["name"], "")
    return render(
        request,
        "coaching/policy.html",
        {"rows": rows, "nav": "people"},
        status=400 if errors else 200,
    )


@server_only
@require_safe
def house_page(request: HttpRequest) -> HttpResponse:
    return render(
        request, "coaching/house.html", {"rows": _rows(asking(request)), "nav": "sharing"}
    )


@server_only
@require_POST
def adopt(request: HttpRequest) -> HttpResponse:
    """Take the centre's value of one setting."""
    name = request.POST.get("name", "")
    house = house_policy()
    if name not in HOUSE or name not in house:
        raise Http404("no such house default")
    user = asking(request)
    try:
        services.set_setting(user, name, house[name])
    except InputError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"{name}: now the centre's {house[name]}.")
    return HttpResponseRedirect(reverse("coaching:house"))
