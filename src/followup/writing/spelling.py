"""Is this word spelled right? Hunspell's English dictionaries, plus our words.

The dictionary is the union of the Hunspell dictionaries en_US, en_GB, en_CA
and en_AU, expanded into every form they accept (`data/hunspell_en.txt.gz`,
built from Debian's hunspell-en-* by `make dictionary`, model/dictionary.py).
SCOWL's larger lists (`data/scowl_en_huge.txt.gz`, Debian's wamerican-huge
and wbritish-huge, model/wordlist.py) add rare but correct words, each unless
a common word is one edit away. pyspellchecker's English list (about
160,000 words with their frequencies, offline; written to
`data/word_counts.txt.gz` by model/word_counts.py, which loads three times
faster than the package's own JSON) is used only for how common a word is:
to rank suggestions and to tell a slip from a regular form. A word it has
that Hunspell lacks is not known (its list, built from subtitles, holds
common misspellings). On top:

1. `data/known_words.txt`: terms of the trades our users interview in
   ("onboarding", "Kubernetes", "dbt") that the dictionary lacks.
2. British spellings ("colour", "organisation", "centre", "travelled"):
   the dictionary leans American, so a word is known when a British-to-
   American rewrite turns it into a dictionary word.
3. Regular word forms: a word made of a known stem and a common ending or
   prefix ("backfills", "dashboarding", "geotechnical"), or of two common
   words ("stormwater"), is known, unless one edit away there is a common
   word it is more likely a slip for ("begining" is "beginning", not
   "begin" + "ing"). A few run-together phrases ("alot", "eachother") are
   always mistakes.

Only one-edit neighbours are ever computed (`one_edit`, pyspellchecker's
search over the list's letters): a two-edit search takes a second or more on
a long word, which would blow the time budget.
"""

from __future__ import annotations

import gzip
import re
import string
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

# A one-edit neighbour this frequent (per the dictionary's counts) means an
# unknown word is a slip, not a regular form of some rare stem.
COMMON = 1000
# The shortest participle "un" is put before freely ("unused" is listed anyway).
NEGATED_STEM = 5
# From this length an unknown word two edits from a common word is a slip
# for it ("greatful", "tommorow", "desicion"); a shorter one two edits from
# a common word is as likely a trade word ("kveik" and "veil").
TWO_EDITS_FROM = 7

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
)
# British spellings the dictionary lacks ("colour", "organisation", "centre"):
# the American form it has, reached by one of these rewrites (or several).
BRITISH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"our(?=s?$|ed$|ing$|ful|able|ite|ism|less)", "or"),
        (r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"),
        (r"ys(e|es|ed|ing)$", r"yz\1"),
        (r"tre(s?)$", r"ter\1"),
        (r"ogue(s?)$", r"og\1"),
        (r"ence(s?)$", r"ense\1"),
        (r"([aeiou])([lp])\2(ed|ing|er|ers|or|ors)$", r"\1\2\3"),
        (r"amme(s?)$", r"am\1"),
        (r"gement(s?)$", r"gment\1"),
        (r"ae", "e"),
        (r"oe", "e"),
    )
)
_DOUBLED_BRITISH = next(pattern for pattern, _ in BRITISH if "[lp]" in pattern.pattern)
# Words this long or longer are checked for a British "ae"/"oe" form; shorter
# ones are too often a slip ("shes" is not "shoes").
AMERICAN_AT_LEAST = 7
# Prefixes and combining forms that make new words from known ones
# ("replatform", "geotechnical", "pharmacovigilance", "counterparty").
PREFIXES = (
    "re", "un", "non", "pre", "co", "sub", "multi", "over", "under", "cross", "auto", "post",
    "semi", "mid", "mini", "micro", "macro", "mega", "meta", "hyper", "super", "ultra", "inter",
    "intra", "geo", "bio", "eco", "neuro", "cyber", "tele", "pharmaco", "electro", "hydro",
    "thermo", "photo", "counter", "cardio", "psycho", "socio", "de", "anti", "self", "pro",
    "haemo", "hemo", "immuno", "palaeo", "paleo", "litho", "petro", "nano", "aero", "agri",
    "agro", "chemo", "cryo", "cyto", "gastro", "histo", "onco", "patho", "physio", "radio",
    "seismo", "toxico", "nephro", "opto",
)  # fmt: skip
# Closed compounds of two common words ("stormwater", "codebase") are known;
# both halves need this many letters, so "alot" and "infact" are not.
COMPOUND_PART = 4
# A common stem this long or longer makes a regular form known against an
# unrelated common neighbour (`Speller._own_form`).
OWN_STEM = 4
# Run-together phrases that look like compounds but are mistakes.
RUN_ONS: dict[str, str] = {
    "alot": "a lot",
    "aswell": "as well",
    "atleast": "at least",
    "eachother": "each other",
    "everytime": "every time",
    "incase": "in case",
    "infact": "in fact",
    "inspite": "in spite",
    "noone": "no one",
    "thankyou": "thank you",
    "ontop": "on top",
    "alittle": "a little",
}


