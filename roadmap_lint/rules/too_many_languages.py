"""A beginner is learning more than one backend language.

Counts the languages in `profile.languages`; when repositories are scanned, the main
languages of in-progress and done projects count too.

**Why:** depth beats scattered familiarity. Early on, one language learnt well, with its
ecosystem and several complete services, gets you further than five languages half known.

**Fix:** pick the language that lets you finish projects, and move the others to
`optional_later`. Change `profile.level` when you are past the beginner stage.

**Fails:**

```yaml
profile:
  level: beginner
  languages: [python, go, rust]
```

**Passes:**

```yaml
profile:
  level: beginner
  languages: [python]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.findings import Severity
from roadmap_lint.rules.base import Problem, RuleContext

CODE = "RL202"
NAME = "too-many-languages"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset()
OPTIONS: dict[str, int] = {}


def check(ctx: RuleContext) -> Iterator[Problem]:
    if ctx.roadmap.level != "beginner":
        return
    languages = sorted({language.casefold() for language in ctx.roadmap.languages})
    if len(languages) > 1:
        yield Problem(
            f"a beginner learning {len(languages)} backend languages: {', '.join(languages)}",
            "/profile/languages",
            "keep one language until you have built several complete services with it",
        )
