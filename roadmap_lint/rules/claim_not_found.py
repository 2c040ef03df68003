"""A project claims a signal that its repository does not show, or not strongly enough.

Each name in a project's `expects` is looked up in the scanned repository: `tests` needs
test files, `ci` a pipeline file, `sql_migrations` real migrations (a lone `schema.sql` is
not one), `database` a driver or ORM in a dependency manifest, and so on.
`roadmap-lint scan REPO --explain SIGNAL` shows what was looked for and what nearly matched.

A roadmap may also ask for a minimum strength of evidence, for every project in
`lint.min_strength` or for one in its own `min_strength` (which wins): `declared` (a
dependency is enough), `present` (files in the tree), `exercised` (a CI pipeline in the
repository runs it: the tests, the image build, the migrations, the deploy). Either is one
strength for every claimed signal, or a strength per signal (`{tests: exercised}`).

**Why:** the roadmap is only useful when it is honest. Before an interview the question is
"does my portfolio prove what my roadmap claims?"; a claim the code does not back is the
first thing a reviewer who opens the repository will notice, and tests that no pipeline ever
runs prove less than tests that run on every push.

**Fix:** add what is missing to the project (a test, the workflow file, the migration, the
CI step that runs them), or remove the claim from `expects` until it is true. The hint names
the files the project's own ecosystem expects. When the evidence lives somewhere the scanner
does not look, teach it with `lint.signals.extend.<signal>.paths` or `.dependencies`.

**Fails** (the repository has no `.github/workflows/*.yml` nor any other CI file; and its
tests exist but no pipeline runs them):

```yaml
lint: {min_strength: {tests: exercised}}
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
from roadmap_lint.core.vocabulary import SIGNALS
from roadmap_lint.loading.pointers import join, string_items
from roadmap_lint.rules.base import Option, Problem, RuleContext
from roadmap_lint.scanning.expectations import ecosystems_of, missing_hint, strength_hint

CODE = "RL301"
NAME = "claim-not-found"
SEVERITY = Severity.ERROR
NEEDS: frozenset[str] = frozenset({"scan"})
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    for project, scan in ctx.scanned_projects():
        ecosystems = ecosystems_of(scan)
        for pointer, signal in string_items(ctx.document.data, join(project.pointer, "expects")):
            if signal not in SIGNALS:
                continue
            wanted = project.required_strength(signal, ctx.roadmap.min_strength)
            if not scan.shows(signal):
                yield Problem(
                    f"'{project.id}' expects {signal}, but its repository does not show it",
                    pointer,
                    missing_hint(signal, ecosystems) + f"; or remove {signal} from expects",
                )
            elif not scan.shows(signal, at_least=wanted):
                yield Problem(
                    f"'{project.id}' expects {signal} {wanted}, but its repository shows it"
                    f" {scan.strength(signal)} only",
                    pointer,
                    strength_hint(signal, wanted, ecosystems)
                    + f"; or ask for less than {wanted} in min_strength",
                )
