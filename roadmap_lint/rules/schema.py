"""A value breaks the roadmap's JSON Schema (`schemas/roadmap.schema.json`).

One finding per problem, each at the line and column of the offending value (or of the key,
for a key the format does not know), with the allowed values and a "did you mean" for near
misses such as `status: comfy` or a key spelled `skils`.

**Why:** a typo in a status or a key would otherwise pass silently, and every later check
would reason about data you did not mean to write.

**Fix:** follow the hint. Add the modeline
`# yaml-language-server: $schema=...` at the top of the file so that your editor shows the
same problems, with descriptions and examples, while you type.

**Fails:**

```yaml
areas:
  databases:
    skills:
      - name: SQL
        status: comfy
```

**Passes:**

```yaml
areas:
  databases:
    skills:
      - name: SQL
        status: comfortable
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL002"
NAME = "schema"
SEVERITY = Severity.ERROR
NEEDS: frozenset[str] = frozenset()
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    for problem in ctx.schema_problems:
        yield Problem(
            problem.message,
            problem.pointer,
            problem.hint,
            position=(problem.line, problem.column),
        )
