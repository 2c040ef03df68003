"""A skill is marked comfortable, yet nothing proves it.

Fires when a `comfortable` skill lists no project, or only projects that are still planned
(they prove nothing yet). When repositories are scanned, it also fires when every started
project it lists turned out unreadable.

**Why:** comfortable means used in real conditions and explainable from memory. Before an
interview, the question is "does my portfolio prove what my roadmap claims?"; a comfortable
skill without a project is a claim with nothing behind it.

**Fix:** add the project where you used the skill to its `projects` list, or mark the skill
`fragile` or `theoretical` until you have one.

**Fails:**

```yaml
- {name: Docker, status: comfortable}
```

**Passes:**

```yaml
- {name: Docker, status: comfortable, projects: [notes-api]}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.analysis.evidence import backed_skills, started_projects
from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL302"
NAME = "comfortable-without-evidence"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset()
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    backed = backed_skills(ctx.roadmap)
    started = {project.id for project in started_projects(ctx.roadmap)}
    listed = {project.id for project in ctx.roadmap.projects}
    for skill in ctx.roadmap.skills():
        if skill.status != "comfortable":
            continue
        if not skill.projects:
            yield Problem(
                f"'{skill.name}' is marked comfortable but lists no project",
                skill.pointer + "/status",
                "add the project that proves it, or mark it fragile",
            )
        elif not listed.intersection(skill.projects):
            continue  # every name is unknown: RL004 says so
        elif skill.pointer not in backed:
            yield Problem(
                f"'{skill.name}' is marked comfortable but none of its projects has started",
                skill.pointer + "/projects",
                "a planned project proves nothing yet: mark the skill fragile until one does",
            )
        elif ctx.scans is not None and all(
            _unreadable(ctx, p) for p in skill.projects if p in started
        ):
            yield Problem(
                f"'{skill.name}' is marked comfortable but none of its projects could be read",
                skill.pointer + "/projects",
                "fix the projects' repo paths so the evidence can be checked",
            )


def _unreadable(ctx: RuleContext, project_id: str) -> bool:
    scan = ctx.scan_of(project_id)
    return scan is None or scan.error is not None
