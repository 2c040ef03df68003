"""Files that hold secrets, committed: a real `.env`, a private key, a cloud credential.

Candidates come from their names (`signals.SECRET_FILES`); the content decides, so that a
template or a public certificate is not reported. Only the path ever leaves this module:
neither a value nor a line of the file is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from roadmap_lint.scanning.signals import ENV_TEMPLATE_WORDS

#: A settings key that names a secret (`DB_PASSWORD`, `STRIPE_SECRET_KEY`, `API_TOKEN`...).
_SECRET_KEY = re.compile(
    r"(?i)(?:secret|passw(?:or)?d|\bpwd|token|api_?key|private_?key|access_?key|credential"
    r"|_dsn\b|database_url|auth_key)"
)
#: Values that stand for a secret without being one.
_PLACEHOLDER = re.compile(
    r"(?i)^(?:|change[-_ ]?(?:me|this|it)\b.*|your[-_ ].*|<.*>|\$\{.*\}|\$\w+|x{3,}|\*+|\.\.\.|"
    r"todo.*|replace.*|example.*|placeholder.*|secret|password|null|none|dummy.*|test.*|"
    r"!changeme!)$"
)
_ENV_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$")
_URL_PASSWORD = re.compile(r"://[^/\s:@]+:([^@\s/]+)@")


def secret_files(candidates: Mapping[str, str], contents: Mapping[str, bytes]) -> list[str]:
    """The candidate paths whose content passes their check, sorted."""
    return sorted(
        path
        for path, check in candidates.items()
        if path in contents and _template_free(path) and _CHECKS[check](_text(contents[path]))
    )


def _template_free(path: str) -> bool:
    """`.env.example`, `example.env`, `.env.test` are templates or test settings."""
    words = set(path.rpartition("/")[2].casefold().replace("-", ".").replace("_", ".").split("."))
    return words.isdisjoint(ENV_TEMPLATE_WORDS)


def _text(content: bytes) -> str:
    return content[:65536].decode("utf-8", errors="replace")


def _dotenv(text: str) -> bool:
    """At least one secret-looking key with a value that is not a placeholder."""
    for line in text.splitlines():
        found = _ENV_LINE.match(line)
        if found is None:
            continue
        key, value = found.group(1), found.group(2).split(" #", 1)[0].strip().strip("\"'")
        password = _URL_PASSWORD.search(value)
        if password and not _PLACEHOLDER.match(password.group(1)):
            return True
        if _SECRET_KEY.search(key) and not _PLACEHOLDER.match(value) and "://" not in value:
            return True
    return False


def _private_key(text: str) -> bool:
    return "PRIVATE KEY-----" in text


def _json_key(text: str) -> bool:
    return bool(re.search(r'"(?:private_key|client_secret|refresh_token)"\s*:\s*"[^"]{8,}', text))


def _npmrc(text: str) -> bool:
    return bool(re.search(r"(?m)(?:_authToken|_auth|_password)\s*=\s*(?!\$\{)\S", text))


def _password(text: str) -> bool:
    return bool(re.search(r"(?mi)^\s*(?:password\s*[=:]|.*\bpassword\s+)\s*(?!\$\{)\S", text))


def _any(text: str) -> bool:
    return bool(text.strip())


_CHECKS: dict[str, Callable[[str], bool]] = {
    "dotenv": _dotenv,
    "private_key": _private_key,
    "json_key": _json_key,
    "npmrc": _npmrc,
    "password": _password,
    "any": _any,
}
