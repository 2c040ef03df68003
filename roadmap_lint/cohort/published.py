"""The report a learner publishes for their mentor, and how the cohort reads it back.

``roadmap-lint check --publish`` (the Action's ``publish`` input) writes ``report.json`` as
the only file of the only commit on the portfolio's ``roadmap-lint-report`` branch, replaced
on each run. It names the portfolio commit it was made from (``made.commit``), so a mentor
knows it is current from the refs alone: one `git ls-remote` gives the portfolio's HEAD and
the branch's tip, and the report is fetched only when that tip is new.

A published report is the learner's own word, written by their workflow: the cohort checks
its shape (``schemas/report.schema.json``) and bounds before it believes a number of it, and
a mentor who wants every figure from their own run asks for ``--fresh``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from roadmap_lint import __version__
from roadmap_lint.check import CheckResult
from roadmap_lint.cohort.facts import Facts, facts_of
from roadmap_lint.core.errors import UserError
from roadmap_lint.git import read_blobs, run_git
from roadmap_lint.git.objects import tree_entry
from roadmap_lint.git.runner import GitError
from roadmap_lint.loading.validation import load_schema

BRANCH = "roadmap-lint-report"
REF = f"refs/heads/{BRANCH}"
FILE = "report.json"
SCHEMA = "report.schema.json"
#: The largest report read: a real one is a few kilobytes.
MAX_BYTES = 256 * 1024
#: Who the report's commit is by: the tool, not the learner (it is none of their work).
_IDENTITY = {
    "GIT_AUTHOR_NAME": "roadmap-lint",
    "GIT_AUTHOR_EMAIL": "roadmap-lint@users.noreply.github.com",
    "GIT_COMMITTER_NAME": "roadmap-lint",
    "GIT_COMMITTER_EMAIL": "roadmap-lint@users.noreply.github.com",
}


@dataclass(frozen=True)
class Published:
    """A report read back: the day it was made, the commit it describes, its facts."""

    made: dt.date
    commit: str
    roadmap: str
    facts: Facts


def report_json(result: CheckResult, commit: str, blob: str) -> dict[str, Any]:
    """The published report of one check of the roadmap at ``commit`` (blob ``blob``)."""
    return {
        "version": 1,
        "made": {
            "by": f"roadmap-lint {__version__}",
            "today": result.today.isoformat(),
            "commit": commit,
            "roadmap": result.roadmap,
            "blob": blob,
        },
        "facts": facts_of(result).to_json(),
    }


def read_published(repo: Path) -> Published | None:
    """The report on the branch fetched into ``repo``; None when it is missing, too large,
    not JSON, or not the shape the schema publishes."""
    entry = tree_entry(repo, REF, FILE)
    if entry is None or not entry.regular_file:
        return None
    raw = dict(read_blobs(repo, [entry.oid], max_bytes=MAX_BYTES)).get(entry.oid)
    return None if raw is None else parse_report(raw)


def parse_report(raw: bytes) -> Published | None:
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not _validator().is_valid(data):
        return None
    try:
        made = data["made"]
        return Published(
            dt.date.fromisoformat(made["today"]),
            made["commit"],
            made["roadmap"],
            Facts.from_json(data["facts"]),
        )
    except ValueError:  # a date the pattern lets through and the calendar does not hold
        return None


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema(SCHEMA))


def publish(result: CheckResult, roadmap: Path, url: str, env: dict[str, str]) -> str:
    """Commit ``result``'s report alone on ``BRANCH`` and force-push it to ``url``; return the
    commit. Nothing in the work tree, the index or any local branch changes."""
    folder = roadmap.absolute().parent
    head = _git(folder, "rev-parse", "--verify", "HEAD").strip()
    if _git(folder, "status", "--porcelain", "--", roadmap.name, check=False).strip():
        raise UserError(
            f"{result.roadmap} has changes that are not committed: a published report must"
            " describe a commit",
            hint="commit the roadmap first",
        )
    blob = _git(folder, "rev-parse", f"HEAD:./{roadmap.name}").strip()
    text = json.dumps(report_json(result, head, blob), indent=2, ensure_ascii=False) + "\n"
    stored = _git(folder, "hash-object", "-w", "--stdin", data=text.encode()).strip()
    tree = _git(folder, "mktree", data=f"100644 blob {stored}\t{FILE}\n".encode()).strip()
    message = f"roadmap-lint report for {head[:12]}"
    commit = _git(folder, "commit-tree", tree, "-m", message, env=_IDENTITY).strip()
    _git(folder, "push", "--force", "--quiet", "--", url, f"{commit}:{REF}", env=env)
    return commit


def _git(
    folder: Path,
    *args: str,
    data: bytes | None = None,
    env: dict[str, str] | None = None,
    check: bool = True,
) -> str:
    try:
        done = run_git(folder, args, env=env, data=data, check=check)
    except GitError as error:
        raise UserError(f"cannot publish the report: {error}") from None
    return done.stdout.decode("utf-8", "replace")
