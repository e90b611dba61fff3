"""The speller's word counts and one-edit search are pyspellchecker's.

data/word_counts.txt.gz is written from pyspellchecker's English list by
model/word_counts.py so that a cold `followup lint` does not read the
package's JSON; `spelling.one_edit` is its `edit_distance_1` over that
list's letters. Both must give exactly what the package gives.
"""

from __future__ import annotations

import gzip
from importlib import resources
from importlib.metadata import version

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spellchecker import SpellChecker

from followup.writing.spelling import load_counts, one_edit

CHECKER = SpellChecker(language="en", distance=1)
COUNTS = load_counts()


def test_the_counts_are_the_packages_list() -> None:
    assert COUNTS.counts == dict(CHECKER.word_frequency.dictionary)
    assert set(COUNTS.letters) == set(CHECKER.word_frequency.letters)
    assert COUNTS.longest == CHECKER.word_frequency.longest_word_length
    raw = resources.files("followup.writing").joinpath("data", "word_counts.txt.gz").read_bytes()
    heading = gzip.decompress(raw).decode("utf-8").split("\n", 1)[0]
    assert heading.startswith(f"# pyspellchecker {version('pyspellchecker')} en: ")


@pytest.mark.parametrize(
    "word",
    [
        "begining",
        "Teh",
        "café",
        "naïve",
        "x",
        ".",
        "42",
        "3.5",
        "nan",
        "inf",
        "o'clock",
        "a" * 50,
        "",
    ],
)
def test_one_edit_is_the_packages_search(word: str) -> None:
    assert one_edit(word, COUNTS) == CHECKER.edit_distance_1(word)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeèzA'-. 0123456789", max_size=12))
def test_one_edit_matches_on_any_short_text(word: str) -> None:
    assert one_edit(word, COUNTS) == CHECKER.edit_distance_1(word)
