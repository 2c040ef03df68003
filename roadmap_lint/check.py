"""The ``check`` pipeline: load → validate → scan → history → rules, as one plain function."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from roadmap_lint.analysis.summary import area_summary
from roadmap_lint.core.errors import UserError
from roadmap_lint.core.findings import Finding, fails
from roadmap_lint.git.objects import StoredFile
from roadmap_lint.loading.document import Document, load_bytes, read_document
from roadmap_lint.loading.validation import roadmap_schema, validate
from roadmap_lint.model import Roadmap, build_roadmap
from roadmap_lint.rules.base import RuleContext
from roadmap_lint.rules.engine import run_rules
from roadmap_lint.rules.settings import Settings, resolve_settings
from roadmap_lint.scanning.access import RemoteSettings
from roadmap_lint.scanning.result import ScanResult

if TYPE_CHECKING:
    from roadmap_lint.history import History
    from roadmap_lint.postings.report import PostingsReport


@dataclass(frozen=True)
class CheckOptions:
    roadmap: Path
    today: dt.date
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    fail_on: str | None = None
    scan: bool = True
    history: bool = True
    #: run the rules that fire because time passed (review cadences, stale projects…)
    clock: bool = True
    progress: Callable[[str], None] | None = None
    #: a folder of saved job postings (`--postings`); else the roadmap's `lint.postings`
    postings: Path | None = None
    #: the roadmap's bytes when they come from standard input (``roadmap`` then names them);
    #: such a roadmap has no file, so no history is read
    content: bytes | None = None
    #: the token, clone cache and GitHub addresses; the default clones into a temporary folder
    remote: RemoteSettings = field(default_factory=RemoteSettings)
    #: GitHub Actions' checkout folder (``GITHUB_WORKSPACE``): the root reports name the
    #: roadmap from when git cannot tell its repository's top level
    workspace: Path | None = None
    #: running in GitHub Actions, where a project's local folder is not checked out
    in_ci: bool = False
    #: the roadmap as a clone with no work tree holds it (a learner's portfolio in the
    #: cohort): ``content`` holds its bytes, ``roadmap`` its path in the repository; the
    #: history is read from that clone, and a project's local path from its tree
    stored: StoredFile | None = None


@dataclass
class CheckResult:
    """Everything reporters need; ``to_json`` is the documented, versioned contract."""

    roadmap: str
    today: dt.date
    findings: list[Finding]
    settings: Settings
    document: Document
    model: Roadmap
    scans: dict[str, ScanResult] | None = None
    history: History | None = None
    postings: PostingsReport | None = None

    @property
    def failed(self) -> bool:
        return fails(self.findings, self.settings.fail_on)

    def score(self) -> int:
        """The roadmap score (0–100): the Action's ``score`` output and the badge."""
        from roadmap_lint import rules
        from roadmap_lint.analysis.score import score_parts

        return score_parts(self.model, self.scans, self.findings, rules.UNSCORED).value

    def to_json(self) -> dict[str, Any]:
        from roadmap_lint.core.findings import summarize

        data: dict[str, Any] = {
            "version": 2,
            "roadmap": self.roadmap,
            "today": self.today.isoformat(),
            "summary": summarize(self.findings),
            "findings": [finding.to_json() for finding in self.findings],
            "projects": [
                {"id": project_id, **scan.to_json()}
                for project_id, scan in (self.scans or {}).items()
            ],
            "areas": area_summary(self.model),
        }
        if self.history is not None:
            data["history"] = self.history.to_json()
        if self.postings is not None:
            from roadmap_lint.analysis.demand import demand_json

            data["postings"] = demand_json(self.postings, self.model)
        return data


