"""One learner's row: their facts from the cheapest honest source, or why there are none.

For a portfolio on a server, one `git ls-remote` gives its HEAD and the tip of its
``roadmap-lint-report`` branch. The published report is used when it describes that HEAD and
is recent enough; otherwise the portfolio is cloned (bare, blobless, every commit: the
roadmap's history) and checked here, its projects scanned through the same clone cache. A
local folder is checked as it is: its working copy may hold edits no report describes.

Whatever goes wrong with one learner becomes their row's reason; the others are unaffected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from roadmap_lint.check import CheckOptions, CheckResult, run_check
from roadmap_lint.cohort.facts import Facts, facts_of
from roadmap_lint.cohort.flags import flags_of
from roadmap_lint.cohort.published import BRANCH, REF, Published, read_published
from roadmap_lint.cohort.roster import Learner
from roadmap_lint.core.errors import UserError
from roadmap_lint.core.secrets import safe
from roadmap_lint.core.vocabulary import ROADMAP_FILES
from roadmap_lint.git import GitError, read_blobs
from roadmap_lint.git.objects import StoredFile, tree_entries
from roadmap_lint.loading.document import Limits
from roadmap_lint.scanning.access import RemoteSettings
from roadmap_lint.scanning.gitread import ScanError
from roadmap_lint.scanning.remote import (
    branch_clone,
    github_clone_url,
    history_clone,
    remote_env,
    remote_refs,
)
from roadmap_lint.scanning.sources import source_of


@dataclass(frozen=True)
class CohortOptions:
    today: dt.date
    #: the folder a local portfolio is relative to (the cohort file's)
    base: Path = field(default_factory=Path)
    remote: RemoteSettings = field(default_factory=RemoteSettings)
    quiet_days: int = 30
    #: the oldest published report used, in days; 0 never uses one
    published_max_days: int = 7
    #: check every portfolio here, whatever its learner published
    fresh: bool = False


@dataclass(frozen=True)
class Row:
    """One learner in the grid: their facts and flags, or the reason there are none.

    ``source`` is ``published`` (their report of ``made``), ``checked`` (here, today) or
    ``failed``.
    """

    learner: Learner
    source: str
    made: dt.date | None = None
    facts: Facts | None = None
    flags: tuple[str, ...] = ()
    reason: str | None = None


class Unreadable(Exception):
    """The learner's roadmap cannot be read; ``str()`` is the row's reason."""


def assess(learner: Learner, options: CohortOptions) -> Row:
    """The learner's row; never raises."""
    try:
        source, made, facts = _facts(learner, options)
    except (Unreadable, ScanError, GitError, UserError, OSError) as error:
        return Row(learner, "failed", reason=options.remote.redact(safe(str(error))))
    except Exception as error:  # one learner's failure is a row, never the end of the run
        reason = f"roadmap-lint failed on this portfolio ({type(error).__name__}: {error})"
        return Row(learner, "failed", reason=options.remote.redact(safe(reason)))
    return Row(learner, source, made, facts, flags_of(facts, options.today, options.quiet_days))


def _facts(learner: Learner, options: CohortOptions) -> tuple[str, dt.date, Facts]:
    source = source_of(learner.repo, options.base)
    if source.kind == "local":
        assert source.path is not None
        return "checked", options.today, _check_folder(source.path, learner, options)
    url = source.location
    if source.kind == "github":
        url = github_clone_url(source.location, options.remote)
    try:
        refs = remote_refs(url, options.remote, "HEAD", REF)
    except ScanError as error:
        raise Unreadable(_refused(str(error))) from None
    head = refs.get("HEAD")
    if head is None:
        raise Unreadable("the portfolio has no commits yet")
    tip = refs.get(REF)
    if tip is not None and options.published_max_days and not options.fresh:
        with branch_clone(url, options.remote, BRANCH, tip) as repo:
            published = read_published(repo)
        if published is not None and _current(published, head, learner, options):
            return "published", published.made, published.facts
    with history_clone(url, options.remote, head) as repo:
        return "checked", options.today, _check_clone(repo, url, learner, options)


def _current(report: Published, head: str, learner: Learner, options: CohortOptions) -> bool:
    """The report describes the portfolio's HEAD and the roadmap the cohort names, and it is
    no older than the cohort allows (nor from a day after the cohort's)."""
    age = (options.today - report.made).days
    named = learner.roadmap in (None, report.roadmap)
    return report.commit == head and named and 0 <= age <= options.published_max_days


def _check_folder(folder: Path, learner: Learner, options: CohortOptions) -> Facts:
    if not folder.is_dir():
        raise Unreadable(f"no such folder: {learner.repo}")
    names = (learner.roadmap,) if learner.roadmap else ROADMAP_FILES
    found = next((name for name in names if (folder / name).is_file()), None)
    if found is None:
        raise Unreadable(_no_roadmap(names))
    check = CheckOptions(roadmap=folder / found, today=options.today, remote=options.remote)
    return _facts_of(run_check(check), found)


def _check_clone(repo: Path, url: str, learner: Learner, options: CohortOptions) -> Facts:
    env = remote_env(url, options.remote)
    names = (learner.roadmap,) if learner.roadmap else ROADMAP_FILES
    entries = tree_entries(repo, "HEAD", names, env=env)
    name = next((name for name in names if name in entries), None)
    if name is None:
        raise Unreadable(_no_roadmap(names))
    entry = entries[name]
    if not entry.regular_file:
        raise Unreadable(f"{name} is not a regular file (a link or a folder): not read")
    stored = StoredFile(repo, name, env=env, partial=True)
    stored.prefetch([entry.oid])
    limit = Limits().max_bytes
    raw = dict(read_blobs(repo, [entry.oid], max_bytes=limit, env=env)).get(entry.oid)
    if raw is None:
        raise Unreadable(f"{name} could not be read (larger than {limit // 1024} KB, or missing)")
    check = CheckOptions(
        roadmap=Path(name), today=options.today, content=raw, stored=stored, remote=options.remote
    )
    return _facts_of(run_check(check), name)


def _facts_of(result: CheckResult, name: str) -> Facts:
    if not result.document.parsed:
        first = result.findings[0] if result.findings else None
        where = f" (line {first.line}, column {first.column}: {first.message})" if first else ""
        raise Unreadable(f"{name} does not parse as YAML{where}")
    return facts_of(result)


#: What servers say when a repository is missing or hidden from us; GitHub answers a private
#: repository it will not show exactly as one that does not exist.
_HIDDEN = ("not found", "not exported", "authentication failed", "could not read username")


def _refused(reason: str) -> str:
    if any(phrase in reason.casefold() for phrase in _HIDDEN):
        return (
            "the portfolio cannot be read: it does not exist, or it is private and the token"
            f" cannot read it ({reason})"
        )
    return reason


def _no_roadmap(names: tuple[str, ...]) -> str:
    return f"no roadmap in the portfolio (looked for {', '.join(names)})"
