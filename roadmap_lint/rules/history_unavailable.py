"""The roadmap's git history could not be read, so the history rules did not run.

**Why:** RL105, RL208 and RL209 (and the git-derived dates of RL101 to RL103 and RL106) read
when each skill was added, promoted or dropped from the roadmap's own commits. Outside a git
repository, before the first commit, or in a shallow clone those commits are not there, and
the rules would guess. This finding says, once, what was missing.

**Fix:** commit the roadmap; in GitHub Actions, check out the whole history with
`actions/checkout` and `fetch-depth: 0`; locally, `git fetch --unshallow`. Or turn history
off on purpose with `--no-history` (or ignore this rule).

**Fails:** `actions/checkout` with its default `fetch-depth: 1`.

**Passes:** `actions/checkout` with `fetch-depth: 0`.
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL100"
NAME = "history-unavailable"
SEVERITY = Severity.INFO
NEEDS: frozenset[str] = frozenset({"history"})
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    history = ctx.history
    if history is not None and not history.available:
        yield Problem(f"history rules skipped: {history.problem}", "", history.hint)
