"""Run the selected rules over a context and turn their problems into sorted findings."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from roadmap_lint import rules
from roadmap_lint.core.findings import Finding
from roadmap_lint.loading.pointers import join
from roadmap_lint.rules.base import Problem, Rule, RuleContext


@dataclass(frozen=True)
class Selection:
    """Which rules run: ``select`` (empty means all) minus ``ignore``, as sets of codes."""

    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()

    def enabled(self, rule: Rule) -> bool:
        return (not self.select or rule.CODE in self.select) and rule.CODE not in self.ignore


def run_rules(
    ctx: RuleContext, selection: Selection, stages: frozenset[str] = frozenset()
) -> list[Finding]:
    """Findings of every enabled rule whose stages ran, minus inline ``ignore:`` suppressions.

    ``stages`` names the optional stages that ran (``scan``, ``history``).
    """
    suppressed = _inline_ignores(ctx.document.data)
    readable = ctx.document.parsed and isinstance(ctx.document.data, dict)
    findings = [
        finding
        for rule in rules.RULES
        if selection.enabled(rule) and stages >= rule.NEEDS
        if readable or rule.CODE in rules.FILE_RULES
        for finding in _findings_of(rule, ctx)
        if not _is_suppressed(finding, suppressed)
    ]
    return sorted(set(findings), key=lambda finding: finding.sort_key)


def _findings_of(rule: Rule, ctx: RuleContext) -> Iterator[Finding]:
    try:
        problems = list(rule.check(ctx))
    except (TypeError, ValueError, AttributeError, KeyError):
        # A rule may trip over data the schema already rejected; those findings explain it.
        # On a valid roadmap the same exception is a bug and must surface.
        if not ctx.schema_problems:
            raise
        return
    for problem in problems:
        yield _finding(rule, problem, ctx)


def _finding(rule: Rule, problem: Problem, ctx: RuleContext) -> Finding:
    line, column = problem.position or ctx.document.locate(problem.pointer, key=problem.at_key)
    return Finding(
        rule=rule.CODE,
        name=rule.NAME,
        severity=rule.SEVERITY,
        message=problem.message,
        hint=problem.hint,
        file=ctx.document.path.as_posix(),
        line=line,
        column=column,
        pointer=problem.pointer,
    )


def _inline_ignores(data: object, pointer: str = "") -> dict[str, frozenset[str]]:
    """pointer of each item with an ``ignore:`` list → the rule codes it silences."""
    found: dict[str, frozenset[str]] = {}
    if isinstance(data, dict):
        names = data.get("ignore")
        if pointer and not pointer.startswith("/lint") and isinstance(names, list):
            found[pointer] = rules.expand_known(names)
        for key, value in data.items():
            found.update(_inline_ignores(value, join(pointer, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.update(_inline_ignores(value, join(pointer, index)))
    return found


def _is_suppressed(finding: Finding, suppressed: Mapping[str, frozenset[str]]) -> bool:
    pointer = finding.pointer
    while pointer:
        if finding.rule in suppressed.get(pointer, ()):
            return True
        pointer = pointer.rsplit("/", 1)[0]
    return False
