"""A project's repository cannot be read.

Fires when the `repo` of a started project names a folder that does not exist, a clone or
fetch that failed, a GitHub repository that is private or missing, or a value roadmap-lint
refuses to hand to git (`ext::`, `fd::`, anything that looks like an option). The message
carries git's own reason on one line; tokens are never shown. The other projects are still
scanned. In GitHub Actions a local folder that cannot be read is RL305's, an error.

**Why:** evidence that cannot be read is no evidence. A moved folder or a renamed
repository silently turns every claim about the project into an unchecked one.

**Fix:** correct `repo`: a path relative to the roadmap file, a git URL (https, ssh, git,
file) or a GitHub `owner/name`. For a private GitHub repository, set `GITHUB_TOKEN`.

**Fails:**

```yaml
projects:
  - {id: notes-api, repo: ../notes-api-old}   # the folder was renamed
```

**Passes:**

```yaml
projects:
  - {id: notes-api, repo: ../notes-api}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.loading.pointers import join
from roadmap_lint.rules.base import Option, Problem, RuleContext
from roadmap_lint.rules.local_repo_in_ci import unreadable_local_in_ci

CODE = "RL303"
NAME = "repo-unreachable"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset({"scan"})
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    for project in ctx.roadmap.projects:
        scan = ctx.scan_of(project.id)
        if scan is not None and scan.error is not None and not unreadable_local_in_ci(ctx, project):
            yield Problem(
                f"cannot read the repository of '{project.id}': {scan.error}",
                join(project.pointer, "repo"),
                "give a path relative to the roadmap, a git URL, or a GitHub owner/name",
            )
