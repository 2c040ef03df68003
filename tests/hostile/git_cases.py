"""Corpus cases where a repository's configuration, or the caller's environment, names programs
for git to run, or points git at another repository than the one asked for."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.hostile.case import CHECK, SCANNED, Case
from tests.hostile.planted import FILES, hostile_repo, in_portfolio
from tests.hostile.repos import DATE, MARKER, plant, roadmap_with_repo
from tests.support.gitrepo import make_repo

#: Evidence only the other repository holds: seeing it means git read the wrong one.
OTHER_ONLY = "other-only-file.txt"


def _project_in(layout: str) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        repo = in_portfolio(layout)(folder)
        (folder / "roadmap.yml").write_text(roadmap_with_repo(repo), encoding="utf-8")

    return build


def _cloned_by_url(folder: Path) -> None:
    """The bare layout named by a ``file://`` URL: cloned, so git runs ``upload-pack`` in it."""
    repo = in_portfolio("bare")(folder).removeprefix(".")
    text = roadmap_with_repo(f"file://{folder}{repo}")
    (folder / "roadmap.yml").write_text(text, encoding="utf-8")


def _hostile_portfolio(folder: Path) -> None:
    """The roadmap's own repository is the hostile one: the history stage reads it."""
    text = roadmap_with_repo(".")
    hostile_repo(folder, folder / "portfolio", bare=False, files={**FILES, "roadmap.yml": text})
    (folder / "portfolio" / "roadmap.yml").write_text(text, encoding="utf-8")


def _two_repositories(folder: Path) -> None:
    """``a``, which the roadmap names, and ``other``, which the caller's variables name."""
    make_repo(
        folder / "a", {"tests/test_a.py": "def test_a(): pass\n", "README.md": "# a\n"}, date=DATE
    )
    make_repo(
        folder / "other", {OTHER_ONLY: "x\n", "tests/test_b.py": "def test_b(): pass\n"}, date=DATE
    )
    (folder / "settings.config").write_text(
        f"[core]\n\tfsmonitor = {plant(folder, 'settings-file')}\n"
        "[log]\n\tshowSignature = true\n"
        f"[gpg]\n\tprogram = {plant(folder, 'settings-gpg')}\n"
    )
    exec_path = folder / "exec-path"
    exec_path.mkdir()
    for name in ("git-upload-pack", "git-remote-https", "git-log", "git-cat-file"):
        (exec_path / name).symlink_to(plant(folder, f"exec-{name}"))
    plant(folder, "variable")
    (folder / "roadmap.yml").write_text(roadmap_with_repo("./a"), encoding="utf-8")


def _program(folder: str = "{dir}") -> str:
    return f"{folder}/planted-variable.sh"


#: Each variable a git hook, a wrapper or a careless shell could leave in the environment.
CALLER_VARIABLES: dict[str, dict[str, str]] = {
    "git-dir": {"GIT_DIR": "{dir}/other/.git"},
    "git-work-tree": {"GIT_WORK_TREE": "{dir}/other"},
    "git-index-file": {"GIT_INDEX_FILE": "{dir}/other/.git/index"},
    "git-object-directory": {"GIT_OBJECT_DIRECTORY": "{dir}/other/.git/objects"},
    "git-common-dir": {"GIT_COMMON_DIR": "{dir}/other/.git"},
    "git-config-count": {
        "GIT_CONFIG_COUNT": "1",
        "GIT_CONFIG_KEY_0": "core.fsmonitor",
        "GIT_CONFIG_VALUE_0": _program(),
    },
    "git-config-parameters": {"GIT_CONFIG_PARAMETERS": f"'core.fsmonitor'='{_program()}'"},
    "git-config-global": {"GIT_CONFIG_GLOBAL": "{dir}/settings.config"},
    "git-config-system": {"GIT_CONFIG_SYSTEM": "{dir}/settings.config", "GIT_CONFIG_NOSYSTEM": ""},
    "git-config": {"GIT_CONFIG": "{dir}/settings.config"},
    "git-external-diff": {"GIT_EXTERNAL_DIFF": _program()},
    "git-exec-path": {"GIT_EXEC_PATH": "{dir}/exec-path"},
    "git-template-dir": {"GIT_TEMPLATE_DIR": "{dir}/exec-path"},
    "git-askpass": {"GIT_ASKPASS": _program()},
    "git-pager": {"GIT_PAGER": _program()},
    "git-proxy-command": {"GIT_PROXY_COMMAND": _program()},
    "git-trace": {"GIT_TRACE": "{dir}/" + MARKER + "-trace", "GIT_TRACE2": "{dir}/" + MARKER},
    "git-ceiling-directories": {"GIT_CEILING_DIRECTORIES": "{dir}"},
}

GIT_CASES = [
    *(
        Case(
            f"repo-config-programs-{layout}",
            _project_in(layout),
            SCANNED,
            0,
            "test_notes.py",
        )
        for layout in ("bare", "working", "subfolder")
    ),
    Case("repo-config-programs-file-url", _cloned_by_url, SCANNED, 0, "tests/test_notes.py"),
    Case(
        "portfolio-config-programs-history",
        _hostile_portfolio,
        tuple(arg.replace("{dir}/", "{dir}/portfolio/") for arg in CHECK),
        0,
        '"available": true',
    ),
    Case(
        "portfolio-config-programs-render",
        _hostile_portfolio,
        ("render", "{dir}/portfolio/roadmap.yml", "--today", "2026-11-25", "-o", "-"),
        0,
        "tests/test_notes.py",
    ),
    *(
        Case(
            f"caller-env-{name}",
            _two_repositories,
            (*SCANNED, "--fail-on", "warning"),
            1,
            "tests/test_a.py",
            never=OTHER_ONLY,
            env=variables,
        )
        for name, variables in CALLER_VARIABLES.items()
    ),
    Case(
        "caller-env-git-dir-scan",
        _two_repositories,
        ("scan", "a", "--format", "json"),
        0,
        "tests/test_a.py",
        never=OTHER_ONLY,
        env={"GIT_DIR": "{dir}/other/.git", "GIT_WORK_TREE": "{dir}/other"},
    ),
]