def run_check(options: CheckOptions) -> CheckResult:
    if options.content is None:
        document = read_document(options.roadmap)
        shown = shown_path(options.roadmap, options.workspace)
    else:  # standard input: no file, so no folder to name it from
        document = load_bytes(options.content, options.roadmap)
        shown = options.roadmap.as_posix()
    schema_problems = validate(document)
    model = build_roadmap(document.data)
    settings = resolve_settings(
        model.lint, select=options.select, ignore=options.ignore, fail_on=options.fail_on
    )
    stages: set[str] = {"clock"} if options.clock else set()
    scans = _scan(options, document, model) if options.scan and document.parsed else None
    if scans is not None:
        stages.add("scan")
    has_history = options.content is None or options.stored is not None
    wanted = options.history and has_history and document.parsed
    history = _history(options, document, settings) if wanted else None
    if history is not None:
        stages.add("history")
    postings = _postings(options, document, model)
    if postings is not None:
        stages.add("postings")
    ctx = RuleContext(
        document=document,
        roadmap=model,
        today=options.today,
        thresholds=settings.thresholds,
        schema_problems=tuple(schema_problems),
        scans=scans,
        history=history,
        in_ci=options.in_ci,
        postings=postings,
    )
    findings = run_rules(ctx, settings.selection, frozenset(stages), file=shown)
    return CheckResult(
        roadmap=shown,
        today=options.today,
        findings=findings,
        settings=settings,
        document=document,
        model=model,
        scans=scans,
        history=history,
        postings=postings,
    )


def shown_path(roadmap: Path, workspace: Path | None = None) -> str:
    """The roadmap's path as every report names it: from the top of its repository.

    The top is git's top level of the work tree holding the roadmap; outside one, ``workspace``
    (GitHub Actions' checkout folder) when it holds the roadmap. So annotations, SARIF
    locations and their fingerprints are the same wherever the command runs, and never an
    absolute path, which would land on no file in the repository and reveal the machine's
    folder layout. With no repository at all there is no top: the path is then the one from
    the current folder when the roadmap is below it, else the file's name.
    """
    from roadmap_lint.git.worktree import work_tree

    # The folder is resolved as git resolves its top level; the name is kept, so a roadmap
    # that is a symbolic link is still reported under the name it is checked in with.
    absolute = roadmap.absolute().parent.resolve() / roadmap.name
    tree = work_tree(absolute.parent)
    roots = (tree.top, None) if tree else (workspace, Path.cwd())
    for root in roots:
        if root is not None and absolute.is_relative_to(root.resolve()):
            return absolute.relative_to(root.resolve()).as_posix()
    return absolute.name


def _postings(options: CheckOptions, document: Document, model: Roadmap) -> PostingsReport | None:
    """The postings named by the flag, else by ``lint.postings`` (relative to the roadmap)."""
    named = model.lint.get("postings")
    if options.postings is not None:
        folder = options.postings
    elif isinstance(named, str) and document.parsed and options.content is None:
        folder = document.path.parent / named
    else:
        return None
    from roadmap_lint.postings import PostingsError, read_report

    try:
        return read_report(folder)
    except PostingsError as error:
        raise UserError(str(error), hint=error.hint) from None


def _scan(
    options: CheckOptions, document: Document, model: Roadmap
) -> dict[str, ScanResult] | None:
    """Scan every started project's repository, in parallel; paths are relative to the roadmap.

    Planned projects prove nothing yet, so they are not scanned.
    """
    from roadmap_lint.core.secrets import safe
    from roadmap_lint.scanning.authorship import Learner
    from roadmap_lint.scanning.config import SignalConfig
    from roadmap_lint.scanning.scanner import scan_projects

    shown = options.progress
    projects = [(p.id, p.repo) for p in model.projects if p.repo and p.status != "planned"]
    # Projects past the schema's maximum are an RL002 finding, and are not scanned: a hostile
    # roadmap could otherwise ask for thousands of clones.
    projects = projects[: roadmap_schema()["properties"]["projects"]["maxItems"]]
    scans = scan_projects(
        projects,
        base=document.path.parent,
        config=SignalConfig.from_lint(model.lint),
        remote=options.remote,
        progress=None if shown is None else (lambda message: shown(safe(message))),
        learner=Learner.named(model.github, model.emails),
        within=options.stored,
    )
    if shown is not None and projects:
        shown("")
    return scans


def _history(options: CheckOptions, document: Document, settings: Settings) -> History:
    """Read the roadmap's git history; a ``History`` that says why when it cannot."""
    from roadmap_lint.history import HistoryOptions, read_history

    if options.progress:
        options.progress("reading the roadmap's git history")
    history_options = HistoryOptions.from_lint(
        document.data.get("lint") if isinstance(document.data, dict) else None,
        settings.thresholds["quarterly_days"],
    )
    return read_history(
        options.roadmap,
        document.data,
        document.text,
        options.today,
        history_options,
        options.stored,
    )
