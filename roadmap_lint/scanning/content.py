"""Documents recognised by what they contain, whatever their name.

An OpenAPI description called `api.yaml`, a compose file called `local.yml`, a Kubernetes
manifest in `ops/`, a Dockerfile called `dockerfile.api`: the name says little, the first
lines say what the file is. Only the candidates the path list points at are read (see
`signals.CONTENT_CANDIDATES`), each parsed at most once, as plain data.

Each test reads the structure, not the words: a YAML file that mentions `openapi` in a
comment is not OpenAPI, and a `services:` key in some other tool's settings is not compose.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from roadmap_lint.scanning import yamlread
from roadmap_lint.scanning.frameworks import DEV_ONLY_DIRS

#: Kubernetes kinds that run or expose an application (a Backstage `Component` does not).
KUBERNETES_KINDS: frozenset[str] = frozenset(
    [
        "Deployment",
        "StatefulSet",
        "DaemonSet",
        "Pod",
        "Job",
        "CronJob",
        "ReplicaSet",
        "Service",
        "Ingress",
        "HorizontalPodAutoscaler",
        "Rollout",
        "Application",
        "HelmRelease",
        "Kustomization",
        "Gateway",
        "HTTPRoute",
        "VirtualService",
    ]
)
_APP_COMPONENTS = ("services", "workers", "static_sites", "jobs", "functions")
_APP_SOURCES = frozenset(
    {"github", "gitlab", "git", "image", "dockerfile_path", "source_dir", "run_command"}
)
# Pattern texts, compiled by `re` on first use and cached there: a scan reads few kinds
# of document, and compiling all of them at import cost most of a millisecond.
_RUST_TEST = rb"#\[(?:\w+::)?test\b"
_VERSION = r"^[23](\.\d+){0,2}$"
_VERSION_KEYS = frozenset({"openapi", "swagger"})
_DOCKER_COMMENT = r"^\s*(#.*)?$"
#: Cheap tests on the raw bytes: a document is parsed only when its key could be there.
_HINTS: dict[str, bytes] = {
    "openapi": rb"""(?:openapi|swagger)["']?\s*:""",
    "compose": rb"""(?m)^["']?services["']?\s*:""",
    "kubernetes": rb"(?m)^kind\s*:",
    "app_platform": rb"(?m)^(?:services|workers|static_sites|jobs|functions)\s*:",
    "cloudformation": rb"AWSTemplateFormatVersion|AWS::Serverless",
    "inline_tests": rb"#\[(?:\w+::)?test\b|#\[cfg\(test\)\]",
}


class Parsed:
    """One candidate's content, parsed on first need."""

    __slots__ = ("_documents", "content", "path")

    def __init__(self, path: str, content: bytes) -> None:
        self.path = path
        self.content = content
        self._documents: list[Any] | None = None

    def documents(self) -> list[Any]:
        if self._documents is None:
            is_json = self.path.lower().endswith(".json")
            self._documents = yamlread.documents(self.content, json_first=is_json)
        return self._documents

    def top(self) -> dict[Any, Any]:
        found = self.documents()
        return found[0] if found and isinstance(found[0], dict) else {}


def recognise(path: str, kinds: Iterable[str], content: bytes) -> list[str]:
    """The kinds among ``kinds`` that ``content`` is a document of."""
    parsed = Parsed(path, content)
    return [
        kind
        for kind in kinds
        if (kind not in _HINTS or re.search(_HINTS[kind], content)) and _TESTS[kind](parsed)
    ]


def dev_stack(content: bytes) -> bool:
    """A compose file (whatever its name) that builds a dev container: the editor's stack."""
    if not any(folder.encode() in content for folder in DEV_ONLY_DIRS):
        return False
    services = yamlread.first_mapping(content).get("services")
    bodies = services.values() if isinstance(services, dict) else ()
    return any(isinstance(body, dict) and _dev_container(body) for body in bodies)


def compose_images(content: bytes) -> list[str]:
    """The images a compose file runs (services built from a Dockerfile have none)."""
    if b"image" not in content:
        return []
    services = yamlread.first_mapping(content).get("services")
    if not isinstance(services, dict):
        return []
    return [
        body["image"]
        for body in services.values()
        if isinstance(body, dict) and isinstance(body.get("image"), str)
    ]


def _openapi(parsed: Parsed) -> bool:
    if parsed.path.lower().endswith(".json"):
        top: Mapping[Any, Any] = parsed.top()
    else:  # its first events only: descriptions run to hundreds of KiB
        top = yamlread.top_scalars(parsed.content, _VERSION_KEYS)
    version = top.get("openapi", top.get("swagger"))
    if isinstance(version, bool) or not isinstance(version, (str, int, float)):
        return False
    return bool(re.match(_VERSION, str(version).strip()))


def _compose(parsed: Parsed) -> bool:
    services = parsed.top().get("services")
    if not isinstance(services, dict) or not services:
        return False
    bodies = list(services.values())
    if not all(isinstance(body, dict) for body in bodies):
        return False
    return any("image" in body or "build" in body for body in bodies) and not dev_stack(
        parsed.content
    )


def _dev_container(service: dict[Any, Any]) -> bool:
    """A service built from a dev-container folder: the stack is the editor's environment."""
    build = service.get("build")
    where = [build] if isinstance(build, str) else []
    if isinstance(build, dict):
        where = [v for v in (build.get("context"), build.get("dockerfile")) if isinstance(v, str)]
    return any(folder in path for path in where for folder in DEV_ONLY_DIRS)


def _kubernetes(parsed: Parsed) -> bool:
    return any(
        isinstance(doc, dict)
        and isinstance(doc.get("apiVersion"), str)
        and doc.get("kind") in KUBERNETES_KINDS
        for doc in parsed.documents()
    )


def _app_platform(parsed: Parsed) -> bool:
    top = parsed.top()
    if not isinstance(top.get("name"), str):
        return False
    components = [top.get(key) for key in _APP_COMPONENTS]
    return any(
        isinstance(item, dict) and not _APP_SOURCES.isdisjoint(item)
        for listed in components
        if isinstance(listed, list)
        for item in listed
    )


def _cloudformation(parsed: Parsed) -> bool:
    top = parsed.top()
    transform = top.get("Transform")
    serverless = isinstance(transform, str) and transform.startswith("AWS::Serverless")
    return ("AWSTemplateFormatVersion" in top or serverless) and "Resources" in top


def _inline_tests(parsed: Parsed) -> bool:
    """Rust tests written beside the code (`#[cfg(test)] mod tests`): a lone test is not a
    suite, two or more in one file are."""
    return len(re.findall(_RUST_TEST, parsed.content)) >= 2


def _dockerfile(parsed: Parsed) -> bool:
    """The first instruction, after comments and parser directives, is FROM (or an ARG that
    a FROM follows), whatever the case."""
    lines = parsed.content[:65536].decode("utf-8", errors="replace").splitlines()
    words = [
        line.split(None, 1)[0].upper() for line in lines if not re.match(_DOCKER_COMMENT, line)
    ]
    arguments = len(list(itertools.takewhile(lambda word: word == "ARG", words)))
    return len(words) > arguments and words[arguments] == "FROM"


_TESTS: dict[str, Callable[[Parsed], bool]] = {
    "openapi": _openapi,
    "compose": _compose,
    "kubernetes": _kubernetes,
    "dockerfile": _dockerfile,
    "app_platform": _app_platform,
    "cloudformation": _cloudformation,
    "inline_tests": _inline_tests,
}
