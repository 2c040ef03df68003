"""The skills vocabulary: shipped as data in ``vocabulary.yml``, extended by the user.

``load_vocabulary`` reads the shipped file once per process and, when asked, a user's file
on top of it; ``document`` validates both the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from roadmap_lint.postings.document import merge_document
from roadmap_lint.postings.errors import VOCABULARY_HINT, PostingsError
from roadmap_lint.postings.terms import Term

#: The file name a postings folder may hold to extend the vocabulary.
USER_VOCABULARY = "vocabulary.yml"
#: A vocabulary is a short list of names; anything bigger is not one.
MAX_VOCABULARY_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Vocabulary:
    """The skills to look for, and the data version they come from."""

    version: int
    terms: tuple[Term, ...]
    extended_by: str | None = None


def load_vocabulary(extra: Path | None = None) -> Vocabulary:
    """The shipped vocabulary, extended by ``extra`` when given.

    ``extra`` is a vocabulary file, or a postings folder: then its ``vocabulary.yml`` is used
    when there is one (a folder without it is not an error; a named file that is missing is).
    """
    version, terms = _shipped()
    path = _user_file(extra) if extra is not None else None
    if path is None:
        return Vocabulary(version=version, terms=terms)
    _, extended = merge_document(list(terms), str(path), _read_user_file(path))
    return Vocabulary(version=version, terms=tuple(extended), extended_by=str(path))


@cache
def _shipped() -> tuple[int, tuple[Term, ...]]:
    text = resources.files(__package__).joinpath("vocabulary.yml").read_text(encoding="utf-8")
    version, terms = merge_document([], "the shipped vocabulary.yml", text)
    if version is None:  # pragma: no cover - the shipped file states it; a test holds it so
        raise PostingsError("the shipped vocabulary.yml has no version")
    return version, tuple(terms)


def _user_file(extra: Path) -> Path | None:
    if extra.is_dir():
        inside = extra / USER_VOCABULARY
        if inside.is_symlink():
            # The folder may come from elsewhere; its vocabulary must be its own file.
            raise PostingsError(f"{inside}: a symlink; refused", "copy the file into the folder")
        return inside if inside.is_file() else None
    if not extra.is_file():
        raise PostingsError(
            f"{extra}: no such vocabulary file", f"check the path; {VOCABULARY_HINT}"
        )
    return extra


def _read_user_file(path: Path) -> str:
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_VOCABULARY_BYTES + 1)
    except OSError as error:
        raise PostingsError(f"{path}: cannot be read ({error.strerror})") from error
    if len(data) > MAX_VOCABULARY_BYTES:
        raise PostingsError(f"{path}: larger than {MAX_VOCABULARY_BYTES:,} bytes", VOCABULARY_HINT)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PostingsError(f"{path}: not UTF-8 text", "save it as UTF-8") from error
