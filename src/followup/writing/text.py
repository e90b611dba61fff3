"""Small text helpers shared by drafting and linting: words, sentences, likeness."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# A word: letters and digits, with inner apostrophes or hyphens ("don't", "on-call").
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Addresses, links and bare domains ("linkedin.com/in/name" in a signature) are
# not prose: blanked out (same length, so offsets hold) before spelling and
# counts. A top-level domain needs two letters or more: "e.g." stays prose.
# Linear in the text's length (a pasted 100,000-character word must not stall
# a page): the address's local part can only start where a run of its
# characters starts (the lookbehind), so no start inside a long run rescans
# it; the bare domain's labels are bounded as DNS bounds them (63 characters,
# a few levels). `prose` applies it only to runs that hold a '.' or '://'.
NOT_PROSE = re.compile(
    r"(?<![^\s@<>()])[^\s@<>()]+@[^\s@<>()]+\.\w+|(?:https?://|www\.)\S+"
    r"|\b[^\W_][\w-]{0,62}(?:\.[\w-]{1,63}){0,8}\.[a-z]{2,63}\b(?:/\S*)?",
    re.IGNORECASE,
)
# Every match of NOT_PROSE lies inside one run of non-space characters.
RUN = re.compile(r"\S+")
# A sentence ends at a run of stops (matched only where the run starts, so a
# line of 100,000 "!" is read once, not once per character) and a space; not
# at the stop of a title before a name ("my regards to Mr. Ramaswamy and the
# panel" is one sentence: set 12, studied, had its end read alone as casual).
_TITLES = "".join(rf"(?<!\b{t})" for t in ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Fr", "Rev"))
SENTENCE_END = re.compile(rf"(?<![.!?]){_TITLES}[.!?]++[\"”’)]*+\s+|\n\s*\n")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    # First word of a sentence or of a line: a capital there says nothing.
    initial: bool


def fold(text: str) -> str:
    """Lower case without accents, with straight apostrophes: for comparing words."""
    plain = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def prose(text: str) -> str:
    if "." not in text and "://" not in text:
        return text

    def blank(run: re.Match[str]) -> str:
        word = run.group()
        if "." not in word and "://" not in word:
            return word
        return NOT_PROSE.sub(lambda m: " " * len(m.group()), word)

    return RUN.sub(blank, text)


def tokens(text: str) -> Iterator[Token]:
    text = prose(text)
    for match in WORD.finditer(text):
        yield Token(match.group(), match.start(), _is_initial(text, match.start()))


def _is_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"“‘'([":
        i -= 1
    return i < 0 or text[i] in "\n.!?:;"


def words(text: str) -> list[str]:
    """The folded words of `text`, in order."""
    return [fold(t.text) for t in tokens(text)]


def count_words(text: str) -> int:
    return sum(1 for _ in WORD.finditer(prose(text)))


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """Each sentence (or line-like fragment) with its offset in `text`."""
    start = 0
    for match in SENTENCE_END.finditer(text):
        if text[start : match.start()].strip():
            yield start, text[start : match.end()]
        start = match.end()
    if text[start:].strip():
        yield start, text[start:]


def line_of(text: str, offset: int) -> int:
    """0-based line of `offset` within `text` (for many offsets, use `LineIndex`)."""
    return text.count("\n", 0, offset)


class LineIndex:
    """0-based lines of offsets into one text: counting newlines afresh for every
    word of a long note took time quadratic in its length."""

    def __init__(self, text: str) -> None:
        self._breaks = [m.start() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect_left(self._breaks, offset)


def shingles(items: Iterable[str], size: int = 3) -> set[tuple[str, ...]]:
    seq = list(items)
    if len(seq) < size:
        return {tuple(seq)} if seq else set()
    return {tuple(seq[i : i + size]) for i in range(len(seq) - size + 1)}


def jaccard(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def likeness(a: str, b: str, mask: Iterable[str] = ()) -> float:
    """How alike two texts are: the Jaccard index of their three-word runs.

    Words in `mask` (names) count as one placeholder, so two notes that
    differ only in the name they greet are as alike as identical ones.
    """
    hidden = {fold(word) for word in mask}

    def runs(text: str) -> set[tuple[str, ...]]:
        return shingles("<name>" if w in hidden else w for w in words(text))

    return jaccard(runs(a), runs(b))


def within_one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long_ = (a, b) if la < lb else (b, a)
    # One deletion from the longer: skip the first difference, the rest must agree
    # (one pass, not a copy per position: a long word must not take quadratic time).
    first = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    return short[first:] == long_[first + 1 :]


def same_stem(a: str, b: str) -> bool:
    """A crude match of word forms: 'modelling' ~ 'models', 'ingest' ~ 'ingestion'."""
    if a == b:
        return True
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= min(len(a), len(b), 5) and min(len(a), len(b)) >= 4


# Titles before a name: greeted with the surname ("Dr. Patel"), never alone.
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam", "chef", "rev",
     "revd", "reverend", "dame", "lt", "lieutenant", "capt", "captain", "sgt", "sergeant",
     "col", "colonel", "maj", "major", "cmdr", "commander", "det", "detective", "insp",
     "inspector", "supt", "superintendent", "chief", "sister", "matron"}
)  # fmt: skip


def greeting_name(name: str) -> str:
    """How a note greets `name`: 'Priya' for Priya Raman, 'Dr. Patel' for Dr. Patel,
    'Prof. López' for Prof. Ana María López, 'J. R. Smith' when the first name
    is only an initial (a lone initial is no way to greet anyone)."""
    parts = name.split()
    if not parts:
        return name
    if len(parts) > 1 and fold(parts[0]).rstrip(".") in HONORIFICS:
        return f"{parts[0]} {parts[-1]}"
    if len(parts) > 1 and _initial(parts[0]):
        return name
    return parts[0]


def _initial(part: str) -> bool:
    """'J.', 'J', 'J.R.': initials rather than a name."""
    letters = [piece for piece in part.split(".") if piece]
    return bool(letters) and all(len(piece) == 1 for piece in letters)
