"""An area of the roadmap has no project giving evidence for it.

An area counts as covered when a project lists it in `areas`, or when one of its skills
names a project. Once repositories are scanned, a project's detected signals also cover the
areas they belong to (tests cover testing and security, a Dockerfile covers deployment).

**Why:** the one-page roadmap asks, for every column, what you have *built*, not only what you
know. A column with nothing built is where interviews find the gaps.

**Fix:** plan a project that exercises the area and add it under `projects` with the area in
its `areas` list, or link an existing project to one of the area's skills.

**Fails:**

```yaml
areas:
  deployment_devops:
    skills: [{name: Docker, status: theoretical}]
projects:
  - {id: notes-api, repo: ../notes-api, areas: [api_design]}
```

**Passes:**

```yaml
projects:
  - {id: notes-api, repo: ../notes-api, areas: [api_design, deployment_devops]}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.analysis.evidence import covered_areas
from roadmap_lint.core.findings import Severity
from roadmap_lint.core.vocabulary import AREA_TITLES
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL201"
NAME = "area-without-project"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset()
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    covered = covered_areas(ctx.roadmap, ctx.scans)
    for name, area in ctx.roadmap.areas.items():
        if name not in covered:
            title = AREA_TITLES.get(name, name)
            yield Problem(
                f"no project gives evidence for the area '{title}'",
                area.pointer,
                f"add a project whose `areas` include {name}, or link one to a skill here",
                at_key=True,
            )
