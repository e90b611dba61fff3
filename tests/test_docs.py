"""Docs are tested: every command has help text and is documented."""

from __future__ import annotations

from pathlib import Path

import click

from followup.cli import cli

ROOT = Path(__file__).parent.parent


def documentation() -> str:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(p.read_text() for p in pages if p.exists())


def test_every_command_has_help_and_is_documented() -> None:
    docs = documentation()
    ctx = click.Context(cli)
    names = cli.list_commands(ctx)
    assert "plan" in names and "check" in names
    for name in names:
        command = cli.get_command(ctx, name)
        assert command is not None
        assert command.help and len(command.help.strip()) > 20, name
        assert f"followup {name}" in docs, f"followup {name} is not in README.md or docs/"


def test_the_help_table_matches_each_command() -> None:
    from followup.cli import COMMANDS

    ctx = click.Context(cli)
    for name, (module, line) in COMMANDS.items():
        command = cli.get_command(ctx, name)
        assert command is not None and command.callback is not None
        assert command.callback.__module__ == f"followup.cli.{module}"
        assert command.get_short_help_str(limit=200) == line, name


def test_help_imports_no_command_module() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "followup", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Draft the messages the plan calls for" in done.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert not {m for m in imported if m.startswith("followup.cli.")}


def test_readme_quick_start_has_exactly_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    start = readme.index("## Quick start")
    section = readme[start : readme.index("\n## ", start + 1)]
    commands = [
        line.split("#")[0].strip() for line in section.splitlines() if line.startswith("make")
    ]
    assert commands == ["make run", "make test"]
