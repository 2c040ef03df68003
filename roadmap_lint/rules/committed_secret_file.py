"""A project's repository tracks a file that holds secrets.

Fires, once per project, when the scanned repository commits a real `.env` (a settings file
with a secret-looking key, such as `SECRET_KEY` or `DB_PASSWORD`, set to a value that is not
a placeholder), a private key (`id_rsa`, a `.pem` or `.key` holding `PRIVATE KEY`), a cloud
service-account key, an `.npmrc` with an auth token, a Rails `master.key`, a Terraform state,
and the like. Templates (`.env.example`, `example.env`, `.env.test`) and files under test,
example or dev-container folders are not reported. The finding names the paths, never their
content.

**Why:** proving what you claim also means not showing what you must not. A reviewer who
opens a portfolio and finds a live password in it learns more about the author's habits than
any test could show; and once pushed, a secret stays in the history for anyone to read.

**Fix:** rotate the secret first (it is public already), then turn the file into a template
and stop tracking the real one:

```console
git mv .env .env.example          # then replace every value with a placeholder
echo .env >> .gitignore
git commit -m "Keep settings out of git; .env.example lists them"
```

For a key, remove it with `git rm --cached`, add it to `.gitignore`, and load it from the
environment or a secret store. To rewrite old commits, see `git filter-repo`.

**Fails** (the repository tracks `.env` with `SECRET_KEY=9f8e...`):

```yaml
projects:
  - {id: notes-api, repo: ../notes-api}
```

**Passes:**

```yaml
projects:
  - {id: notes-api, repo: ../notes-api}   # tracks only .env.example, SECRET_KEY=change-me
```
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap_lint.core.findings import Severity
from roadmap_lint.loading.pointers import join
from roadmap_lint.rules.base import Option, Problem, RuleContext

CODE = "RL307"
NAME = "committed-secret-file"
SEVERITY = Severity.WARNING
NEEDS: frozenset[str] = frozenset({"scan"})
OPTIONS: tuple[Option, ...] = ()


def check(ctx: RuleContext) -> Iterator[Problem]:
    for project, scan in ctx.scanned_projects():
        if scan.secret_files:
            listed = ", ".join(scan.secret_files)
            yield Problem(
                f"'{project.id}' tracks a file that holds secrets: {listed}",
                join(project.pointer, "repo"),
                f"rotate the secrets, then `git rm --cached {scan.secret_files[0]}`, add it to"
                " .gitignore and commit a template with placeholders (.env.example)",
            )
