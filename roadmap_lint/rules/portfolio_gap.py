"""Job-seeking, yet no finished project shows tests, deployment and a README together.

Fires when `profile.level` is `job-seeking` and no project with `status: done` shows, in
its scanned repository, `tests`, a deployment signal (`dockerfile` or `deploy`) and a
`readme` at the same time.

**Why:** when you apply for backend roles, the portfolio has to prove backend ownership on
its own: one complete project that is tested, runs somewhere, and explains itself carries
more weight than several half-finished ones or tutorial clones.

**Fix:** polish one project until it has all three: tests, a Dockerfile or deploy config,
and a README that says what it does and how to run it; then mark it `done`.

**Fails:**

```yaml
profile: {level: job-seeking}
projects:
  - {id: notes-api, repo: ../notes-api, status: done}   # tests, but no Dockerfile
```

**Passes:**

```yaml
profile: {level: job-seeking}
projects:
  - {id: notes-api, repo: ../notes-api, status: done}   # tests, Dockerfile, README.md
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
        "job-seeking, but no done project shows tests, deployment and a README together",
        "/profile/level",
        "finish one project with tests, a Dockerfile or deploy config, and a README",
    )


def _complete(scan: ScanResult) -> bool:
    deployed = scan.shows("dockerfile") or scan.shows("deploy")
    return deployed and scan.shows("tests") and scan.shows("readme")
