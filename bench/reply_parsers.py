"""Reply parsers measured on our reference replies: which keeps only the sender's words?

    .venv/bin/python bench/reply_parsers.py [talon]

Each reference reply under tests/inbox/replies (tuned on) and tests/inbox/heldout
(written before any tuning, never tuned on) has the sender's own words in
expected.json. A parser scores a file when its output, on one line, is exactly
those words; it *leaks* when the candidate's quoted "I will check back next
Tuesday" survives (the harm issue 15 names). Libraries that are not installed
are skipped; talon needs its own old dependencies (scikit-learn), so
`talon` as the argument runs only it, from whatever environment has it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from followup.inbox.text import body_text, parse

ROOT = Path(__file__).resolve().parents[1] / "tests" / "inbox"
LEAK = "check back next tuesday"


def parsers() -> dict[str, Callable[[str], str]]:
    found: dict[str, Callable[[str], str]] = {}
    if sys.argv[1:] == ["talon"]:
        from talon import quotations  # type: ignore[import-not-found]

        found["talon 1.4.4"] = lambda text: quotations.extract_from_plain(text)
        return found
    try:
        from email_reply_parser import EmailReplyParser  # type: ignore[import-not-found]

        found["email-reply-parser"] = lambda text: EmailReplyParser.parse_reply(text)
    except ImportError:
        pass
    try:
        from mailparser_reply import EmailReplyParser as Mpr  # type: ignore[import-not-found]
        from mailparser_reply.constants import MAIL_LANGUAGES  # type: ignore[import-not-found]

        every = Mpr(languages=list(MAIL_LANGUAGES))
        found["mail-parser-reply (all languages)"] = lambda text: every.parse_reply(text) or ""
    except ImportError:
        pass
    try:
        import quotequail  # type: ignore[import-not-found]

        def quail(text: str) -> str:
            return "\n".join(t for own, t in quotequail.quote(text) if own)

        found["quotequail"] = quail
    except ImportError:
        pass
    try:
        from followup.inbox.words import own_words

        found["followup.inbox.words"] = lambda text: own_words(text) or ""
    except ImportError:
        pass
    return found


def flat(text: str) -> str:
    return " ".join(text.split())


def main() -> None:
    for name, parser in parsers().items():
        for folder in ("replies", "heldout"):
            expected = json.loads((ROOT / folder / "expected.json").read_text())
            exact = leaks = 0
            misses = []
            for file, words in sorted(expected.items()):
                text = body_text(parse((ROOT / folder / file).read_bytes()))
                got = flat(parser(text))
                exact += got == words
                leaks += LEAK in got.lower()
                if got != words:
                    misses.append(file)
            print(
                f"{name:36} {folder:8} exact {exact}/{len(expected)}  leaks {leaks}  "
                f"missed: {', '.join(misses)}"
            )


if __name__ == "__main__":
    main()