# Dictionary words that in a note to an employer are nearly always a slip for
# a commoner one ("wether" is a ram; the writer meant "whether").
SLIPS: dict[str, str] = {
    "wether": "whether",
    "wich": "which",
    "thier": "their",
    "untill": "until",
    "occured": "occurred",
    # Round nine: a calender presses cloth; a note means the calendar.
    "calender": "calendar",
}


def load_words(name: str) -> frozenset[str]:
    """A word list of this package: words split by white space, `#` starts a comment."""
    text = resources.files("followup.writing").joinpath("data", name).read_text("utf-8")
    return frozenset(
        word.lower() for line in text.splitlines() for word in line.split("#", 1)[0].split()
    )


# No English word is longer (pneumonoultramicroscopicsilicovolcanoconiosis):
# a longer "word" is never looked for one edit away or as two words joined.
LONGEST_WORD = 45


def load_dictionary(name: str = "hunspell_en.txt.gz") -> frozenset[str]:
    """Every word form of the Hunspell dictionaries, in lower case."""
    raw = resources.files("followup.writing").joinpath("data", name).read_bytes()
    return frozenset(gzip.decompress(raw).decode("utf-8").split())


@lru_cache(maxsize=1)
def dictionary_names() -> frozenset[str]:
    """Words the dictionaries have only with a capital: first names, places ("maria")."""
    return load_dictionary("hunspell_en_names.txt.gz")


class Counts(NamedTuple):
    """pyspellchecker's English list as data/word_counts.txt.gz keeps it."""

    counts: dict[str, int]
    # The letters its words are made of, and its longest word: the one-edit
    # search tries those letters, and leaves a far longer "word" alone.
    letters: str
    longest: int


def load_counts(name: str = "word_counts.txt.gz") -> Counts:
    """The word counts: a heading line, then one line per count with its words."""
    raw = resources.files("followup.writing").joinpath("data", name).read_bytes()
    heading, *lines = gzip.decompress(raw).decode("utf-8").splitlines()
    letters, longest = heading.rsplit(" ", 2)[-2:]
    counts: dict[str, int] = {}
    for line in lines:
        count, _, words = line.partition(" ")
        counts.update(dict.fromkeys(words.split(), int(count)))
    return Counts(counts, letters, int(longest))


def one_edit(word: str, counts: Counts) -> set[str]:
    """Every string one edit (a letter dropped, swapped with the next, changed
    or added) from `word`, over the list's letters: pyspellchecker's
    `edit_distance_1`, which would need its half-second JSON loaded to know
    them (tests/test_lint_spelling_counts.py compares the two)."""
    word = word.lower()
    if (len(word) == 1 and word in string.punctuation) or len(word) > counts.longest + 3:
        return {word}
    if word not in ("nan", "inf", "infinity"):
        try:  # a number has no spelling
            float(word)
            return {word}
        except ValueError:
            pass
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [head + tail[1:] for head, tail in splits if tail]
    swaps = [head + tail[1] + tail[0] + tail[2:] for head, tail in splits if len(tail) > 1]
    changes = [head + c + tail[1:] for head, tail in splits if tail for c in counts.letters]
    additions = [head + c + tail for head, tail in splits for c in counts.letters]
    return set(deletes + swaps + changes + additions)


