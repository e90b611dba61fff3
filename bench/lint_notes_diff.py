"""What a change to the linter does to the labelled notes: this tree against a commit.

    .venv/bin/python bench/lint_notes_diff.py [--against main] [--sets 6 7 8] [--mistakes]

Lints every note of the studied sets `tests/lint_heldout/` to
`lint_heldout17/` (`STUDIED`; never a blind set) and of
`tests/lint_published_style/` with this tree's source and with the source
of `--against` (extracted with `git archive` to a temporary folder and put
first on PYTHONPATH, same interpreter, same model files as that commit has),
then prints, per set, precision and recall per code for both, every note
whose codes changed, and every expected code the commit caught that this
tree no longer does (a lost catch: exit status 1).

Only for measuring a change; it reads the labelled sets, never tunes on them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# As tests/test_lint_tone_scores.py scores them: the first set's author
# labelled every code, the later sets' authors these only (missing_name never).
LABELLED_2 = frozenset({"asks_outcome", "negative", "informal", "generic", "spelling"})
# Only the sets that may be studied: never a blind held-out set (12 and
# later must stay unseen until scored), so no glob over tests/lint_heldout*.
# Add a set here only once it has been scored (9 and 10 were scored once
# after round ten, 11 after round eleven).
STUDIED = ("", *(str(n) for n in range(2, 18)))
FOLDERS = [
    *(ROOT / f"tests/lint_heldout{number}" / "notes" for number in STUDIED),
    ROOT / "tests/lint_published_style",
]


def set_name(folder: Path) -> str:
    return folder.parent.name if folder.name == "notes" else folder.name


def lint_all() -> dict[str, list[str]]:
    """Every note's codes, keyed 'set/file' (run inside the tree being measured)."""
    from followup.writing.lint import lint
    from followup.writing.note import parse_note

    found: dict[str, list[str]] = {}
    for folder in FOLDERS:
        expected = folder / "expected.yaml"
        if not expected.exists():
            continue
        for name in sorted(yaml.safe_load(expected.read_text()) or {}):
            note = parse_note((folder / name).read_text(encoding="utf-8"), name)
            codes = {f.code.value for f in lint([note])}
            if (
                folder.parent.name.startswith("lint_heldout")
                and folder.parent.name != "lint_heldout"
            ):
                codes &= LABELLED_2
            found[f"{set_name(folder)}/{name}"] = sorted(codes)
    return found


def expected_codes() -> dict[str, set[str]]:
    wanted: dict[str, set[str]] = {}
    for folder in FOLDERS:
        path = folder / "expected.yaml"
        if path.exists():
            for name, codes in (yaml.safe_load(path.read_text()) or {}).items():
                wanted[f"{set_name(folder)}/{name}"] = set(codes or [])
    return wanted


def run(pythonpath: str | None) -> dict[str, list[str]]:
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    out = subprocess.run(
        [sys.executable, __file__, "--emit-json"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, list[str]] = json.loads(out.strip().splitlines()[-1])
    return result


def tallies(
    wanted: dict[str, set[str]], found: dict[str, list[str]], keys: list[str]
) -> dict[str, list[int]]:
    """code -> [tp, fp, fn] over `keys`; '' is the overall."""
    out: dict[str, list[int]] = {}
    for key in keys:
        got = set(found[key])
        for code in wanted[key] | got:
            for name in (code, ""):
                row = out.setdefault(name, [0, 0, 0])
                if code in wanted[key] and code in got:
                    row[0] += 1
                elif code in got:
                    row[1] += 1
                else:
                    row[2] += 1
    return out


def pr(row: list[int]) -> str:
    tp, fp, fn = row
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"{p:.3f}/{r:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="main")
    parser.add_argument("--sets", nargs="*", help="set numbers to print (default: all)")
    parser.add_argument("--mistakes", action="store_true", help="list this tree's mistakes")
    parser.add_argument("--emit-json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.emit_json:
        print(json.dumps(lint_all()))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.against, "src"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        old = run(str(Path(folder) / "src"))
    new = run(None)
    wanted = expected_codes()
    lost = 0
    for folder in FOLDERS:
        name = set_name(folder)
        number = name.removeprefix("lint_heldout") or "1"
        if args.sets and number not in args.sets:
            continue
        keys = [k for k in new if k.startswith(name + "/")]
        if not keys:
            continue
        before, after = tallies(wanted, old, keys), tallies(wanted, new, keys)
        print(f"{name} ({len(keys)} notes)   {args.against} -> this tree  [tp fp fn]")
        for code in sorted(set(before) | set(after)):
            b, a = before.get(code, [0, 0, 0]), after.get(code, [0, 0, 0])
            print(f"  {code or 'overall':<13} {pr(b)} {b}  ->  {pr(a)} {a}")
        for key in keys:
            if set(old[key]) != set(new[key]):
                print(f"  changed {key}: {old[key]} -> {new[key]} (expected {sorted(wanted[key])})")
            for code in wanted[key] & set(old[key]) - set(new[key]):
                lost += 1
                print(f"  LOST {code}: {key}")
            if args.mistakes:
                for code in set(new[key]) - wanted[key]:
                    print(f"    false alarm {code}: {key}")
                for code in wanted[key] - set(new[key]):
                    print(f"    missed {code}: {key}")
    print(f"expected codes lost against {args.against}: {lost}")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
