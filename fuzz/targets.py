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


def documents(data: bytes) -> None:
    """Every content recogniser, the CI reader, the secret checks and the test reader."""
    from roadmap_lint.scanning.ci import read_pipeline
    from roadmap_lint.scanning.content import compose_images, dev_stack, recognise
    from roadmap_lint.scanning.placeholders import only_placeholders
    from roadmap_lint.scanning.secret_files import secret_files
    from roadmap_lint.scanning.signals import DOCUMENT_SIGNALS, SECRET_FILES

    for path in ("api.yaml", "api.json", "dockerfile", "src/lib.rs"):
        recognise(path, DOCUMENT_SIGNALS, data)
    compose_images(data)
    dev_stack(data)
    for path in (".github/workflows/ci.yml", ".gitlab-ci.yml", "Jenkinsfile"):
        read_pipeline(path, data)
    secret_files(
        {name: check for name, check in SECRET_FILES.items()}, dict.fromkeys(SECRET_FILES, data)
    )
    only_placeholders(
        ["t/test_a.py", "t/ATest.php", "t/a_test.rb"],
        dict.fromkeys(["t/test_a.py", "t/ATest.php", "t/a_test.rb"], data),
    )


TARGETS: dict[str, Callable[[bytes], None]] = {
    "roadmap-bytes": load_roadmap_bytes,
    "roadmap-text": load_roadmap_text,
    "history-pieces": history_pieces,
    "manifests": manifests,
    "documents": documents,
}
