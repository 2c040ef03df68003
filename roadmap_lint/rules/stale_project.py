"""An in-progress project's repository has had no commit for `stale_project_days`.

**Why:** a project marked in progress that nobody touches for a season is either finished,
paused or abandoned, and the roadmap should say which. Skills are learned by building; a quiet
repository means the building stopped.

**Reads:** the scanned repository's last commit date (so it needs the scan; `--no-scan`
skips it). Projects the scan could not read are reported by RL303 instead.

**Fix:** commit to the project again, or change its `status` to `done` (with `completed:`)
or back to `planned`.

**Fails** (with `--today 2026-11-25`, the repository's last commit on 2026-06-30):

```yaml
projects:
  - {id: task-manager, repo: ../task-manager, status: in_progress}
```

**Passes:**

```yaml
projects:
  - {id: task-manager, repo: ../task-manager, status: planned}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.dates import commit_date
from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL104"
NAME = "stale-project"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset({"scan", "clock"})
STALE_PROJECT_DAYS = Option(
    "stale_project_days", 90, "Days an in-progress project may go without a commit."
)
OPTIONS = (STALE_PROJECT_DAYS,)


def check(ctx: RuleContext) -> Iterator[Problem]:
    limit = ctx.thresholds[STALE_PROJECT_DAYS.name]
    for project, scan in ctx.scanned_projects():
        if project.status != "in_progress":
            continue
        last = commit_date(scan.last_commit)
        if last is None or (ctx.today - last).days <= limit:
            continue
        days = (ctx.today - last).days
        yield Problem(
            f"project '{project.id}' is in progress, but its repository's last commit was on"
            f" {last.isoformat()}, {days} days ago (stale_project_days is {limit})",
            project.pointer + "/status",
            "commit to it again, or set its status to done (with `completed:`) or planned",
        )
