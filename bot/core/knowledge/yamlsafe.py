"""Read YAML safely and remember where every value came from, so errors can say file:line:col."""

from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

#: A knowledge file is a few hundred KiB at most; anything bigger is a mistake or an attack.
MAX_FILE_BYTES = 2 * 1024 * 1024
#: Bounds the work of expanding aliases (a "billion laughs" file expands exponentially).
MAX_NODES = 200_000
#: Deeper nesting is refused while composing, long before Python's recursion limit (about 1,000 frames).
MAX_DEPTH = 64
#: How much is read per system call while reading a file under a byte limit.
_READ_CHUNK = 1024 * 1024
# O_NONBLOCK keeps open() from waiting for a writer if a FIFO appears where a regular file was stat'ed;
# the flags do not exist on every platform, where a plain open is the best available.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)

Location = tuple[int | str, ...]

_ALLOWED_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)
_SCALAR_KINDS = {
    "tag:yaml.org,2002:int": "a whole number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:bool": "a boolean",
    "tag:yaml.org,2002:timestamp": "a date",
}
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
    """Read a regular UTF-8 file of at most ``max_bytes``, refusing pipes, devices and huge or undecodable files."""
    # Stat before opening: opening a FIFO waits for a writer, and a device such as /dev/zero never ends.
    _check_regular(os.stat(path), max_bytes)
    fd = os.open(path, _OPEN_FLAGS)
    try:
        # Check what was opened too, in case the path was swapped for something else after the stat.
        _check_regular(os.fstat(fd), max_bytes)
        raw = _read_at_most(fd, max_bytes)
    finally:
        os.close(fd)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise YamlReadError(
            f"file is not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8", line, col
        ) from exc


