"""`followup --help` answers from a copy of click's help, without importing click."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from followup.cli import cli
from followup.launch import HELP
from tests.conftest import ON_POSTGRES


def test_the_copy_of_the_help_is_what_click_prints() -> None:
    # A pipe or a terminal of 80 columns or more: click wraps at 78.
    result = CliRunner().invoke(cli, ["--help"], prog_name="followup", terminal_width=78)
    assert result.exit_code == 0
    # When this fails, a command's line changed: paste `COLUMNS=80 followup --help` into HELP.
    assert result.output == HELP


def test_help_imports_neither_click_nor_the_commands() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['followup', '--help']\n"
        "from followup.launch import main\n"
        "main()\n"
        "assert 'click' not in sys.modules, 'click'\n"
        "assert not [m for m in sys.modules if m.startswith('followup.cli')]\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={"COLUMNS": "100"}
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == HELP
    # Narrower than click's 80 columns: click wraps it, so it answers.
    narrow = subprocess.run(
        [sys.executable, "-c", code.replace("'click' not in", "'click' in")],
        capture_output=True,
        text=True,
        env={"COLUMNS": "60"},
    )
    assert narrow.returncode == 0, narrow.stderr
    assert narrow.stdout != HELP and "Usage: followup" in narrow.stdout


def test_the_agenda_without_click_prints_what_the_command_prints(store: Path) -> None:
    from tests.store_support import add, run

    add(store)
    # A moment given: "now" in the JSON is to the second, and a subprocess may
    # start a second later than the command run here (more so on PostgreSQL).
    at = ["--now", "2026-11-18T09:00-05:00"]
    for args in (["agenda", *at], ["agenda", "--json", *at]):
        code = (
            "import sys\n"
            f"sys.argv = ['followup', *{args!r}]\n"
            "from followup.launch import main\n"
            "main()\n"
            "heavy = [m for m in sys.modules if m.split('.')[0] in ('click', 'django')]\n"
            "assert not heavy, heavy\n"
        )
        for _ in range(3):  # both read the clock: retry if a minute turned in between
            done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
            assert done.returncode == 0, done.stderr
            if done.stdout == run(*args).out:
                break
        else:
            raise AssertionError(f"{args}: {done.stdout!r} != {run(*args).out!r}")


def test_the_console_script_ends_after_the_agenda_without_the_teardown(store: Path) -> None:
    """`followup` runs `launch.run`: after the agenda, its whole output written, the
    process ends at once (exit 0, nothing after `run` runs); other commands return."""
    from tests.store_support import add

    add(store)

    def script(args: list[str], entry: str) -> subprocess.CompletedProcess[str]:
        code = (
            "import sys\n"
            f"sys.argv = ['followup', *{args!r}]\n"
            f"from followup.launch import {entry}\n"
            f"{entry}()\n"
            "sys.stderr.write('returned')\n"
        )
        wide = dict(os.environ, COLUMNS="100")  # --help as click wraps it
        return subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=wide
        )

    for args in (["agenda"], ["agenda", "--json"]):
        for _ in range(3):  # both read the clock: retry if a second turned in between
            ended, returned = script(args, "run"), script(args, "main")
            assert (ended.returncode, ended.stderr) == (0, ""), ended.stderr
            assert (returned.returncode, returned.stderr) == (0, "returned")
            if ended.stdout == returned.stdout:
                break
        else:
            raise AssertionError(f"{args}: {ended.stdout!r} != {returned.stdout!r}")
        assert ended.stdout.strip()
    helped = script(["--help"], "run")
    assert (helped.returncode, helped.stderr, helped.stdout) == (0, "returned", HELP)


def test_the_agenda_loads_neither_the_rules_model_nor_dataclasses(store: Path) -> None:
    from tests.store_support import add

    add(store)
    code = (
        "import sys\n"
        "sys.argv = ['followup', 'agenda']\n"
        "from followup.launch import main\n"
        "main()\n"
        "loaded = [m for m in ('dataclasses', 'inspect', 'shutil', 'difflib',\n"
        "                      'followup.etiquette.model')\n"
        "          if m in sys.modules]\n"
        "sys.stderr.write(repr(loaded))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    if ON_POSTGRES:
        # psycopg itself loads the standard modules; the rules model stays unloaded.
        assert "followup.etiquette.model" not in done.stderr
        assert done.stderr.startswith("[")
    else:
        assert done.stderr == "[]"
    assert done.stdout.strip()


# What `followup agenda` (and `--json`) no longer imports (issue 14, fourth pass):
# each costs the cold process milliseconds that python3 alone does not spend.
NOT_ON_THE_AGENDA = (
    "typing",  # followup.tuples builds its NamedTuples
    "enum",  # the action words are keyed by value (etiquette/actionwords.py)
    "re",
    "pathlib",  # the database is found as a str (store.location.database_file)
    "urllib.parse",  # only for a read-only disk's URI
    "shlex",  # shellword.quote
    "unicodedata",  # only to read a typed country's name
    "followup.etiquette.kinds",
    "followup.etiquette.labels",
)


def test_the_agenda_loads_no_typing_enum_re_or_pathlib(store: Path) -> None:
    from tests.store_support import add

    add(store)
    for args in (["agenda"], ["agenda", "--json"]):
        code = (
            "import sys\n"
            f"sys.argv = ['followup', *{args!r}]\n"
            "from followup.launch import main\n"
            "main()\n"
            f"loaded = [m for m in {NOT_ON_THE_AGENDA!r} if m in sys.modules]\n"
            "sys.stderr.write(repr(loaded))\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip()
        if ON_POSTGRES:
            # psycopg itself loads the standard modules; ours stay unloaded.
            assert "followup.etiquette" not in done.stderr, (args, done.stderr)
        elif args[-1] == "--json":
            # The standard json module imports `re` (and with it `enum`).
            assert done.stderr in ("['re']", "['enum', 're']", "['re', 'enum']"), done.stderr
        else:
            assert done.stderr == "[]", (args, done.stderr)


def test_every_action_kind_has_its_words_by_value() -> None:
    from followup.etiquette.actionwords import ACTION_LABELS, WORDS
    from followup.etiquette.kinds import ActionKind
    from followup.etiquette.labels import ACTIONS

    assert list(WORDS) == [k.value for k in ACTIONS]
    assert set(WORDS) == {k.value for k in ActionKind}
    assert all(isinstance(k, ActionKind) for k in ACTIONS)
    assert {k.value: w.todo for k, w in ACTIONS.items()} == ACTION_LABELS
