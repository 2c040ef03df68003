"""Scan one repository, or every project of a roadmap in parallel.

`scan` raises `ScanError` with one line of reason; `scan_projects` turns that reason into a
`ScanResult` with `error` set, so one unreachable project never stops the others.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from roadmap_lint.core.secrets import redact
from roadmap_lint.git import GitError
from roadmap_lint.scanning.access import RemoteSettings
from roadmap_lint.scanning.gitread import PathChunks, ScanError
from roadmap_lint.scanning.local import Listing, open_git, open_local
from roadmap_lint.scanning.sources import Source, source_of

if TYPE_CHECKING:
    from roadmap_lint.git.objects import StoredFile
    from roadmap_lint.scanning.authorship import Learner
    from roadmap_lint.scanning.classify import Classifier
    from roadmap_lint.scanning.config import SignalConfig
    from roadmap_lint.scanning.detect import Detection
    from roadmap_lint.scanning.result import Authorship, ScanResult

#: Scans running at once: enough to overlap network waits, few enough to be polite.
MAX_WORKERS = 8
VIA = ("git", "api")
_DETECT = "roadmap_lint.scanning.detect"
#: Readers nearly every repository needs (none imports PyYAML until it parses something).
_READERS = (
    "roadmap_lint.scanning.content",
    "roadmap_lint.scanning.ci",
    "roadmap_lint.scanning.result",
)


def scan(
    spec: str,
    *,
    base: Path,
    config: SignalConfig | None = None,
    remote: RemoteSettings | None = None,
    via: str = "git",
    learner: Learner | None = None,
    within: StoredFile | None = None,
) -> ScanResult:
    """The signals and facts of the repository ``spec`` names (a path is relative to ``base``;
    with ``within``, to that roadmap in its clone: see ``scanning.within``); with
    ``learner``, the share of its commits that are theirs."""
    found = inspect(
        spec, base=base, config=config, remote=remote, via=via, learner=learner, within=within
    )
    return found[0]


def inspect(
    spec: str,
    *,
    base: Path,
    config: SignalConfig | None = None,
    remote: RemoteSettings | None = None,
    via: str = "git",
    learner: Learner | None = None,
    within: StoredFile | None = None,
) -> tuple[ScanResult, Detection, list[str]]:
    """`scan`, plus what `--explain` reads: the detection's details and the path list."""
    feed = _Feed(config)
    remote = remote or RemoteSettings()
    if within is None:
        source = source_of(spec, base)
    else:  # a project inside a roadmap's own clone: a plain scan does not load this
        from roadmap_lint.scanning.within import source_within

        source = source_within(spec, within)
    try:
        with _open(source, remote, via, within, feed, history=learner is not None) as listing:
            try:
                classifier = feed.finish(listing.paths)
                from roadmap_lint.scanning.detect import detect

                found = detect(listing.paths, listing.read, feed.config, classifier)
                authorship = None
                if learner is not None and listing.history is not None:
                    authorship = listing.history().share_of(learner)
            finally:
                listing.close()
    except GitError as error:
        raise ScanError(str(error)) from None
    except OSError as error:  # a cache folder or a file that cannot be written or read
        where = f" {error.filename}" if error.filename else ""
        raise ScanError(f"cannot use{where}: {error.strerror or error}") from None
    return _result(redact(spec, remote.secrets()), listing, found, authorship), found, listing.paths


def _result(
    repo: str, listing: Listing, found: Detection, authorship: Authorship | None
) -> ScanResult:
    from roadmap_lint.scanning.result import ScanResult

    notes = [note for note in (listing.note, *found.notes) if note]
    return ScanResult(
        repo=repo,
        head=listing.head,
        last_commit=listing.last_commit,
        files=found.files,
        languages=found.languages,
        signals=found.signals,
        note="; ".join(notes) or None,
        secret_files=tuple(found.secret_files),
        authorship=authorship,
        ecosystems=tuple(found.ecosystems),
    )


