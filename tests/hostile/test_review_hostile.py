"""Hostile review templates and issue bodies.

A repository may override the review template (``.github/roadmap-review/<cadence>.md.j2``);
``render`` takes no override, so ``review`` is the only place a user-written template runs.
Escapes from the sandbox are refused with one line; templates that would run for ever, eat
memory or print without end are stopped (exit 2) or cut (a truncated body), each run in its own
process so its time and peak memory are measured. Roadmap text never acts as Markdown, HTML or
a mention, and a body over GitHub's limit is cut with a note.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from roadmap_lint.core.templating import RENDER_SECONDS, TEMPLATE_BYTES
from roadmap_lint.review.body import BODY_LIMIT, TRUNCATED_NOTE
from tests.conftest import EXAMPLES
from tests.review.conftest import github, pauses, review  # noqa: F401 (fixtures)
from tests.support.cli import Run
from tests.support.github_server import GitHubServer

TOKEN = "ghp_" + "H0st1leT3mplat3" * 3
TIME_LIMIT_S = 5.0
MEMORY_LIMIT = 300 * 1024 * 1024
OVERRIDE = Path(".github", "roadmap-review", "quarterly.md.j2")
ARGS = ("review", "roadmap.yml", "--dry-run", "--no-scan", "--no-history", "--cadence",
        "quarterly", "--today", "2026-10-01")  # fmt: skip
MARKER = "<!-- roadmap-lint:review quarterly 2026-Q4 -->"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A portfolio folder, the working directory, with a token in the environment."""
    folder = tmp_path / "repo"
    folder.mkdir()
    (folder / "roadmap.yml").write_bytes((EXAMPLES / "portfolio" / "roadmap.yml").read_bytes())
    (folder / OVERRIDE).parent.mkdir(parents=True)
    monkeypatch.chdir(folder)
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    return folder


def _files(root: Path) -> set[Path]:
    return set(root.rglob("*"))


def _assert_one_line(done: Run, words: str) -> None:
    output = done.out + done.err
    assert done.code == 2, output[-2000:]
    assert done.out == ""
    assert len(done.err.splitlines()) == 1 and done.err.startswith("roadmap-lint: error: ")
    assert words in done.err, done.err
    assert "Traceback" not in output and "internal error" not in output
    assert TOKEN not in output


ESCAPES = {
    "mro": ("{{ ''.__class__.__mro__ }}", "access to attribute '__class__' of 'str'"),
    "cycler-globals": ("{{ cycler.__init__.__globals__ }}", "is unsafe"),
    "lipsum-os": ("{{ lipsum.__globals__['os'].environ }}", "is unsafe"),
    "namespace-globals": ("{{ namespace.__init__.__globals__ }}", "is unsafe"),
    "template-context": ("{{ self._TemplateReference__context }}", "is unsafe"),
    "data-class": ("{{ learner.__class__.__subclasses__() }}", "is unsafe"),
    "format-attribute": ("{{ '{0.__class__}'.format('') }}", "is unsafe"),
    "config": ("{{ config.items() }}", "'config' is undefined"),
    "os": ("{{ os.environ }}", "'os' is undefined"),
    "request": ("{{ request.environ }}", "'request' is undefined"),
    "include-absolute": ("{% include '/etc/passwd' %}", "template not found: /etc/passwd"),
    "import-parent": ("{% import '../../roadmap.yml' as x %}", "template not found"),
    "from-parent": ("{% from '../../../etc/hosts' import x %}", "template not found"),
    "extends-proc": ("{% extends '/proc/self/environ' %}", "template not found"),
    # Python errors raised by a template's own expressions are the template's, not a bug.
    "divide-by-zero": ("{{ 1 / 0 }}", "template failed: ZeroDivisionError"),
    "type-error": ("{{ 'a' + 1 }}", "template failed: TypeError"),
    "float-overflow": ("{{ 2.0 ** 4000 }}", "template failed: OverflowError"),
}


