"""Job postings keep asking for a skill the roadmap lacks, or holds only as theoretical.

Runs when saved job postings are given (`check --postings DIR`, or `lint.postings:` naming a
folder beside the roadmap; see docs/brief.md). A skill fires when at least `posting_min`
postings, and at least `posting_share` percent of them, *require* it (a "nice to have" does
not count), while no roadmap skill that satisfies it is fragile or comfortable.

**Why:** one of the surest signs a roadmap needs updating is job descriptions that keep
repeating a skill you have ignored. Postings are evidence about the market, as projects are
evidence about you; when the two disagree for months, the roadmap is aiming somewhere the
jobs are not.

**Fix:** add the skill (to `essential_now` when most postings for your target role require
it) and plan a small project that uses it; or, if those postings are not the jobs you want,
take them out of the folder. A theoretical skill becomes fragile once a project uses it.

**Fails** (7 of 10 saved postings require Docker):

```yaml
deployment_devops:
  skills:
    - {name: CI pipelines, status: fragile}
```

**Passes:**

```yaml
deployment_devops:
  skills:
    - {name: Docker, status: fragile, bucket: essential_now, projects: [notes-api]}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.loading.pointers import join
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL213"
NAME = "posting-gap"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset({"postings"})
POSTING_SHARE = Option(
    "posting_share",
    30,
    "Percent of the saved postings that must require a skill before its absence is reported.",
    maximum=100,
)
POSTING_MIN = Option(
    "posting_min",
    3,
    "Fewest postings that must require a skill before its absence is reported.",
    maximum=10_000,
)
OPTIONS = (POSTING_SHARE, POSTING_MIN)


def check(ctx: RuleContext) -> Iterator[Problem]:
    report = ctx.postings
    if report is None or not report.count:
        return
    # Imported here: the postings matcher's vocabulary costs tens of milliseconds to load,
    # and most checks have no postings at all.
    from roadmap_lint.analysis.demand import demands

    least = max(ctx.thresholds[POSTING_MIN.name], 1)
    share = ctx.thresholds[POSTING_SHARE.name]
    for item in demands(report, ctx.roadmap):
        required = item.skill.required
        if required < least or required * 100 < share * report.count:
            continue
        if any(skill.status in ("fragile", "comfortable") for skill in item.held):
            continue
        asked = f"{required} of {report.count} saved postings require '{item.skill.name}'"
        if item.held:
            skill = item.held[0]
            yield Problem(
                f"{asked}, but the roadmap holds it only as theoretical ('{skill.name}')",
                join(skill.pointer, "status"),
                "plan a small project that uses it, then mark it fragile",
            )
        else:
            area = item.skill.area
            where = join("/areas", area) if area in ctx.roadmap.areas else "/areas"
            yield Problem(
                f"{asked}, but the roadmap does not list it",
                where,
                f"add '{item.skill.name}' to the skills of {area}, or drop those postings"
                " if they are not the jobs you want",
                at_key=True,
            )
