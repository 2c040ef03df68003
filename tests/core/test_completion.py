"""`roadmap-lint completion SHELL` prints a script that completes commands, options and rules.

The bash script is sourced into a real bash and its function called as bash's completion
would call it: what it offers comes from roadmap-lint itself, through click's protocol.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.cli.completion_cmd import COMPLETE_VAR

BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("bash", "complete -o nosort -F _roadmap_lint_completion roadmap-lint"),
        ("zsh", "#compdef roadmap-lint"),
        ("fish", "complete --no-files --command roadmap-lint"),
    ],
)
def test_each_shell_gets_its_script(cli: Any, shell: str, marker: str) -> None:
    run = cli("completion", shell)
    assert (run.code, run.err) == (0, "")
    assert marker in run.out and COMPLETE_VAR in run.out


def test_an_unknown_shell_is_a_usage_error(cli: Any) -> None:
    run = cli("completion", "tcsh")
    assert run.code == 2 and "'tcsh' is not one of" in run.err


def _bash_completes(script: str, *words: str) -> list[str]:
    """What bash offers after ``words`` (the last one being completed)."""
    program = (
        f"{script}\n"
        f"COMP_WORDS=({' '.join(words)}); COMP_CWORD={len(words) - 1}\n"
        "_roadmap_lint_completion roadmap-lint 2>/dev/null\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", program],
        capture_output=True, text=True, env=env, timeout=60, check=True,
    )  # fmt: skip
    return done.stdout.split()


@pytest.mark.skipif(not shutil.which("bash"), reason="needs bash")
@pytest.mark.skipif(not (BIN / "roadmap-lint").exists(), reason="needs the console script")
def test_bash_completes_commands_options_and_rule_names(cli: Any) -> None:
    script = cli("completion", "bash").out
    assert "completion" in _bash_completes(script, "roadmap-lint", "")
    assert _bash_completes(script, "roadmap-lint", "re") == ["render", "review"]
    assert "--format" in _bash_completes(script, "roadmap-lint", "check", "--f")
    assert _bash_completes(script, "roadmap-lint", "rules", "RL30") == [
        f"RL30{n}" for n in range(1, 8)
    ]
    assert _bash_completes(script, "roadmap-lint", "rules", "no-s") == ["no-sql"]


def test_the_roadmap_argument_completes_as_a_file_name() -> None:
    from click.shell_completion import BashComplete

    from roadmap_lint.cli.app import cli

    for command in ("check", "render", "review"):
        completion = BashComplete(cli, {}, "roadmap-lint", COMPLETE_VAR)
        (item,) = completion.get_completions([command], "exam")
        assert (item.type, item.value) == ("file", "exam"), command


def test_the_readme_shows_how_to_install_it() -> None:
    from tests.conftest import REPO_ROOT

    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for shell in ("bash", "zsh", "fish"):
        assert f"roadmap-lint completion {shell} >" in readme
