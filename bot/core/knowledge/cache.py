"""A cache of compiled knowledge kept between starts: checked before every use, rebuilt whenever in doubt.

Start-up and reload must not parse, validate and index unchanged knowledge files again. What they compile (a
file's validated content, the matcher's postings and arrays) is kept as entries named by what they were made
from: the content hash of the source and the code's version (every source and data file of the knowledge,
answering and language packages, and the libraries that shape the output). An entry is one file: a JSON
header and plain arrays of numbers, never pickled objects, so reading one cannot run code. A checksum
(XXH3, 128 bits) of everything in the file is checked before any of it is used; an entry that is missing, stale,
truncated or corrupt is ignored (with a warning when it existed but could not be used) and rebuilt by the caller.
The checksum guards against damage (a torn write, a flipped bit), not against a hostile file: the format itself
does that, so a fast non-cryptographic hash serves (a large base's entries are read at every start, and SHA-256
took a tenth of a second of it).

Large arrays are memory-mapped: a process pages in only the parts of the index its questions touch.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import logging
import mmap
import os
import queue
import re
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
import orjson
import xxhash

from bot.core.knowledge.collector import without_collection

log = logging.getLogger(__name__)

#: Raise when the layout of entries changes in a way the code digest would not notice.
FORMAT = 2
MAGIC = b"studybot-index\n\x00"
_DIGEST_BYTES = 16
#: Bytes read at a time to check an entry's checksum.
_CHUNK_BYTES = 1 << 20
_LENGTH_BYTES = 8
_PREFIX = len(MAGIC) + _DIGEST_BYTES + _LENGTH_BYTES
#: Arrays start at multiples of this, so every dtype is aligned for memory mapping.
_ALIGN = 16
#: The only element types an entry may hold (little-endian numbers and bytes).
ARRAY_DTYPES = frozenset({"<i4", "<u4", "<i8", "<f4", "<f8", "|u1"})
#: A header bigger than this is not one of ours.
MAX_HEADER_BYTES = 256 * 1024 * 1024
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,127}$")
#: Entries of the current version not used for this long are removed by ``prune``.
UNUSED_ENTRY_SECONDS = 7 * 24 * 3600
#: An entry read is marked as used (its time set to now) when it was last marked longer ago than this.
TOUCH_AFTER_SECONDS = 24 * 3600
#: Folders of other code versions are removed once they have not been written for this long.
OTHER_VERSION_SECONDS = 3600
#: A background writer waits this long before writing its first entry (or until ``flush``), so that the
#: process's first start does its work and answers without a writer competing with it.
FIRST_WRITE_DELAY_SECONDS = 10.0

#: Packages whose output the compiled form depends on (parsing, stemming, lemmas, word frequencies, names).
_LIBRARIES = (
    "yaml",
    "pydantic",
    "numpy",
    "rapidfuzz",
    "simplemma",
    "snowballstemmer",
    "Stemmer",
    "wordfreq",
    "pycountry",
)
#: Packages of the core whose code and data shape what is compiled.
_CODE_PACKAGES = ("knowledge", "answering", "language")


@dataclass(frozen=True)
class CacheEntry:
    """What is kept for one compiled thing: JSON values and one-dimensional arrays of numbers."""

    meta: Mapping[str, Any]
    arrays: Mapping[str, npt.NDArray[Any]] = field(default_factory=dict)
    #: When the entry's file was last written or marked as used (seconds since the epoch; 0 for a new entry).
    written: float = field(default=0.0, compare=False)


class CompiledCache(Protocol):
    """Where compiled knowledge is kept between starts; ``load`` never raises and never returns a bad entry."""

    def load(self, kind: str, key: str) -> CacheEntry | None:
        """Return the verified entry, or None if it is missing, stale or damaged (then the caller rebuilds it)."""

    def store(self, kind: str, key: str, entry: CacheEntry | Callable[[], CacheEntry]) -> None:
        """Keep an entry for the next start (or a function making it, called when it is written); never raises."""

    def prune(self) -> int:
        """Remove what no start has used for a long time; return how many entries went (never raises)."""


class NoCache:
    """The cache of a process that keeps nothing (``INDEX_CACHE=false``, or tests): everything is built."""

    def load(self, kind: str, key: str) -> CacheEntry | None:
        """Keep nothing, so find nothing."""
        return None

    def store(self, kind: str, key: str, entry: CacheEntry | Callable[[], CacheEntry]) -> None:
        """Keep nothing."""

    def prune(self) -> int:
        """Hold nothing to remove."""
        return 0


class CacheFormatError(Exception):
    """An entry file that is not a complete, intact entry of the expected kind and version."""


class FolderCache:
    """Entries as files in a folder: ``<folder>/<code version>/<kind>-<key>.bin``, written atomically."""

    def __init__(self, folder: Path, version: str | None = None, *, background: bool = False) -> None:
        self.folder = folder
        self.version = version or code_version()
        self._here = folder / self.version
        self._lock = threading.Lock()
        self._write_failed = False
        #: With ``background``, entries are written by a thread of their own, after the start that made them
        #: has answered; the process waits for them before it exits (``flush``).
        self._pending: queue.Queue[tuple[str, str, CacheEntry | Callable[[], CacheEntry]] | None] | None = None
        self._started = threading.Event()
        if background:
            self._pending = queue.Queue()
            threading.Thread(target=self._write_pending, name="index-cache-writer", daemon=True).start()
            atexit.register(self.flush)

    def _path(self, kind: str, key: str) -> Path:
        if not (_NAME.match(kind) and _NAME.match(key)):
            raise ValueError(f"bad cache entry name {kind!r}/{key!r}")
        return self._here / f"{kind}-{key}.bin"

    def load(self, kind: str, key: str) -> CacheEntry | None:
        """Return the verified entry, or None (a damaged one is logged and left to be overwritten)."""
        path = self._path(kind, key)
        try:
            entry = read_entry(path, self.version, kind, key)
        except FileNotFoundError:
            return None
        except (OSError, CacheFormatError, ValueError) as exc:
            log.warning("Ignoring the compiled knowledge cache entry %s (%s); it will be rebuilt", path.name, exc)
            return None
        if time.time() - entry.written > TOUCH_AFTER_SECONDS:
            with contextlib.suppress(OSError):
                # Entries in use are never old: ``prune`` removes only those no start has read for a long time.
                os.utime(path)
        return entry

    def store(self, kind: str, key: str, entry: CacheEntry | Callable[[], CacheEntry]) -> None:
        """Write an entry next to its final name, then rename it into place (readers never see half of one)."""
        if self._write_failed:
            return
        if self._pending is not None:
            self._path(kind, key)  # a bad name is refused now, in the caller's thread
            self._pending.put((kind, key, entry))
            return
        self._write(kind, key, entry)

    def flush(self) -> None:
        """Wait until every entry stored so far is written."""
        if self._pending is not None:
            self._started.set()
            self._pending.join()

    def _write_pending(self) -> None:
        assert self._pending is not None
        self._started.wait(FIRST_WRITE_DELAY_SECONDS)
        while True:
            item = self._pending.get()
            try:
                if item is not None:
                    self._write(*item)
            except Exception:  # a writer that dies would leave flush() waiting forever
                log.exception("Could not write a compiled knowledge cache entry")
            finally:
                self._pending.task_done()

    @without_collection
    def _write(self, kind: str, key: str, entry: CacheEntry | Callable[[], CacheEntry]) -> None:
        path = self._path(kind, key)
        try:
            made = entry() if callable(entry) else entry
        except (ValueError, TypeError) as exc:
            log.warning("Cannot keep %s %s in the compiled knowledge cache (%s)", kind, key, exc)
            return
        try:
            self._here.mkdir(parents=True, exist_ok=True)
            write_entry(path, self.version, kind, key, made)
        except (OSError, ValueError, TypeError) as exc:
            with self._lock:
                first = not self._write_failed
                self._write_failed = True
            if first:
                log.warning(
                    "Cannot write the compiled knowledge cache in %s (%s); starts will rebuild what changed "
                    "until it is writable",
                    self.folder,
                    exc,
                )

    def prune(self, now: float | None = None) -> int:
        """Remove entries unused for a week and folders of other code versions (at most daily); return how many."""
        now = time.time() if now is None else now
        marker = self.folder / ".pruned"
        try:
            if now - marker.stat().st_mtime < TOUCH_AFTER_SECONDS:
                return 0
        except OSError:
            pass
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            marker.touch()
        removed = 0
        try:
            versions = list(self.folder.iterdir())
        except OSError:
            return 0
        for folder in versions:
            if folder == marker:
                continue
            try:
                if folder.name == self.version:
                    for path in folder.iterdir():
                        if now - path.stat().st_mtime > UNUSED_ENTRY_SECONDS:
                            path.unlink()
                            removed += 1
                elif folder.is_dir() and now - folder.stat().st_mtime > OTHER_VERSION_SECONDS:
                    shutil.rmtree(folder)
                    removed += 1
            except OSError as exc:
                log.debug("Could not prune %s: %s", folder, exc)
        return removed


# ---------------------------------------------------------------------------------------------------- entry files
def write_entry(path: Path, version: str, kind: str, key: str, entry: CacheEntry) -> None:
    """Write ``entry`` to ``path`` atomically (a temporary file renamed over it)."""
    meta = json.dumps(entry.meta, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    descriptors = []
    offset = _aligned(len(meta))
    chunks: list[bytes | memoryview] = [meta, b"\0" * (offset - len(meta))]
    for name, array in entry.arrays.items():
        data = np.ascontiguousarray(array)
        dtype = data.dtype.newbyteorder("<") if data.dtype.byteorder == ">" else data.dtype
        data = data.astype(dtype, copy=False)
        if data.ndim != 1 or data.dtype.str not in ARRAY_DTYPES:
            raise ValueError(f"array {name!r} is not one-dimensional numbers of a supported type")
        descriptors.append({"name": name, "dtype": data.dtype.str, "length": int(data.shape[0]), "offset": offset})
        raw = data.view(np.uint8).data
        padding = _aligned(len(raw)) - len(raw)
        chunks += [raw, b"\0" * padding]
        offset += len(raw) + padding
    header = json.dumps(
        {"format": FORMAT, "version": version, "kind": kind, "key": key, "meta": len(meta), "arrays": descriptors},
        separators=(",", ":"),
    ).encode("utf-8")
    # Spaces after the JSON align the body, so that every array starts aligned in the file (and in memory).
    header += b" " * (_aligned(_PREFIX + len(header)) - _PREFIX - len(header))
    digest = xxhash.xxh3_128()
    digest.update(header)
    for chunk in chunks:
        digest.update(chunk)
    fd, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=".bin", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(MAGIC)
            out.write(digest.digest())
            out.write(len(header).to_bytes(_LENGTH_BYTES, "little"))
            out.write(header)
            for chunk in chunks:
                out.write(chunk)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def read_entry(path: Path, version: str, kind: str, key: str) -> CacheEntry:
    """Read and verify an entry; raise CacheFormatError (or OSError) for anything but an intact one."""
    with open(path, "rb") as source:
        prefix = source.read(_PREFIX)
        if len(prefix) != _PREFIX or not prefix.startswith(MAGIC):
            raise CacheFormatError("not a cache entry")
        expected = prefix[len(MAGIC) : len(MAGIC) + _DIGEST_BYTES]
        header_length = int.from_bytes(prefix[len(MAGIC) + _DIGEST_BYTES :], "little")
        info = os.fstat(source.fileno())
        size = info.st_size
        if header_length > min(MAX_HEADER_BYTES, size - _PREFIX):
            raise CacheFormatError("truncated")
        # Read (not mapped) for the checksum: the page cache holds it, not this process's memory. One buffer is
        # read into again and again (no new bytes object per chunk).
        digest = xxhash.xxh3_128()
        buffer = bytearray(_CHUNK_BYTES)
        view = memoryview(buffer)
        while read := source.readinto(buffer):
            digest.update(view[:read])
        if digest.digest() != expected:
            raise CacheFormatError("checksum mismatch")
        source.seek(_PREFIX)
        header = _json_object(source.read(header_length), "header")
        if (header.get("format"), header.get("version"), header.get("kind"), header.get("key")) != (
            FORMAT,
            version,
            kind,
            key,
        ):
            raise CacheFormatError("made by another version or for another key")
        body = _PREFIX + header_length
        meta_length = header.get("meta")
        if not isinstance(meta_length, int) or not 0 <= meta_length <= size - body:
            raise CacheFormatError("bad metadata length")
        meta = _json_object(source.read(meta_length), "metadata")
        descriptors = header.get("arrays")
        if not isinstance(descriptors, list):
            raise CacheFormatError("bad array list")
        arrays: dict[str, npt.NDArray[Any]] = {}
        if descriptors:
            mapped = mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ)
            for descriptor in descriptors:
                name, array = _array(mapped, descriptor, body, size)
                if name in arrays:
                    raise CacheFormatError(f"array {name!r} twice")
                arrays[name] = array
    return CacheEntry(meta, arrays, info.st_mtime)


def _array(mapped: mmap.mmap, descriptor: object, body: int, size: int) -> tuple[str, npt.NDArray[Any]]:
    if not isinstance(descriptor, dict):
        raise CacheFormatError("bad array descriptor")
    name, dtype, length, offset = (descriptor.get(k) for k in ("name", "dtype", "length", "offset"))
    if not isinstance(name, str) or dtype not in ARRAY_DTYPES:
        raise CacheFormatError("bad array name or type")
    if not (isinstance(length, int) and isinstance(offset, int)) or length < 0 or offset < 0:
        raise CacheFormatError(f"bad array {name!r} bounds")
    kind = np.dtype(str(dtype))
    start = body + offset
    if start % _ALIGN or start + length * kind.itemsize > size:
        raise CacheFormatError(f"array {name!r} lies outside the entry")
    array: npt.NDArray[Any] = np.frombuffer(mapped, dtype=kind, count=length, offset=start)
    return name, array


def release_pages(array: npt.NDArray[Any]) -> None:
    """Let this process's memory drop the pages of the entry an array is mapped from, once it has been read.

    A large base's compiled files are read once in full when they are merged; their pages would otherwise stay
    counted in the process's memory at its peak. The mapping stays valid: a page touched again is read back
    from the file (the page cache, usually).
    """
    base: object = array
    while isinstance(base, np.ndarray):
        base = base.base
    if isinstance(base, memoryview):
        base = base.obj
    if isinstance(base, mmap.mmap) and hasattr(mmap, "MADV_DONTNEED"):
        with contextlib.suppress(OSError, ValueError):
            base.madvise(mmap.MADV_DONTNEED)


def _json_object(raw: bytes, what: str) -> dict[str, Any]:
    try:
        # orjson is several times quicker; what it refuses (a lone surrogate escaped in a text) json reads back.
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError:
            value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CacheFormatError(f"unreadable {what}") from exc
    if not isinstance(value, dict):
        raise CacheFormatError(f"{what} is not an object")
    return value


def _aligned(length: int) -> int:
    return -(-length // _ALIGN) * _ALIGN


# ---------------------------------------------------------------------------------------------------- keys
def digest_of(*parts: object) -> str:
    """Return a short hex digest of JSON-able parts (a cache key)."""
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=repr)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:40]


def content_digest(data: bytes) -> str:
    """Return the key of a file's content."""
    return hashlib.sha256(data).hexdigest()[:40]


