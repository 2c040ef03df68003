"""No database skill beyond theoretical, and no project with SQL migrations.

Fires when every skill in the `databases` area is still `theoretical` (or the area has
none) and no scanned project shows `sql_migrations`.

**Why:** skipping SQL because an ORM feels easier is one of the most common gaps in a
backend roadmap. A backend developer reads queries, writes joins, understands indexes and
evolves a schema; a project with real migrations is where that is practised.

**Fix:** build the database part of a project by hand: write the schema as migrations
(Alembic, Django, Rails, Flyway, Prisma, golang-migrate...), commit them, and move the SQL
skill to `fragile` once you have.

**Fails:**

```yaml
areas:
  databases:
    skills: [{name: SQL, status: theoretical}]
```

**Passes:**

```yaml
areas:
  databases:
    skills: [{name: SQL, status: fragile, projects: [notes-api]}]
```

It also passes while SQL is theoretical, once a scanned project has real migrations
(`migrations/versions/0001_init.py`, `db/migrate/...`).
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.analysis.evidence import any_project_shows
from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL203"
NAME = "no-sql"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset({"scan"})
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    area = ctx.roadmap.areas.get("databases")
    practised = area is not None and any(s.status != "theoretical" for s in area.skills)
    if practised or any_project_shows(ctx.scans, "sql_migrations"):
        return
    yield Problem(
        "no database skill is beyond theoretical and no project has SQL migrations",
        area.pointer if area else "/areas",
        "write a schema by hand as migrations in one project, then mark SQL fragile",
        at_key=area is not None,
    )
