"""No project shows a Dockerfile, deploy configuration or CI.

**Why:** a backend project is not fully learned until it has run somewhere other than your
laptop. Deployment does not need advanced infrastructure, but it does need a container or a
platform config, settings from the environment, and a pipeline that builds it.

**Fix:** pick your most complete project and ship it: add a Dockerfile, a CI workflow
(`.github/workflows/ci.yml`), or the config of a platform (`fly.toml`, `render.yaml`,
`Procfile`...), and commit it.

**Fails:**

```yaml
projects:
  - {id: notes-api, repo: ../notes-api}   # source code and tests only
```

**Passes:**

```yaml
projects:
  - {id: notes-api, repo: ../notes-api}   # also has Dockerfile and .github/workflows/ci.yml
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.analysis.evidence import any_project_shows
from roadmap_lint.core.findings import Severity
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL204"
NAME = "no-deployment"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset({"scan"})
OPTIONS: tuple[Option, ...] = ()

#: Signals that show a project was built or shipped outside the learner's machine.
DEPLOYMENT_SIGNALS = ("dockerfile", "deploy", "ci")


def check(ctx: RuleContext) -> Iterator[Problem]:
    if not ctx.scans or any_project_shows(ctx.scans, *DEPLOYMENT_SIGNALS):
        return
    area = ctx.roadmap.areas.get("deployment_devops")
    yield Problem(
        "no project shows a Dockerfile, deploy configuration or CI pipeline",
        area.pointer if area else "/projects",
        "containerise or deploy one project and commit its Dockerfile, CI or platform config",
        at_key=True,
    )