class Speller:
    def __init__(self) -> None:
        # The word counts (a tenth of a second to read) are loaded on the
        # first word the dictionary lacks: a note of dictionary words never asks.
        self._frequencies: Counts | None = None
        self.words = load_dictionary()
        self.extra = load_words("known_words.txt")
        self._huge: frozenset[str] | None = None
        self._cache: dict[str, bool] = {}
        self._neighbours: dict[str, list[str]] = {}
        # Common words by their first two letters and length (`two_edits`).
        self._common: dict[tuple[str, int], list[str]] | None = None
        self._buckets: dict[tuple[str, int], list[tuple[str, str]]] = {}

    def forget(self) -> None:
        """Empty the memo of words looked up (for measuring a cold lookup)."""
        self._cache.clear()
        self._neighbours.clear()

    @property
    def huge(self) -> frozenset[str]:
        """SCOWL's "huge" lists beyond Hunspell's forms: rare but correct words
        of specialist work ("densification"), known unless a common word is
        one edit away ("wich" is a slip for "which", not the Scots word).
        Loaded on the first word nothing else knows (about 0.05 s)."""
        if self._huge is None:
            self._huge = load_dictionary("scowl_en_huge.txt.gz")
        return self._huge

    @property
    def _loaded(self) -> Counts:
        if self._frequencies is None:
            self._frequencies = load_counts()
        return self._frequencies

    @property
    def _counts(self) -> dict[str, int]:
        return self._loaded.counts

    def frequency(self, word: str) -> int:
        return int(self._counts.get(word, 0))

    def in_dictionary(self, word: str) -> bool:
        return word in self.words or word in self.extra

    def known(self, word: str) -> bool:
        """`word` (lower case) is in the dictionary, our list, or a regular form of them."""
        cached = self._cache.get(word)
        if cached is None:
            cached = (
                word not in RUN_ONS
                and word not in SLIPS
                and (
                    self.in_dictionary(word)
                    or self._british(word)
                    or self._regular_form(word)
                    or self._compound(word)
                    or self._negated(word)
                    or (word in self.huge and not self._slip(word))
                )
            )
            self._cache[word] = cached
        return cached

    def _negated(self, word: str) -> bool:
        """'unvested', 'unbilled', 'unredacted': "un" before a known participle,
        a form English makes freely and dictionaries list only in part."""
        stem = word[2:]
        return (
            word.startswith("un")
            and len(stem) >= NEGATED_STEM
            and stem.endswith(("ed", "ing"))
            and self.known(stem)
        )

    def _british(self, word: str) -> bool:
        """'colour', 'organisation', 'travelled': a British form of a known word."""
        forms = {word}
        for pattern, replacement in BRITISH:
            if pattern is not _DOUBLED_BRITISH:
                forms |= {pattern.sub(replacement, form) for form in forms}
        if any(self.in_dictionary(form) for form in forms - {word}):
            return True
        # The doubled consonant ("refuelled", "relabelling") only towards a
        # rare American form: the British dictionary has the British forms of
        # common words, so a common word reached this way ("propper" for
        # "proper") was never its British form.
        doubled = {_DOUBLED_BRITISH.sub(r"\1\2\3", form) for form in forms} - forms
        if any(self.in_dictionary(form) and self.frequency(form) < COMMON for form in doubled):
            return True
        # The American form of a word only the British dictionary has
        # ("hemodynamic" for "haemodynamic", "fetal" for "foetal").
        if len(word) < AMERICAN_AT_LEAST:
            return False
        return any(
            self.in_dictionary(word[:i] + digraph + word[i + 1 :])
            for i, c in enumerate(word)
            if c == "e"
            for digraph in ("ae", "oe")
        )

    def neighbours(self, word: str) -> list[str]:
        """Known words one edit away, most frequent first (ties alphabetically)."""
        if len(word) > LONGEST_WORD:  # its edits would take time and memory quadratic in it
            return []
        cached = self._neighbours.get(word)
        if cached is None:
            edits = one_edit(word, self._loaded)
            found = [w for w in edits if self.in_dictionary(w) and w != word]
            cached = sorted(found, key=lambda w: (-self.frequency(w), w))
            self._neighbours[word] = cached
        return list(cached)

    def suggestion(self, word: str) -> str | None:
        if word in RUN_ONS:
            return RUN_ONS[word]
        if word in SLIPS:
            return SLIPS[word]
        found = self.neighbours(word)
        return found[0] if found else None

    def _compound(self, word: str) -> bool:
        """'stormwater', 'codebase': two common words written as one."""
        size = COMPOUND_PART
        if len(word) > 2 * LONGEST_WORD:  # no two words are that long: not quadratic work
            return False
        for cut in range(size, len(word) - size + 1):
            head, tail = word[:cut], word[cut:]
            if self.frequency(head) >= COMMON and self.frequency(tail) >= COMMON:
                return not self._slip(word)
        return False

    def slip(self, word: str) -> bool:
        """Whether a common word is one edit from `word` ("mosk": "most")."""
        return self._slip(word)

    def _slip(self, word: str, stems: Sequence[str] = ()) -> bool:
        """A common word one edit away: `word` is more likely a typo of it.

        Not the word's own stem: "relocations" is one edit from "relocation"
        because it is its plural, not a slip for it.
        """
        return any(self.frequency(w) >= COMMON and w not in stems for w in self.neighbours(word))

    def two_edits(self, word: str) -> str | None:
        """The most frequent common word two edits from `word` (a swap counts
        as one) that starts with the same two letters and is as long give or
        take one letter, for words of `TWO_EDITS_FROM` letters or more: the
        word `word` is a slip for. Slips keep their first letters; comparing
        only there keeps this a few hundred comparisons."""
        if not TWO_EDITS_FROM <= len(word) <= LONGEST_WORD:
            return None
        if self._common is None:
            self._common = {}
            for w, count in self._counts.items():
                if count >= COMMON and len(w) >= TWO_EDITS_FROM - 2 and self.in_dictionary(w):
                    self._common.setdefault((w[:2], len(w)), []).append(w)
        # Two letters added (or dropped) count too ("comitee" for "committee"),
        # and a two-edit slip keeps the word's consonants: it confuses vowels,
        # doubled letters and their order ("greatful", "tommorow",
        # "desicion", "dissapointed"), where a trade word two edits from a
        # common one swaps a consonant for another ("hedione", a perfumer's
        # molecule, is not "heroine").
        # The consonants are compared first: a string test that spares most
        # candidates the edit-distance table.
        consonants = _consonants(word)
        near = [
            w
            for size in range(len(word) - 2, len(word) + 3)
            for w, theirs in self._bucket(word[:2], size)
            if theirs == consonants and w != word and _within_two(word, w)
        ]
        return max(near, key=lambda w: (self.frequency(w), w)) if near else None

    def _bucket(self, start: str, size: int) -> list[tuple[str, str]]:
        """The common words of `two_edits`'s index that start with `start`
        and are `size` letters long, each with its consonants, worked out on
        the first look (so the index itself builds as fast as before)."""
        key = (start, size)
        found = self._buckets.get(key)
        if found is None:
            common = self._common or {}
            found = [(w, _consonants(w)) for w in common.get(key, ())]
            self._buckets[key] = found
        return found

    def _regular_form(self, word: str) -> bool:
        stems = list(self._stems(word))
        if any(stem in self.extra for stem in stems):
            return True
        if not any(self.in_dictionary(stem) for stem in stems):
            return False
        return not self._slip(word, stems) or self._own_form(word, stems)

    def _own_form(self, word: str, stems: Sequence[str]) -> bool:
        """A regular form of a common stem that no common word one edit away
        shares ("proning" is "prone" + "ing", a nurse's word, not a slip for
        "proving"). A slip mangles its own word's form: "begining" and
        "beginning" share "begi", "truely" and "truly" share "tru"."""
        common = [w for w in self.neighbours(word) if self.frequency(w) >= COMMON]
        return any(
            len(stem) >= OWN_STEM
            and self.in_dictionary(stem)
            and self.frequency(stem) >= COMMON
            and not any(w.startswith(stem[:-1]) for w in common)
            for stem in stems
            # Stems of endings only: a prefix's rest ("view" of "interviewes")
            # says nothing of the word's own form.
            if stem != word and word.startswith(stem[:-1])
        )

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


def _consonants(word: str) -> str:
    """The consonants of a word, each run of one letter counted once, in
    order-free form (sorted): what a misspelling of it keeps."""
    return "".join(sorted(_DOUBLED.sub(r"\1", _VOWELS.sub("", word))))


_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")


def _within_two(a: str, b: str) -> bool:
    """Whether `a` and `b` are at most two edits apart (insert, delete,
    substitute, or swap two neighbouring letters)."""
    if abs(len(a) - len(b)) > 2:
        return False
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > 2:
            return False
        before, row = row, current
    return row[-1] <= 2


@lru_cache(maxsize=1)
def speller() -> Speller:
    """The one shared speller: loading the dictionary takes a few hundred ms."""
    return Speller()
