"""A skill, project, review or setting names something that does not exist.

Checks every cross-reference in the file: a skill's `projects` and `reason` must be ids of
projects; a project's `areas` must be areas of the roadmap; a review's `project` must be a
project id; and rule codes or names in `lint.select`, `lint.ignore`, `lint.severity` and
inline `ignore:` lists must be real rules.

**Why:** evidence only counts when it points at something real. A misspelt project id makes a
skill look proven when nothing backs it, and a misspelt rule in `ignore` silences nothing.

**Fix:** correct the spelling (the hint suggests the closest name), or add the missing project.

**Fails:**

```yaml
areas:
  databases:
    skills:
      - {name: SQL, status: fragile, projects: [notes-apy]}
projects:
  - {id: notes-api, repo: ../notes-api}
```

**Passes:**

```yaml
      - {name: SQL, status: fragile, projects: [notes-api]}
```
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.loading.pointers import join, resolve, string_items
from roadmap_lint.rules.base import Option, Problem, RuleContext, inline_ignore_lists

CODE = "RL004"
NAME = "unknown-reference"
SEVERITY = Severity.ERROR
NEEDS: frozenset[str] = frozenset()
OPTIONS: tuple[Option, ...] = ()


#: Unknown names given a "did you mean" in one run. Each one is compared with every known
#: name; a roadmap can hold thousands of unknown ones, and after this many the hint lists the
#: known names instead.
SUGGESTIONS = 50


def check(ctx: RuleContext) -> Iterator[Problem]:
    from roadmap_lint import rules

    data = ctx.document.data
    hints = _Hints()
    project_ids = [project.id for project in ctx.roadmap.projects]
    area_names = list(ctx.roadmap.areas)
    for skill in ctx.roadmap.skills():
        yield from hints.unknown(
            string_items(data, join(skill.pointer, "projects")), project_ids, "project"
        )
        if skill.reason:
            yield from hints.unknown(
                [(join(skill.pointer, "reason"), skill.reason)], project_ids, "project"
            )
    for project in ctx.roadmap.projects:
        yield from hints.unknown(
            string_items(data, join(project.pointer, "areas")), area_names, "area"
        )
    for review in ctx.roadmap.reviews:
        if review.project:
            yield from hints.unknown(
                [(join(review.pointer, "project"), review.project)], project_ids, "project"
            )
    yield from _unknown_rules(data, rules.known_names(), hints)


def _unknown_rules(data: object, known: list[str], hints: _Hints) -> Iterator[Problem]:
    inline = [join(pointer, "ignore") for pointer, _ in inline_ignore_lists(data)]
    for pointer in ("/lint/select", "/lint/ignore", *inline):
        for item_pointer, name in string_items(data, pointer):
            if not _is_rule_prefix(name, known):
                yield from hints.unknown([(item_pointer, name)], known, "rule")
    severity = resolve(data, "/lint/severity")
    for name in severity if isinstance(severity, dict) else ():
        if isinstance(name, str) and not _is_rule_prefix(name, known):
            pointer = join("/lint/severity", name)
            yield from hints.unknown([(pointer, name)], known, "rule", at_key=True)


def _is_rule_prefix(name: str, known: list[str]) -> bool:
    return name in known or (name.startswith("RL") and any(k.startswith(name) for k in known))


class _Hints:
    """Problems for unknown names, with a "did you mean" for the first ``SUGGESTIONS``."""

    def __init__(self) -> None:
        self.left = SUGGESTIONS

    def unknown(
        self, items: Iterable[tuple[str, str]], known: list[str], what: str, *, at_key: bool = False
    ) -> Iterator[Problem]:
        names = set(known)
        for pointer, name in items:
            if name not in names:
                hint = self._hint(name, known, what)
                yield Problem(f"unknown {what} '{name}'", pointer, hint, at_key=at_key)

    def _hint(self, name: str, known: list[str], what: str) -> str:
        close = difflib.get_close_matches(name, known, n=1) if self.left > 0 else []
        self.left -= 1
        if close:
            return f"did you mean '{close[0]}'?"
        if known:
            return f"known {what}s: {', '.join(sorted(known)[:8])}"
        return f"add the {what} first"
