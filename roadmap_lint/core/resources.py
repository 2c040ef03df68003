"""Locate the data folders (``schemas/``, ``templates/``) in a wheel or in a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def data_dir(name: str) -> Path:
    """The folder ``name`` (``schemas`` or ``templates``), wherever this install keeps it.

    A wheel carries it under ``roadmap_lint/_data/``; a checkout or editable install has it at
    the repository's top level, beside the package.
    """
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"roadmap-lint's {name}/ folder is missing from this install")


def schema_path(name: str = "roadmap.schema.json") -> Path:
    return data_dir("schemas") / name
