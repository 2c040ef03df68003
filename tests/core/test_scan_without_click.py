"""`roadmap-lint scan` read without click gives what click would give, or leaves it to click.

The usual command lines of `scan` skip click's import (see `cli.scan_run`; that they do is
checked in `tests/scanning/test_speedups.py`); these tests hold the two readings together:
the same options, the same values, the same output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap_lint.cli.app import cli as click_group
from roadmap_lint.cli.scan_cmd import command
from roadmap_lint.cli.scan_run import OPTIONS, plain_arguments
from tests.support.gitrepo import make_repo

DEFAULTS = {"output_format": "text", "via": "git", "explain_signal": None, "authors": ()}


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["."], {"source": "."}),
        ([".", "--format", "json"], {"source": ".", "output_format": "json"}),
        (["--format=json", "../api"], {"source": "../api", "output_format": "json"}),
        (["ada/api", "--via", "api"], {"source": "ada/api", "via": "api"}),
        ([".", "--explain", "tests"], {"source": ".", "explain_signal": "tests"}),
        (
            [".", "--author", "ada", "--author=ada@example.com"],
            {"source": ".", "authors": ("ada", "ada@example.com")},
        ),
        (["--author", "a=b", "."], {"source": ".", "authors": ("a=b",)}),
    ],
)
def test_the_usual_forms_are_read_without_click(args: list[str], expected: dict[str, Any]) -> None:
    assert plain_arguments(args) == {**DEFAULTS, **expected}


@pytest.mark.parametrize(
    "args",
    [
        [],  # no source: click says what is missing
        [".", "../other"],  # two sources
        ["--help"],
        [".", "-h"],
        ["-"],  # an option-looking source
        [".", "--", "-x"],
        [".", "--format", "jsn"],  # a typo: click suggests 'json'
        [".", "--format=yaml"],
        [".", "--format", "json", "--format", "text"],  # given twice
        [".", "--format"],  # no value
        [".", "--author", "--format"],  # a value that looks like an option
        [".", "--explain", "nonsense"],
        [".", "--verbose"],
        [".", "--fromat", "json"],
    ],
)
def test_anything_else_goes_to_click(args: list[str]) -> None:
    assert plain_arguments(args) is None


def test_the_table_matches_the_click_command() -> None:
    options = [param for param in command.params if isinstance(param, click.Option)]
    assert sorted(option for param in options for option in param.opts) == sorted(OPTIONS)
    for param in options:
        name, choices = OPTIONS[param.opts[0]]
        assert param.name == name
        assert param.multiple is (choices is None)
        if choices is not None:
            assert isinstance(param.type, click.Choice)
            assert tuple(param.type.choices) == choices
    assert command.make_context("scan", ["."]).params == plain_arguments(["."])


_TOKENS = st.sampled_from(
    [
        ".",
        "repo",
        "ada/api",
        "--format",
        "--format=json",
        "json",
        "text",
        "--via",
        "api",
        "git",
        "--explain",
        "tests",
        "--explain=ci",
        "--author",
        "ada",
        "a@b.c",
        "--author=x",
        "--",
        "-",
        "-h",
        "--unknown",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, max_size=7))
def test_what_is_read_without_click_is_what_click_reads(args: list[str]) -> None:
    plain = plain_arguments(args)
    if plain is None:
        return
    context = command.make_context("scan", list(args))
    assert context.params == plain


@pytest.mark.parametrize(
    "options",
    [
        ["--format", "json"],
        [],
        ["--explain", "tests"],
        ["--explain", "readme", "--format", "json", "--author", "learner@example.invalid"],
    ],
)
def test_both_readings_print_the_same(cli, capsys, tmp_path: Path, options: list[str]) -> None:
    repo = make_repo(tmp_path / "repo", {"README.md": "# hi\n", "app.py": "x = 1\n"})
    quick = cli("scan", str(repo), *options)
    capsys.readouterr()
    code = click_group.main(
        args=["scan", str(repo), *options], prog_name="roadmap-lint", standalone_mode=False
    )
    assert (code, capsys.readouterr().out) == (quick.code, quick.out)


def test_forced_colour_survives_a_pipe(cli, monkeypatch, tmp_path: Path) -> None:
    # click.echo used to strip the colours FORCE_COLOR asked for when stdout was not a terminal.
    repo = make_repo(tmp_path / "repo", {"README.md": "# hi\n"})
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in cli("scan", str(repo)).out
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in cli("scan", str(repo)).out
