"""Read YAML safely and remember where every value came from, so errors can say file:line:col."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

#: A knowledge file is a few hundred KiB at most; anything bigger is a mistake or an attack.
MAX_FILE_BYTES = 2 * 1024 * 1024
#: Bounds the work of expanding aliases (a "billion laughs" file expands exponentially).
MAX_NODES = 200_000
MAX_DEPTH = 64

Location = tuple[int | str, ...]

_ALLOWED_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)
_BOOL_WORDS = {"yes", "no", "on", "off", "y", "n", "true", "false"}


class YamlReadError(Exception):
    """A file that cannot be read as YAML; carries the 1-based line and column."""

    def __init__(self, message: str, line: int = 1, col: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col


@dataclass
class PositionedDocument:
    """A parsed document plus the position and raw text of every value in it."""

    data: Any
    positions: dict[Location, tuple[int, int]] = field(default_factory=dict)
    raw_scalars: dict[Location, str] = field(default_factory=dict)

    def position(self, loc: Location) -> tuple[int, int]:
        """Return the line and column of ``loc``, or of its nearest parent that has one."""
        while loc not in self.positions and loc:
            loc = loc[:-1]
        return self.positions.get(loc, (1, 1))


def read_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read a UTF-8 text file, refusing huge or undecodable files with a positioned error."""
    size = path.stat().st_size
    if size > max_bytes:
        raise YamlReadError(f"file is {size:,} bytes; the limit is {max_bytes:,} bytes")
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise YamlReadError(
            f"file is not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8", line, col
        ) from exc


def parse_yaml(text: str) -> PositionedDocument:
    """Parse one YAML document with safe loading only, keeping positions of all values."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or "invalid YAML"
        context = f" ({exc.context})" if exc.context else ""
        raise YamlReadError(f"YAML syntax error: {problem}{context}", line, col) from exc
    except yaml.YAMLError as exc:
        raise YamlReadError(f"YAML error: {exc}") from exc
    doc = PositionedDocument(data=None)
    if node is None:
        return doc
    builder = _Builder(doc)
    doc.data = builder.build(node, (), 0)
    return doc


class _Builder:
    """Turn composed nodes into plain Python values under a node budget."""

    def __init__(self, doc: PositionedDocument) -> None:
        self._doc = doc
        self._visited = 0
        self._constructor = yaml.SafeLoader("")

    def build(self, node: yaml.Node, loc: Location, depth: int) -> Any:
        self._visited += 1
        if self._visited > MAX_NODES:
            raise YamlReadError(
                f"document expands to more than {MAX_NODES:,} values (too many aliases?); refusing to load it",
                node.start_mark.line + 1,
                node.start_mark.column + 1,
            )
        if depth > MAX_DEPTH:
            raise YamlReadError(
                f"values are nested more than {MAX_DEPTH} levels deep",
                node.start_mark.line + 1,
                node.start_mark.column + 1,
            )
        self._doc.positions.setdefault(loc, (node.start_mark.line + 1, node.start_mark.column + 1))
        if node.tag not in _ALLOWED_TAGS:
            raise YamlReadError(
                f"YAML tag {node.tag!r} is not allowed in knowledge files",
                node.start_mark.line + 1,
                node.start_mark.column + 1,
            )
        if isinstance(node, yaml.ScalarNode):
            value = self._constructor.construct_object(node)
            if isinstance(value, (bool, int, float, dt.date)) or value is None:
                self._doc.raw_scalars[loc] = str(node.value)
            return value
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, (*loc, index), depth + 1) for index, child in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self.build(key_node, (*loc, "<key>"), depth + 1)
                if not isinstance(key, str):
                    raise YamlReadError(
                        f"keys must be text, got {key!r}", key_node.start_mark.line + 1, key_node.start_mark.column + 1
                    )
                if key in result:
                    raise YamlReadError(
                        f"duplicate key {key!r}", key_node.start_mark.line + 1, key_node.start_mark.column + 1
                    )
                self._doc.positions[(*loc, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                result[key] = self.build(value_node, (*loc, key), depth + 1)
            return result
        raise YamlReadError(f"unsupported YAML node {type(node).__name__}")


def describe_scalar(raw: str, value: object) -> str | None:
    """Explain how YAML read an unquoted scalar that was meant as text, or None if it is not surprising."""
    if isinstance(value, bool) and raw.lower() in _BOOL_WORDS:
        return f"YAML reads unquoted {raw!r} as the boolean {str(value).lower()}; put it in quotes if you mean text"
    if isinstance(value, dt.date):
        return f"YAML reads unquoted {raw!r} as a date; put it in quotes if you mean text"
    if isinstance(value, (int, float)):
        return f"YAML reads unquoted {raw!r} as a number; put it in quotes if you mean text"
    if value is None:
        return f"YAML reads {raw or 'an empty value'!r} as nothing (null); write the text or remove the key"
    return None
