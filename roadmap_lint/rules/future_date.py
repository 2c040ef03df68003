"""A date lies in the future.

Looks at each review's `date` and each project's `completed` date, compared with today
(or with `--today`).

**Why:** the staleness checks trust these dates. A review dated next month would hide an
overdue review; a project "completed" next week has not been completed.

**Fix:** correct the date, or remove it until the event has happened.

**Fails:**

```yaml
reviews:
  - {date: 2099-01-01, kind: quarterly}
```

**Passes:**

```yaml
reviews:
  - {date: 2026-10-01, kind: quarterly}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL006"
NAME = "future-date"
SEVERITY = Severity.ERROR
NEEDS: frozenset[str] = frozenset()
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    dated = [(r.date, r.pointer + "/date", "review") for r in ctx.roadmap.reviews]
    dated += [
        (p.completed, p.pointer + "/completed", f"project '{p.id}' completion")
        for p in ctx.roadmap.projects
        if p.completed
    ]
    for date, pointer, what in dated:
        if date and date > ctx.today:
            yield Problem(
                f"{what} date {date.isoformat()} is after today ({ctx.today.isoformat()})",
                pointer,
                "write the date the event really happened",
            )
