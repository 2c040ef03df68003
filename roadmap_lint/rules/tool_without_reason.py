"""A major tool was added without a project that asked for it.

A skill marked `major_tool: true` (a framework, a database engine, a cloud platform, a
message broker) must name, in `reason`, the project that gave a reason to learn it.

**Why:** do not add a new major tool until an existing project gives you a reason. That keeps
the roadmap grounded in what you build rather than in what sounds impressive.

**Fix:** set `reason` to the id of the project that needs the tool, or drop the tool until
one does.

**Fails:**

```yaml
- {name: Kubernetes, status: theoretical, major_tool: true}
```

**Passes:**

```yaml
- {name: Redis, status: fragile, major_tool: true, reason: notes-api}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL211"
NAME = "tool-without-reason"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset()
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    for skill in ctx.roadmap.skills():
        if skill.major_tool and not skill.reason:
            yield Problem(
                f"major tool '{skill.name}' has no reason: no project asked for it",
                skill.pointer + "/major_tool",
                "set `reason:` to the project that needs it, or drop the tool for now",
            )