@lru_cache(maxsize=1)
def code_version() -> str:
    """Return a digest of everything that shapes compiled knowledge: its code, its data and its libraries."""
    core = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"format {FORMAT} python {sys.version_info[:2]}".encode())
    for package in _CODE_PACKAGES:
        for path in sorted((core / package).rglob("*")):
            if path.suffix in {".py", ".yaml", ".yml", ".json", ".txt"} and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(core)).encode("utf-8") + b"\0")
                with contextlib.suppress(OSError):
                    digest.update(hashlib.sha256(path.read_bytes()).digest())
    for library in _LIBRARIES:
        digest.update(f"{library} {_library_version(library)}\0".encode())
    return digest.hexdigest()[:24]


def _library_version(name: str) -> str:
    module = sys.modules.get(name)
    version = getattr(module, "__version__", None)
    if isinstance(version, str):
        return version
    from importlib import metadata

    distribution = {"yaml": "PyYAML", "Stemmer": "PyStemmer"}.get(name, name)
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


def entry_bytes(texts: Iterable[bytes]) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.int64]]:
    """Pack byte strings into one array and their offsets (the i-th is ``blob[offsets[i]:offsets[i+1]]``)."""
    items = list(texts)
    offsets = np.zeros(len(items) + 1, dtype=np.int64)
    if items:
        np.cumsum([len(item) for item in items], out=offsets[1:])
    blob = np.frombuffer(b"".join(items), dtype=np.uint8)
    return blob, offsets
