"""A mapping repeats a key.

Plain YAML loaders keep the last value and drop the first without a word, so half of what
you wrote would quietly vanish. The finding points at the second occurrence and names the
line of the first.

**Why:** a roadmap is only honest when what you read in the file is what the tools see.

**Fix:** merge the two entries into one, or rename one of the keys.

**Fails:**

```yaml
profile:
  level: beginner
  level: intermediate
```

**Passes:**

```yaml
profile:
  level: intermediate
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.loading.document import DUPLICATE_KEY
from roadmap_lint.rules.base import Option, Problem, RuleContext, loading_problems

CODE = "RL003"
NAME = "duplicate-key"
SEVERITY = Severity.ERROR
NEEDS: frozenset[str] = frozenset()
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    return loading_problems(ctx, DUPLICATE_KEY, "keep one of the two entries")
