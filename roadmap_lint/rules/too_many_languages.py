"""A beginner is learning more than one backend language.

Counts the languages in `profile.languages`; when repositories are scanned, the main
language of each in-progress or done project (the one with the most source files) counts
too. Spellings of one family count once (`golang` and Go, JavaScript and TypeScript).

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

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext
from roadmap_lint.scanning.signals import LANGUAGE_ALIASES, NOT_BACKEND_LANGUAGES

CODE = "RL202"
NAME = "too-many-languages"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset()
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    if ctx.roadmap.level != "beginner":
        return
    # Each language family once, named as the learner wrote it, else as the scan found it.
    declared = {_family(language): language for language in ctx.roadmap.languages}
    scanned = _scanned(ctx)
    names = {**{family: name for family, (name, _) in scanned.items()}, **declared}
    languages = sorted(names.values(), key=str.casefold)
    if len(languages) > 1:
        extra = sorted(
            f"{name} in {project}"
            for family, (name, project) in scanned.items()
            if family not in declared
        )
        found = f" (from scanned projects: {'; '.join(extra)})" if extra else ""
        has_list = bool(ctx.roadmap.languages)
        yield Problem(
            f"a beginner learning {len(languages)} backend languages: {', '.join(languages)}"
            + found,
            "/profile/languages" if has_list else "/profile",
            "keep one language until you have built several complete services with it",
        )


def _scanned(ctx: RuleContext) -> dict[str, tuple[str, str]]:
    """Main language family of each started, scanned project → (its name, the first such
    project)."""
    found: dict[str, tuple[str, str]] = {}
    for project, scan in ctx.scanned_projects():
        if project.status == "planned":
            continue
        main = next((n for n in scan.languages if n not in NOT_BACKEND_LANGUAGES), None)
        if main is not None:
            found.setdefault(_family(main), (main, project.id))
    return found


def _family(language: str) -> str:
    name = language.strip().casefold()
    return LANGUAGE_ALIASES.get(name, name)
