"""Settings for one run: the roadmap's ``lint:`` section, overridden by command-line flags."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from roadmap_lint import rules
from roadmap_lint.core.errors import UserError
from roadmap_lint.core.findings import FAIL_ON_LEVELS, Severity
from roadmap_lint.rules.base import Rule

#: What ``lint.severity`` accepts for a rule: a severity, or ``off`` to turn the rule off.
#: YAML reads an unquoted ``off`` as the boolean false, so false means off too.
SEVERITY_CHOICES: dict[str | bool, Severity | None] = {
    **{level.value: level for level in Severity},
    "off": None,
    False: None,
}


@dataclass(frozen=True)
class Selection:
    """Which rules run and how severe their findings are.

    ``select`` (empty means all) minus ``ignore``, as sets of codes; ``severity`` maps a code
    to the level the user chose for it (None: turned off).
    """

    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    severity: Mapping[str, Severity | None] = field(default_factory=dict)

    def enabled(self, rule: Rule) -> bool:
        chosen = (not self.select or rule.CODE in self.select) and rule.CODE not in self.ignore
        return chosen and self.severity_of(rule) is not None

    def severity_of(self, rule: Rule) -> Severity | None:
        return self.severity.get(rule.CODE, rule.SEVERITY)


@dataclass(frozen=True)
class Settings:
    selection: Selection
    fail_on: str
    thresholds: dict[str, int]


def resolve_settings(
    lint: dict[str, Any],
    *,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    fail_on: str | None = None,
) -> Settings:
    """Merge ``lint:`` with flags. Unknown rules on the command line are a ``UserError``;
    unknown rules inside the file are reported by RL004 and skipped here."""
    selection = Selection(
        select=frozenset(
            rules.expand(select) if select else rules.expand_known(lint.get("select"))
        ),
        ignore=frozenset(
            rules.expand(ignore) if ignore else rules.expand_known(lint.get("ignore"))
        ),
        severity=_severities(lint.get("severity")),
    )
    level = fail_on or _file_fail_on(lint.get("fail_on"))
    if level not in FAIL_ON_LEVELS:
        raise UserError(
            f"unknown --fail-on level '{level}'", hint=f"choose one of {', '.join(FAIL_ON_LEVELS)}"
        )
    return Settings(selection, level, _thresholds(lint.get("thresholds")))


def _file_fail_on(value: Any) -> str:
    return value if isinstance(value, str) and value in FAIL_ON_LEVELS else "error"


def _severities(value: Any) -> dict[str, Severity | None]:
    """``lint.severity``: rule (code, name or prefix) → level. Entries the schema rejects are
    skipped; a more specific key wins over a prefix (``RL3: info`` with ``RL301: error``)."""
    chosen: dict[str, Severity | None] = {}
    entries = value.items() if isinstance(value, dict) else ()
    for key, level in sorted(entries, key=lambda item: len(str(item[0]))):
        if isinstance(level, str | bool) and level in SEVERITY_CHOICES:
            chosen.update(dict.fromkeys(rules.expand_known([key]), SEVERITY_CHOICES[level]))
    return chosen


def _thresholds(value: Any) -> dict[str, int]:
    """Each option's number: the user's when the option accepts it, else the default."""
    given = value if isinstance(value, dict) else {}
    numbers = rules.default_thresholds()
    numbers.update(
        (name, given[name])
        for name, option in rules.options().items()
        if option.accepts(given.get(name))
    )
    return numbers
