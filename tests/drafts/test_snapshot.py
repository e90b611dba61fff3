"""Every draft of the 30 review records, kept in `snapshot.txt` and reviewed.

A wording change shows as a diff of that file. After changing the drafts on
purpose, regenerate it and read the diff before committing:

    .venv/bin/python -m tests.drafts.render --update
"""

from __future__ import annotations

import difflib

from tests.drafts.render import SNAPSHOT, render


def test_the_drafts_match_the_reviewed_snapshot() -> None:
    made = render()
    kept = SNAPSHOT.read_text(encoding="utf-8")
    if made != kept:
        diff = "".join(
            difflib.unified_diff(
                kept.splitlines(keepends=True),
                made.splitlines(keepends=True),
                "snapshot.txt",
                "now",
                n=1,
            )
        )
        raise AssertionError(
            "The drafts changed; review the diff, then regenerate with "
            "`.venv/bin/python -m tests.drafts.render --update`:\n" + diff[:6000]
        )
