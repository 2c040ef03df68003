"""Every import points down: a module may import only from its own layer or the ones below.

The order is the pipeline of docs/architecture.md. Imports inside functions and under
``TYPE_CHECKING`` count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "roadmap_lint"

#: Lowest first. The top-level module ``roadmap_lint`` (its version) belongs to ``core``.
LAYERS = (
    "core",
    "loading",
    "model",
    "git",
    "github",
    "scanning",
    "history",
    "postings",
    "analysis",
    "rules",
    "check",
    "reporting",
    "review",
    "page",
    "brief",
    "starter",
    "cli",
)
_RANK = {name: rank for rank, name in enumerate(LAYERS)}


def layer_of(module: str) -> str:
    """``roadmap_lint.scanning.detect`` → ``scanning``; ``roadmap_lint`` → ``core``."""
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in ("__init__",):
        return "core"
    return "cli" if parts[1] == "__main__" else parts[1]


def imported_modules(source: str, module: str) -> Iterator[str]:
    """Every ``roadmap_lint`` module ``source`` (the text of ``module``) imports."""
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                yield ".".join([*base, *([node.module] if node.module else [])])
            elif node.module:
                yield node.module


def violations(source: str, module: str) -> list[str]:
    """``module imports target`` for each import of ``source`` that points up."""
    own = _RANK[layer_of(module)]
    return [
        f"{module} imports {target} ({layer_of(module)} → {layer_of(target)})"
        for target in imported_modules(source, module)
        if target.split(".")[0] == "roadmap_lint" and _RANK[layer_of(target)] > own
    ]


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield name, path


def test_every_package_has_a_layer() -> None:
    unknown = {layer_of(name) for name, _ in _modules()} - set(LAYERS)
    assert not unknown, f"give these a place in LAYERS and docs/architecture.md: {unknown}"


def test_every_import_points_down() -> None:
    found = [
        line
        for name, path in _modules()
        for line in violations(path.read_text(encoding="utf-8"), name)
    ]
    assert not found, "\n".join(found)


def test_a_planted_upward_import_is_caught() -> None:
    planted = "def later():\n    from roadmap_lint.reporting.text import report\n"
    assert violations(planted, "roadmap_lint.scanning.detect") == [
        "roadmap_lint.scanning.detect imports roadmap_lint.reporting.text (scanning → reporting)"
    ]
    relative = "from ..rules import base\n"
    assert violations(relative, "roadmap_lint.loading.document") == [
        "roadmap_lint.loading.document imports roadmap_lint.rules (loading → rules)"
    ]
    assert violations("from roadmap_lint.core.errors import UserError\n", "roadmap_lint.cli") == []


def test_the_architecture_doc_lists_the_layers_in_order() -> None:
    doc = (PACKAGE.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    doc = doc.split("## Layers", 1)[1].split("\n## ", 1)[0]
    positions = [doc.find(f"`{name}`") for name in LAYERS]
    assert -1 not in positions, "docs/architecture.md must name every layer"
    assert positions == sorted(positions), "docs/architecture.md must list the layers in order"
