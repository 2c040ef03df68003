"""JSON as roadmap-lint writes it: indented, UTF-8 text, every string valid Unicode.

Every JSON output (``check --format json`` and ``sarif``, ``scan --format json``) goes through
``dumps``: a file name that is not UTF-8 would otherwise reach the encoder as a lone surrogate
and make the output invalid UTF-8 or stop it with an error.
"""

from __future__ import annotations

import json
from typing import Any

from roadmap_lint.core.secrets import displayable


def dumps(data: Any) -> str:
    """``data`` as indented JSON text, ending in a newline."""
    return json.dumps(_clean(data), indent=2, ensure_ascii=False) + "\n"


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return displayable(value)
    if isinstance(value, dict):
        return {_clean(key): _clean(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(item) for item in value]
    return value
