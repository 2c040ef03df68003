"""No project shows tests.

**Why:** reliable backend work depends on repeatable checks. Tests are also what a
reviewer looks for first in a portfolio repository: they show you can change code without
breaking it.

**Fix:** add tests to the project you know best (`tests/test_*.py`, `*_test.go`,
`*.test.ts`, `src/test/java/...`) and commit them; a CI workflow that runs them is the
natural next step.

**Fails:**

```yaml
projects:
  - {id: notes-api, repo: ../notes-api}   # app/ only, no test file anywhere
```

**Passes:**

```yaml
projects:
  - {id: notes-api, repo: ../notes-api}   # has tests/test_notes.py
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.analysis.evidence import any_project_shows
from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL205"
NAME = "no-tests"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset({"scan"})
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    if not ctx.scans or any_project_shows(ctx.scans, "tests"):
        return
    area = ctx.roadmap.areas.get("testing_security")
    yield Problem(
        "no project shows tests",
        area.pointer if area else "/projects",
        "write and commit tests for the project you know best",
        at_key=True,
    )
