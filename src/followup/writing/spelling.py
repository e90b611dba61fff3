"""Is this word spelled right? pyspellchecker's English dictionary, plus our words.

The dictionary (about 160,000 words with their frequencies) ships with the
pyspellchecker package, so this works offline. On top of it:

1. `data/known_words.txt`: terms of the trades our users interview in
   ("onboarding", "Kubernetes", "dbt") that the dictionary lacks.
2. Regular word forms: a word made of a known stem and a common ending or
   prefix ("backfills", "dashboarding", "replatform") is known, unless one
   edit away there is a common word it is more likely a slip for
   ("begining" is "beginning", not "begin" + "ing").

Only one-edit neighbours are ever computed: pyspellchecker's two-edit search
takes a second or more on a long word, which would blow the time budget.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spellchecker import SpellChecker

# A one-edit neighbour this frequent (per the dictionary's counts) means an
# unknown word is a slip, not a regular form of some rare stem.
COMMON = 1000

SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ers", ""),
    ("er", ""),
    ("er", "e"),
    ("ly", ""),
    ("able", ""),
    ("ability", ""),
    ("ization", "ize"),
    ("isation", "ise"),
    # British -ise spellings where the dictionary holds only the -ize form.
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("isation", "ization"),
)
PREFIXES = ("re", "un", "non", "pre", "co", "sub", "multi", "over", "under", "cross", "auto")


def load_words(name: str) -> frozenset[str]:
    """A word list of this package: words split by white space, `#` starts a comment."""
    text = resources.files("followup.writing").joinpath("data", name).read_text("utf-8")
    return frozenset(
        word.lower() for line in text.splitlines() for word in line.split("#", 1)[0].split()
    )


class Speller:
    def __init__(self) -> None:
        self._checker = SpellChecker(language="en", distance=1)
        self._counts = self._checker.word_frequency.dictionary
        self.extra = load_words("known_words.txt")
        self._cache: dict[str, bool] = {}

    def frequency(self, word: str) -> int:
        return int(self._counts.get(word, 0))

    def in_dictionary(self, word: str) -> bool:
        return word in self._counts or word in self.extra

    def known(self, word: str) -> bool:
        """`word` (lower case) is in the dictionary, our list, or a regular form of them."""
        cached = self._cache.get(word)
        if cached is None:
            cached = self.in_dictionary(word) or self._regular_form(word)
            self._cache[word] = cached
        return cached

    def neighbours(self, word: str) -> list[str]:
        """Known words one edit away, most frequent first (ties alphabetically)."""
        edits = self._checker.edit_distance_1(word)
        found = [w for w in edits if self.in_dictionary(w) and w != word]
        return sorted(found, key=lambda w: (-self.frequency(w), w))

    def suggestion(self, word: str) -> str | None:
        found = self.neighbours(word)
        return found[0] if found else None

    def _regular_form(self, word: str) -> bool:
        stems = list(self._stems(word))
        if any(stem in self.extra for stem in stems):
            return True
        if not any(stem in self._counts for stem in stems):
            return False
        return not any(self.frequency(w) >= COMMON for w in self.neighbours(word))

    def _stems(self, word: str) -> list[str]:
        found: list[str] = []
        for prefix in PREFIXES:
            rest = word.removeprefix(prefix).lstrip("-")
            if rest != word and len(rest) >= 4:
                found.append(rest)
        for base in [word, *found]:
            for ending, replacement in SUFFIXES:
                if base.endswith(ending) and len(base) - len(ending) >= 3:
                    stem = base[: -len(ending)] + replacement
                    found.append(stem)
                    # "shipped" -> "shipp" -> "ship"
                    if len(stem) >= 4 and stem[-1] == stem[-2] and not replacement:
                        found.append(stem[:-1])
        return found


@lru_cache(maxsize=1)
def speller() -> Speller:
    """The one shared speller: loading the dictionary takes a few hundred ms."""
    return Speller()
