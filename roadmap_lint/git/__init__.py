"""The one git layer: every git process roadmap-lint starts goes through ``runner``.

Scanning (a project's tree and manifests) and history (the roadmap's own commits) both read
git through these functions, so a hardening added here protects every stage at once.
"""

from roadmap_lint.git.catfile import read_blobs
from roadmap_lint.git.runner import (
    GitError,
    git_env,
    network_env,
    read_paths,
    run_git,
    start_git,
)

__all__ = [
    "GitError",
    "git_env",
    "network_env",
    "read_blobs",
    "read_paths",
    "run_git",
    "start_git",
]
