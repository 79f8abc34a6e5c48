"""Discord's request limits (message length, embeds, components, autocomplete choices).

Real Discord rejects oversize messages with 400/50035; emulating that lets tests catch a long
answer that would fail in production instead of passing silently.
"""

from __future__ import annotations

from typing import Any

IS_COMPONENTS_V2 = 1 << 15

MAX_CONTENT = 2000
MAX_EMBEDS = 10
MAX_EMBED_TOTAL = 6000
EMBED_LIMITS = {"title": 256, "description": 4096}
MAX_FIELDS = 25
FIELD_LIMITS = {"name": 256, "value": 1024}
MAX_ACTION_ROWS = 5
MAX_ROW_COMPONENTS = 5
MAX_CUSTOM_ID = 100
MAX_BUTTON_LABEL = 80
MAX_CHOICES = 25
MAX_CHOICE_NAME = 100
MAX_CHOICE_VALUE = 100


class ApiError(Exception):
    """An error answer in Discord's JSON shape (``code``, ``message``, optional nested ``errors``)."""

    def __init__(self, status: int, code: int, message: str, errors: dict[str, Any] | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors:
            body["errors"] = self.errors
        return body


def _error(code: str, message: str) -> dict[str, Any]:
    return {"_errors": [{"code": code, "message": message}]}


def _too_long(limit: int) -> dict[str, Any]:
    return _error("BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")


def _set(errors: dict[str, Any], path: list[str], value: dict[str, Any]) -> None:
    node = errors
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = value


def invalid_form(errors: dict[str, Any]) -> ApiError:
    return ApiError(400, 50035, "Invalid Form Body", errors)


def _embed_errors(embeds: list[dict[str, Any]], errors: dict[str, Any]) -> None:
    if len(embeds) > MAX_EMBEDS:
        _set(errors, ["embeds"], _too_long(MAX_EMBEDS))
        return
    total = 0
    for i, embed in enumerate(embeds):
        where = ["embeds", str(i)]
        for key, limit in EMBED_LIMITS.items():
            text = embed.get(key) or ""
            total += len(text)
            if len(text) > limit:
                _set(errors, [*where, key], _too_long(limit))
        fields = embed.get("fields") or []
        if len(fields) > MAX_FIELDS:
            _set(errors, [*where, "fields"], _too_long(MAX_FIELDS))
        for j, fld in enumerate(fields):
            for key, limit in FIELD_LIMITS.items():
                text = fld.get(key) or ""
                total += len(text)
                if len(text) > limit:
                    _set(errors, [*where, "fields", str(j), key], _too_long(limit))
        footer = (embed.get("footer") or {}).get("text") or ""
        author = (embed.get("author") or {}).get("name") or ""
        total += len(footer) + len(author)
        if len(footer) > 2048:
            _set(errors, [*where, "footer", "text"], _too_long(2048))
        if len(author) > 256:
            _set(errors, [*where, "author", "name"], _too_long(256))
    if total > MAX_EMBED_TOTAL and "embeds" not in errors:
        _set(errors, ["embeds"], _error("MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000"))


def _component_errors(components: list[dict[str, Any]], flags: int, errors: dict[str, Any]) -> None:
    if flags & IS_COMPONENTS_V2:
        return  # layout components have different, looser rules; not emulated
    if len(components) > MAX_ACTION_ROWS:
        _set(errors, ["components"], _too_long(MAX_ACTION_ROWS))
    for i, row in enumerate(components):
        children = row.get("components") or []
        if len(children) > MAX_ROW_COMPONENTS:
            _set(errors, ["components", str(i), "components"], _too_long(MAX_ROW_COMPONENTS))
        for j, child in enumerate(children):
            where = ["components", str(i), "components", str(j)]
            if len(child.get("custom_id") or "") > MAX_CUSTOM_ID:
                _set(errors, [*where, "custom_id"], _too_long(MAX_CUSTOM_ID))
            if len(child.get("label") or "") > MAX_BUTTON_LABEL:
                _set(errors, [*where, "label"], _too_long(MAX_BUTTON_LABEL))


def validate_message(body: dict[str, Any] | None, *, has_files: bool = False, creating: bool = True) -> None:
    """Raise ``ApiError`` the way Discord would for a message create/edit body."""
    body = body or {}
    errors: dict[str, Any] = {}
    content = body.get("content")
    if isinstance(content, str) and len(content) > MAX_CONTENT:
        _set(errors, ["content"], _too_long(MAX_CONTENT))
    _embed_errors(body.get("embeds") or [], errors)
    _component_errors(body.get("components") or [], int(body.get("flags") or 0), errors)
    if errors:
        raise invalid_form(errors)
    empty = not (
        content
        or body.get("embeds")
        or body.get("components")
        or body.get("sticker_ids")
        or body.get("poll")
        or body.get("attachments")
        or has_files
    )
    if creating and empty:
        raise ApiError(400, 50006, "Cannot send an empty message")


def validate_autocomplete(body: dict[str, Any] | None) -> None:
    """Autocomplete answers: at most 25 choices, names 1-100 chars, string values up to 100."""
    choices = (body or {}).get("choices") or []
    errors: dict[str, Any] = {}
    if len(choices) > MAX_CHOICES:
        _set(errors, ["data", "choices"], _too_long(MAX_CHOICES))
    for i, choice in enumerate(choices[:MAX_CHOICES]):
        name = choice.get("name") or ""
        if not 1 <= len(name) <= MAX_CHOICE_NAME:
            _set(
                errors,
                ["data", "choices", str(i), "name"],
                _error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."),
            )
        value = choice.get("value")
        if isinstance(value, str) and len(value) > MAX_CHOICE_VALUE:
            _set(errors, ["data", "choices", str(i), "value"], _too_long(MAX_CHOICE_VALUE))
    if errors:
        raise invalid_form(errors)
