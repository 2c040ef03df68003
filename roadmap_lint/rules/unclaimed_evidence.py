"""A repository shows signals that its project does not claim.

Lists, once per project, the signals found in the repository that are missing from the
project's `expects` (a Dockerfile, a CI workflow, an auth library...). A README and a licence
are never suggested: every repository should have them, so claiming them proves no skill and
would only add two boxes to every review.

**Why:** a roadmap that lags behind the work undersells it. Claimed evidence is what the
other rules check and what the review issue shows; a signal you have earned but not
claimed is a skill the roadmap does not know you practised.

**Fix:** add the signals to the project's `expects` (and, often, the matching skill's
`projects` list). This rule is informational; ignore it per project with `ignore: [RL304]`.

**Fails** (the repository has a Dockerfile and tests):

```yaml
projects:
  - {id: notes-api, repo: ../notes-api, expects: [tests]}
```

**Passes:**

```yaml
projects:
  - {id: notes-api, repo: ../notes-api, expects: [tests, dockerfile]}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.core.vocabulary import SIGNALS
from roadmap_lint.loading.pointers import join, resolve
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL304"
NAME = "unclaimed-evidence"
SEVERITY = Severity.INFO
NEEDS: frozenset[str] = frozenset({"scan"})
OPTIONS: tuple[Option, ...] = ()
#: Signals every repository should show anyway: no skill is proved by claiming them.
NOT_WORTH_CLAIMING = frozenset({"readme", "license"})


def check(ctx: RuleContext) -> Iterator[Problem]:
    for project, scan in ctx.scanned_projects():
        unclaimed = [
            s
            for s in SIGNALS
            if scan.shows(s) and s not in project.expects and s not in NOT_WORTH_CLAIMING
        ]
        if unclaimed:
            has_expects = isinstance(_raw(ctx, project.pointer).get("expects"), list)
            yield Problem(
                f"'{project.id}' shows {', '.join(unclaimed)}, not claimed in expects",
                join(project.pointer, "expects") if has_expects else project.pointer,
                f"add them to expects: [{', '.join([*project.expects, *unclaimed])}]",
                at_key=has_expects,
            )


def _raw(ctx: RuleContext, pointer: str) -> dict[str, object]:
    node = resolve(ctx.document.data, pointer)
    return node if isinstance(node, dict) else {}
