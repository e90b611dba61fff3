"""The calendar invitation an interview was added from, as the store keeps it.

`models.Interview`'s columns of the same names: the event's UID and SEQUENCE
(so a later update or cancellation of it is recognised), the place and the
video link (shown, never planned on). They are not facts the rules read, so
they are not part of `etiquette.model.Interview`; the export writes them
beside each interview (`store.exchange`) and the import gives them back.
Free of Django: the export reads the store with `sqlite3`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from followup import fields
from followup.errors import InputError

# As long as the columns (store.models.Interview).
LIMITS = {"invite_uid": 255, "location": 500, "video_link": 1000}
KEYS = ("invite_uid", "invite_sequence", "location", "video_link")


class Invitation(NamedTuple):
    invite_uid: str = ""
    invite_sequence: int = 0
    location: str = ""
    video_link: str = ""

    def as_fields(self) -> dict[str, Any]:
        """The export's keys for it: only those set, so an interview typed in is unchanged."""
        return {k: v for k, v in self._asdict().items() if v}


NO_INVITATION = Invitation()


def take(item: dict[str, Any], where: str) -> Invitation:
    """Pop and check the invitation's keys of one exported interview; each error names its field."""
    given: Mapping[str, Any] = {k: item.pop(k) for k in KEYS if k in item}
    if not given:
        return NO_INVITATION
    text = {
        name: fields.line(given.get(name), f"{where}.{name}", limit=limit) or ""
        for name, limit in LIMITS.items()
    }
    raw = given.get("invite_sequence")
    sequence = 0 if raw is None else fields.integer(raw, f"{where}.invite_sequence", high=2**31 - 1)
    link = text["video_link"]
    if link and not link.lower().startswith(("https://", "http://")):
        raise InputError(f"{where}.video_link", "must be a web address (https://...)")
    return Invitation(text["invite_uid"], sequence, text["location"], link)
