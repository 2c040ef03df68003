"""The one-page roadmap (``ROADMAP.md``): five columns of known, built and next, plus the charts.

Only facts that change when the roadmap or a project changes go on the page — no date, no
finding, a commit sha only in links to a project kept outside the portfolio (the commit that
was scanned) — so ``render --check`` stays green until there is something new to show.

It stays one page: each piece of evidence is linked once (in the list of projects, one file per
signal), a table cell lists at most ``MAX_PER_CELL`` skills or projects and says how many more
there are, and the signal matrix shows the rest as marks. docs/render.md gives the budget the
tests hold a five-project roadmap to.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roadmap_lint.analysis.links import RepoLinks, github_links
from roadmap_lint.core.files import path_in_url
from roadmap_lint.core.names import github_repo_of_url
from roadmap_lint.core.vocabulary import AREA_TITLES, AREAS, status_label
from roadmap_lint.git.worktree import WorkTree, work_tree
from roadmap_lint.model import Project, Roadmap
from roadmap_lint.scanning.result import ScanResult

TEMPLATE = "roadmap-page.md.j2"
STATUS_MARKS = {"comfortable": "●", "fragile": "◐", "theoretical": "○"}

#: Skills or projects named in one table cell; the rest are counted.
MAX_PER_CELL = 8


@dataclass(frozen=True)
class Link:
    text: str
    url: str | None


@dataclass(frozen=True)
class Built:
    project: Link
    status: str
    #: (signal, the first file that shows it)
    evidence: tuple[tuple[str, Link], ...]


@dataclass(frozen=True)
class Column:
    title: str
    known: tuple[tuple[str, str], ...]
    built: tuple[Built, ...]
    next: str
    practice: tuple[str, ...]
    #: skills and projects left out of the cells (over ``MAX_PER_CELL``)
    more_known: int = 0
    more_built: int = 0


@dataclass(frozen=True)
class Page:
    """Where the roadmap lives and where the page goes.

    The page is read on GitHub, so no link may lead to a folder on the learner's machine: a
    project folder that travels with the page (in its repository) gets a link relative to the
    page (GitHub follows it, and it holds no commit, so ``render --check`` stays quiet); one
    elsewhere gets its github.com ``origin`` at the commit that was scanned (the only commit
    known to hold the files shown); anything else is plain text.
    """

    roadmap: Path
    output: Path

    @functools.cached_property
    def _own_tree(self) -> Path | None:
        tree = work_tree(self.output.absolute().parent)
        return tree.top if tree else None

    def links(self, repo: str, head: str | None = None) -> RepoLinks:
        """The links of the project whose ``repo`` is given; ``head`` is its scanned commit.

        A project named on GitHub links to ``HEAD``: its next commit must not make
        ``render --check`` fail."""
        local = self.roadmap.parent / repo
        if repo and github_repo_of_url(repo) is None and local.exists():
            if self._published_with_page(local, work_tree(local)):
                relative = path_in_url(Path(os.path.relpath(local, self.output.parent)).as_posix())
                return RepoLinks(relative, relative + "/")
            return github_links(repo, self.roadmap.parent, head)
        return github_links(repo, self.roadmap.parent)

    def _published_with_page(self, folder: Path, tree: WorkTree | None) -> bool:
        """Whether ``folder`` travels with the page: it is in the page's work tree or, when
        the page is in none, inside the roadmap's folder."""
        if self._own_tree is not None:
            return tree is not None and tree.top == self._own_tree
        return folder.resolve().is_relative_to(self.roadmap.absolute().parent.resolve())


def render_page(
    page: Page, roadmap: Roadmap, scans: Mapping[str, ScanResult] | None, source: str
) -> str:
    """The whole of ``ROADMAP.md`` for ``roadmap``; ``source`` is the roadmap path it names."""
    from roadmap_lint.analysis.balance import area_scores, weakest_area
    from roadmap_lint.reporting.markdown import balance_chart, signal_matrix

    scores = area_scores(roadmap, scans)

    values: dict[str, Any] = {
        "source": source,
        "roadmap": roadmap,
        "columns": [_column(page, roadmap, scans, area) for area in AREAS],
        "marks": STATUS_MARKS,
        "chart": balance_chart(scores),
        "weakest": weakest_area(scores),
        "matrix": signal_matrix(roadmap, scans),
        "projects": [_built(page, project, scans) for project in roadmap.projects],
    }
    return str(_template().render(**values))


def _column(
    page: Page, roadmap: Roadmap, scans: Mapping[str, ScanResult] | None, name: str
) -> Column:
    area = roadmap.areas.get(name)
    skills = area.skills if area else ()
    named = {project_id for skill in skills for project_id in skill.projects}
    projects = [p for p in roadmap.projects if name in p.areas or p.id in named]
    return Column(
        title=AREA_TITLES[name],
        known=tuple((skill.name, skill.status) for skill in skills[:MAX_PER_CELL]),
        built=tuple(_built(page, project, None) for project in projects[:MAX_PER_CELL]),
        next=area.next if area else "",
        practice=tuple(
            skill.name
            for skill in skills
            if skill.bucket == "essential_now" and skill.status != "comfortable"
        ),
        more_known=max(0, len(skills) - MAX_PER_CELL),
        more_built=max(0, len(projects) - MAX_PER_CELL),
    )


def _built(page: Page, project: Project, scans: Mapping[str, ScanResult] | None) -> Built:
    """A project, with a link to the first file that shows each signal (when scanned)."""
    scan = (scans or {}).get(project.id)
    links = page.links(project.repo, scan.head if scan else None)
    shown = scan.signals if scan is not None and scan.error is None else {}
    # The file's name is the link's text; its path is in the link (and in the scan's JSON).
    evidence = tuple(
        (name, Link(_file_name(first), links.file(first)))
        for name, signal in shown.items()
        if signal.present and signal.evidence
        for first in signal.evidence[:1]
    )
    return Built(Link(project.title, links.home), status_label(project.status), evidence)


def _file_name(evidence: str) -> str:
    """``a/b/requirements.txt#psycopg`` → ``requirements.txt#psycopg``."""
    path, mark, detail = evidence.partition("#")
    return path.rsplit("/", 1)[-1] + mark + detail


def _template() -> Any:
    from roadmap_lint.core.templating import template_environment
    from roadmap_lint.reporting.markdown import md_text

    filters: dict[str, Callable[..., str]] = {"md": md_text, "link": _markdown_link}
    return template_environment(filters=filters, lstrip_blocks=False).get_template(TEMPLATE)


def _markdown_link(link: Link) -> str:
    from roadmap_lint.reporting.markdown import md_text

    if link.url is None:
        return md_text(link.text)
    url = link.url.replace("(", "%28").replace(")", "%29")
    return f"[{md_text(link.text)}]({url})"
