"""The vendored reference schemas are the files their README describes, byte for byte."""

from __future__ import annotations

import hashlib
import re

from tests.support.reference import REFERENCE_DIR


def test_vendored_schemas_match_their_recorded_digests() -> None:
    readme = (REFERENCE_DIR / "README.md").read_text(encoding="utf-8")
    recorded = dict(
        (name, digest) for digest, name in re.findall(r"^([0-9a-f]{64})  (\S+)$", readme, re.M)
    )
    present = {path.name for path in REFERENCE_DIR.glob("*.json")}
    assert set(recorded) == present
    for name, digest in recorded.items():
        assert hashlib.sha256((REFERENCE_DIR / name).read_bytes()).hexdigest() == digest, name
