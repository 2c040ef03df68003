"""Over the last quarter, the roadmap gained more skills than it promoted or removed.

**Why:** a roadmap should grow no faster than the learner. Adding topics is easy; turning a
theoretical skill into a fragile one, or a fragile one into a comfortable one, takes a
project. When additions outnumber promotions and removals, the list is turning into a
wish list.

**Counts,** from the roadmap's git history over the last `quarterly_days`: skills that
appeared in the file (the file's first commit is the starting point, not growth); skills
whose status moved up (theoretical → fragile → comfortable); skills removed from the file
plus topics a review lists under `removed:`. Without history the rule is silent (RL100).

**Fix:** for each topic you add, promote or drop another: finish the project that makes a
skill real, or move new topics to `optional_later` and prune the list at the next review.

**Fails:** ten skills committed in the last quarter, none promoted, none removed.

**Passes:** three skills added, two promoted from theoretical to fragile, one removed.
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.dates import days_before
from roadmap_lint.core.findings import Severity
from roadmap_lint.history import History
from roadmap_lint.history.snapshot import SkillState
from roadmap_lint.rules.base import Problem, RuleContext
from roadmap_lint.rules.reviews import QUARTERLY_DAYS

CODE = "RL208"
NAME = "roadmap-outgrows-learner"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset({"history"})
OPTIONS = (QUARTERLY_DAYS,)

_NAMED = 5


def check(ctx: RuleContext) -> Iterator[Problem]:
    history = ctx.available_history()
    if history is None:
        return
    days = ctx.thresholds[QUARTERLY_DAYS.name]
    growth = history.recent_growth(days)
    added, promoted, removed = len(growth.added), len(growth.promoted), len(growth.removed)
    if added <= promoted + removed:
        return
    names = sorted(_display(history, key) for key in growth.added)
    shown = ", ".join(names[:_NAMED]) + (", ..." if len(names) > _NAMED else "")
    since = days_before(ctx.today, days)
    yield Problem(
        f"since {since.isoformat()} the roadmap gained {added} skills ({shown}) but promoted"
        f" {promoted} and removed {removed} (quarterly_days is {days})",
        "/areas",
        "promote or drop a skill for each one you add; park new topics in optional_later",
    )


def _display(history: History, key: str) -> str:
    """The skill's name as last written (keys are casefolded)."""
    track = history.timeline.skills[key]
    state = next(s for _, s in reversed(track.states) if isinstance(s, SkillState))
    return f"'{state.name}'"
