"""The scan's shortcuts give the same answers as the plain way.

Paths are read chunk by chunk while git still writes them, commands import lazily, and the
classifier loads in a thread: none of that may change what a scan reports.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from roadmap_lint.git import GitError, read_paths
from tests.support.gitrepo import make_repo


def test_paths_split_across_chunks_match_git(tmp_path: Path) -> None:
    # Long names with multi-byte characters: chunk boundaries fall inside paths and letters.
    files = {f"dossier-é{i:04}/{'ü' * 40}-{i}.py": "x = 1\n" for i in range(1500)}
    repo = make_repo(tmp_path / "repo", files)
    plain = subprocess.run(
        ["git", "ls-files", "-z"], cwd=repo, capture_output=True, check=True
    ).stdout
    assert len(plain) > 2 * (1 << 16)
    expected = plain.decode("utf-8", errors="surrogateescape").split("\0")[:-1]
    assert read_paths(repo, ["ls-files", "-z"]) == expected


def test_paths_of_an_empty_index(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {"a.txt": "a"})
    subprocess.run(["git", "rm", "-q", "--cached", "a.txt"], cwd=repo, check=True)
    assert read_paths(repo, ["ls-files", "-z"]) == []


def test_git_failure_is_one_line(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {"a.txt": "a"})
    with pytest.raises(GitError, match="no-such-revision"):
        read_paths(repo, ["ls-tree", "-r", "-z", "--name-only", "no-such-revision"])


def test_a_plain_scan_imports_neither_click_nor_other_commands(tmp_path: Path) -> None:
    # The usual forms of `scan` are read without click (see `cli.scan_run`).
    repo = make_repo(tmp_path / "repo", {"README.md": "# hi\n"})
    code = (
        "import sys\n"
        "from roadmap_lint.cli import main\n"
        f"main(['scan', {str(repo)!r}, '--format', 'json'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('click', 'inspect')))\n"
        "print(sorted(m for m in sys.modules if m.startswith('roadmap_lint.cli.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    *_, without_click, loaded = out.strip().splitlines()
    assert without_click == "[]"
    assert "roadmap_lint.cli.scan_run" in loaded
    for other in ("scan_cmd", "check_cmd", "review_cmd", "render_cmd", "init_cmd", "rules_cmd"):
        assert other not in loaded


def test_help_still_lists_every_command_with_its_summary(cli) -> None:
    import importlib

    from roadmap_lint.cli.app import COMMANDS

    out = cli("--help").out
    for name, module in COMMANDS.items():
        command = importlib.import_module(f"roadmap_lint.cli.{module}").command
        summary = command.get_short_help_str(30).removesuffix("...")
        assert any(
            line.split() and line.split()[0] == name and summary in line
            for line in out.splitlines()
        ), name


def _dependency_signals(spec: str, base: Path) -> set[str]:
    from roadmap_lint.scanning.scanner import scan

    result = scan(spec, base=base)
    return {name for name in ("database", "cache") if result.signals[name].present}


@pytest.mark.parametrize("revision", ["", "HEAD"])
def test_paths_with_line_breaks_are_read_by_id(tmp_path: Path, revision: str) -> None:
    # Blobs are asked for by path, one per line: git would end `b\nc` early and read `a\r`
    # as `a`, so those two go by blob id, and each path gets its own content.
    from roadmap_lint.scanning.gitread import GitRepo

    files = {"a\r": "carriage\n", "a": "plain\n", "b\nc": "newline\n", "b": "b\n"}
    repo = GitRepo(make_repo(tmp_path / "repo", files), revision)
    blobs = repo.start_blobs()
    try:
        assert repo.read(list(files), 100, blobs) == {k: v.encode() for k, v in files.items()}
    finally:
        blobs.close()
        blobs.close()  # a listing may be closed twice


def test_a_working_copy_is_read_from_its_index(tmp_path: Path) -> None:
    # What is staged is what a pre-commit hook checks: not the last commit, not the disk.
    repo = make_repo(tmp_path / "repo", {"requirements.txt": "redis\n"})
    (repo / "requirements.txt").write_text("psycopg\n")
    subprocess.run(["git", "add", "requirements.txt"], cwd=repo, check=True)
    (repo / "requirements.txt").write_text("flask\n")
    assert _dependency_signals("repo", tmp_path) == {"database"}
    assert _dependency_signals("repo/.", tmp_path) == {"database"}


@pytest.mark.parametrize("folder", [".", "services"])
def test_a_scan_classifying_as_git_lists_matches_one_of_the_whole_list(
    tmp_path: Path, folder: str
) -> None:
    # Over 64 KiB of paths: git's listing reaches the classifier in several chunks (in a
    # subfolder, each cut to the folder's own paths) while the rest is still being listed.
    from roadmap_lint.scanning.config import SignalConfig
    from roadmap_lint.scanning.detect import detect
    from roadmap_lint.scanning.local import open_local
    from roadmap_lint.scanning.scanner import inspect

    files = {f"services/svc{i // 40}/{'module' * 8}_{i}.py": "x = 1\n" for i in range(2500)}
    files |= {f"services/svc{i}/tests/test_{i}.py": "def test(): pass\n" for i in range(0, 60, 7)}
    files |= {"services/Dockerfile": "FROM python\n", "services/requirements.txt": "redis\n"}
    repo = make_repo(tmp_path / "repo", files)
    chunks: list[int] = []
    listing = open_local(repo / folder, each=lambda chunk: chunks.append(len(chunk)))
    try:
        whole = detect(listing.paths, listing.read, SignalConfig())
    finally:
        listing.close()
    assert len(chunks) > 1 and sum(chunks) == len(listing.paths)
    _, streamed, paths = inspect(f"repo/{folder}", base=tmp_path)
    assert paths == listing.paths
    assert streamed == whole
    assert streamed.signals["tests"].present and streamed.signals["cache"].present
