"""No review of any kind within `monthly_days`.

**Why:** a short monthly check-in keeps the roadmap honest: did the month's work match the
plan, and does the next step still make sense? Any review (monthly, quarterly, annual or a
project retrospective) counts as one.

**Counts:** every entry in `reviews:`, by its `date`, plus entries an earlier commit listed
and a later one pruned. With no review at all, the days are counted from the roadmap's first
commit; without history the rule stays silent.

**Fix:** spend fifteen minutes on the check-in and add it to `reviews:` with `kind: monthly`.

**Fails** (with `--today 2026-11-25`):

```yaml
reviews:
  - {date: 2026-10-02, kind: monthly, next_focus: Token refresh}
```

**Passes:**

```yaml
reviews:
  - {date: 2026-11-03, kind: monthly, next_focus: Token refresh}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Problem, RuleContext
from roadmap_lint.rules.reviews import MONTHLY_DAYS, overdue

CODE = "RL102"
NAME = "monthly-checkin-overdue"
SEVERITY = Severity.INFO
NEEDS: frozenset[str] = frozenset({"clock"})
OPTIONS = (MONTHLY_DAYS,)


def check(ctx: RuleContext) -> Iterator[Problem]:
    yield from overdue(
        ctx, (), MONTHLY_DAYS, "add this month's check-in to `reviews:` with `kind: monthly`"
    )
