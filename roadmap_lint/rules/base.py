"""What a rule is, and what it is given: the shapes every rule module follows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from roadmap_lint.core.findings import Severity
from roadmap_lint.loading.document import Document
from roadmap_lint.loading.pointers import join
from roadmap_lint.loading.validation import SchemaProblem
from roadmap_lint.model import Project, Roadmap
from roadmap_lint.scanning.result import ScanResult

if TYPE_CHECKING:
    from roadmap_lint.history.record import History
    from roadmap_lint.postings.report import PostingsReport


@dataclass(frozen=True)
class Problem:
    """What a rule reports; the engine adds the rule's code, severity and the position.

    `pointer` says what the problem is about; the engine turns it into line:column (of the key
    when `at_key`). `position` overrides that for problems found while parsing.
    """

    message: str
    pointer: str = ""
    hint: str = ""
    at_key: bool = False
    position: tuple[int, int] | None = None


@dataclass(frozen=True)
class RuleContext:
    """Everything a rule may look at. Stages that did not run leave their part as None."""

    document: Document
    roadmap: Roadmap
    today: dt.date
    thresholds: Mapping[str, int]
    schema_problems: tuple[SchemaProblem, ...] = ()
    #: project id → scan result; None when scanning was skipped (`--no-scan`).
    scans: Mapping[str, ScanResult] | None = None
    #: the roadmap's git history; None when it was skipped (`--no-history`).
    history: History | None = None
    #: the check runs in GitHub Actions, where only the portfolio itself is checked out.
    in_ci: bool = False
    #: the job postings read (`--postings`, `lint.postings`); None when none were given.
    postings: PostingsReport | None = None

    def available_history(self) -> History | None:
        """The history when it was read and could be; None when skipped or unavailable."""
        return self.history if self.history is not None and self.history.available else None

    def scan_of(self, project_id: str) -> ScanResult | None:
        return None if self.scans is None else self.scans.get(project_id)

    def scanned_projects(self) -> Iterator[tuple[Project, ScanResult]]:
        """Each project whose repository was scanned and could be read, with its scan."""
        for project in self.roadmap.projects:
            scan = self.scan_of(project.id)
            if scan is not None and scan.error is None:
                yield project, scan


@dataclass(frozen=True)
class Option:
    """A number a rule reads, which a user sets under ``lint.thresholds.<name>``.

    Each option is declared once, as a constant; rules that read the same number list the
    same object. The schema's ``thresholds`` section is generated from these declarations
    (``python -m roadmap_lint.rules.docs``), and a test fails when the two differ.
    """

    name: str
    default: int
    description: str
    minimum: int = 1
    maximum: int = 3660

    def accepts(self, value: object) -> bool:
        is_int = isinstance(value, int) and not isinstance(value, bool)
        return is_int and self.minimum <= value <= self.maximum  # type: ignore[operator]


class Rule(Protocol):
    """The shape of a rule module (a module satisfies it through its globals).

    `NEEDS` names the stages a rule reads (`"scan"`, `"history"`), and `"clock"` when it
    fires because time passed (a commit cannot fix that, so the pre-commit hook turns the
    clock off): the rule is skipped when one of them is off. `OPTIONS` lists the numbers it
    reads from `ctx.thresholds`. `SEVERITY` is the default a user may change in `lint.severity`.
    The module docstring is the rule's documentation.
    """

    CODE: str
    NAME: str
    SEVERITY: Severity
    NEEDS: frozenset[str]
    OPTIONS: tuple[Option, ...]
    __doc__: str | None

    def check(self, ctx: RuleContext) -> Iterable[Problem]: ...


def loading_problems(ctx: RuleContext, kind: str, hint: str = "") -> Iterator[Problem]:
    """The problems of ``kind`` the loader recorded, at the positions it found them."""
    for found in ctx.document.problems:
        if found.kind == kind:
            yield Problem(
                found.message,
                found.pointer,
                found.hint or hint,
                position=(found.line, found.column),
            )


def inline_ignore_lists(data: object, pointer: str = "") -> Iterator[tuple[str, list[object]]]:
    """``(pointer of the item, its ignore: list)`` for every item that has one.

    The top-level ``lint:`` section is skipped: its ``ignore`` is the file-wide list, not an
    item's suppression.
    """
    if isinstance(data, dict):
        names = data.get("ignore")
        if pointer and isinstance(names, list):
            yield pointer, names
        for key, value in data.items():
            if not (pointer == "" and key == "lint"):
                yield from inline_ignore_lists(value, join(pointer, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from inline_ignore_lists(value, join(pointer, index))
