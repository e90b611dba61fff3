"""Write the word counts the speller ranks by: `make dictionary` (or run alone).

pyspellchecker's English list (about 160,000 words with how often each was
seen) tells the speller how common a word is. Read through pyspellchecker at
run time it costs a cold `followup lint` about 0.4 s (a JSON document, then a
pass that lowers every key); the same counts written here, words grouped
under their count, load in about a third of that. The first line keeps the
list's letters and its longest word, which its one-edit search uses
(spelling.one_edit); tests/test_lint_spelling_counts.py checks that the file
and the search agree with pyspellchecker's own.

Run in an environment with pyspellchecker (the development one has it):
    .venv/bin/python model/word_counts.py
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

from spellchecker import SpellChecker

OUT = Path(__file__).parent.parent / "src" / "followup" / "writing" / "data" / "word_counts.txt.gz"


def main() -> None:
    frequency = SpellChecker(language="en", distance=1).word_frequency
    groups: dict[int, list[str]] = defaultdict(list)
    for word, count in frequency.dictionary.items():
        groups[int(count)].append(word)
    letters = "".join(sorted(frequency.letters))
    lines = [
        f"# pyspellchecker {version('pyspellchecker')} en: {letters} {frequency.longest_word_length}"
    ]
    lines += [
        f"{count} {' '.join(sorted(words))}"
        for count, words in sorted(groups.items(), reverse=True)
    ]
    # mtime 0: the same counts give the same bytes.
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), 9, mtime=0))
    print(f"{OUT}: {len(frequency.dictionary)} words under {len(groups)} counts")


if __name__ == "__main__":
    main()
