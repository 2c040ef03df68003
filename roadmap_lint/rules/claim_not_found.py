"""A project claims a signal that its repository does not show.

Each name in a project's `expects` is looked up in the scanned repository: `tests` needs
test files, `ci` a pipeline file, `sql_migrations` real migrations (a lone `schema.sql` is
not one), `database` a driver or ORM in a dependency manifest, and so on.
`roadmap-lint scan REPO` shows what was found and why.

**Why:** the roadmap is only useful when it is honest. Before an interview the question is
"does my portfolio prove what my roadmap claims?"; a claim the code does not back is the
first thing a reviewer who opens the repository will notice.

**Fix:** add what is missing to the project (a test, the workflow file, the migration), or
remove the claim from `expects` until it is true. When the evidence lives somewhere the
scanner does not look, teach it with `lint.signals.extend.<signal>.paths` or
`.dependencies`.

**Fails** (the repository has no `.github/workflows/*.yml` nor any other CI file):

```yaml
projects:
  - {id: task-manager, repo: ../task-manager, expects: [tests, ci]}
```

**Passes:**

```yaml
projects:
  - {id: task-manager, repo: ../task-manager, expects: [tests]}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.loading.pointers import join, string_items
from roadmap_lint.rules.base import Option, Problem, RuleContext
from roadmap_lint.scanning.signals import HINTS

CODE = "RL301"
NAME = "claim-not-found"
SEVERITY = Severity.ERROR
NEEDS: frozenset[str] = frozenset({"scan"})
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    for project, scan in ctx.scanned_projects():
        for pointer, signal in string_items(ctx.document.data, join(project.pointer, "expects")):
            if signal in HINTS and not scan.shows(signal):
                yield Problem(
                    f"'{project.id}' expects {signal}, but its repository does not show it",
                    pointer,
                    HINTS[signal] + f"; or remove {signal} from expects",
                )
