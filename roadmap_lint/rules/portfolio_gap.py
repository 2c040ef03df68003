"""Job-seeking, yet no finished project runs its tests and its deployment in CI, with a README.

Fires when `profile.level` is `job-seeking` and no project with `status: done` shows, in
its scanned repository, at the same time: `tests` exercised (a CI pipeline in the repository
runs them), a deployment exercised (a pipeline deploys it, or builds its Dockerfile), and a
`readme`.

**Why:** when you apply for backend roles, the portfolio has to prove backend ownership on
its own: one complete project whose tests run on every push, that a pipeline ships, and that
explains itself carries more weight than several half-finished ones or tutorial clones. Test
files nobody runs and a Dockerfile nobody builds are claims; a pipeline is proof.

**Fix:** polish one project until it has all three: a CI workflow that runs the tests and
builds or deploys the app, and a README that says what it does and how to run it; then mark
it `done`. `roadmap-lint scan REPO --explain tests` shows what the scanner found.

**Fails:**

```yaml
profile: {level: job-seeking}
projects:
  - {id: notes-api, repo: ../notes-api, status: done}   # tests and a Dockerfile, no CI
```

**Passes:**

```yaml
profile: {level: job-seeking}
projects:
  - {id: notes-api, repo: ../notes-api, status: done}   # CI runs pytest and docker build
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext
from roadmap_lint.scanning.result import ScanResult

CODE = "RL210"
NAME = "portfolio-gap"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset({"scan"})
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    if ctx.roadmap.level != "job-seeking":
        return
    if any(p.status == "done" and _complete(scan) for p, scan in ctx.scanned_projects()):
        return
    yield Problem(
        "job-seeking, but no done project runs its tests and its deployment in CI, with a README",
        "/profile/level",
        "finish one project with a README and a CI workflow that runs its tests and builds"
        " or deploys it",
    )


def _complete(scan: ScanResult) -> bool:
    deployed = scan.shows("deploy", "exercised") or scan.shows("dockerfile", "exercised")
    return deployed and scan.shows("tests", "exercised") and scan.shows("readme")
