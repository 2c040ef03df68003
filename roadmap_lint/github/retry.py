"""Bounded retries around one GitHub call.

PyGithub's own retry is switched off (see ``client``) so that this is the only policy:
a 5xx answer or a dropped connection is tried again up to ``attempts`` times with doubling
pauses; a rate limit is waited out for as long as GitHub asks, while the run's total waiting
stays within ``max_wait``; anything else is a refusal, raised at once as a ``UserError``.
A write whose answer was lost may still have happened, so ``recover`` looks before retrying.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from roadmap_lint.core.errors import UserError
from roadmap_lint.core.secrets import redact, safe
from roadmap_lint.github.faults import (
    Malformed,
    RateLimited,
    Transient,
    Unreachable,
    fault_of,
    refusal,
)

T = TypeVar("T")

#: The clock; tests replace it to record pauses instead of sleeping through them.
sleep: Callable[[float], None] = time.sleep


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4
    backoff: float = 1.0
    max_wait: float = 300.0


class RetryingCaller:
    """Runs GitHub calls under one ``RetryPolicy``; the rate-limit budget spans the whole run."""

    def __init__(self, policy: RetryPolicy, *, repo: str, token: str, api_url: str = "") -> None:
        self.policy = policy
        self.repo = repo
        self.token = token
        self.api_url = api_url
        self.waited = 0.0

    def __call__(
        self,
        what: str,
        action: Callable[[], T],
        *,
        recover: Callable[[], T | None] | None = None,
    ) -> T:
        failures = 0
        while True:
            try:
                return action()
            except UserError:
                raise
            except Exception as error:
                kind = fault_of(error)
                if kind is None:
                    raise refusal(error, what=what, repo=self.repo, token=self.token) from None
                if isinstance(kind, Malformed):
                    raise self._malformed(what, kind) from None
                if isinstance(kind, Unreachable):
                    raise self._unreachable(kind) from None
                if isinstance(kind, RateLimited):
                    self._wait_for_rate_limit(what, kind.seconds)
                    continue
                failures += 1
                found = recover() if recover is not None else None
                if found is not None:
                    return found
                self._pause_or_give_up(what, kind, failures)

    def _malformed(self, what: str, kind: Malformed) -> UserError:
        return UserError(
            redact(
                safe(
                    f"GitHub's answer when asked to {what} in {self.repo} is not what "
                    f"its API documents: {kind.reason}"
                ),
                [self.token],
            ),
            hint="check that GITHUB_API_URL points at GitHub's API (…/api/v3 for GitHub "
            "Enterprise); if it does, GitHub may be having trouble: run again later",
        )

    def _unreachable(self, kind: Unreachable) -> UserError:
        return UserError(
            safe(f"cannot connect to GitHub's API at {self.api_url}: {kind.reason}"),
            hint="check GITHUB_API_URL (unset, it is https://api.github.com) and the network",
        )

    def _wait_for_rate_limit(self, what: str, seconds: float) -> None:
        if self.waited + seconds > self.policy.max_wait:
            raise UserError(
                f"GitHub's rate limit stops us to {what} in {self.repo}: it asks for "
                f"{seconds:.0f}s more, beyond the {self.policy.max_wait:.0f}s allowed",
                hint="run again later, or allow a longer wait with --max-wait SECONDS",
            )
        self.waited += seconds
        sleep(seconds)

    def _pause_or_give_up(self, what: str, kind: Transient, failures: int) -> None:
        if failures >= self.policy.attempts:
            raise UserError(
                safe(
                    f"could not {what} in {self.repo} at {self.api_url}: {kind.reason},"
                    f" {failures} tries"
                ),
                hint="GitHub may be having trouble (https://www.githubstatus.com); run again later"
                ", or check GITHUB_API_URL",
            )
        sleep(self.policy.backoff * 2 ** (failures - 1))
