"""The five published articles behind the rule book (../shared/ETIQUETTE.md).

The product cites them by id and title; it never quotes them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Source:
    id: str
    title: str

    def as_dict(self) -> dict[str, str]:
        return {"id": self.id, "title": self.title}


S0 = Source("S0", "How to Handle Follow Ups After an Interview (2014)")
S1 = Source("S1", "Following Up After an Interview: Persistent or Pesky?")
S2 = Source("S2", 'Interview follow-up methods and tips ("mandatory optional")')
S3 = Source("S3", "Do's and Don'ts for Following Up After a Job Interview")
S4 = Source("S4", "How to Master Interview Follow-Up")

ALL: dict[str, Source] = {s.id: s for s in (S0, S1, S2, S3, S4)}


def cite(*ids: str) -> tuple[Source, ...]:
    """Sources by id, in the order the rule book lists them."""
    return tuple(ALL[i] for i in ids)
