"""JSON bodies in the shapes GitHub's REST API answers with (only the fields its schema requires
plus the ones roadmap-lint reads); used by the stand-in server in ``github_server``."""

from __future__ import annotations

import datetime as dt
from typing import Any

#: A fixed clock, so every response (and every golden file built from one) is reproducible.
EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def timestamp(moment: dt.datetime | None = None) -> str:
    return (moment or EPOCH).strftime("%Y-%m-%dT%H:%M:%SZ")


def user(base: str, login: str, web: str) -> dict[str, Any]:
    api = f"{base}/users/{login}"
    return {
        "login": login,
        "id": 1,
        "node_id": "U_kgDOAAAAAQ",
        "avatar_url": f"{web}/avatars/{login}",
        "gravatar_id": "",
        "url": api,
        "html_url": f"{web}/{login}",
        "followers_url": f"{api}/followers",
        "following_url": f"{api}/following{{/other_user}}",
        "gists_url": f"{api}/gists{{/gist_id}}",
        "starred_url": f"{api}/starred{{/owner}}{{/repo}}",
        "subscriptions_url": f"{api}/subscriptions",
        "organizations_url": f"{api}/orgs",
        "repos_url": f"{api}/repos",
        "events_url": f"{api}/events{{/privacy}}",
        "received_events_url": f"{api}/received_events",
        "type": "User",
        "site_admin": False,
    }


_REPO_TEMPLATES = (
    "archive_url:/{archive_format}{/ref}",
    "assignees_url:/assignees{/user}",
    "blobs_url:/git/blobs{/sha}",
    "branches_url:/branches{/branch}",
    "collaborators_url:/collaborators{/collaborator}",
    "comments_url:/comments{/number}",
    "commits_url:/commits{/sha}",
    "compare_url:/compare/{base}...{head}",
    "contents_url:/contents/{+path}",
    "contributors_url:/contributors",
    "deployments_url:/deployments",
    "downloads_url:/downloads",
    "events_url:/events",
    "forks_url:/forks",
    "git_commits_url:/git/commits{/sha}",
    "git_refs_url:/git/refs{/sha}",
    "git_tags_url:/git/tags{/sha}",
    "hooks_url:/hooks",
    "issue_comment_url:/issues/comments{/number}",
    "issue_events_url:/issues/events{/number}",
    "issues_url:/issues{/number}",
    "keys_url:/keys{/key_id}",
    "labels_url:/labels{/name}",
    "languages_url:/languages",
    "merges_url:/merges",
    "milestones_url:/milestones{/number}",
    "notifications_url:/notifications{?since,all,participating}",
    "pulls_url:/pulls{/number}",
    "releases_url:/releases{/id}",
    "stargazers_url:/stargazers",
    "statuses_url:/statuses/{sha}",
    "subscribers_url:/subscribers",
    "subscription_url:/subscription",
    "tags_url:/tags",
    "teams_url:/teams",
    "trees_url:/git/trees{/sha}",
)


def repository(
    base: str, web: str, owner: str, name: str, *, open_issues: int, has_issues: bool
) -> dict[str, Any]:
    api = f"{base}/repos/{owner}/{name}"
    counts = dict.fromkeys(
        ("forks", "forks_count", "stargazers_count", "watchers", "watchers_count", "size"), 0
    )
    return {
        "id": 1296269,
        "node_id": "R_kgDOABPHjQ",
        "name": name,
        "full_name": f"{owner}/{name}",
        "owner": user(base, owner, web),
        "private": False,
        "html_url": f"{web}/{owner}/{name}",
        "description": None,
        "fork": False,
        "url": api,
        **{key: api + suffix for key, _, suffix in (t.partition(":") for t in _REPO_TEMPLATES)},
        "clone_url": f"{web}/{owner}/{name}.git",
        "git_url": f"git://127.0.0.1/{owner}/{name}.git",
        "ssh_url": f"git@127.0.0.1:{owner}/{name}.git",
        "svn_url": f"{web}/{owner}/{name}",
        "mirror_url": None,
        "homepage": None,
        "language": "Python",
        "default_branch": "main",
        "has_issues": has_issues,
        "has_projects": False,
        "has_wiki": False,
        "has_pages": False,
        "has_discussions": False,
        "archived": False,
        "disabled": False,
        "open_issues": open_issues,
        "open_issues_count": open_issues,
        "license": None,
        "pushed_at": timestamp(),
        "created_at": timestamp(),
        "updated_at": timestamp(),
        "network_count": 0,
        "subscribers_count": 0,
        **counts,
    }


def label(
    base: str, repo: str, number: int, name: str, color: str, description: str | None
) -> dict[str, Any]:
    return {
        "id": 208045946 + number,
        "node_id": f"LA_{number:08d}",
        "url": f"{base}/repos/{repo}/labels/{name}",
        "name": name,
        "description": description,
        "color": color,
        "default": False,
    }


def issue(
    base: str, web: str, repo: str, number: int, fields: dict[str, Any], author: dict[str, Any]
) -> dict[str, Any]:
    """A new issue; ``fields`` are the request's title, body and label objects."""
    api = f"{base}/repos/{repo}/issues/{number}"
    return {
        "id": 1_000_000 + number,
        "node_id": f"I_kwDO{number:08d}",
        "url": api,
        "repository_url": f"{base}/repos/{repo}",
        "labels_url": f"{api}/labels{{/name}}",
        "comments_url": f"{api}/comments",
        "events_url": f"{api}/events",
        "html_url": f"{web}/{repo}/issues/{number}",
        "number": number,
        "state": "open",
        "state_reason": None,
        "title": fields["title"],
        "body": fields.get("body"),
        "user": author,
        "labels": fields.get("labels", []),
        "assignee": None,
        "assignees": [],
        "milestone": None,
        "locked": False,
        "comments": 0,
        "closed_at": None,
        "created_at": timestamp(EPOCH + dt.timedelta(minutes=number)),
        "updated_at": timestamp(EPOCH + dt.timedelta(minutes=number)),
        "author_association": "OWNER",
    }


def comment(
    base: str, web: str, repo: str, number: int, ident: int, body: str, author: dict[str, Any]
) -> dict[str, Any]:
    return {
        "id": 2_000_000 + ident,
        "node_id": f"IC_{ident:08d}",
        "url": f"{base}/repos/{repo}/issues/comments/{2_000_000 + ident}",
        "html_url": f"{web}/{repo}/issues/{number}#issuecomment-{2_000_000 + ident}",
        "issue_url": f"{base}/repos/{repo}/issues/{number}",
        "body": body,
        "user": author,
        "created_at": timestamp(),
        "updated_at": timestamp(),
        "author_association": "OWNER",
    }


def rate_limit(reset: int, remaining: int = 4999) -> dict[str, Any]:
    core = {"limit": 5000, "remaining": remaining, "reset": reset, "used": 5000 - remaining}
    search = {"limit": 30, "remaining": 30, "reset": reset, "used": 0}
    return {"resources": {"core": core, "search": search}, "rate": core}


def error(message: str, status: int, **extra: Any) -> dict[str, Any]:
    return {
        "message": message,
        "documentation_url": "https://docs.github.com/rest",
        "status": str(status),
        **extra,
    }
