"""No quarterly or annual review within `quarterly_days`.

**Why:** every quarter you step back and ask what you built, what slowed you down, what you
studied but never applied, and which one gap to close next. Skipping it lets a roadmap drift
into a reading list. An annual review covers the quarter too.

**Counts:** entries in `reviews:` with `kind: quarterly` or `kind: annual`, by their `date`.
Entries an earlier commit listed and a later one pruned still count; commits alone never do.
With no such review at all, the days are counted from the roadmap's first commit; without
history there is nothing to count from, and the rule stays silent.

**Fix:** hold the review (`roadmap-lint review --cadence quarterly` opens an issue with its
checklist) and add it to `reviews:`.

**Fails** (with `--today 2026-11-25`):

```yaml
reviews:
  - {date: 2026-07-03, kind: quarterly, next_focus: Deploy notes-api}
```

**Passes:**

```yaml
reviews:
  - {date: 2026-10-01, kind: quarterly, next_focus: Deploy notes-api}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Problem, RuleContext
from roadmap_lint.rules.reviews import QUARTERLY_DAYS, overdue

CODE = "RL101"
NAME = "quarterly-review-overdue"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset({"clock"})
OPTIONS = (QUARTERLY_DAYS,)


def check(ctx: RuleContext) -> Iterator[Problem]:
    yield from overdue(
        ctx,
        ("quarterly", "annual"),
        QUARTERLY_DAYS,
        "hold a quarterly review and add it to `reviews:` with `kind: quarterly`",
    )