def describe_file_type(mode: int) -> str:
    """Name the kind of file-system entry ``mode`` describes, for messages."""
    if stat.S_ISREG(mode):
        return "a regular file"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _check_regular(info: os.stat_result, max_bytes: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise YamlReadError(f"file is {describe_file_type(info.st_mode)}, not a regular file")
    if info.st_size > max_bytes:
        raise YamlReadError(f"file is {info.st_size:,} bytes; the limit is {max_bytes:,} bytes")


def _read_at_most(fd: int, max_bytes: int) -> bytes:
    # The size from stat is not trusted: files such as those under /proc report 0 bytes yet hold data.
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = os.read(fd, min(_READ_CHUNK, max_bytes + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise YamlReadError(f"file holds more than {max_bytes:,} bytes; the limit is {max_bytes:,} bytes")


def parse_yaml(text: str) -> PositionedDocument:
    """Parse one YAML document with safe loading only, keeping positions of all values."""
    try:
        node = yaml.compose(text, Loader=_DepthLimitedLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or "invalid YAML"
        context = f" ({exc.context})" if exc.context else ""
        raise YamlReadError(f"YAML syntax error: {problem}{context}", line, col) from exc
    except yaml.reader.ReaderError as exc:
        raise _reader_error(text, exc) from exc
    except yaml.YAMLError as exc:
        raise YamlReadError(f"YAML error: {exc}") from exc
    except RecursionError as exc:
        # Unreachable with MAX_DEPTH well under the recursion limit, unless the caller's stack is already deep.
        raise YamlReadError(f"values are nested too deeply (the limit is {MAX_DEPTH} levels)") from exc
    doc = PositionedDocument(data=None)
    if node is None:
        return doc
    builder = _Builder(doc)
    doc.data = builder.build(node, (), 0)
    return doc


#: libyaml's event parser, when PyYAML was built with it (parse_plain then reads ten times faster).
_C_LOADER: type[Any] | None = getattr(yaml, "CSafeLoader", None)
_STR_TAG = "tag:yaml.org,2002:str"
_MAP_SEQ_TAGS = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})


class _UnusualError(Exception):
    """Something the fast reader leaves to ``parse_yaml``: an error, an alias, a tag, a limit reached."""


def parse_positioned(text: str) -> PositionedDocument:
    """Parse a document with positions: with libyaml when it is plain, else with ``parse_yaml`` (and its errors)."""
    doc = PositionedDocument(data=None)
    data = parse_plain(text, doc.positions)
    if data is NOT_PLAIN:
        return parse_yaml(text)
    doc.data = data
    return doc


def parse_plain(text: str, positions: dict[Location, tuple[int, int]] | None = None) -> Any:
    """Return the data of a plain document read with libyaml, or ``NOT_PLAIN`` when ``parse_yaml`` must read it.

    Knowledge files are plain: no anchors, aliases or explicit tags, text keys, no duplicate keys. For such a
    file this gives exactly what ``parse_yaml`` gives as data (without positions), many times faster. Anything
    else (any error, any limit reached, anything unusual) returns ``NOT_PLAIN``, and ``parse_yaml`` reads the
    file and reports what is wrong with its own messages and positions.
    """
    if _C_LOADER is None or yaml.reader.Reader.NON_PRINTABLE.search(text):
        return NOT_PLAIN
    loader = _C_LOADER(text)
    try:
        return _plain_document(loader, positions)
    except Exception:  # libyaml's errors and anything unexpected: the careful reader decides and explains
        return NOT_PLAIN
    finally:
        loader.dispose()


class _NotPlain:
    """The marker ``parse_plain`` returns for a document it leaves to ``parse_yaml``."""

    def __repr__(self) -> str:
        return "NOT_PLAIN"


NOT_PLAIN: Any = _NotPlain()


def _plain_document(loader: Any, positions: dict[Location, tuple[int, int]] | None) -> Any:
    get = loader.get_event
    if not isinstance(get(), yaml.StreamStartEvent):
        raise _UnusualError
    event = get()
    if isinstance(event, yaml.StreamEndEvent):
        return None
    if not isinstance(event, yaml.DocumentStartEvent):
        raise _UnusualError
    resolver = yaml.resolver.Resolver()
    # What ``resolve`` does for a plain scalar, in short: a value whose first character starts no implicit tag's
    # pattern (most text) is text, with no call and no pattern tried; the others are resolved as they are.
    implicit_starts: frozenset[str | None] = frozenset(resolver.yaml_implicit_resolvers)
    plain_text = None not in implicit_starts and not resolver.yaml_path_resolvers
    constructor: yaml.SafeLoader | None = None
    #: Open containers, innermost last; for a mapping, the key waiting for its value (or _NO_KEY).
    stack: list[list[Any] | dict[str, Any]] = []
    keys: list[Any] = []
    #: Where each open container is, when positions are wanted (as parse_yaml records them).
    locs: list[Location] = []
    values = 0
    root: Any = NOT_PLAIN
    scalar_event, mapping_start, sequence_start = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    while True:
        event = get()
        kind = type(event)
        if kind is scalar_event or kind is mapping_start or kind is sequence_start:
            # The same limits as parse_yaml: too deep or too many values is its error to report.
            values += 1
            if event.anchor is not None or values > MAX_NODES or len(stack) > MAX_DEPTH:
                raise _UnusualError
            if positions is not None:
                loc = _plain_loc(stack, keys, locs)
                mark = event.start_mark
                positions.setdefault(loc, (mark.line + 1, mark.column + 1))
            if kind is scalar_event:
                if event.tag is not None:
                    raise _UnusualError
                value: Any = event.value
                if event.implicit[0] and not (plain_text and value and value[0] not in implicit_starts):
                    tag = resolver.resolve(yaml.ScalarNode, value, event.implicit)  # type: ignore[no-untyped-call]
                    if tag != _STR_TAG:
                        if tag not in _ALLOWED_TAGS:
                            raise _UnusualError
                        constructor = constructor or yaml.SafeLoader("")
                        value = constructor.construct_object(yaml.ScalarNode(tag, value))
            else:
                if event.tag is not None and event.tag not in _MAP_SEQ_TAGS:
                    raise _UnusualError
                container: list[Any] | dict[str, Any] = {} if kind is mapping_start else []
                if positions is not None:
                    locs.append(loc)
                stack.append(container)
                keys.append(_NO_KEY)
                continue
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            value = stack.pop()
            if positions is not None:
                locs.pop()
            if keys.pop() is not _NO_KEY:
                raise _UnusualError
        elif kind is yaml.DocumentEndEvent:
            break
        else:
            raise _UnusualError  # an alias, or an event out of place
        if not stack:
            root = value
            continue
        parent = stack[-1]
        if isinstance(parent, list):
            parent.append(value)
        elif keys[-1] is _NO_KEY:
            if not isinstance(value, str) or value in parent:
                raise _UnusualError  # a key that is not text, or a duplicate: parse_yaml names it
            keys[-1] = value
            if positions is not None:
                # A key's own position stands for its value (as parse_yaml records it).
                positions[(*locs[-1], value)] = (mark.line + 1, mark.column + 1)
        else:
            parent[keys[-1]] = value
            keys[-1] = _NO_KEY
    if not isinstance(get(), yaml.StreamEndEvent):
        raise _UnusualError  # a second document
    return root


_NO_KEY = object()


def _plain_loc(stack: list[list[Any] | dict[str, Any]], keys: list[Any], locs: list[Location]) -> Location:
    """Return where the next value goes: the root, a list's next item, a mapping's key, or a key's value."""
    if not stack:
        return ()
    parent = stack[-1]
    if isinstance(parent, list):
        return (*locs[-1], len(parent))
    key = keys[-1]
    return (*locs[-1], "<key>") if key is _NO_KEY else (*locs[-1], key)


def _reader_error(text: str, exc: yaml.reader.ReaderError) -> YamlReadError:
    """Turn PyYAML's "unacceptable character" error, which only knows an offset, into a line and column."""
    position = exc.position if isinstance(exc.position, int) else 0
    line = text.count("\n", 0, position) + 1
    col = position - (text.rfind("\n", 0, position) + 1) + 1
    # PyYAML gives the offending code point as an int; a one-character string is accepted too, to be safe.
    character = exc.character
    if isinstance(character, str) and len(character) == 1:
        character = ord(character)
    shown = f"U+{character:04X}" if isinstance(character, int) else repr(character)
    return YamlReadError(
        f"character {shown} is not allowed in a YAML file (control characters such as NUL cannot appear)", line, col
    )


class _DepthLimitedLoader(yaml.SafeLoader):
    """A safe loader whose composer refuses nesting deeper than MAX_DEPTH and more than MAX_NODES values."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._composed = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        """Compose one node, refusing it if it lies more than MAX_DEPTH levels down or is one too many."""
        # PyYAML's composer recurses once per level, so a few hundred '[' would exhaust Python's stack before the
        # builder's own depth check ever ran; stopping here costs nothing and keeps the offending position.
        if self._depth > MAX_DEPTH:
            raise YamlReadError(f"values are nested more than {MAX_DEPTH} levels deep", *self._next_position())
        # Composing is the slow part of pure-Python PyYAML (tens of thousands of values a second), so a file of
        # hundreds of thousands of tiny values is stopped here rather than after all of it was composed.
        self._composed += 1
        if self._composed > MAX_NODES:
            message = f"document holds more than {MAX_NODES:,} values; refusing to load it"
            raise YamlReadError(message, *self._next_position())
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def _next_position(self) -> tuple[int, int]:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]  # untyped in types-PyYAML
        mark = event.start_mark
        return (mark.line + 1, mark.column + 1) if mark else (1, 1)


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
            value = self._construct_scalar(node)
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

    def _construct_scalar(self, node: yaml.ScalarNode) -> Any:
        # PyYAML's constructors raise plain Python errors for values the resolver or an explicit tag let through:
        # '2024-13-45' looks like a date, a 5,000-digit number is over Python's limit, '!!bool maybe' has no value.
        try:
            return self._constructor.construct_object(node)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError, yaml.YAMLError) as exc:
            kind = _SCALAR_KINDS.get(node.tag, "a value")
            shown = node.value if len(node.value) <= 40 else node.value[:37] + "..."
            detail = f" ({exc})" if isinstance(exc, ValueError) and len(str(exc)) <= 120 else ""
            raise YamlReadError(
                f"YAML cannot read {shown!r} as {kind}{detail}; put it in quotes if you mean text",
                node.start_mark.line + 1,
                node.start_mark.column + 1,
            ) from exc


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