@pytest.mark.parametrize(("text", "words"), ESCAPES.values(), ids=ESCAPES.keys())
def test_sandbox_escapes_are_one_line(cli: Any, repo: Path, text: str, words: str) -> None:
    (repo / OVERRIDE).write_text(text, encoding="utf-8")
    before = _files(repo.parent)
    started = time.monotonic()
    done = cli(*ARGS)
    assert time.monotonic() - started < TIME_LIMIT_S
    _assert_one_line(done, words)
    assert "root:" not in done.err and TOKEN not in done.err
    assert _files(repo.parent) == before


def test_a_timer_set_by_someone_else_survives_the_deadline(cli: Any, repo: Path) -> None:
    """The deadline borrows SIGALRM's timer; a runner's own timer is put back afterwards."""
    (repo / OVERRIDE).write_text(BOUNDS["nested-loops"][0], encoding="utf-8")
    rang: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: rang.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 60.0)
        _assert_one_line(cli(*ARGS), "ran for more than")
        left = signal.getitimer(signal.ITIMER_REAL)[0]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert 50.0 < left < 60.0 and rang == []


def _outside(repo: Path) -> Path:
    secret = repo.parent / "secret.md.j2"
    secret.write_text(f"the runner's secret {TOKEN}\n", encoding="utf-8")
    return secret


FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "symlink-out": (
        lambda repo: (repo / OVERRIDE).symlink_to(_outside(repo)),
        "links outside",
    ),
    "include-symlink-out": (
        lambda repo: (
            (repo / OVERRIDE.parent / "part.md.j2").symlink_to(_outside(repo)),
            (repo / OVERRIDE).write_text("{% include 'part.md.j2' %}", encoding="utf-8"),
        ),
        "links outside",
    ),
    "folder-symlink-out": (
        lambda repo: (
            (repo / OVERRIDE.parent).rmdir(),
            (repo / OVERRIDE.parent).symlink_to(_outside(repo).parent),
        ),
        "the folder links outside",
    ),
    "oversized": (
        lambda repo: (repo / OVERRIDE).write_text("x" * (TEMPLATE_BYTES + 1), encoding="utf-8"),
        f"is over {TEMPLATE_BYTES // 1024} KB",
    ),
    "not-utf8": (lambda repo: (repo / OVERRIDE).write_bytes(b"\xff\xfe{{ x }}"), "not UTF-8"),
}


@pytest.mark.parametrize(("build", "words"), FILES.values(), ids=FILES.keys())
def test_template_files_are_read_only_from_their_folder(
    cli: Any, repo: Path, build: Callable[[Path], None], words: str
) -> None:
    build(repo)
    done = cli(*ARGS)
    _assert_one_line(done, words)


# Templates that would run for ever, eat memory or print without end: (text, code, words).
# "needed too much memory" relies on the address-space ceiling, which only Linux enforces.
LINUX_ONLY = pytest.mark.skipif(
    not Path("/proc/self/statm").is_file(), reason="the memory ceiling needs Linux"
)
BOUNDS: dict[str, tuple[str, int, str]] = {
    "nested-loops": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        2,
        f"ran for more than {RENDER_SECONDS:g} seconds",
    ),
    "recursive-macro": (
        "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
        2,
        "nests too deeply",
    ),
    "doubling-macro": (
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}"
        "{{ f(60) }}",
        2,
        "ran for more than",
    ),
    "power-tower": ("{{ 9 ** (9 ** 9) }}", 2, "too large a number"),
    "repeat-literal": ("{{ 'x' * 10000000000 }}", 2, "repeating a sequence"),
    "center-literal": ("{{ 'x' | center(1000000000) }}", 2, "needed too much memory"),
    "format-width": ("{{ '{:>999999999}'.format(1) }}", 2, "needed too much memory"),
    "namespace-doubling": (
        "{% set ns = namespace(s='x') %}{% for i in range(64) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s | length }}",
        2,
        "needed too much memory",
    ),
    "giant-output": (
        "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}\n{% endfor %}",
        0,
        "cut short",
    ),
    "giant-chunks": ("{% for i in range(100000) %}{{ 'x' * 100000 }}{% endfor %}", 0, "cut short"),
}

