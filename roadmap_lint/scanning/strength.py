"""How strongly a repository shows each signal: declared, present, or exercised.

- **declared**: only a dependency, or a framework that generates it at run time (FastAPI's
  OpenAPI description, Django's ORM).
- **present**: files in the tree show it. A dependency signal is present when the tree also
  runs its backing service (a compose service with a `postgres` image) or, for `database`,
  holds its schema as migrations.
- **exercised**: an automatic CI pipeline in the repository runs it: a step runs the
  ecosystem's test command, builds the image, applies the migrations, deploys
  (`pipelines.EXERCISES`); starts the backing service (`services:`); or, for the files in
  `pipelines.NAMED_IN_COMMANDS`, names one of them in a command. A pipeline that deploys
  shows `deploy` on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from roadmap_lint.core.vocabulary import SIGNALS
from roadmap_lint.scanning import pipelines as table
from roadmap_lint.scanning.ci import Pipeline, exercising, runs_anything
from roadmap_lint.scanning.hit import PACKAGE, Hit
from roadmap_lint.scanning.result import Signal
from roadmap_lint.scanning.signals import EVIDENCE_LIMIT

#: Signals a CI file or a README can only be present for (nothing "runs" a licence).
_NEVER_EXERCISED = frozenset({"readme", "license"})


def build_signals(
    hits: Mapping[str, list[Hit]],
    pipelines: Sequence[Pipeline],
    services: Mapping[str, list[str]],
) -> dict[str, Signal]:
    """Every signal from its hits; ``services`` maps a compose file to the images it runs."""
    hits = {signal: list(hits.get(signal, ())) for signal in SIGNALS}
    _add_services(hits, services)
    runs = {signal: _runs(signal, hits, pipelines) for signal in SIGNALS}
    started = _services_started(pipelines, services, set(runs["compose"]))
    exercised = {
        signal: list(
            dict.fromkeys(
                runs[signal]
                + [path for path, signals in started.items() if signal in signals]
                + (runs["sql_migrations"] if signal == "database" else [])
            )
        )
        for signal in SIGNALS
    }
    signals = {}
    for signal in SIGNALS:
        found = sorted(hits[signal], key=lambda hit: hit.rank)  # stable: listing order kept
        by = exercised[signal] if found or signal in table.SHOWN_BY_CI else []
        evidence = list(dict.fromkeys(hit.where for hit in found)) or by
        strength = "present" if any(hit.strength == "present" for hit in found) else "declared"
        signals[signal] = Signal(
            present=bool(evidence),
            evidence=tuple(evidence[:EVIDENCE_LIMIT]),
            strength=("exercised" if by else strength) if evidence else None,
            exercised_by=tuple(by[:EVIDENCE_LIMIT]),
        )
    return signals


def image_signal(image: str) -> str | None:
    """The signal a backing service's image shows (`docker.io/library/postgres:16` → database)."""
    name = image.split("@", 1)[0].casefold()
    if ":" in name.rpartition("/")[2]:
        name = name.rpartition(":")[0]
    parts = name.split("/")
    short = "/".join(parts[1:]) if len(parts) > 1 and "." in parts[0] else name
    short = short.removeprefix("library/")
    for signal, images in table.SERVICE_IMAGES.items():
        for wanted in images:
            if wanted in (name, short) or (wanted.endswith("*") and short.startswith(wanted[:-1])):
                return signal
    return None


def _add_services(hits: dict[str, list[Hit]], services: Mapping[str, list[str]]) -> None:
    """A declared dependency signal whose service the tree runs, or (for `database`) whose
    schema the tree holds as migrations, is present."""
    for path, images in services.items():
        for image in images:
            signal = image_signal(image)
            if signal is not None and hits[signal]:
                hits[signal].append(Hit(PACKAGE, f"{path}#{image}", "present"))
    migrations = [hit for hit in hits["sql_migrations"] if hit.strength == "present"]
    if hits["database"] and migrations:
        hits["database"].append(Hit(PACKAGE, migrations[0].where, "present"))


def _runs(signal: str, hits: Mapping[str, list[Hit]], pipelines: Sequence[Pipeline]) -> list[str]:
    """The pipelines whose steps run ``signal``'s commands (or name its files)."""
    if signal in _NEVER_EXERCISED:
        return []
    if signal == "ci":
        return [pipeline.path for pipeline in pipelines if runs_anything(pipeline)]
    named = {hit.where.rpartition("/")[2] for hit in hits[signal] if "#" not in hit.where}
    return exercising(pipelines, signal, named)


def _services_started(
    pipelines: Iterable[Pipeline], services: Mapping[str, list[str]], composing: set[str]
) -> dict[str, set[str]]:
    """Automatic pipeline → the signals whose backing service it starts: as a CI service,
    with a setup action, or by running (``composing``) a compose file that holds it."""
    composed = [image for images in services.values() for image in images]
    started: dict[str, set[str]] = {}
    for pipeline in pipelines:
        if not pipeline.automatic:
            continue
        images = pipeline.images + (composed if pipeline.path in composing else [])
        signals = {image_signal(image) for image in images}
        signals |= {
            signal
            for signal, actions in table.SERVICE_ACTIONS.items()
            if any(step.casefold().startswith(tuple(actions)) for step in pipeline.steps)
        }
        started[pipeline.path] = {signal for signal in signals if signal is not None}
    return started
