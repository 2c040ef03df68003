"""The one-page roadmap (``ROADMAP.md``): five columns of known, built and next, plus the charts.

Only facts that change when the roadmap or a project changes go on the page — no date, no
commit sha, no finding — so ``render --check`` stays green until there is something new to show.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from roadmap_lint.analysis.evidence import SIGNAL_AREAS
from roadmap_lint.core.names import github_repo, github_repo_of_url
from roadmap_lint.model import AREA_TITLES, AREAS, Project, Roadmap
from roadmap_lint.scanning.result import ScanResult

TEMPLATE = "roadmap-page.md.j2"
STATUS_MARKS = {"comfortable": "●", "fragile": "◐", "theoretical": "○"}

#: Evidence links per signal on the page; the matrix below it has the full picture.
_MAX_EVIDENCE = 2


@dataclass(frozen=True)
class Link:
    text: str
    url: str | None


@dataclass(frozen=True)
class Built:
    project: Link
    status: str
    evidence: tuple[tuple[str, Link], ...]


@dataclass(frozen=True)
class Column:
    title: str
    known: tuple[tuple[str, str], ...]
    built: tuple[Built, ...]
    next: str
    practice: tuple[str, ...]


@dataclass(frozen=True)
class Page:
    """Where the roadmap lives and where the page goes: links are relative to the page."""

    roadmap: Path
    output: Path

    def repo_url(self, repo: str) -> str | None:
        """A browsable address for a project's repository, or None when there is none."""
        local = self.roadmap.parent / repo
        slug = github_repo_of_url(repo)
        if repo and slug is None and local.exists():
            return quote(Path(os.path.relpath(local, self.output.parent)).as_posix())
        slug = slug or github_repo(repo)
        return f"https://github.com/{slug}" if slug else None

    def file_url(self, repo_url: str | None, evidence: str) -> str | None:
        """Where a piece of evidence lives; ``requirements.txt#psycopg`` links to the file."""
        if repo_url is None:
            return None
        path = evidence.split("#", 1)[0]
        if repo_url.startswith("https://"):
            return f"{repo_url}/blob/HEAD/{quote(path)}"
        return f"{repo_url}/{quote(path)}"


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
        "projects": [_built(page, project, scans, None) for project in roadmap.projects],
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
        known=tuple((skill.name, skill.status) for skill in skills),
        built=tuple(_built(page, project, scans, name) for project in projects),
        next=area.next if area else "",
        practice=tuple(
            skill.name
            for skill in skills
            if skill.bucket == "essential_now" and skill.status != "comfortable"
        ),
    )


def _built(
    page: Page, project: Project, scans: Mapping[str, ScanResult] | None, area: str | None
) -> Built:
    """A project with links to the files that show its signals (those of ``area`` only)."""
    repo_url = page.repo_url(project.repo)
    scan = (scans or {}).get(project.id)
    evidence = []
    for name, signal in sorted(scan.signals.items()) if scan and not scan.error else ():
        if signal.present and (area is None or SIGNAL_AREAS.get(name) == area):
            evidence += [
                (name, Link(path, page.file_url(repo_url, path)))
                for path in signal.evidence[:_MAX_EVIDENCE]
            ]
    return Built(Link(project.title, repo_url), project.status, tuple(evidence))


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
