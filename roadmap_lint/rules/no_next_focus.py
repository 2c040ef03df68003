"""The latest review names no `next_focus`.

**Why:** every review should end with the one gap to close next. Without it, the review
records the past but does not steer what you do on Monday.

**Fix:** add `next_focus:` to the latest review: one concrete gap, ideally a project that
forces you to practise your weakest area.

**Fails:**

```yaml
reviews:
  - {date: 2026-10-01, kind: quarterly, built: notes-api}
```

**Passes:**

```yaml
reviews:
  - {date: 2026-10-01, kind: quarterly, next_focus: Deploy notes-api with CI}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL212"
NAME = "no-next-focus"
SEVERITY = Severity.INFO
NEEDS: frozenset[str] = frozenset()
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    latest = ctx.roadmap.latest_review(ctx.today)
    if latest is not None and not latest.next_focus:
        yield Problem(
            f"the latest review ({latest.date.isoformat()}, {latest.kind}) names no next_focus",
            latest.pointer,
            "add `next_focus:` with the one gap to close next",
        )
