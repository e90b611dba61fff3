"""Add SCOWL's "huge" word lists to the spelling dictionary: `make dictionary`.

Hunspell's dictionaries stop at SCOWL size 60, which leaves out correct words
of planning, policy and other specialist work ("densification",
"hypothecation"). Debian's wamerican-huge and wbritish-huge (SCOWL size 80,
installed by `make dictionary`) have them. This script writes the lower-case
words of those lists that the Hunspell forms lack to
src/followup/writing/data/scowl_en_huge.txt.gz; the speller reads both.
Words the lists have only with a capital are names and stay out (a name is
judged by the note, not the dictionary). Possessives are dropped (the
speller strips "'s" itself).
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from dictionary import write

SOURCES = (
    Path("/usr/share/dict/american-english-huge"),
    Path("/usr/share/dict/british-english-huge"),
)
DATA = Path(__file__).parent.parent / "src" / "followup" / "writing" / "data"
OUT = DATA / "scowl_en_huge.txt.gz"
WORD = re.compile(r"^[a-z][a-z'-]*$")


def main() -> None:
    hunspell = set(gzip.decompress((DATA / "hunspell_en.txt.gz").read_bytes()).decode().split())
    found: set[str] = set()
    for source in SOURCES:
        for word in source.read_text("utf-8", "replace").split():
            if WORD.match(word) and not word.endswith("'s"):
                found.add(word)
    extra = found - hunspell
    write(OUT, extra)
    print(len(found), "words,", len(extra), "new ->", OUT)


if __name__ == "__main__":
    main()
