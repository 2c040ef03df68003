"""The same skill appears twice.

Skill names are compared without case and surrounding spaces, across all areas: `SQL` in
`databases` and `sql` in `core_language` are the same skill.

**Why:** a skill listed twice can carry two different statuses, and the balance of the
roadmap is counted twice for it. A living roadmap stays small and unambiguous.

**Fix:** keep the entry in the area where the skill belongs and delete the other.

**Fails:**

```yaml
areas:
  core_language:
    skills: [{name: SQL, status: fragile}]
  databases:
    skills: [{name: sql, status: comfortable}]
```

**Passes:**

```yaml
areas:
  databases:
    skills: [{name: SQL, status: fragile}]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.model import Skill
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL005"
NAME = "duplicate-name"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset()
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    first_seen: dict[str, Skill] = {}
    for skill in ctx.roadmap.skills():
        key = skill.name.casefold()
        if key not in first_seen:
            first_seen[key] = skill
            continue
        first = first_seen[key]
        line, _ = ctx.document.locate(first.pointer)
        yield Problem(
            f"skill '{skill.name}' is listed twice (first in {first.area}, line {line})",
            skill.pointer + "/name",
            "keep one entry and delete the other",
        )
