"""How many blobs a scan reads, and how long it takes, on real repositories.

Content recognition must read only candidates chosen from the path list, never every blob:
this prints, per repository, the tracked files, the blobs read (by purpose) against the caps,
and the scan's wall time (median of a few runs, in process).

    python bench/blobs.py /work/.mirror/saleor+saleor/repo /work/.mirror/koel+koel/repo ...
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from roadmap_lint.scanning import signals as caps
from roadmap_lint.scanning.candidates import choose
from roadmap_lint.scanning.classify import Classifier
from roadmap_lint.scanning.config import SignalConfig
from roadmap_lint.scanning.detect import compiled, detect
from roadmap_lint.scanning.local import open_local

RUNS = 5


def measure(path: Path) -> str:
    listing = open_local(path)
    config = SignalConfig()
    asked: list[str] = []

    def read(chosen: Sequence[str]) -> Mapping[str, bytes]:
        asked.extend(chosen)
        return listing.read(chosen)

    times = []
    for _ in range(RUNS):
        asked.clear()
        started = time.perf_counter()
        detect(listing.paths, read, config)
        times.append(time.perf_counter() - started)
    listing.close()
    matcher, excluded = compiled(config)
    classifier = Classifier(matcher, excluded)
    classifier.run(listing.paths)
    chosen = choose(classifier.found)
    parts = {
        "manifests": len(chosen.manifests),
        "CI": len(chosen.pipelines),
        "documents": len(chosen.documents),
        "secrets": len(chosen.secrets),
        "tests": len(chosen.tests or []),
    }
    detail = ", ".join(f"{name} {count}" for name, count in parts.items())
    return (
        f"{path}: {len(listing.paths):,} files, {len(asked)} blobs read ({detail}),"
        f" detect {statistics.median(times) * 1000:.0f} ms"
    )


def main(argv: Sequence[str]) -> int:
    cap = (
        caps.MANIFEST_MAX_COUNT
        + caps.CI_MAX_COUNT
        + caps.CONTENT_MAX_COUNT
        + caps.SECRET_MAX_COUNT
        + caps.TEST_MAX_COUNT
    )
    print(f"caps: {cap} blobs at most, each at most {caps.BLOB_MAX_BYTES // 1024} KiB")
    for folder in argv:
        print(measure(Path(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
