"""Build the spelling dictionary the package ships: `make dictionary`.

Expands the Hunspell dictionaries en_US, en_GB, en_CA and en_AU (Debian's
hunspell-en-us, -gb, -ca, -au, which `make dictionary` installs) with
Hunspell's own `unmunch` (Debian hunspell-tools) into every word form they
accept, and writes their union, folded to lower case, to
src/followup/writing/data/hunspell_en.txt.gz (about 420,000 forms, 1.1 MB),
and the words they have only with a capital (names: "Maria", "Ravi") to
hunspell_en_names.txt.gz.

Why expanded and not read through a Hunspell engine at run time: spylls
(Hunspell in pure Python) takes about 5 s to load one of these dictionaries,
which would blow the 1.5 s budget of a cold `followup lint`; a set of the
expanded forms loads in about 0.15 s and looks a word up in a microsecond.
"""

from __future__ import annotations

import gzip
import re
import subprocess
from pathlib import Path

SOURCE = Path("/usr/share/hunspell")
OUT = Path(__file__).parent.parent / "src" / "followup" / "writing" / "data" / "hunspell_en.txt.gz"
LOCALES = ("en_US", "en_GB", "en_CA", "en_AU")
NAMES = OUT.with_name("hunspell_en_names.txt.gz")
WORD = re.compile(r"^[A-Za-z][A-Za-z'.-]*$")


def main() -> None:
    forms: set[str] = set()
    lower: set[str] = set()
    capital: set[str] = set()
    for locale in LOCALES:
        expanded = subprocess.run(
            ["unmunch", str(SOURCE / f"{locale}.dic"), str(SOURCE / f"{locale}.aff")],
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8", "replace")
        raw = [w for w in expanded.split() if WORD.match(w)]
        # en_GB also has the rare lower-case words ("maria", the lunar seas):
        # names are judged by the American dictionary's case alone.
        if locale == "en_US":
            lower |= {w for w in raw if w[0].islower()}
            capital |= {w.lower() for w in raw if w[0].isupper()}
        found = {w.lower() for w in raw}
        print(locale, len(found))
        forms |= found
    write(OUT, forms)
    # Words the dictionaries have only with a capital: names ("Maria", "Ravi").
    names = capital - lower
    write(NAMES, names)
    print(len(forms), "forms ->", OUT, ";", len(names), "names ->", NAMES)


def write(path: Path, words: set[str]) -> None:
    # mtime=0: the same dictionaries give the same bytes, so git sees no change.
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(("\n".join(sorted(words)) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
