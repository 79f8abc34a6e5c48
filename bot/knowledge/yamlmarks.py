"""Read YAML safely while keeping the line of every key, so problems can say `path:line`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

BOOL_TAG = "tag:yaml.org,2002:bool"
#: YAML 1.1 words that PyYAML silently turns into booleans when unquoted.
BOOLEAN_WORDS = {"yes", "no", "on", "off", "y", "n", "true", "false"}

Path = tuple[str | int, ...]


@dataclass
class MarkedDocument:
    data: Any
    lines: dict[Path, int] = field(default_factory=dict)
    duplicate_keys: list[tuple[str, int]] = field(default_factory=list)
    #: unquoted scalars that became booleans: (path, original word, line)
    booleans: list[tuple[Path, str, int]] = field(default_factory=list)

    def line(self, path: Path) -> int:
        """The line of `path`, or of its closest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


#: libyaml's parser when PyYAML was built with it (ten times faster, the same nodes and line marks), else
#: the pure-Python one. Start-up time is mostly YAML parsing.
_BASE: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # type: ignore[assignment]


class _Loader(_BASE):  # type: ignore[valid-type,misc]
    """SafeLoader that leaves dates as text, so a bad date is one clear problem, not a crash."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class YamlSyntaxError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def load_marked(text: str) -> MarkedDocument:
    """Parse one YAML document safely (no Python objects), recording where each key sits."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return MarkedDocument(data=None)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlSyntaxError(line, f"YAML syntax error: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(1, f"YAML error: {exc}") from None
    finally:
        loader.dispose()
    doc = MarkedDocument(data=data)
    _walk(node, (), doc)
    return doc


def _walk(node: yaml.Node, path: Path, doc: MarkedDocument) -> None:
    doc.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                doc.duplicate_keys.append((key, key_node.start_mark.line + 1))
            seen.add(key)
            doc.lines[(*path, key)] = key_node.start_mark.line + 1
            _walk(value_node, (*path, key), doc)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), doc)
    elif isinstance(node, yaml.ScalarNode) and node.tag == BOOL_TAG and not node.style \
            and node.value.lower() in BOOLEAN_WORDS:  # plain style: None from PyYAML's parser, "" from libyaml
        doc.booleans.append((path, node.value, node.start_mark.line + 1))