def scan_projects(
    projects: Sequence[tuple[str, str]],
    *,
    base: Path,
    config: SignalConfig | None = None,
    remote: RemoteSettings | None = None,
    progress: Callable[[str], None] | None = None,
    learner: Learner | None = None,
    within: StoredFile | None = None,
) -> dict[str, ScanResult]:
    """``(project id, repo)`` pairs → scan results, each distinct repo scanned once."""
    from concurrent.futures import ThreadPoolExecutor

    remote = remote or RemoteSettings()
    distinct = sorted({spec for _, spec in projects})
    workers = max(1, min(MAX_WORKERS, len(distinct)))

    from roadmap_lint.scanning.result import ScanResult

    def one(spec: str) -> ScanResult:
        try:
            return scan(
                spec, base=base, config=config, remote=remote, learner=learner, within=within
            )
        except ScanError as error:
            return ScanResult(repo=redact(spec, remote.secrets()), error=remote.redact(str(error)))

    results: dict[str, ScanResult] = {}
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="scan") as pool:
        for done, (spec, result) in enumerate(
            zip(distinct, pool.map(one, distinct), strict=True), 1
        ):
            results[spec] = result
            if progress is not None:
                progress(f"scanned {done}/{len(distinct)}: {result.repo}")
    return {project_id: results[spec] for project_id, spec in projects}


class _Feed:
    """Classifies the paths chunk by chunk while git lists the rest.

    The classifier's modules load in a thread while git lists the paths: git's waits release
    the GIL, so on a large tree most of their import time is hidden behind git's. Chunks that
    come before they have loaded wait in a list; after that each is classified as it comes, so
    most of the classifying happens while git is still listing, not after it.
    """

    #: the signal tables in use (set by the loading thread; read once it has been joined)
    config: SignalConfig

    def __init__(self, config: SignalConfig | None) -> None:
        self._given = config
        self._waiting: list[str] = []
        self._classifier: Classifier | None = None
        self._fed = False
        self._loading = threading.Thread(target=self._load, daemon=True)
        self._loading.start()

    def __call__(self, chunk: list[str]) -> None:
        self._fed = True
        if self._classifier is None and self._loading.is_alive():
            self._waiting += chunk
        else:
            self._ready().run(chunk)

    def finish(self, paths: Sequence[str]) -> Classifier:
        """The classifier, once it has seen every path of the listing: ``paths`` were not
        fed chunk by chunk when they come from a plain folder or the GitHub API."""
        classifier = self._ready()
        if not self._fed:
            classifier.run(paths)
        return classifier

    def _ready(self) -> Classifier:
        if self._classifier is None:
            self._loading.join()
            from roadmap_lint.scanning.detect import classifier_for

            self._classifier = classifier_for(self.config)
            self._classifier.run(self._waiting)
            self._waiting = []
        return self._classifier

    def _load(self) -> None:
        """In the thread: import the classifier and the readers most repositories need, and
        build the glob index (it is cached). Compiling every bucket here too was measured: it
        costs more than the few a tree uses save later."""
        from roadmap_lint.scanning.config import SignalConfig

        self.config = self._given or SignalConfig()
        importlib.import_module(_DETECT).compiled(self.config)
        for module in _READERS:
            importlib.import_module(module)


@contextmanager
def _open(
    source: Source,
    remote: RemoteSettings,
    via: str,
    within: StoredFile | None,
    each: PathChunks,
    *,
    history: bool,
) -> Iterator[Listing]:
    if via not in VIA:
        raise ScanError(f"unknown --via '{via}' (use git or api)")
    if via == "api":
        if source.kind != "github":
            raise ScanError("--via api reads GitHub repositories: give owner/name")
        from roadmap_lint.scanning.github_api import open_api

        yield open_api(source.location, remote)
    elif source.kind == "local" and within is not None:
        from roadmap_lint.scanning.within import repo_within

        yield open_git(repo_within(source, within), each=each)
    elif source.kind == "local":
        assert source.path is not None
        yield open_local(source.path, source.location, each)
    else:
        from roadmap_lint.scanning.remote import github_clone_url, open_url

        url = source.location
        if source.kind == "github":
            url = github_clone_url(source.location, remote)
        with open_url(url, remote, history=history, each=each) as listing:
            yield listing
