"""bench/accuracy.py: the label file is checked before anything is measured, and a
repository whose HEAD is not the labelled commit is skipped, never compared."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.support.gitrepo import git, make_repo

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_accuracy", ROOT / "bench/accuracy.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


accuracy = _load()
SHA = "0123456789abcdef" * 2 + "01234567"


def _entry(repo: str = "ada/notes-api", commit: str = SHA, **signals: bool) -> str:
    lines = [
        f"  - repo: {repo}",
        f"    commit: {commit}",
        "    ecosystem: python-flask",
        "    size: learner",
        "    signals:",
    ]
    for name in accuracy.SIGNALS:
        present = "true" if signals.get(name, False) else "false"
        lines.append(f'      {name}: {{present: {present}, why: "checked by hand"}}')
    return "\n".join(lines)


def _write(tmp_path: Path, *entries: str) -> Path:
    path = tmp_path / "labels.yaml"
    path.write_text("version: 1\nrepositories:\n" + "\n".join(entries) + "\n", encoding="utf-8")
    return path


def test_the_shipped_corpus_loads() -> None:
    entries = accuracy.load_labels(accuracy.DEFAULT_LABELS)
    assert len(entries) >= 45
    assert {e.size for e in entries} == {"learner", "large"}


def test_a_valid_file_loads(tmp_path: Path) -> None:
    (entry,) = accuracy.load_labels(_write(tmp_path, _entry(tests=True)))
    assert entry.repo == "ada/notes-api"
    assert entry.signals["tests"] == accuracy.Label(True, "checked by hand")
    assert not entry.signals["ci"].present


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_entry().replace("  license: ", "  licence: "), "unknown licence; missing license"),
        (_entry(commit="abc123"), "'commit' must be 40"),
        (_entry().replace("present: false", "present: maybe", 1), "'present' must be"),
        (_entry().replace('why: "checked by hand"', 'why: ""', 1), "'why' must say"),
        (_entry() + "\n" + _entry(), "labelled twice"),
        (_entry(repo="notes-api"), "owner/name"),
    ],
)
def test_a_broken_file_is_refused_with_its_place(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(accuracy.LabelError, match=message):
        accuracy.load_labels(_write(tmp_path, text))


def test_a_repository_at_another_commit_is_skipped(tmp_path: Path) -> None:
    mirrors = tmp_path / "mirrors"
    repo = make_repo(mirrors / "ada+notes-api" / "repo", {"README.md": "# notes\n"})
    head = git(repo, "rev-parse", "HEAD")
    calls: list[Path] = []

    def scanner(git_dir: Path) -> tuple[str, dict[str, tuple[bool, tuple[str, ...]]]]:
        calls.append(git_dir)
        return head, {"readme": (True, ("README.md",)), "tests": (True, ("x_test.py",))}

    entries = accuracy.load_labels(
        _write(tmp_path, _entry(commit=head, readme=True), _entry("ada/old", commit=SHA))
    )
    make_repo(mirrors / "ada+old", {"a.txt": "a\n"})  # a work tree: found through its .git
    report = accuracy.measure(entries, mirrors, "labels.yaml", scanner)

    assert calls == [repo / ".git"]
    assert [repo for repo, _ in report.skipped] == ["ada/old"]
    assert report.signals["readme"].agree == 1
    assert [(d.signal, d.label, d.scanner) for d in report.disagreements] == [
        ("tests", False, True)
    ]
    assert report.overall.total == 15 and report.overall.agree == 14
    assert "tests  label no, scanner yes" in accuracy.render_text(report)
