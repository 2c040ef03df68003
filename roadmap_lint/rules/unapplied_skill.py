"""A skill has stayed theoretical or fragile, with no project, for `unapplied_days`.

**Why:** reading about a topic is not learning it; a skill becomes real when a project forces
you to use it. A skill that sits unapplied for half a year is either not needed yet (move it
to `optional_later`) or waiting for the project that would teach it.

**Parked skills are left alone:** a skill in `optional_later` waits on purpose.

**Measured from git history,** not from the file: the days run from the commit that gave the
skill its current status with an empty `projects:` list. Promoting it (theoretical to
fragile) or listing a project restarts or ends the clock. Without history (`--no-history`,
a shallow clone) the rule is silent; RL100 says why.

**Fix:** build something small that uses the skill and list it under the skill's `projects:`;
or admit it can wait and move it to `optional_later`, or drop it.

**Fails** (the skill was committed as theoretical 200 days ago and never touched):

```yaml
- {name: Message queues, status: theoretical, bucket: useful_next}
```

**Passes:**

```yaml
- {name: Message queues, status: fragile, bucket: useful_next, projects: [notes-worker]}
```
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from roadmap_lint.analysis.balance import PARKED
from roadmap_lint.core.findings import Severity
from roadmap_lint.history.snapshot import SkillState
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL105"
NAME = "unapplied-skill"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset({"history", "clock"})
UNAPPLIED_DAYS = Option(
    "unapplied_days", 180, "Days a skill may stay theoretical or fragile with no project."
)
OPTIONS = (UNAPPLIED_DAYS,)

_UNAPPLIED = ("theoretical", "fragile")


def check(ctx: RuleContext) -> Iterator[Problem]:
    history = ctx.available_history()
    if history is None:
        return
    limit = ctx.thresholds[UNAPPLIED_DAYS.name]
    for skill in ctx.roadmap.skills():
        track = history.skill(skill.name)
        if skill.status not in _UNAPPLIED or skill.projects or track is None:
            continue
        if skill.bucket == PARKED:
            continue
        since = track.since(functools.partial(_unapplied_as, skill.status))
        if since is None or (ctx.today - since).days <= limit:
            continue
        days = (ctx.today - since).days
        cut = since == history.start and not history.complete  # the window hides the start
        yield Problem(
            f"'{skill.name}' has been {skill.status} with no project for"
            f" {'at least ' if cut else ''}{days} days, since {since.isoformat()}"
            f"{' or earlier' if cut else ''} (unapplied_days is {limit})",
            skill.pointer + "/status",
            "list a project that uses it under `projects:`, or move it to optional_later",
        )


def _unapplied_as(status: str, state: object) -> bool:
    return isinstance(state, SkillState) and state.status == status and not state.applied
