"""A project was completed after the latest review, and no project review names it.

It also fires on the reverse slip: a `kind: project` review (a retrospective) that names a
project which is not done.

**Why:** finishing a project is the moment to update the roadmap: which skills moved from
fragile to comfortable, what the project proved, what it showed is still missing. A short
retrospective right then captures what a quarterly review months later has forgotten.

**Dates:** the project's `completed:` date; when it is missing, the date git history shows
the `status` becoming `done` (so this part needs history). Reviews count as in RL101.

**Fix:** hold a retrospective (`roadmap-lint review --cadence project`) and add it to
`reviews:` with `kind: project` and `project:` set to the project's id.

**Fails** (the latest review is 2026-10-02):

```yaml
projects:
  - {id: notes-api, status: done, completed: 2026-11-01}
```

**Passes:**

```yaml
reviews:
  - {date: 2026-11-03, kind: project, project: notes-api, next_focus: Deploy it}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext
from roadmap_lint.rules.reviews import latest_held, reviews_held

CODE = "RL106"
NAME = "missing-project-refresh"
SEVERITY = Severity.INFO
NEEDS: frozenset[str] = frozenset()
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    yield from _missing_retrospectives(ctx)
    yield from _early_retrospectives(ctx)


def _early_retrospectives(ctx: RuleContext) -> Iterator[Problem]:
    status = {project.id: project.status for project in ctx.roadmap.projects}
    for review in ctx.roadmap.reviews:
        named = review.project
        if review.kind == "project" and named in status and status[named] != "done":
            yield Problem(
                f"the retrospective of {review.date.isoformat()} names '{named}', which is"
                f" {status[named].replace('_', ' ')}, not done",
                review.pointer + "/project",
                f"set `status: done` (and `completed:`) on '{named}', or make the review a"
                " monthly or quarterly one",
            )


def _missing_retrospectives(ctx: RuleContext) -> Iterator[Problem]:
    history = ctx.available_history()
    latest = latest_held(ctx)
    retrospectives = [r for r in reviews_held(ctx) if r.kind == "project"]
    for project in ctx.roadmap.projects:
        if project.status != "done":
            continue
        done = project.completed or (history.timeline.became_done(project.id) if history else None)
        if done is None or done > ctx.today or (latest is not None and done <= latest.date):
            continue
        if any(r.project == project.id and r.date >= done for r in retrospectives):
            continue
        source = "" if project.completed else " (by git history)"
        after = f", after the latest review ({latest.date.isoformat()})," if latest else ""
        yield Problem(
            f"project '{project.id}' was completed on {done.isoformat()}{source}{after}"
            " and no `kind: project` review names it",
            project.pointer + "/status",
            f"add a review with `kind: project` and `project: {project.id}`",
        )
