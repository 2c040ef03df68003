"""What the CI pipelines in a repository run: commands, reusable steps, backing services.

Every CI system the scanner detects is read the same way: its file is parsed as YAML (a
Jenkinsfile is read as text) and the values under the keys that hold commands, step names
and service images are collected (`pipelines.COMMAND_KEYS`...). Nothing is run, expanded or
templated. A GitHub workflow counts only when an event runs it on its own (a push, a pull
request, a schedule); one started by hand proves nothing about the code as it is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from roadmap_lint.core.records import Record
from roadmap_lint.scanning import pipelines as table
from roadmap_lint.scanning import yamlread


class Pipeline(Record):
    """One CI file, as far as exercising signals goes."""

    def __init__(
        self, path: str, *, automatic: bool = True, lines: list[str] | None = None
    ) -> None:
        self.path = path
        self.automatic = automatic
        #: command lines, `\\`-continued lines joined, less those that skip the tests
        self.lines: list[str] = lines or []
        #: reusable steps: GitHub Actions, Azure tasks, Buildkite plugins, CircleCI orbs
        self.steps: list[str] = []
        self.images: list[str] = []
        self.deploys = False


def read_pipeline(path: str, content: bytes) -> Pipeline:
    """The commands, steps and services of one CI file (a Jenkinsfile is all commands)."""
    if path.rpartition("/")[2].startswith("Jenkinsfile"):
        return Pipeline(path, lines=_lines([content.decode("utf-8", errors="replace")]))
    if not _keys_hint().search(content):
        return Pipeline(path)  # no key that holds a command, a step or a service
    top = yamlread.first_mapping(content)
    pipeline = Pipeline(path, automatic=_automatic(top, path))
    commands: list[str] = []
    for key, value in yamlread.walk(top):
        if isinstance(value, dict) and isinstance(value.get("uses"), str):
            pipeline.steps.append(_step_with_arguments(value))
        if not isinstance(key, str):
            continue
        if key in table.COMMAND_KEYS:
            commands += _strings(value)
        elif key in table.STEP_KEYS:
            pipeline.steps += _strings(value) + _keys(value)
        elif key == "image" or key == "services":
            pipeline.images += _images(value)
        elif key in table.DEPLOY_KEYS and _deploys(value):
            pipeline.deploys = True
    pipeline.lines = _lines(commands)
    return pipeline


def exercising(pipelines: Iterable[Pipeline], signal: str, named: Iterable[str]) -> list[str]:
    """The automatic pipelines that exercise ``signal``: a step runs one of its commands, or
    (for `pipelines.NAMED_IN_COMMANDS`) a command names one of the files in ``named``."""
    names = [n for n in named if len(n) > 4] if signal in table.NAMED_IN_COMMANDS else []
    found = []
    for pipeline in pipelines:
        if not pipeline.automatic:
            continue
        lines, texts = pipeline.lines, pipeline.lines + pipeline.steps
        pattern = _pattern(signal) if texts else None  # compiled only when there is text
        runs = pattern is not None and any(pattern.search(text) for text in texts)
        deploys = signal == "deploy" and pipeline.deploys
        if runs or deploys or any(name in line for name in names for line in lines):
            found.append(pipeline.path)
    return found


def runs_anything(pipeline: Pipeline) -> bool:
    return pipeline.automatic and bool(pipeline.lines or pipeline.steps)


@functools.lru_cache(maxsize=32)
def _pattern(signal: str) -> re.Pattern[str] | None:
    parts = [p for patterns in table.EXERCISES.get(signal, {}).values() for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE) if parts else None


_SKIPPED = table.SKIPPED  # compiled by `re` on first use: most CI files skip nothing


@functools.cache
def _keys_hint() -> re.Pattern[bytes]:
    """Any key the reader collects, as YAML writes a key: a file without one is not parsed."""
    keys = table.COMMAND_KEYS | table.STEP_KEYS | table.DEPLOY_KEYS | {"image", "services"}
    return re.compile(rb"(?:" + b"|".join(re.escape(k.encode()) for k in sorted(keys)) + rb")\s*:")


def _skipped(line: str) -> bool:
    return bool(re.search(_SKIPPED, line))


def _automatic(top: dict[Any, Any], path: str) -> bool:
    """GitHub workflows by their events (YAML 1.1 reads `on:` as True); others run on push."""
    if not path.startswith(".github/workflows/"):
        return True
    events = top.get("on", top.get(True))
    names = {events} if isinstance(events, str) else set(_strings(events) + _keys(events))
    return not table.AUTOMATIC_EVENTS.isdisjoint(names)


def _step_with_arguments(step: dict[Any, Any]) -> str:
    """`uses: actions/heroku` with `with: {args: container:release web}` as one line."""
    given = step.get("with")
    arguments = [
        value
        for key, value in (given.items() if isinstance(given, dict) else ())
        if key in table.STEP_ARGUMENT_KEYS and isinstance(value, str)
    ]
    return " ".join([step["uses"], *arguments])


def _deploys(value: Any) -> bool:
    name = value.get("name") if isinstance(value, dict) else value
    return isinstance(name, str) and name.strip().casefold() not in table.NOT_DEPLOYMENTS


def _images(value: Any) -> list[str]:
    """Image names from `image: x`, `services: [x, {name: y}]` or `services: {db: {image: z}}`."""
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    found = []
    for item in items:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            found += [v for v in (item.get("image"), item.get("name")) if isinstance(v, str)]
    return found


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _keys(value: Any) -> list[str]:
    """Mapping keys, and the keys of mappings in a list (Buildkite's `plugins:`)."""
    mappings = [value] if isinstance(value, dict) else value if isinstance(value, list) else []
    return [k for m in mappings if isinstance(m, dict) for k in m if isinstance(k, str)]


def _lines(commands: list[str]) -> list[str]:
    joined = (c.replace("\\\r\n", " ").replace("\\\n", " ") for c in commands)
    lines = (line.strip() for command in joined for line in command.splitlines())
    return [line for line in lines if line and not _skipped(line)]
