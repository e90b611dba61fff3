"""Turn the seventeenth held-out set into the layout tests/lint_scoring.py reads
(tests/lint_convert.py). Run from the repository root:
python -m tests.lint_heldout15.convert
"""

from __future__ import annotations

from pathlib import Path

from tests.lint_convert import convert

if __name__ == "__main__":
    convert(Path(__file__).parent, "seventeenth")
