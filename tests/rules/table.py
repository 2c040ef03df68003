"""The shape of a rule-table case, and the one function that lints it.

A case is what a learner would have on disk: the roadmap text, the project repositories it
names (real git repositories, built in ``tmp_path``) and the roadmap's own git history (real
commits on pinned dates). Linting it with only its rule selected gives ``(code, line, column)``
triples, which the table compares with what it expects.

The stages a case turns on follow from what it gives: ``repos`` (even empty) runs the scan,
``versions`` (even empty: a repository where the roadmap was never committed) runs history,
``postings`` (file name → text) are saved job postings in a folder passed as ``--postings``.
Left out, the stage is skipped, as with ``--no-scan`` and ``--no-history``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from roadmap_lint.check import CheckOptions, run_check
from roadmap_lint.core.findings import Finding
from tests.support.gitrepo import commit, make_repo

Triple = tuple[str, int, int]

#: "Now" for every case unless it says otherwise.
TODAY = "2026-11-25"


@dataclass(frozen=True)
class Repo:
    """A project repository: ``files`` (path → content) committed on ``date``."""

    files: Mapping[str, str]
    date: str = "2026-11-01"


@dataclass(frozen=True)
class Case:
    """One roadmap situation → the exact findings of the rule it is filed under.

    ``text`` is the roadmap file as it stands; it defaults to the last of ``versions``
    (committed oldest first, each on its date). A ``text`` that differs from the last version
    is an uncommitted edit. ``repos`` live beside the roadmap's folder: a project reaches one
    named ``api`` with ``repo: ../api``. ``bug`` marks a case whose expectation the code does
    not meet yet (a strict xfail, so fixing the bug makes the test say so).
    """

    name: str
    expected: Sequence[Triple]
    text: str | None = None
    repos: Mapping[str, Repo] | None = None
    versions: Sequence[tuple[str, str]] | None = None
    postings: Mapping[str, str] | None = None
    today: str = TODAY
    bug: str | None = None
    #: linted as in GitHub Actions (``GITHUB_ACTIONS=true``)
    ci: bool = False

    @property
    def roadmap(self) -> str:
        if self.text is not None:
            return self.text
        assert self.versions, f"case {self.name!r} has neither text nor versions"
        return self.versions[-1][1]


def lint_case(tmp_path: Path, code: str, case: Case) -> list[Triple]:
    """The case's findings for ``code`` as ``(code, line, column)``."""
    return [(f.rule, f.line, f.column) for f in findings_of(tmp_path, code, case)]


def findings_of(tmp_path: Path, code: str, case: Case) -> list[Finding]:
    """Build the case's repositories under ``tmp_path``, lint with only ``code`` selected."""
    folder = tmp_path / "portfolio"
    folder.mkdir()
    for name, repo in (case.repos or {}).items():
        make_repo(tmp_path / name, repo.files, date=repo.date)
    if case.versions is not None:
        make_repo(folder)
        for date, version in case.versions:
            commit(folder, {"roadmap.yml": version}, date=date, message=f"roadmap on {date}")
    path = folder / "roadmap.yml"
    path.write_text(case.roadmap, encoding="utf-8")
    postings = None
    if case.postings is not None:
        postings = tmp_path / "postings"
        postings.mkdir()
        for name, text in case.postings.items():
            (postings / name).write_text(text, encoding="utf-8")
    result = run_check(
        CheckOptions(
            roadmap=path,
            today=dt.date.fromisoformat(case.today),
            select=(code,),
            scan=case.repos is not None,
            history=case.versions is not None,
            in_ci=case.ci,
            postings=postings,
        )
    )
    return result.findings
