"""The roadmap file is not YAML that roadmap-lint can read.

Reports the parser's complaint at the exact line and column where it gave up, and also files
that are not text at all: binary content, an encoding other than UTF-8, a file over the size
cap, an alias bomb, nesting too deep, or a YAML tag that would build objects.

**Why:** every other check needs the file's content; a roadmap that cannot be read cannot
guide anyone, and a tool that crashes on it would be worse.

**Fix:** correct the syntax at the reported position. The usual suspects are tabs used for
indentation, an unclosed quote, and a missing space after a colon.

**Fails:**

```yaml
profile:
        level: beginner     # a tab
```

**Passes:**

```yaml
profile:
  level: beginner
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.loading.document import UNREADABLE
from roadmap_lint.rules.base import Option, Problem, RuleContext, loading_problems

CODE = "RL001"
NAME = "yaml-syntax"
SEVERITY = Severity.ERROR
NEEDS: frozenset[str] = frozenset()
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    return loading_problems(ctx, UNREADABLE)
