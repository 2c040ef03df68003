"""The in-memory repository behind the GitHub stand-in: issues, labels and comments, and the
REST endpoints over them, answering in GitHub's shapes (see ``github_shapes``)."""

from __future__ import annotations

import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.support import github_shapes as shapes

_ROUTES: tuple[tuple[str, str, str], ...] = (
    ("GET", "rate_limit", "rate-limit/get"),
    ("GET", "repos/{owner}/{repo}", "repos/get"),
    ("GET", "repos/{owner}/{repo}/issues", "issues/list-for-repo"),
    ("POST", "repos/{owner}/{repo}/issues", "issues/create"),
    ("GET", "repos/{owner}/{repo}/issues/{number}", "issues/get"),
    ("PATCH", "repos/{owner}/{repo}/issues/{number}", "issues/update"),
    ("POST", "repos/{owner}/{repo}/issues/{number}/comments", "issues/create-comment"),
    ("GET", "repos/{owner}/{repo}/labels/{name}", "issues/get-label"),
    ("POST", "repos/{owner}/{repo}/labels", "issues/create-label"),
    ("GET", "orgs/{org}/repos", "repos/list-for-org"),
)


@dataclass(frozen=True)
class Answer:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


class RepoState:
    """One repository's data; ``url`` (the API base) and ``web`` come from the server."""

    url: str
    web: str

    def __init__(self, repo: str) -> None:
        self.repo = repo
        self.max_per_page = 100
        self.issues: list[dict[str, Any]] = []
        self.labels: dict[str, dict[str, Any]] = {}
        self.comments: dict[int, list[dict[str, Any]]] = {}
        #: organisation → its repositories, as the organisation's listing shows them
        self.orgs: dict[str, list[dict[str, Any]]] = {}
        self.lock = threading.RLock()

    def add_org_repo(
        self, org: str, name: str, *, topics: tuple[str, ...] = (), **fields: Any
    ) -> dict[str, Any]:
        """Seed a repository of ``org`` (``private``, ``archived``… in ``fields``)."""
        with self.lock:
            repos = self.orgs.setdefault(org, [])
            made = shapes.repository(self.url, self.web, org, name, open_issues=0, has_issues=True)
            made.update(id=len(repos) + 1, topics=list(topics), **fields)
            repos.append(made)
            return made

    def add_issue(
        self, title: str, body: str, labels: list[str], state: str = "open"
    ) -> dict[str, Any]:
        """Seed an issue as if someone had opened it earlier."""
        with self.lock:
            created = self._create_issue({"title": title, "body": body, "labels": labels})
            if state == "closed":
                created.update(state="closed", closed_at=shapes.timestamp())
            return created

    def _create_issue(self, payload: dict[str, Any]) -> dict[str, Any]:
        number = len(self.issues) + 1
        labels = [self._label(name) for name in payload.get("labels", [])]
        fields = {"title": payload["title"], "body": payload.get("body"), "labels": labels}
        created = shapes.issue(self.url, self.web, self.repo, number, fields, self._author())
        self.issues.append(created)
        self.comments[number] = []
        return created

    def _label(self, name: str) -> dict[str, Any]:
        found = self._find_label(name)
        if found is None:  # GitHub creates unknown labels on the fly, grey
            found = self._new_label(name, "ededed", None)
        return found

    def _find_label(self, name: str) -> dict[str, Any] | None:
        return self.labels.get(name.lower())

    def _new_label(self, name: str, color: str, description: str | None) -> dict[str, Any]:
        made = shapes.label(self.url, self.repo, len(self.labels) + 1, name, color, description)
        self.labels[name.lower()] = made
        return made

    def _author(self) -> dict[str, Any]:
        return shapes.user(self.url, "github-actions[bot]", self.web)

    def _issue(self, number: str) -> dict[str, Any] | None:
        index = int(number) - 1 if number.isdigit() else -1
        return self.issues[index] if 0 <= index < len(self.issues) else None

    # -- endpoints ---------------------------------------------------------------------------
    def answer(
        self, operation: str, params: dict[str, str], query: dict[str, str], payload: Any
    ) -> Answer:
        with self.lock:
            return _ENDPOINTS[operation](self, params, query, payload)

    def _rate_limit(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        return Answer(200, shapes.rate_limit(int(time.time()) + 3600))

    def _get_repo(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        owner, name = self.repo.split("/")
        open_count = sum(1 for issue in self.issues if issue["state"] == "open")
        body = shapes.repository(
            self.url, self.web, owner, name, open_issues=open_count, has_issues=True
        )
        return Answer(200, body)

    def _list_issues(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        state = query.get("state", "open")
        wanted = {
            name.strip().lower() for name in query.get("labels", "").split(",") if name.strip()
        }
        chosen = [
            issue
            for issue in self.issues
            if state in ("all", issue["state"])
            and wanted <= {label["name"].lower() for label in issue["labels"]}
        ]
        chosen.sort(key=lambda issue: issue["number"], reverse=query.get("direction") != "asc")
        return self._page(chosen, query, f"repos/{self.repo}/issues")

    def _list_org_repos(
        self, params: dict[str, str], query: dict[str, str], payload: Any
    ) -> Answer:
        if params["org"] not in self.orgs:
            return Answer(404, shapes.error("Not Found", 404))
        return self._page(self.orgs[params["org"]], query, f"orgs/{params['org']}/repos")

    def _page(self, chosen: list[dict[str, Any]], query: dict[str, str], path: str) -> Answer:
        """One page of ``chosen``, with GitHub's ``Link`` header when there are more."""
        size = min(int(query.get("per_page", "30")), self.max_per_page)
        page = int(query.get("page", "1"))
        last = max(1, -(-len(chosen) // size))
        headers = {"Link": self._links(query, page, last, path)} if last > 1 else {}
        return Answer(200, chosen[(page - 1) * size : page * size], headers)

    def _links(self, query: dict[str, str], page: int, last: int, path: str) -> str:
        def link(number: int, rel: str) -> str:
            target = urllib.parse.urlencode({**query, "page": str(number)})
            return f'<{self.url}/{path}?{target}>; rel="{rel}"'

        rels = [(page + 1, "next"), (last, "last")] if page < last else []
        rels += [(1, "first"), (page - 1, "prev")] if page > 1 else []
        return ", ".join(link(number, rel) for number, rel in rels)

    def _create(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        if not isinstance(payload, dict) or not payload.get("title"):
            errors = [{"resource": "Issue", "field": "title", "code": "missing_field"}]
            return Answer(422, shapes.error("Validation Failed", 422, errors=errors))
        return Answer(201, self._create_issue(payload))

    def _get_issue(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        found = self._issue(params["number"])
        return Answer(200, found) if found else Answer(404, shapes.error("Not Found", 404))

    def _update(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        found = self._issue(params["number"])
        if found is None:
            return Answer(404, shapes.error("Not Found", 404))
        for key in ("title", "body", "state_reason"):
            if key in payload:
                found[key] = payload[key]
        if "labels" in payload:
            found["labels"] = [self._label(name) for name in payload["labels"]]
        if payload.get("state") in ("open", "closed"):
            found["state"] = payload["state"]
            found["closed_at"] = shapes.timestamp() if payload["state"] == "closed" else None
        return Answer(200, found)

    def _comment(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        found = self._issue(params["number"])
        if found is None:
            return Answer(404, shapes.error("Not Found", 404))
        ident = sum(len(items) for items in self.comments.values()) + 1
        made = shapes.comment(
            self.url, self.web, self.repo, found["number"], ident, payload["body"], self._author()
        )
        self.comments[found["number"]].append(made)
        found["comments"] += 1
        return Answer(201, made)

    def _get_label(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        found = self._find_label(params["name"])
        return Answer(200, found) if found else Answer(404, shapes.error("Not Found", 404))

    def _create_label(self, params: dict[str, str], query: dict[str, str], payload: Any) -> Answer:
        if self._find_label(payload["name"]) is not None:
            errors = [{"resource": "Label", "code": "already_exists", "field": "name"}]
            return Answer(422, shapes.error("Validation Failed", 422, errors=errors))
        made = self._new_label(
            payload["name"], payload.get("color", "ededed"), payload.get("description")
        )
        return Answer(201, made)


_ENDPOINTS: dict[str, Callable[[RepoState, dict[str, str], dict[str, str], Any], Answer]] = {
    "rate-limit/get": RepoState._rate_limit,
    "repos/get": RepoState._get_repo,
    "issues/list-for-repo": RepoState._list_issues,
    "issues/create": RepoState._create,
    "issues/get": RepoState._get_issue,
    "issues/update": RepoState._update,
    "issues/create-comment": RepoState._comment,
    "issues/get-label": RepoState._get_label,
    "issues/create-label": RepoState._create_label,
    "repos/list-for-org": RepoState._list_org_repos,
}


def route(method: str, path: str, repo: str) -> tuple[str, dict[str, str]] | None:
    """The operationId and path parameters for a request, or None when nothing matches."""
    parts = [urllib.parse.unquote(part) for part in path.strip("/").split("/")]
    for verb, pattern, operation in _ROUTES:
        names = pattern.split("/")
        if verb != method or len(names) != len(parts):
            continue
        params: dict[str, str] = {}
        for name, part in zip(names, parts, strict=True):
            if name.startswith("{"):
                params[name[1:-1]] = part
            elif name != part:
                break
        else:
            if "owner" in params and f"{params['owner']}/{params['repo']}" != repo:
                return operation, {**params, "unknown_repo": "1"}
            return operation, params
    return None