# Runs the CLI and reports its peak memory on the last stderr line.
_MEASURED = """
import resource, sys
from roadmap_lint.cli import main
code = main(sys.argv[1:])
sys.stderr.write(f"\\npeak-kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n")
sys.exit(code)
"""


def _limit_memory() -> None:  # a backstop: a runaway case fails here, not on the machine
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT * 4, MEMORY_LIMIT * 4))


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        pytest.param(*case, marks=[LINUX_ONLY] if "memory" in case[2] else [], id=name)
        for name, case in BOUNDS.items()
    ],
)
def test_templates_run_within_bounds(repo: Path, text: str, code: int, words: str) -> None:
    (repo / OVERRIDE).write_text(text, encoding="utf-8")
    before = _files(repo.parent)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED, *ARGS],
        cwd=repo,
        env={**os.environ, "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT_S * 3,
        preexec_fn=_limit_memory,
        check=False,
    )
    elapsed = time.monotonic() - started
    err, _, peak = done.stderr.rpartition("peak-kb=")
    assert elapsed < TIME_LIMIT_S, f"took {elapsed:.1f}s"
    assert int(peak) * 1024 < MEMORY_LIMIT, f"peak memory {int(peak) // 1024} MiB"
    if code == 2:
        _assert_one_line(Run(done.returncode, done.stdout, err.rstrip("\n") + "\n"), words)
    else:
        assert done.returncode == 0, err
        body = done.stdout.split("\n\n", 1)[1]
        assert len(body) <= BODY_LIMIT + 1 and body.startswith(MARKER)
        assert body.rstrip("\n").endswith(TRUNCATED_NOTE.rstrip("\n")) and words in body
    assert _files(repo.parent) == before


HUGE = f"""\
version: 1
profile: {{name: "@octocat <details><summary>x</summary> ``` ~~~", level: beginner, stage: 2}}
areas:
  core_language: {{next: "{"@octocat <details> ``` ~~~ " * 10_000}", skills: []}}
  api_design: {{skills: []}}
  databases: {{skills: []}}
  testing_security: {{skills: []}}
  deployment_devops: {{skills: []}}
reviews:
  - {{date: 2026-09-01, kind: monthly, next_focus: "{"x" * (BODY_LIMIT + 70_000)}"}}
"""


def test_a_body_beyond_githubs_limit_is_cut_with_a_note(
    review: Callable[..., Run],  # noqa: F811
    github: GitHubServer,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    roadmap = tmp_path / "roadmap.yml"
    roadmap.write_text(HUGE, encoding="utf-8")
    done = review("--today", "2026-10-01", "--cadence", "quarterly", roadmap=roadmap)
    assert done.code == 0, done.err
    [issue] = github.issues
    body = issue["body"]
    assert len(body) <= BODY_LIMIT and body.startswith(MARKER)
    assert body.endswith(TRUNCATED_NOTE)
    assert "@octocat" not in body and "<details>" not in body and "\n```\n" not in body
    assert "\n~~~" not in body and "@&#8203;octocat" in body


def test_a_mention_typed_into_an_issue_title_is_not_repeated_by_our_comment(
    review: Callable[..., Run],  # noqa: F811
    github: GitHubServer,  # noqa: F811
) -> None:
    github.add_issue(
        "Roadmap review: 2026-Q3 (quarterly)",
        "<!-- roadmap-lint:review quarterly 2026-Q3 -->\n",
        ["roadmap-review", "quarterly"],
    )
    github.add_issue(
        "@octocat @org/team [x](javascript:alert(1)) please look",
        f"{MARKER}\n",
        ["roadmap-review", "quarterly"],
    )
    done = review("--today", "2026-10-01", "--cadence", "quarterly")
    assert done.code == 0, done.err
    [comment] = github.comments[1]
    assert "@octocat" not in comment["body"] and "@org/team" not in comment["body"]
    assert "[x](javascript:" not in comment["body"]
