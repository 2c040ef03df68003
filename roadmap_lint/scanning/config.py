"""The roadmap's `lint.signals`, read forgivingly: what a user adds to the detection tables.

A roadmap is untrusted input: a glob with many `**` or `{}` could make matching take
exponential time, so such globs (and overlong ones) are left out, and at most a few dozen
items of any list are read. The schema reports shapes it does not accept.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from roadmap_lint.core.vocabulary import SIGNALS

_MAX_GLOB = 200
_MAX_ITEMS = 64

#: package → signals it brings → the globs one of which must match (empty: none needed)
Framework = tuple[str, tuple[str, ...], tuple[str, ...]]


class SignalConfig(NamedTuple):
    """Excluded globs, extra globs or names per signal, and extra frameworks."""

    exclude: tuple[str, ...] = ()
    paths: tuple[tuple[str, tuple[str, ...]], ...] = ()
    dependencies: tuple[tuple[str, tuple[str, ...]], ...] = ()
    frameworks: tuple[Framework, ...] = ()

    @classmethod
    def from_lint(cls, lint: Mapping[str, Any]) -> SignalConfig:
        section = _mapping(lint.get("signals"))
        extend = _mapping(section.get("extend"))
        known = {name: body for name, body in extend.items() if name in SIGNALS}
        return cls(
            exclude=_globs(section.get("exclude")),
            paths=tuple((n, _globs(_field(b, "paths"))) for n, b in sorted(known.items())),
            dependencies=tuple(
                (n, _strings(_field(b, "dependencies"))) for n, b in sorted(known.items())
            ),
            frameworks=_frameworks(section.get("frameworks")),
        )


def _frameworks(value: Any) -> tuple[Framework, ...]:
    """``{package: {brings: [signals], when: [globs]}}``; a bare list is what it brings."""
    found = []
    for package, body in list(_mapping(value).items())[:_MAX_ITEMS]:
        entry = {"brings": body} if isinstance(body, list) else _mapping(body)
        brings = tuple(s for s in _strings(entry.get("brings")) if s in SIGNALS)
        if isinstance(package, str) and package.strip() and brings:
            found.append((package.strip().casefold(), brings, _globs(entry.get("when"))))
    return tuple(found)


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _field(body: Any, name: str) -> Any:
    return body.get(name) if isinstance(body, dict) else None


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(item for item in value[:_MAX_ITEMS] if isinstance(item, str) and item.strip())


def _globs(value: Any) -> tuple[str, ...]:
    """The user's globs that are safe to compile."""
    return tuple(
        glob
        for glob in map(_folder_glob, _strings(value))
        if len(glob) <= _MAX_GLOB and glob.count("**") <= 2 and glob.count("{") <= 2
    )


def _folder_glob(glob: str) -> str:
    """A trailing ``/`` means "this folder and all below it", as in ``.gitignore``; like
    there, a slash only at the end does not anchor the folder to the top."""
    if not glob.endswith("/") or not glob.strip("/"):
        return glob
    body = glob.rstrip("/")
    return f"{body}/**" if "/" in body else f"**/{body}/**"
