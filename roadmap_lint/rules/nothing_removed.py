"""No skill has been removed from the roadmap for a year.

**Why:** simplifying is part of the annual reset: topics that no longer serve the goal are
dropped, so that the essentials stay visible. A roadmap that never loses anything only grows.

**Counts,** from the roadmap's git history: a skill deleted from the file, or a topic listed
under a review's `removed:`. The rule waits until history covers more than `annual_days`
(a young roadmap has had no chance to simplify yet), and is silent without history (RL100).

**Fix:** at the next review, drop or park what you no longer need and record it under the
review's `removed:`.

**Fails:** history reaching back 500 days with no skill ever deleted.

**Passes:**

```yaml
reviews:
  - {date: 2026-10-02, kind: quarterly, removed: [Kubernetes]}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Problem, RuleContext
from roadmap_lint.rules.reviews import ANNUAL_DAYS

CODE = "RL209"
NAME = "nothing-removed"
SEVERITY = Severity.INFO
NEEDS: frozenset[str] = frozenset({"history", "clock"})
OPTIONS = (ANNUAL_DAYS,)


def check(ctx: RuleContext) -> Iterator[Problem]:
    history = ctx.available_history()
    limit = ctx.thresholds[ANNUAL_DAYS.name]
    if history is None or history.start is None or (ctx.today - history.start).days <= limit:
        return
    last = history.timeline.last_removal(ctx.today)
    since = last or history.start
    days = (ctx.today - since).days
    if days <= limit:
        return
    what = (
        f"the last removal was on {since.isoformat()}"
        if last
        else (f"history since {since.isoformat()} shows none")
    )
    yield Problem(
        f"no skill removed for {days} days: {what} (annual_days is {limit})",
        "/areas",
        "drop or park a topic you no longer need and list it under the review's `removed:`",
    )
