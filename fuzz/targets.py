"""Fuzz targets: each takes arbitrary bytes and must never raise."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from roadmap_lint.loading.document import parse_text, read_document
from roadmap_lint.loading.validation import validate
from roadmap_lint.model import build_roadmap

_FOLDER = Path(tempfile.mkdtemp(prefix="roadmap-lint-fuzz-"))


def load_roadmap_bytes(data: bytes) -> None:
    """The whole loading stage, from bytes on disk to schema problems and the model."""
    path = _FOLDER / "roadmap.yml"
    path.write_bytes(data)
    document = read_document(path)
    validate(document)
    build_roadmap(document.data)


def load_roadmap_text(data: bytes) -> None:
    document = parse_text(data.decode("utf-8", "replace"), Path("roadmap.yml"))
    validate(document)
    build_roadmap(document.data)


def history_pieces(data: bytes) -> None:
    """The history stage's piecewise parse must give what a whole-file parse gives."""
    from roadmap_lint.history import VersionParser
    from roadmap_lint.history.chunks import ChunkedParser

    text = data.decode("utf-8", "replace")
    whole = parse_text(text, Path("roadmap.yml"))
    expected = whole.data if whole.parsed else None
    if ChunkedParser().parse(text) != expected:
        raise AssertionError("piecewise parse differs from the whole-file parse")
    VersionParser()(text)


def manifests(data: bytes) -> None:
    """Every dependency-manifest parser, fed the same bytes."""
    from roadmap_lint.scanning.manifests import PARSERS, dependency_names

    for parser in PARSERS:
        dependency_names(parser, data)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "roadmap-bytes": load_roadmap_bytes,
    "roadmap-text": load_roadmap_text,
    "history-pieces": history_pieces,
    "manifests": manifests,
}
