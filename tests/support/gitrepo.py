"""Build real git repositories with pinned commit dates, for tests and benchmarks."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from pathlib import Path


def git(repo: Path, *args: str, date: str | None = None, check: bool = True) -> str:
    """Run git in ``repo`` with a fixed identity and, when given, a fixed author/commit date."""
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test Learner",
        "GIT_AUTHOR_EMAIL": "learner@example.invalid",
        "GIT_COMMITTER_NAME": "Test Learner",
        "GIT_COMMITTER_EMAIL": "learner@example.invalid",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"{date}T12:00:00+00:00"
    done = subprocess.run(
        ["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if check and done.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {done.stderr}")
    return done.stdout.strip()


def make_repo(
    path: Path, files: Mapping[str, str | bytes] | None = None, *, date: str = "2026-01-05"
) -> Path:
    """A new repository at ``path`` with ``files`` committed on ``date`` (YYYY-MM-DD)."""
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q")
    if files:
        commit(path, files, date=date)
    return path


def commit(
    repo: Path, files: Mapping[str, str | bytes], *, date: str, message: str = "update"
) -> str:
    """Write ``files`` (path → content; None deletes) and commit them; returns the new sha."""
    for name, content in files.items():
        target = repo / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--allow-empty", "-m", message, date=date)
    return git(repo, "rev-parse", "HEAD")


def commit_stamped(repo: Path, files: Mapping[str, str | bytes], stamp: str) -> str:
    """Commit ``files`` with a raw git time stamp (``<seconds> <offset>``), which may be one
    `git commit` refuses but git reads anyway (an offset of +9959, a year after 9999)."""
    for name, content in files.items():
        target = repo / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content if isinstance(content, bytes) else content.encode())
    git(repo, "add", "-A")
    tree = git(repo, "write-tree")
    parent = git(repo, "rev-parse", "--verify", "-q", "HEAD", check=False)
    who = f"Test Learner <learner@example.invalid> {stamp}"
    body = f"tree {tree}\n" + (f"parent {parent}\n" if parent else "")
    body += f"author {who}\ncommitter {who}\n\nstamped\n"
    return write_head_commit(repo, body)


def write_head_commit(repo: Path, body: str) -> str:
    """Write a commit object from its raw ``body`` (as git would not) and point HEAD at it."""
    done = subprocess.run(
        ["git", "hash-object", "-t", "commit", "-w", "--stdin"],
        cwd=repo,
        input=body.encode(),
        capture_output=True,
        check=True,
    )
    sha = done.stdout.decode().strip()
    git(repo, "update-ref", "HEAD", sha)
    return sha
