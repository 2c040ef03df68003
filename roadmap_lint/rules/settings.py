"""Settings for one run: the roadmap's ``lint:`` section, overridden by command-line flags."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from roadmap_lint import rules
from roadmap_lint.core.errors import UserError
from roadmap_lint.core.findings import FAIL_ON_LEVELS
from roadmap_lint.rules.engine import Selection


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
    )
    level = fail_on or _file_fail_on(lint.get("fail_on"))
    if level not in FAIL_ON_LEVELS:
        raise UserError(
            f"unknown --fail-on level '{level}'", hint=f"choose one of {', '.join(FAIL_ON_LEVELS)}"
        )
    return Settings(selection, level, _thresholds(lint.get("thresholds")))


def _file_fail_on(value: Any) -> str:
    return value if isinstance(value, str) and value in FAIL_ON_LEVELS else "error"


def _thresholds(value: Any) -> dict[str, int]:
    thresholds = rules.default_thresholds()
    for name, number in (value if isinstance(value, dict) else {}).items():
        is_count = isinstance(number, int) and not isinstance(number, bool)
        if name in thresholds and is_count and number > 0:
            thresholds[name] = number
    return thresholds
