"""No annual review within `annual_days`.

**Why:** once a year the whole roadmap is reset: each topic goes back into one of three
buckets (essential now, useful next, optional later), and what no longer serves the goal is
dropped. Without the reset, a roadmap only ever grows.

**Counts:** entries in `reviews:` with `kind: annual`, by their `date`, plus entries an earlier
commit listed and a later one pruned. With no annual review at all, the days are counted from
the roadmap's first commit; without history the rule stays silent.

**Fix:** hold the annual reset, re-sort every skill's `bucket`, and add the review to
`reviews:` with `kind: annual` and the topics you dropped under `removed:`.

**Fails** (with `--today 2026-11-25`):

```yaml
reviews:
  - {date: 2025-09-30, kind: annual, removed: [GraphQL]}
```

**Passes:**

```yaml
reviews:
  - {date: 2026-01-10, kind: annual, removed: [GraphQL]}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Problem, RuleContext
from roadmap_lint.rules.reviews import ANNUAL_DAYS, overdue

CODE = "RL103"
NAME = "annual-reset-overdue"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset({"clock"})
OPTIONS = (ANNUAL_DAYS,)


def check(ctx: RuleContext) -> Iterator[Problem]:
    yield from overdue(
        ctx,
        ("annual",),
        ANNUAL_DAYS,
        "hold the annual reset: re-sort every skill's bucket, drop what no longer serves"
        " the goal, and add the review with `kind: annual`",
    )
