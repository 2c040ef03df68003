"""Remote sources: a bare, blobless, shallow clone in a per-user cache, refreshed by fetch.

Only the tree and the few blobs a scan reads are ever downloaded, those blobs in one batch.
When the learner is named (authorship is measured), the clone also gets its whole history
of commits, without their trees or blobs (`--filter=tree:0 --unshallow`): the author of every
commit for a fraction of what a full clone costs. The token reaches git through
`GIT_CONFIG_COUNT` variables, not `-c` arguments: it then never appears on a command line
(visible to every user of the machine) or in an error, and the lazy blob fetches git starts on
its own inherit it along with the git layer's protocol restrictions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from roadmap_lint.git import GitError, network_env, run_git
from roadmap_lint.scanning.access import RemoteSettings, basic_credentials
from roadmap_lint.scanning.gitread import GitRepo, ScanError
from roadmap_lint.scanning.local import Listing, open_git


@contextmanager
def open_url(url: str, settings: RemoteSettings, *, history: bool = False) -> Iterator[Listing]:
    """Clone ``url`` (or refresh the cached clone) and list its HEAD tree; with ``history``,
    fetch every commit too (see the module's docstring).

    The listing reads blobs lazily, so it is only valid inside the ``with`` block.
    """
    env = {**git_config_env(_auth(url, settings)), **_transports(url, settings)}
    with _cache_root(settings) as root:
        target = root / _cache_name(url)
        try:
            note = None
            if (target / "HEAD").is_file():
                note = _refresh(target, env, history)
            else:
                _clone(url, root, target, env)
            if history and (target / "shallow").is_file():
                note = _unshallow(target, env) or note
            listing = open_git(GitRepo(target, "HEAD", env=env, partial=True), note)
        except (GitError, ScanError) as error:
            raise _explained(settings.redact(str(error)), url) from None
        yield listing


#: What git says when the server was never reached (no network, a wrong host, a firewall).
_UNREACHABLE = (
    "could not resolve host",
    "failed to connect",
    "couldn't connect",
    "connection refused",
    "connection timed out",
    "network is unreachable",
    "no route to host",
    "operation timed out",
)


def _explained(reason: str, url: str) -> ScanError:
    """The clone's failure, saying so plainly when the server could not be reached at all."""
    if not any(phrase in reason.casefold() for phrase in _UNREACHABLE):
        return ScanError(reason)
    host = urlsplit(url).hostname or url.split("@")[-1].split(":")[0]
    return ScanError(
        f"{host} could not be reached ({reason})",
        hint="check the network connection or proxy; a local copy can be scanned by its path",
    )


def github_clone_url(owner_name: str, settings: RemoteSettings) -> str:
    return f"{settings.github_url.rstrip('/')}/{owner_name}.git"


def git_config_env(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """``GIT_CONFIG_COUNT``/``KEY_n``/``VALUE_n`` for ``pairs`` (the git layer drops any
    the caller's environment set)."""
    env = {"GIT_CONFIG_COUNT": str(len(pairs))}
    for index, (key, value) in enumerate(pairs):
        env[f"GIT_CONFIG_KEY_{index}"] = key
        env[f"GIT_CONFIG_VALUE_{index}"] = value
    return env


def _transports(url: str, settings: RemoteSettings) -> dict[str, str]:
    """The usual transports; plain http too for a GitHub server configured that way (an
    internal Enterprise)."""
    server = settings.github_url.rstrip("/") + "/"
    if server.startswith("http://") and url.startswith(server):
        return network_env("http")
    return network_env()


def _auth(url: str, settings: RemoteSettings) -> list[tuple[str, str]]:
    server = settings.github_url.rstrip("/") + "/"
    if not settings.token or not url.startswith(server):
        return []
    return [
        (f"http.{server}.extraheader", f"AUTHORIZATION: basic {basic_credentials(settings.token)}")
    ]


def _clone(url: str, root: Path, target: Path, env: dict[str, str]) -> None:
    staging = Path(tempfile.mkdtemp(prefix=".clone-", dir=root))
    try:
        args = ["clone", "--bare", "--filter=blob:none", "--depth=1", "--no-tags", "--quiet"]
        run_git(root, [*args, "--", url, str(staging / "repo.git")], env=env)
        try:
            (staging / "repo.git").rename(target)
        except OSError:  # another process cloned it meanwhile: use theirs
            if not (target / "HEAD").is_file():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _refresh(target: Path, env: dict[str, str], history: bool) -> str | None:
    """Fetch the remote HEAD into the cached clone; on failure keep the copy, with a note.

    A clone that has its history keeps it: only a shallow one, for a run that needs none,
    is fetched shallow again."""
    branch = run_git(target, ["symbolic-ref", "HEAD"], env=env).stdout.decode().strip()
    shallow = not history and (target / "shallow").is_file()
    args = ["fetch", *(["--depth=1"] if shallow else []), "--filter=blob:none", "--no-tags"]
    args += ["--quiet", "origin"]
    done = run_git(target, [*args, f"+HEAD:{branch}"], env=env, check=False)
    if done.returncode == 0:
        return None
    stamp = target / "shallow" if (target / "shallow").is_file() else target / "HEAD"
    when = dt.datetime.fromtimestamp(stamp.stat().st_mtime, dt.timezone.utc)
    return f"could not refresh the cached clone from {when:%Y-%m-%d}; scanned it as it was"


def _unshallow(target: Path, env: dict[str, str]) -> str | None:
    """Fetch the rest of the history's commits (no trees, no blobs); a note when it fails."""
    args = ["fetch", "--unshallow", "--filter=tree:0", "--no-tags", "--quiet", "origin"]
    done = run_git(target, args, env=env, check=False)
    return None if done.returncode == 0 else "could not fetch the history: authorship unknown"


@contextmanager
def _cache_root(settings: RemoteSettings) -> Iterator[Path]:
    if settings.cache_dir is not None:
        root = settings.cache_dir / "repos"
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ScanError(
                f"cannot use the clone cache {root}: {error.strerror or error}"
                " (set XDG_CACHE_HOME to a folder you may write to)"
            ) from None
        yield root
        return
    with tempfile.TemporaryDirectory(prefix="roadmap-lint-") as temporary:
        yield Path(temporary)


def _cache_name(url: str) -> str:
    """A folder name per URL: readable, and unique through a hash of the whole URL."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", url.rstrip("/").rsplit("/", 1)[-1])
    slug = slug.removesuffix(".git").strip(".-")[:40] or "repo"
    return f"{slug}-{hashlib.sha256(url.encode()).hexdigest()[:16]}.git"
