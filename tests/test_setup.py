"""`make run` installs what the app needs, `make test` the development tools too (issue 16)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _dry_run(target: str, tmp_path: Path) -> str:
    # A venv path that does not exist: make plans the whole install, runs nothing.
    venv = tmp_path / "venv"
    done = subprocess.run(
        ["make", "-n", "-C", str(ROOT), target, f"VENV={venv}"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_make_run_installs_the_app_alone(tmp_path: Path) -> None:
    planned = _dry_run("run", tmp_path)
    assert "pip install --quiet -e ." in planned
    assert "[dev]" not in planned
    assert "followup serve" in planned


def test_make_test_adds_the_development_tools(tmp_path: Path) -> None:
    assert "pip install --quiet -e '.[dev]'" in _dry_run("test", tmp_path)


def _requirement_names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=\[ ;]", r, maxsplit=1)[0].lower() for r in requirements}


def test_the_app_imports_only_its_runtime_dependencies() -> None:
    """Every module under src/followup imports the standard library, itself, or a
    package of `dependencies` (optional extras only inside a guarded import)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    allowed = _requirement_names(project["dependencies"])
    extras = _requirement_names(project["optional-dependencies"]["keyring"])
    # The server's (docs/server.md), imported only when DATABASE_URL is set.
    extras |= _requirement_names(project["optional-dependencies"]["server"])
    owners = packages_distributions()
    unknown = []
    for path in sorted((ROOT / "src" / "followup").rglob("*.py")):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top == "followup":
                    continue
                dists = {d.lower() for d in owners.get(top, [top])}
                # Packages the app's dependencies bring (prompt_toolkit with
                # questionary, asgiref with Django) are theirs to keep.
                if dists & (allowed | extras) or top in {"prompt_toolkit", "asgiref", "dateutil"}:
                    continue
                unknown.append(f"{path.relative_to(ROOT)}: {name}")
    assert unknown == []
