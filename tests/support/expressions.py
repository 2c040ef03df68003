"""GitHub Actions expressions (``${{ ... }}``), the subset action metadata uses.

Literals, context paths (``inputs.fail-on``, ``steps.check.outputs.errors``), ``==`` and
``!=`` (strings compared ignoring case, as the runner does), ``&&`` and ``||`` (returning an
operand, as in JavaScript), ``!``, parentheses, and the status functions. Anything else is an
assertion error, so a test never silently evaluates an expression it does not understand.
"""

from __future__ import annotations

import re
from typing import Any

_TOKEN = re.compile(
    r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<num>-?\d+(?:\.\d+)?)|(?P<op>==|!=|&&|\|\||[!().,])"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_-]*))"
)
_EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", re.S)


def substitute(text: str, context: dict[str, Any]) -> str:
    return _EXPRESSION.sub(lambda m: _as_text(evaluate(m.group(1), context)), text)


def evaluate(expression: str, context: dict[str, Any], *, failed: bool = False) -> Any:
    parser = _Parser(_tokens(expression), context, failed)
    value = parser.expression()
    assert parser.done(), f"unexpected text in expression: {expression!r}"
    return value


def _tokens(expression: str) -> list[tuple[str, str]]:
    tokens, position = [], 0
    while expression[position:].strip():
        match = _TOKEN.match(expression, position)
        assert match, f"cannot read expression at: {expression[position:]!r}"
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind)))
        position = match.end()
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], context: dict[str, Any], failed: bool):
        self.tokens, self.context, self.failed, self.at = tokens, context, failed, 0

    def done(self) -> bool:
        return self.at == len(self.tokens)

    def _peek(self) -> str:
        return self.tokens[self.at][1] if self.at < len(self.tokens) else ""

    def _take(self, expected: str | None = None) -> tuple[str, str]:
        token = self.tokens[self.at]
        assert expected is None or token[1] == expected, f"expected {expected}, got {token[1]}"
        self.at += 1
        return token

    def expression(self) -> Any:
        value = self._and()
        while self._peek() == "||":
            self._take()
            right = self._and()
            value = value if truthy(value) else right
        return value

    def _and(self) -> Any:
        value = self._not()
        while self._peek() == "&&":
            self._take()
            right = self._not()
            value = right if truthy(value) else value
        return value

    def _not(self) -> Any:
        if self._peek() == "!":
            self._take()
            return not truthy(self._not())
        value = self._primary()
        if self._peek() in ("==", "!="):
            operator = self._take()[1]
            equal = _equal(value, self._primary())
            return equal if operator == "==" else not equal
        return value

    def _primary(self) -> Any:
        kind, text = self._take()
        if text == "(":
            value = self.expression()
            self._take(")")
            return value
        if kind == "str":
            return text[1:-1].replace("''", "'")
        if kind == "num":
            return float(text)
        if text in ("true", "false", "null"):
            return {"true": True, "false": False, "null": None}[text]
        if self._peek() == "(":
            return self._call(text)
        return self._path(text)

    def _call(self, name: str) -> Any:
        self._take("(")
        self._take(")")
        statuses = {
            "success": not self.failed,
            "failure": self.failed,
            "always": True,
            "cancelled": False,
        }
        assert name in statuses, f"function {name}() is not supported here"
        return statuses[name]

    def _path(self, name: str) -> Any:
        value: Any = self.context.get(name)
        while self._peek() == ".":
            self._take()
            key = self._take()[1]
            value = value.get(key) if isinstance(value, dict) else None
        return value


def _equal(left: Any, right: Any) -> bool:
    if isinstance(left, str) and isinstance(right, str):
        return left.lower() == right.lower()  # the runner compares strings ignoring case
    return bool(left == right)


def truthy(value: Any) -> bool:
    return value not in (None, "", 0, False)


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
