"""Dependency names from manifests, one small parser per format.

Manifests come from repositories we do not control: a parser never raises, never evaluates
anything, and returns what it can read (an unreadable manifest simply names no dependency).
XML and Gradle files are read with regular expressions, so no entity is ever expanded.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
from collections.abc import Callable, Iterable
from typing import Any

# Pattern strings, compiled by `re` on first use and cached there: a scan reads one or two
# kinds of manifest, and compiling all eleven at import cost a millisecond and a half.
_PYTHON_NAME = r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)"
# Manifests are hostile input: no pattern may let `\s` run across lines from a line start,
# and none scans ahead unboundedly from each of many starts (no quadratic time).
_GO_REQUIRE = r"(?m)^[ \t]*(?:require[ \t]+)?([A-Za-z0-9][\w.\-~/]*)[ \t]+v\d"
_MAVEN_FIELD = r"<(groupId|artifactId)>\s*([^<\s]+)\s*</\1>"
_GRADLE_COORDINATE = r"""["']([\w.\-]+):([\w.\-]+)(?::[^"'\s]*)?["']"""
_GRADLE_MODULE = r"""\b(?:group|module)\s*[=:]\s*["']([\w.\-]+)["']"""
#: A version catalog's `{ group = "org.postgresql", name = "postgresql" }`.
_GRADLE_NAME = r"""\bgroup\s*=\s*["']([\w.\-]+)["']\s*,\s*name\s*=\s*["']([\w.\-]+)["']"""
_GEM = r"""(?m)^[ \t]*gem[ \t]*\(?[ \t]*["']([\w.\-]+)["']"""
_MSBUILD = (
    r"""<Package(?:Reference|Version)\b[^<>]{0,200}?\s(?:Include|Update)\s*=\s*["']([^"']+)"""
)
_MIX = r"\{\s*:([a-z_][a-z0-9_]*)\s*,"
_TOML_KEY = r"""^\s*["']?([A-Za-z0-9_.\-]+)["']?\s*="""
_QUOTED = r"""["']([^"']+)["']"""


def python_name(requirement: str) -> str:
    """The normalised project name of a requirement (`Flask_Login>=1` → `flask-login`)."""
    match = re.match(_PYTHON_NAME, requirement)
    return re.sub(r"[-_.]+", "-", match.group(1)).casefold() if match else ""


def _requirements(text: str) -> set[str]:
    names = set()
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if line and not line.startswith(("#", "-")):
            names.add(python_name(line))
    return names


@functools.cache
def _toml_library() -> Any:
    """tomllib (Python 3.11+) or tomli, imported on first use; None when neither exists."""
    for name in ("tomllib", "tomli"):
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    return None


def _toml_data(text: str) -> dict[str, Any] | None:
    """The parsed TOML, ``{}`` when it is malformed, None when no TOML library is present."""
    _toml = _toml_library()
    if _toml is None:
        return None
    try:
        data: dict[str, Any] = _toml.loads(text)
        return data
    except Exception:  # a malformed manifest declares nothing
        return {}


def _toml_lines(
    text: str, keys_in: Callable[[str], bool], values_in: Callable[[str], bool]
) -> set[str]:
    """A TOML reader for Python without tomllib or tomli: keys of the tables ``keys_in``
    accepts (`name = "1.0"`), quoted strings in tables ``values_in`` accepts and in every
    `...dependencies = [...]` array, multi-line ones included."""
    names: set[str] = set()
    table, in_array = "", False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and not in_array:
            table = stripped.strip("[] \t")
            continue
        key = re.match(_TOML_KEY, line)
        if key and keys_in(table):
            names.add(key.group(1))
        elif in_array or values_in(table) or "dependencies" in line.split("=", 1)[0]:
            names.update(re.findall(_QUOTED, line.split("=", 1)[-1] if key else line))
            in_array = (in_array or "[" in line) and "]" not in line
    return names


def _pyproject(text: str) -> set[str]:
    data = _toml_data(text)
    if data is None:
        names = _toml_lines(
            text,
            keys_in=lambda t: t.startswith("tool.poetry") and t.endswith("dependencies"),
            values_in=lambda t: t in ("project.optional-dependencies", "dependency-groups"),
        )
        return {python_name(name) for name in names} - {"", "python"}
    project, poetry = data.get("project") or {}, (data.get("tool") or {}).get("poetry") or {}
    requirements = list(_strings(project.get("dependencies")))
    for group in _values(project.get("optional-dependencies")):
        requirements += _strings(group)
    for group in _values(data.get("dependency-groups")):
        requirements += _strings(group)
    keys = list(_keys(poetry.get("dependencies"))) + list(_keys(poetry.get("dev-dependencies")))
    for group in _values(poetry.get("group")):
        keys += _keys(group.get("dependencies") if isinstance(group, dict) else None)
    return {python_name(name) for name in [*requirements, *keys]} - {"", "python"}


def _pipfile(text: str) -> set[str]:
    data = _toml_data(text)
    if data is None:
        names = _toml_lines(text, lambda t: t in ("packages", "dev-packages"), lambda t: False)
        return {python_name(name) for name in names} - {""}
    keys = [*_keys(data.get("packages")), *_keys(data.get("dev-packages"))]
    return {python_name(name) for name in keys} - {""}


def _cargo(text: str) -> set[str]:
    data = _toml_data(text)
    if data is None:
        return _toml_lines(text, lambda t: t.endswith("dependencies"), lambda t: False)
    tables = [data, data.get("workspace") or {}, *_values(data.get("target"))]
    return {
        name
        for table in tables
        if isinstance(table, dict)
        for section in ("dependencies", "dev-dependencies", "build-dependencies")
        for name in _keys(table.get(section))
    }


def _json_keys(text: str, sections: Iterable[str]) -> set[str]:
    try:
        data = json.loads(text)
    except ValueError:
        return set()
    if not isinstance(data, dict):
        return set()
    return {name for section in sections for name in _keys(data.get(section))}


def _package_json(text: str) -> set[str]:
    sections = ("dependencies", "devDependencies", "peerDependencies", "optionalDependencies")
    return _json_keys(text, sections)


def _composer(text: str) -> set[str]:
    return _json_keys(text, ("require", "require-dev"))


def _go_mod(text: str) -> set[str]:
    return {name for name in re.findall(_GO_REQUIRE, text) if name not in ("go", "toolchain")}


def _pom(text: str) -> set[str]:
    names = set()
    for chunk in text.split("<dependency>")[1:]:  # linear, unlike a lazy `.*?` per tag
        fields = dict(re.findall(_MAVEN_FIELD, chunk.split("</dependency>", 1)[0]))
        if "artifactId" in fields:
            names.add(fields["artifactId"])
            names.add(f"{fields.get('groupId', '')}:{fields['artifactId']}")
    return names


def _gradle(text: str) -> set[str]:
    names = {
        name for pair in re.findall(_GRADLE_COORDINATE, text) for name in (pair[1], ":".join(pair))
    }
    pairs = re.findall(_GRADLE_NAME, text)
    catalog = {name for pair in pairs for name in (pair[1], ":".join(pair))}
    return names | catalog | set(re.findall(_GRADLE_MODULE, text))


def _regex(pattern: str) -> Callable[[str], set[str]]:
    return lambda text: set(re.findall(pattern, text))


def _keys(value: Any) -> Iterable[str]:
    return [key for key in value if isinstance(key, str)] if isinstance(value, dict) else []


def _values(value: Any) -> Iterable[Any]:
    return value.values() if isinstance(value, dict) else []


def _strings(value: Any) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


#: Parser name (as used in `signals.MANIFESTS`) → text → dependency names.
PARSERS: dict[str, Callable[[str], set[str]]] = {
    "requirements": _requirements,
    "pyproject": _pyproject,
    "pipfile": _pipfile,
    "package_json": _package_json,
    "go_mod": _go_mod,
    "pom": _pom,
    "gradle": _gradle,
    "composer": _composer,
    "gemfile": _regex(_GEM),
    "msbuild": _regex(_MSBUILD),
    "cargo": _cargo,
    "mix": _regex(_MIX),
}


def dependency_names(parser: str, content: bytes) -> set[str]:
    """The casefolded dependency names a manifest declares; empty when it cannot be read."""
    text = content.decode("utf-8", errors="replace")
    try:
        names = PARSERS[parser](text)
    except (RecursionError, ValueError, TypeError, AttributeError):
        return set()
    return {name.casefold() for name in names if name}
