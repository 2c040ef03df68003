"""In GitHub Actions, a project's `repo` is a local folder that cannot be read there.

Fires only when the check runs in GitHub Actions (`GITHUB_ACTIONS=true`), for a started
project whose `repo` is a path on your machine (`../notes-api`) that cannot be read: the
workflow checks out the portfolio repository alone, so the folders beside it on your
machine do not exist. RL303 stays silent for these projects: this finding says why.

**Why:** the scheduled check exists to compare your claims with your code. With local paths
every project is unreadable in CI, no claim is checked, and a warning-only run stays green
while proving nothing; an error makes that visible the first time the workflow runs.

**Fix:** push each project to GitHub and name it by `owner/name` (`repo: ada/notes-api`),
which works on your machine and in CI alike; for a private repository give the Action a
token that can read it (see docs/action.md). A project kept inside the portfolio repository
(`repo: projects/notes-api`) is checked out with it and needs nothing.

**Fails** (in GitHub Actions):

```yaml
projects:
  - {id: notes-api, repo: ../notes-api, status: in_progress}
```

**Passes:**

```yaml
projects:
  - {id: notes-api, repo: ada/notes-api, status: in_progress}
```
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath

from roadmap_lint.core.findings import Severity
from roadmap_lint.loading.pointers import join
from roadmap_lint.model import Project
from roadmap_lint.rules.base import Option, Problem, RuleContext
from roadmap_lint.scanning.gitread import ScanError
from roadmap_lint.scanning.sources import source_of

CODE = "RL305"
NAME = "local-repo-in-ci"
SEVERITY = Severity.ERROR
NEEDS: frozenset[str] = frozenset({"scan"})
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    for project in ctx.roadmap.projects:
        scan = ctx.scan_of(project.id)
        if scan is not None and scan.error is not None and unreadable_local_in_ci(ctx, project):
            name = PurePath(project.repo.rstrip("/\\")).name or project.id
            yield Problem(
                f"'{project.id}' names a local folder, which GitHub Actions cannot read "
                f"({scan.error}): only the portfolio repository is checked out there",
                join(project.pointer, "repo"),
                f"push the project to GitHub and write its owner/name: repo: OWNER/{name}",
            )


def unreadable_local_in_ci(ctx: RuleContext, project: Project) -> bool:
    """True for a project this rule reports (RL303 leaves those to it)."""
    if not ctx.in_ci:
        return False
    try:
        # The one definition of what a repo value names; it looks at the disk only to let a
        # folder that exists win over a GitHub owner/name of the same spelling.
        return source_of(project.repo, ctx.document.path.parent).kind == "local"
    except ScanError:  # refused outright: RL303 says why
        return False
