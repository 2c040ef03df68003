"""How often the scanner agrees with the hand-made labels of bench/corpus/labels.yaml.

Each labelled repository is looked up under ``--mirrors`` (``DIR/owner+name/repo``, the layout
the snapshot fetcher leaves, with or without a ``.git`` inside, or a plain ``DIR/owner+name``
git directory). Its HEAD must be the commit the label describes, otherwise the repository is
reported as skipped: a label says nothing about another commit. The scanner runs in process
and each signal's ``present`` is compared with the label.

    python bench/accuracy.py --mirrors /work/.mirror [--labels bench/corpus/labels.yaml] [--json]

It is a measurement: the exit status is 0 whatever the agreement. Only a label file or a
mirrors folder that cannot be read at all ends with status 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from roadmap_lint.core.vocabulary import SIGNALS
from roadmap_lint.scanning.scanner import scan

HERE = Path(__file__).resolve().parent
DEFAULT_LABELS = HERE / "corpus" / "labels.yaml"
SIZES = ("learner", "large")
_COMMIT = re.compile(r"[0-9a-f]{40}")
_REPO = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9_.-]+")

#: What the scanner says about one repository: signal name -> (present, evidence paths).
Findings = dict[str, tuple[bool, tuple[str, ...]]]


class LabelError(ValueError):
    """The label file cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Label:
    present: bool
    why: str


@dataclass(frozen=True)
class Entry:
    repo: str
    commit: str
    ecosystem: str
    size: str
    signals: dict[str, Label]


@dataclass(frozen=True)
class Disagreement:
    repo: str
    signal: str
    label: bool
    scanner: bool
    why: str
    evidence: tuple[str, ...]


@dataclass
class Tally:
    agree: int = 0
    total: int = 0
    false_no: int = 0  # labelled present, scanner says absent
    false_yes: int = 0  # labelled absent, scanner says present

    @property
    def percent(self) -> float:
        return 100.0 * self.agree / self.total if self.total else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "agree": self.agree,
            "total": self.total,
            "percent": round(self.percent, 1),
            "false_no": self.false_no,
            "false_yes": self.false_yes,
        }


@dataclass
class Report:
    labels: str
    repositories: int
    scanned: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    signals: dict[str, Tally] = field(default_factory=lambda: {s: Tally() for s in SIGNALS})
    disagreements: list[Disagreement] = field(default_factory=list)

    @property
    def overall(self) -> Tally:
        total = Tally()
        for tally in self.signals.values():
            total.agree += tally.agree
            total.total += tally.total
            total.false_no += tally.false_no
            total.false_yes += tally.false_yes
        return total


