"""Check one knowledge-base file against the schema and report every problem at once.

Problems read `path:line: message`, in words a moderator understands, the way
Red-DiscordBot reports a broken trivia list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlparse

from rapidfuzz import process

from bot.knowledge import schema
from bot.knowledge.jurisdictions import NAMES
from bot.knowledge.yamlmarks import MarkedDocument, Path

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MIN_AGE, MAX_AGE = 0, 21


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def parse_date(value: Any) -> date | None:
    """A YAML date, or a YYYY-MM-DD string; None when it does not parse."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def is_age(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and MIN_AGE <= value <= MAX_AGE


class FileChecker:
    """Collects the problems of one parsed file."""

    def __init__(self, display: str, doc: MarkedDocument, today: date) -> None:
        self.display = display
        self.doc = doc
        self.today = today
        self.problems: list[Problem] = []

    def report(self, path: Path, message: str) -> None:
        self.problems.append(Problem(self.display, self.doc.line(path), message))

    def yaml_surprises(self) -> None:
        for key, line in self.doc.duplicate_keys:
            self.problems.append(Problem(self.display, line, f"key '{key}' appears twice; YAML keeps only the last"))
        for path, word, line in self.doc.booleans:
            where = _dotted(path)
            self.problems.append(Problem(
                self.display, line,
                f"unquoted {word} in '{where}' is read by YAML as a true/false value; write \"{word}\" in quotes",
            ))

    def mapping(self, value: Any, spec: dict[str, schema.Field], path: Path, what: str) -> bool:
        """Check keys and value types of one mapping; False when it is not a mapping at all."""
        if not isinstance(value, dict):
            self.report(path, f"{what} must be a mapping of keys to values, not {_type_name(value)}")
            return False
        for key in value:
            if key not in spec:
                hint = process.extractOne(str(key), list(spec), score_cutoff=70)
                suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
                self.report((*path, key), f"unknown key '{key}' in {what}{suggestion}")
        for key, field in spec.items():
            if key not in value:
                if field.required:
                    self.report(path, f"{what} is missing the required key '{key}'")
                continue
            self.value(value[key], field, (*path, key), key)
        return True

    def value(self, value: Any, field: schema.Field, path: Path, key: str) -> None:
        kind = field.type
        if kind == schema.STR:
            if value is None and not field.required:
                return
            if isinstance(value, bool):
                return  # already reported as a YAML boolean surprise
            if not isinstance(value, str) or not value.strip():
                self.report(path, f"'{key}' must be text, not {_type_name(value)}")
            elif field.choices and value not in field.choices:
                self.report(path, f"'{key}' must be one of {', '.join(field.choices)}; found '{value}'")
        elif kind == schema.STR_LIST:
            if value is None:
                return
            if not isinstance(value, list):
                self.report(path, f"'{key}' must be a list of text, not {_type_name(value)}")
                return
            for index, item in enumerate(value):
                if (not isinstance(item, str) or not item.strip()) and not isinstance(item, bool):
                    self.report((*path, index), f"item {index + 1} of '{key}' must be text, not {_type_name(item)}")
        elif kind in (schema.AGE, schema.AGE_OR_NULL):
            if value is None and (kind == schema.AGE_OR_NULL or not field.required):
                return
            if not is_age(value):
                self.report(path, f"'{key}' must be an age between {MIN_AGE} and {MAX_AGE}; found {value!r}")
        elif kind == schema.DATE:
            if value is None and not field.required:
                return
            parsed = parse_date(value)
            if parsed is None:
                self.report(path, f"'{key}' must be a date written YYYY-MM-DD; found {value!r}")
            elif parsed > self.today:
                self.report(path, f"'{key}' is {parsed.isoformat()}, a date in the future")
        elif kind == schema.STATE_CODE:
            if value not in NAMES:
                self.report(path, f"'{key}' must be a US state or territory code such as FL; found {value!r}")
        elif kind == schema.SOURCES:
            self.sources(value, path)
        elif kind in (schema.PROVISIONS, schema.EXCEPTIONS):
            item_spec = schema.PROVISION if kind == schema.PROVISIONS else schema.EXCEPTION
            if value is None:
                return
            if not isinstance(value, list):
                self.report(path, f"'{key}' must be a {kind}, not {_type_name(value)}")
                return
            for index, item in enumerate(value):
                self.mapping(item, item_spec, (*path, index), f"item {index + 1} of '{key}'")

    def sources(self, value: Any, path: Path) -> None:
        if not isinstance(value, list) or not value:
            self.report(path, "an entry needs at least one source (a list of {title, url or citation})")
            return
        for index, item in enumerate(value):
            where = (*path, index)
            if not self.mapping(item, schema.SOURCE, where, f"source {index + 1}"):
                continue
            if not item.get("url") and not item.get("citation"):
                self.report(where, f"source {index + 1} needs a url or a citation")
            url = item.get("url")
            if isinstance(url, str) and url:
                parsed = urlparse(url.strip())
                if parsed.scheme not in ("http", "https") or not parsed.netloc:
                    self.report((*where, "url"), f"source {index + 1} url must start with http:// or https://; found {url!r}")


def check_entry(checker: FileChecker, data: Any, kind: str, spec: dict[str, schema.Field], stem: str) -> None:
    """Schema checks plus the rules that tie fields together."""
    checker.yaml_surprises()
    if not checker.mapping(data, spec, (), f"this {kind} entry"):
        return
    entry_id = data.get("id")
    if isinstance(entry_id, str):
        if kind == "state":
            if entry_id not in NAMES:
                checker.report(("id",), f"'{entry_id}' is not a US state or territory code (FL, TX, DC …)")
            elif entry_id != stem:
                checker.report(("id",), f"id '{entry_id}' must match the file name ({stem}.yaml)")
        else:
            if not SLUG.match(entry_id):
                checker.report(("id",), f"id '{entry_id}' must be lowercase words joined by hyphens")
            elif entry_id != stem:
                checker.report(("id",), f"id '{entry_id}' must match the file name ({entry_id}.yaml)")
    if kind == "state":
        _state_rules(checker, data)


def _state_rules(checker: FileChecker, data: dict[str, Any]) -> None:
    min_age = data.get("min_age")
    if is_age(min_age):
        # `effective` may be omitted when no source gives the date: a guessed date would be repeated to parents.
        for key in ("bars", "citation"):
            if key not in data or data[key] in (None, ""):
                checker.report((), f"a state with a min_age needs '{key}'")
        for index, item in enumerate(data.get("exceptions") or []):
            floor = item.get("min_age") if isinstance(item, dict) else None
            if is_age(floor) and floor >= min_age:
                checker.report(("exceptions", index, "min_age"),
                               f"exception {index + 1} has floor {floor}, not below the state's min_age {min_age}")
    elif min_age is None and "min_age" in data:
        if not data.get("instead"):
            checker.report(("min_age",), "with no statutory minimum (min_age: null), say what applies instead in 'instead'")
        if data.get("exceptions"):
            checker.report(("exceptions",), "exceptions need a min_age to be exceptions to")


def _dotted(path: Path) -> str:
    return ".".join(str(p + 1) if isinstance(p, int) else p for p in path) or "(top)"


def _type_name(value: Any) -> str:
    if value is None:
        return "empty"
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list",
            dict: "a mapping", date: "a date"}.get(type(value), type(value).__name__)
