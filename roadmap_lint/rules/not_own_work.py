"""An independent project's repository holds no commit by the learner.

Fires when a project of `kind: independent` (the default) has a history in which no commit
is the learner's. The learner is named in the profile: `profile.github` (commits made with
GitHub's noreply addresses, and the login on GitHub's contributors list when a project is
read with `--via api`) and `profile.emails` (the addresses your commits use). Without either,
the rule stays silent. When the clone is shallow and none of the commits kept are yours,
authorship is unknown, shown as such in the reports, and this rule stays silent too: it
never guesses.

**Why:** a portfolio proves what *you* can do. An "independent" project that is an untouched
copy of someone else's template, or a fork with no commit of yours, claims work that is not
in it; an interviewer who opens the history will see that before anything else.

**Fix:** if the commits are yours under another address, add it to `profile.emails` (see
`git log --format=%ae | sort -u`). If the project follows a tutorial or a course, say so
with `kind: tutorial` or `kind: course`. Otherwise, build on it: your own commits are the
evidence.

**Fails** (every commit of the repository is by someone else):

```yaml
profile: {level: beginner, github: ada-example, emails: [ada@example.com]}
projects:
  - {id: shop-api, repo: ../shop-api, kind: independent}
```

**Passes:**

```yaml
profile: {level: beginner, github: ada-example, emails: [ada@example.com]}
projects:
  - {id: shop-api, repo: ../shop-api, kind: tutorial}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL306"
NAME = "not-own-work"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset({"scan"})
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    who = ", ".join(filter(None, (ctx.roadmap.github, *ctx.roadmap.emails)))
    for project, scan in ctx.scanned_projects():
        authorship = scan.authorship
        if project.kind != "independent" or authorship is None or not authorship.commits:
            continue
        if authorship.known and authorship.learner == 0:
            kept = "" if authorship.complete else " kept in the shallow clone"
            yield Problem(
                f"'{project.id}' is independent, but none of its {authorship.commits}"
                f" commits{kept} is by {who}",
                project.pointer,
                "add the address your commits use to profile.emails; or set kind: tutorial"
                " (or course) if the code follows someone else's",
            )
