"""Run the selected rules over a context and turn their problems into sorted findings."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from roadmap_lint import rules
from roadmap_lint.core.findings import Finding, Severity
from roadmap_lint.rules.base import Problem, Rule, RuleContext, inline_ignore_lists
from roadmap_lint.rules.settings import Selection


def run_rules(
    ctx: RuleContext, selection: Selection, stages: frozenset[str] = frozenset(), *, file: str
) -> list[Finding]:
    """Findings of every enabled rule whose stages ran, minus inline ``ignore:`` suppressions.

    ``stages`` names the optional stages that ran (``scan``, ``history``); ``file`` is the
    roadmap's name as the findings carry it (``check.shown_path``).
    """
    suppressed = _inline_ignores(ctx.document.data)
    readable = ctx.document.parsed and isinstance(ctx.document.data, dict)
    findings = [
        finding
        for rule in rules.RULES
        if selection.enabled(rule) and stages >= rule.NEEDS
        if readable or rule.CODE in rules.FILE_RULES
        for finding in _findings_of(rule, ctx, selection, file)
        if not _is_suppressed(finding, suppressed)
    ]
    return sorted(set(findings), key=lambda finding: finding.sort_key)


def _findings_of(
    rule: Rule, ctx: RuleContext, selection: Selection, file: str
) -> Iterator[Finding]:
    try:
        problems = list(rule.check(ctx))
    except (TypeError, ValueError, AttributeError, KeyError):
        # A rule may trip over data the schema already rejected; those findings explain it.
        # On a valid roadmap the same exception is a bug and must surface.
        if not ctx.schema_problems:
            raise
        return
    severity = selection.severity_of(rule) or rule.SEVERITY
    for problem in problems:
        yield _finding(rule, severity, problem, ctx, file)


def _finding(
    rule: Rule, severity: Severity, problem: Problem, ctx: RuleContext, file: str
) -> Finding:
    line, column = problem.position or ctx.document.locate(problem.pointer, key=problem.at_key)
    return Finding(
        rule=rule.CODE,
        name=rule.NAME,
        severity=severity,
        message=problem.message,
        hint=problem.hint,
        file=file,
        line=line,
        column=column,
        pointer=problem.pointer,
    )


def _inline_ignores(data: object) -> dict[str, frozenset[str]]:
    """pointer of each item with an ``ignore:`` list → the rule codes it silences."""
    return {pointer: rules.expand_known(names) for pointer, names in inline_ignore_lists(data)}


def _is_suppressed(finding: Finding, suppressed: Mapping[str, frozenset[str]]) -> bool:
    pointer = finding.pointer
    while pointer:
        if finding.rule in suppressed.get(pointer, ()):
            return True
        pointer = pointer.rsplit("/", 1)[0]
    return False
