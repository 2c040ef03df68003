"""The rule registry: every rule module, looked up by code or by name.

Adding a rule: write its module in this package, import it below and add it to `_MODULES`,
then regenerate the docs and the schema's option sections (`python -m roadmap_lint.rules.docs`).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import cast

from roadmap_lint.core.errors import UserError
from roadmap_lint.rules import (
    annual_reset_overdue,
    area_without_project,
    claim_not_found,
    comfortable_without_evidence,
    committed_secret_file,
    duplicate_key,
    duplicate_name,
    essential_overload,
    future_date,
    history_unavailable,
    local_repo_in_ci,
    missing_project_refresh,
    monthly_checkin_overdue,
    no_deployment,
    no_next_focus,
    no_sql,
    no_tests,
    not_own_work,
    nothing_removed,
    portfolio_gap,
    posting_gap,
    quarterly_review_overdue,
    repo_unreachable,
    roadmap_outgrows_learner,
    schema,
    stale_project,
    too_many_languages,
    tool_without_reason,
    tutorial_heavy,
    unapplied_skill,
    unclaimed_evidence,
    unknown_reference,
    yaml_syntax,
)
from roadmap_lint.rules.base import Option, Rule

_MODULES = (
    yaml_syntax,
    schema,
    duplicate_key,
    unknown_reference,
    duplicate_name,
    future_date,
    area_without_project,
    too_many_languages,
    tutorial_heavy,
    essential_overload,
    tool_without_reason,
    no_next_focus,
    comfortable_without_evidence,
    no_sql,
    no_deployment,
    no_tests,
    portfolio_gap,
    posting_gap,
    claim_not_found,
    repo_unreachable,
    unclaimed_evidence,
    local_repo_in_ci,
    committed_secret_file,
    not_own_work,
    history_unavailable,
    quarterly_review_overdue,
    monthly_checkin_overdue,
    annual_reset_overdue,
    stale_project,
    unapplied_skill,
    missing_project_refresh,
    roadmap_outgrows_learner,
    nothing_removed,
)

#: All rules, ordered by code.
RULES: tuple[Rule, ...] = tuple(sorted((cast(Rule, m) for m in _MODULES), key=lambda r: r.CODE))
#: Rules that judge the file itself; every other rule needs its content and is skipped when
#: the file could not be read as a mapping.
FILE_RULES = frozenset({"RL001", "RL002", "RL003"})
#: Rules the score's care factor leaves out (``analysis.score``): those that only say evidence
#: could not be read (the score never drops for that), and those about unsupported claims,
#: which its honesty factor already measures.
UNSCORED = frozenset(
    rule.CODE
    for rule in (
        history_unavailable,
        repo_unreachable,
        local_repo_in_ci,
        claim_not_found,
        comfortable_without_evidence,
    )
)
_BY_KEY: dict[str, Rule] = {key: rule for rule in RULES for key in (rule.CODE, rule.NAME)}


def known_names() -> list[str]:
    """Every code and every name, for "did you mean" and reference checks."""
    return list(_BY_KEY)


def get(code_or_name: str, *, suggest: bool = True) -> Rule:
    """The rule with this code or name; a `UserError` with a suggestion otherwise."""
    key = code_or_name.strip()
    rule = _BY_KEY.get(key) or _BY_KEY.get(key.upper())
    if rule is None:
        raise UserError(f"unknown rule '{code_or_name}'", hint=_suggest(key) if suggest else "")
    return rule


def expand(selectors: Iterable[str], *, suggest: bool = True) -> set[str]:
    """Codes matched by codes, names, or code prefixes such as `RL3` (all evidence rules)."""
    codes: set[str] = set()
    for selector in selectors:
        key = selector.strip()
        if key.upper() == "ALL":
            codes.update(rule.CODE for rule in RULES)
            continue
        prefix = [
            r.CODE for r in RULES if key.upper().startswith("RL") and r.CODE.startswith(key.upper())
        ]
        codes.update(prefix or [get(key, suggest=suggest).CODE])
    return codes


def expand_known(names: object) -> frozenset[str]:
    """Like `expand` for a list written in the roadmap: unknown names are skipped (RL004
    reports them), and anything that is not a list of text selects nothing. No "did you mean"
    is worked out for a name that is only skipped: a roadmap can hold thousands of them."""
    codes: set[str] = set()
    for name in names if isinstance(names, list) else []:
        if isinstance(name, str):
            try:
                codes |= expand([name], suggest=False)
            except UserError:
                continue
    return frozenset(codes)


def options() -> dict[str, Option]:
    """Every option a rule declares, by name (rules that share one list the same object)."""
    return {option.name: option for rule in RULES for option in rule.OPTIONS}


def default_thresholds() -> dict[str, int]:
    """Each option's default, by name."""
    return {name: option.default for name, option in options().items()}


def option_users(option: Option) -> list[str]:
    """The codes of the rules that read ``option``."""
    return [rule.CODE for rule in RULES if option in rule.OPTIONS]


def _suggest(key: str) -> str:
    close = difflib.get_close_matches(key, list(_BY_KEY), n=1, cutoff=0.5)
    hint = f"did you mean '{close[0]}'? " if close else ""
    return hint + "`roadmap-lint rules` lists them all"
