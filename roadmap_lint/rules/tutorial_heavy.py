"""The portfolio leans on tutorials rather than independent projects.

Fires when there is no `kind: independent` project at all, or when tutorial and course
projects together outnumber the independent ones. Planned projects do not count.

**Why:** following a tutorial feels like progress, but the real test is building a small
service from a blank folder. Hiring conversations look for work that shows your own choices.

**Fix:** start an independent project from an empty repository (the next project on the
ladder: a notes API, a task manager with roles, …) and mark it `kind: independent`.

**Fails:**

```yaml
projects:
  - {id: todo-course, repo: ../todo, kind: course, status: done}
```

**Passes:**

```yaml
projects:
  - {id: todo-course, repo: ../todo, kind: course, status: done}
  - {id: notes-api, repo: ../notes-api, kind: independent, status: in_progress}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL206"
NAME = "tutorial-heavy"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset()
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    started = [p for p in ctx.roadmap.projects if p.status != "planned"]
    independent = sum(1 for p in started if p.kind == "independent")
    guided = len(started) - independent
    if independent == 0:
        yield Problem(
            "no independent project has been started",
            "/projects",
            "start one service from a blank repository and mark it `kind: independent`",
            at_key=True,
        )
    elif guided > independent:
        yield Problem(
            f"{guided} tutorial or course projects outnumber {independent} independent ones",
            "/projects",
            "turn the next tutorial idea into a project of your own design",
            at_key=True,
        )
