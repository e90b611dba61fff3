"""Numbered steps in a command's help stay one to a line (issue 16: click had
run them together, "with the reason,    unless"), and the usage line of
`log` names KIND rather than breaking its choices mid-word."""

from __future__ import annotations

import pytest

from tests.store_support import run


@pytest.mark.parametrize("command", ["log", "reply", "send", "draft"])
def test_numbered_steps_keep_their_lines(command: str) -> None:
    shown = run(command, "--help")
    assert shown.code == 0
    lines = shown.out.partition("\nOptions:")[0].splitlines()
    steps = [line for line in lines if line.strip()[:2] in {"1.", "2.", "3."}]
    assert [s.strip()[:2] for s in steps][:2] == ["1.", "2."], shown.out
    described = " ".join(line.strip() for line in lines if line.startswith("  "))
    assert "    " not in described, shown.out


def test_the_usage_of_log_names_its_kind() -> None:
    shown = run("log", "--help")
    assert shown.out.splitlines()[0].endswith(" log [OPTIONS] ID KIND")
    assert "stay_in_touch, withdrawal, visit, gift." in shown.out
