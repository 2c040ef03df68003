"""What the cohort keeps of one learner's check: a few numbers, dates and names.

Both sources give the same ``Facts``: a check run here (``facts_of``) and the report a
learner's own Action published (``Facts.from_json``, the ``facts`` object of that report, made
by ``facts_of`` on their runner). Nothing time-dependent is decided here: dates are kept as
dates, so that the flags are judged on the cohort's day (see ``flags``). A check's result is
large (the roadmap, its history, every scan); the facts are a few hundred bytes, which is what
keeps a cohort's memory flat however many learners it holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from roadmap_lint.analysis.balance import area_scores
from roadmap_lint.check import CheckResult
from roadmap_lint.core.findings import summarize
from roadmap_lint.core.vocabulary import AREAS, LEVELS, SIGNALS, STRENGTHS
from roadmap_lint.scanning.result import ScanResult

#: The stages facts keep (and ``vocabulary.LEVELS``); a value the schema refuses is kept as unknown.
STAGES = range(1, 8)


@dataclass(frozen=True)
class Facts:
    level: str
    stage: int | None
    score: int
    #: the five columns' strength, 0 to 100, in ``vocabulary.AREAS`` order
    areas: dict[str, int]
    #: projects the roadmap lists, started (in progress or done) and done
    projects: int
    started: int
    done: int
    #: signal → the strongest way any scanned project shows it
    signals: dict[str, str]
    #: the latest commit to any scanned project (ISO 8601), and the latest review (a date)
    last_commit: str | None
    last_review: dt.date | None
    errors: int
    warnings: int
    #: names of the rules with a finding
    rules: tuple[str, ...] = field(default=())

    @property
    def exercised(self) -> int:
        return sum(1 for strength in self.signals.values() if strength == "exercised")

    def last_commit_date(self) -> dt.date | None:
        if self.last_commit is None:
            return None
        return dt.datetime.fromisoformat(self.last_commit).astimezone(dt.timezone.utc).date()

    def to_json(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "stage": self.stage,
            "score": self.score,
            "areas": dict(self.areas),
            "projects": {"listed": self.projects, "started": self.started, "done": self.done},
            "signals": dict(self.signals),
            "last_commit": self.last_commit,
            "last_review": self.last_review.isoformat() if self.last_review else None,
            "findings": {"error": self.errors, "warning": self.warnings},
            "rules": list(self.rules),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Facts:
        """``to_json``'s shape back; the caller has validated it against the report schema."""
        projects, findings = data["projects"], data["findings"]
        review = data["last_review"]
        return cls(
            level=data["level"],
            stage=data["stage"],
            score=data["score"],
            areas={area: data["areas"][area] for area in AREAS},
            projects=projects["listed"],
            started=projects["started"],
            done=projects["done"],
            signals=dict(sorted(data["signals"].items())),
            last_commit=data["last_commit"],
            last_review=dt.date.fromisoformat(review) if review else None,
            errors=findings["error"],
            warnings=findings["warning"],
            rules=tuple(sorted(set(data["rules"]))),
        )


def facts_of(result: CheckResult) -> Facts:
    """The facts of one check."""
    model, scans = result.model, result.scans or {}
    strengths = {area.area: area.strength for area in area_scores(model, result.scans)}
    started = [p for p in model.projects if p.status in ("in_progress", "done")]
    readable = [scan for scan in scans.values() if scan.error is None]
    commits = [scan.last_commit for scan in readable if scan.last_commit]
    review = model.latest_review(result.today)
    counts = summarize(result.findings)
    return Facts(
        level=model.level if model.level in LEVELS else "",
        stage=model.stage if model.stage in STAGES else None,
        score=result.score(),
        areas={area: strengths.get(area, 0) for area in AREAS},
        projects=len(model.projects),
        started=len(started),
        done=sum(1 for p in started if p.status == "done"),
        signals=_signals(readable),
        last_commit=max(commits, key=_instant, default=None),
        last_review=review.date if review else None,
        errors=counts["error"],
        warnings=counts["warning"],
        rules=tuple(sorted({finding.name for finding in result.findings})),
    )


def _signals(scans: list[ScanResult]) -> dict[str, str]:
    """Each signal any scan shows, at the strongest any of them shows it."""
    shown: dict[str, list[str]] = {}
    for scan in scans:
        for signal in SIGNALS:
            strength = scan.strength(signal)
            if strength is not None:
                shown.setdefault(signal, []).append(strength)
    return {signal: max(levels, key=STRENGTHS.index) for signal, levels in sorted(shown.items())}


def _instant(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso).astimezone(dt.timezone.utc)