def load_labels(path: Path) -> list[Entry]:
    """The entries of a label file, checked: every repository carries all 15 signals."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise LabelError(f"{path}: cannot read: {error.strerror or error}") from None
    except yaml.YAMLError as error:
        raise LabelError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(data, dict) or data.get("version") != 1:
        raise LabelError(f"{path}: expected a mapping with 'version: 1'")
    repositories = data.get("repositories")
    if not isinstance(repositories, list) or not repositories:
        raise LabelError(f"{path}: 'repositories' must be a non-empty list")
    entries: list[Entry] = []
    seen: set[str] = set()
    for index, item in enumerate(repositories):
        entry = _entry(item, f"{path}: repositories[{index}]")
        if entry.repo in seen:
            raise LabelError(f"{path}: {entry.repo} is labelled twice")
        seen.add(entry.repo)
        entries.append(entry)
    return entries


def _entry(item: object, where: str) -> Entry:
    if not isinstance(item, dict):
        raise LabelError(f"{where}: expected a mapping")
    repo, commit = item.get("repo"), item.get("commit")
    ecosystem, size = item.get("ecosystem"), item.get("size")
    if not isinstance(repo, str) or not _REPO.fullmatch(repo):
        raise LabelError(f"{where}: 'repo' must be owner/name")
    where = f"{where} ({repo})"
    if not isinstance(commit, str) or not _COMMIT.fullmatch(commit):
        # An all-digit sha would load as a number: quote it.
        raise LabelError(f"{where}: 'commit' must be 40 lower-case hex digits (a string)")
    if not isinstance(ecosystem, str) or not ecosystem:
        raise LabelError(f"{where}: 'ecosystem' must be a non-empty string")
    if size not in SIZES:
        raise LabelError(f"{where}: 'size' must be one of {', '.join(SIZES)}")
    signals = item.get("signals")
    if not isinstance(signals, dict):
        raise LabelError(f"{where}: 'signals' must be a mapping")
    unknown = sorted(set(signals) - set(SIGNALS))
    missing = [name for name in SIGNALS if name not in signals]
    if unknown or missing:
        problems = [f"unknown {', '.join(map(str, unknown))}"] if unknown else []
        problems += [f"missing {', '.join(missing)}"] if missing else []
        raise LabelError(f"{where}: signals: {'; '.join(problems)}")
    labels: dict[str, Label] = {}
    for name in SIGNALS:
        value = signals[name]
        if not isinstance(value, dict):
            raise LabelError(f"{where}: {name}: expected {{present: ..., why: ...}}")
        present, why = value.get("present"), value.get("why")
        if not isinstance(present, bool):
            raise LabelError(f"{where}: {name}: 'present' must be true or false")
        if not isinstance(why, str) or not why.strip():
            raise LabelError(f"{where}: {name}: 'why' must say what decided the label")
        labels[name] = Label(present, why)
    return Entry(repo, commit, ecosystem, size, labels)


def find_git_dir(mirrors: Path, repo: str) -> Path | None:
    """The git directory holding ``repo`` under ``mirrors``, in any of the accepted layouts."""
    base = mirrors / repo.replace("/", "+")
    for candidate in (base / "repo" / ".git", base / "repo", base / ".git", base):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    return None


def head_of(git_dir: Path) -> str | None:
    done = subprocess.run(
        ["git", f"--git-dir={git_dir}", "rev-parse", "--verify", "--quiet", "HEAD^{commit}"],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() if done.returncode == 0 else None


def scan_findings(git_dir: Path) -> tuple[str | None, Findings]:
    """Run the scanner in process: the HEAD it read, and each signal with its evidence."""
    result = scan(str(git_dir), base=Path.cwd())
    findings = {
        name: (signal.present, tuple(signal.evidence)) for name, signal in result.signals.items()
    }
    return result.head, findings


def measure(
    entries: Sequence[Entry],
    mirrors: Path,
    labels_name: str,
    scanner: Callable[[Path], tuple[str | None, Findings]] = scan_findings,
) -> Report:
    report = Report(labels=labels_name, repositories=len(entries))
    for entry in entries:
        git_dir = find_git_dir(mirrors, entry.repo)
        if git_dir is None:
            report.skipped.append((entry.repo, "not found under the mirrors folder"))
            continue
        head = head_of(git_dir)
        if head != entry.commit:
            report.skipped.append(
                (entry.repo, f"HEAD is {head or 'unreadable'}, labels describe {entry.commit}")
            )
            continue
        try:
            scanned_head, findings = scanner(git_dir)
        except Exception as error:  # one broken scan must not hide the other repositories
            report.skipped.append((entry.repo, f"scan failed: {type(error).__name__}: {error}"))
            continue
        if scanned_head != entry.commit:
            report.skipped.append((entry.repo, f"the scanner read {scanned_head}, not HEAD"))
            continue
        report.scanned.append(entry.repo)
        for name in SIGNALS:
            label = entry.signals[name]
            found, evidence = findings.get(name, (False, ()))
            tally = report.signals[name]
            tally.total += 1
            if found == label.present:
                tally.agree += 1
                continue
            if label.present:
                tally.false_no += 1
            else:
                tally.false_yes += 1
            report.disagreements.append(
                Disagreement(entry.repo, name, label.present, found, label.why, evidence)
            )
    report.disagreements.sort(key=lambda d: (SIGNALS.index(d.signal), d.repo.lower()))
    return report


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def render_text(report: Report) -> str:
    lines = [
        f"Scanner agreement with {report.labels}",
        f"  repositories labelled {report.repositories}, scanned {len(report.scanned)}, "
        f"skipped {len(report.skipped)}",
        "",
        f"  {'signal':<15} {'agree':>9} {'%':>7} {'false no':>9} {'false yes':>10}",
    ]
    rows = [*report.signals.items(), ("overall", report.overall)]
    for name, tally in rows:
        if name == "overall":
            lines.append("  " + "-" * 54)
        lines.append(
            f"  {name:<15} {f'{tally.agree}/{tally.total}':>9} {tally.percent:>6.1f}% "
            f"{tally.false_no:>9} {tally.false_yes:>10}"
        )
    lines += ["", "  false no: labelled present, scanner says absent; false yes: the reverse."]
    if report.skipped:
        lines += ["", f"Skipped ({len(report.skipped)}):"]
        lines += [f"  {repo}: {reason}" for repo, reason in report.skipped]
    lines += ["", f"Disagreements ({len(report.disagreements)}):"]
    for item in report.disagreements:
        evidence = ", ".join(item.evidence) if item.evidence else "-"
        lines += [
            f"  {item.repo}  {item.signal}  label {_yes(item.label)}, scanner {_yes(item.scanner)}",
            f"      label's why: {item.why}",
            f"      scanner's evidence: {evidence}",
        ]
    return "\n".join(lines) + "\n"


def render_json(report: Report) -> str:
    data = {
        "version": 1,
        "labels": report.labels,
        "repositories": report.repositories,
        "scanned": len(report.scanned),
        "skipped": [{"repo": repo, "reason": reason} for repo, reason in report.skipped],
        "signals": {name: tally.to_json() for name, tally in report.signals.items()},
        "overall": report.overall.to_json(),
        "disagreements": [
            {
                "repo": d.repo,
                "signal": d.signal,
                "label": d.label,
                "scanner": d.scanner,
                "why": d.why,
                "evidence": list(d.evidence),
            }
            for d in report.disagreements
        ],
    }
    return json.dumps(data, indent=2) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", type=Path, required=True, help="folder of fetched repos")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="the label file")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    if not args.mirrors.is_dir():
        print(f"accuracy: no such folder: {args.mirrors}", file=sys.stderr)
        return 2
    try:
        entries = load_labels(args.labels)
    except LabelError as error:
        print(f"accuracy: {error}", file=sys.stderr)
        return 2
    report = measure(entries, args.mirrors, _shown(args.labels))
    sys.stdout.write(render_json(report) if args.json else render_text(report))
    return 0


def _shown(path: Path) -> str:
    """The label file's path relative to the repository when it lies inside it."""
    try:
        return path.resolve().relative_to(HERE.parent).as_posix()
    except ValueError:
        return path.as_posix()


if __name__ == "__main__":
    sys.exit(main())
