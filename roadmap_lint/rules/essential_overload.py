"""More skills sit in the `essential_now` bucket than anyone can practise at once.

**Why:** the annual reset sorts topics into essential now, useful next and optional later, so
that the roadmap does not grow faster than the learner. When almost everything is essential,
nothing is.

**Fix:** keep the few skills your current projects need in `essential_now`; move the rest to
`useful_next` or `optional_later`.

**Fails** (with `essential_max: 1`):

```yaml
skills:
  - {name: SQL, status: fragile, bucket: essential_now}
  - {name: Kafka, status: theoretical, bucket: essential_now}
```

**Passes:**

```yaml
skills:
  - {name: SQL, status: fragile, bucket: essential_now}
  - {name: Kafka, status: theoretical, bucket: optional_later}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL207"
NAME = "essential-overload"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset()
ESSENTIAL_MAX = Option(
    "essential_max", 7, "Most skills the essential_now bucket may hold.", maximum=1000
)
OPTIONS = (ESSENTIAL_MAX,)


def check(ctx: RuleContext) -> Iterator[Problem]:
    limit = ctx.thresholds[ESSENTIAL_MAX.name]
    essential = [skill for skill in ctx.roadmap.skills() if skill.bucket == "essential_now"]
    if len(essential) > limit:
        first_extra = essential[limit]
        yield Problem(
            f"{len(essential)} skills are essential_now, more than essential_max ({limit})",
            first_extra.pointer + "/bucket",
            "move the skills your current projects do not need to useful_next or optional_later",
        )
