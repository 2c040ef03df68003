"""One number for the whole roadmap (0–100): the Action's ``score`` output and the badge.

It measures how strong the roadmap is and how honest, from what the learner controls::

    score = S × (1/2 + H/2) × (1 − C), rounded half up

* **S, strength** (0–100): the mean strength of the five columns (``balance``): skills that
  are comfortable or fragile, skills and areas backed by started projects.
* **H, honesty** (0–1): of the claims that could be checked, the share the evidence supports.
  A claim is a comfortable skill (supported when a started project backs it) or a signal a
  project ``expects`` (supported when the scan of its repository shows it). A claim about a
  repository that was not scanned, or could not be read, counts neither way: evidence that
  could not be read is unknown, not absent. With no claim to check, H is 1.
* **C, care** (0–0.2): each rule with error findings costs 0.05, each rule with warnings
  0.02, infos nothing; 0.2 at most. A rule counts once however many findings it has: five
  stale projects are one habit to change. The rules in ``unscored`` cost nothing (the
  registry's ``rules.UNSCORED``: those that only say evidence could not be read, and the
  claim rules, which H already measures).

So findings can take at most three fifths of the strength away (half through honesty, a fifth
of the rest through care): a roadmap with any strength never scores 0, and reading more or less
of the evidence never lowers the score.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from roadmap_lint.analysis.balance import area_scores
from roadmap_lint.analysis.evidence import backed_skills, started_projects
from roadmap_lint.core.findings import Finding, Severity
from roadmap_lint.core.vocabulary import AREAS, SIGNALS
from roadmap_lint.model import Roadmap
from roadmap_lint.scanning.result import ScanResult

#: Care lost per rule that has findings of each severity, and the most it can lose, in
#: hundredths (whole numbers add up exactly).
RULE_COSTS = {Severity.ERROR: 5, Severity.WARNING: 2, Severity.INFO: 0}
MAX_CARE = 20
#: shields.io colours, from the lowest score that earns each.
_COLOURS = ((80, "brightgreen"), (60, "green"), (40, "yellow"), (20, "orange"), (0, "red"))


@dataclass(frozen=True)
class ScoreParts:
    """The three factors, so that docs and reports can show how a score came about."""

    strength: float
    supported: int
    checked: int
    care: float

    @property
    def honesty(self) -> float:
        return self.supported / self.checked if self.checked else 1.0

    @property
    def value(self) -> int:
        factor = (0.5 + 0.5 * self.honesty) * (1 - self.care)
        # Half up, as people round (Python's round() takes 38.5 to 38).
        return max(0, min(100, math.floor(self.strength * factor + 0.5)))


def score_parts(
    roadmap: Roadmap,
    scans: Mapping[str, ScanResult] | None,
    findings: list[Finding],
    unscored: frozenset[str],
) -> ScoreParts:
    columns = [area.strength for area in area_scores(roadmap, scans) if area.area in AREAS]
    supported, checked = _claims(roadmap, scans)
    care = _care([finding for finding in findings if finding.rule not in unscored])
    return ScoreParts(sum(columns) / len(columns), supported, checked, care)


def _claims(roadmap: Roadmap, scans: Mapping[str, ScanResult] | None) -> tuple[int, int]:
    """``(supported, checked)`` over the comfortable skills and the readable expectations."""
    backed = backed_skills(roadmap)
    comfortable = [skill for skill in roadmap.skills() if skill.status == "comfortable"]
    held = [skill.pointer in backed for skill in comfortable]
    for project in started_projects(roadmap):
        scan = (scans or {}).get(project.id)
        if scan is not None and scan.error is None:
            held += [scan.shows(signal) for signal in project.expects if signal in SIGNALS]
    return sum(held), len(held)


def _care(findings: list[Finding]) -> float:
    worst: dict[str, Severity] = {}
    for finding in findings:
        known = worst.get(finding.rule)
        if known is None or finding.severity.rank > known.rank:
            worst[finding.rule] = finding.severity
    return min(MAX_CARE, sum(RULE_COSTS[severity] for severity in worst.values())) / 100


def badge(score: int) -> dict[str, Any]:
    """A shields.io endpoint document (https://shields.io/badges/endpoint-badge)."""
    colour = next(name for floor, name in _COLOURS if score >= floor)
    return {"schemaVersion": 1, "label": "roadmap", "message": f"{score}/100", "color": colour}
