"""Keep knowledge reading inside the knowledge folder: which files are read, how many, and how much."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from bot.core.knowledge.yamlsafe import describe_file_type

#: More knowledge files than this is a mistake (or an attack); a real base has a few dozen.
MAX_FILES = 500
#: Everything one validation reads, knowledge files and article texts together.
MAX_TOTAL_BYTES = 64 * 1024 * 1024
#: One article text (``source.text_file``); a long article is a few hundred KiB.
MAX_ARTICLE_BYTES = 4 * 1024 * 1024

KNOWLEDGE_SUFFIXES = (".yaml", ".yml")


class RefusedPathError(Exception):
    """A path the validator will not read; the message says why."""


@dataclass(frozen=True)
class FolderListing:
    """The knowledge files of a folder, the entries refused, and the bytes the files hold together."""

    root: Path
    files: tuple[Path, ...]
    refused: tuple[tuple[Path, str], ...]
    total_bytes: int
    too_many: bool


def list_folder(directory: Path) -> FolderListing:
    """List the knowledge files directly in ``directory`` without opening any; raise OSError if it cannot be listed."""
    root = directory.resolve()
    files: list[Path] = []
    refused: list[tuple[Path, str]] = []
    total = 0
    too_many = False
    with os.scandir(directory) as entries:
        for entry in entries:
            path = directory / entry.name
            if path.suffix not in KNOWLEDGE_SUFFIXES:
                continue
            try:
                info = _stat_inside(path, root)
            except RefusedPathError as exc:
                refused.append((path, str(exc)))
                continue
            if info is None:
                continue
            if len(files) == MAX_FILES:
                # Stop here: stat'ing the rest of a huge folder is wasted work once it is refused anyway.
                too_many = True
                break
            files.append(path)
            total += info.st_size
    return FolderListing(root, tuple(sorted(files)), tuple(sorted(refused)), total, too_many)


def _stat_inside(path: Path, root: Path) -> os.stat_result | None:
    """Stat a knowledge file, refusing links out of the folder and anything but regular files (None for folders)."""
    try:
        target = path.resolve()
    except (OSError, RuntimeError) as exc:
        # Python 3.11 raises RuntimeError for a symlink loop.
        raise RefusedPathError(f"is a symbolic link that cannot be followed ({exc})") from exc
    if not target.is_relative_to(root):
        raise RefusedPathError(
            f"is a symbolic link to {target}, outside the knowledge folder; knowledge files must be inside it"
        )
    try:
        info = os.stat(target)
    except FileNotFoundError as exc:
        raise RefusedPathError(f"is a symbolic link to {target}, which does not exist") from exc
    except OSError as exc:
        raise RefusedPathError(f"cannot read file: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(info.st_mode):
        # A folder named like a knowledge file is not one; it was never read and is still skipped quietly.
        return None
    if not stat.S_ISREG(info.st_mode):
        raise RefusedPathError(f"file is {describe_file_type(info.st_mode)}, not a regular file")
    return info


def article_path(root: Path, name: str) -> Path:
    """Resolve an article text path given relative to the knowledge folder; raise RefusedPathError if it leaves it."""
    if "\0" in name:
        raise RefusedPathError("the path contains a NUL character")
    try:
        os.fsencode(name)
    except UnicodeError as exc:
        raise RefusedPathError("the path contains characters that cannot be part of a file name") from exc
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).anchor:
        raise RefusedPathError("it is an absolute path; give a path relative to this file, inside the knowledge folder")
    if PurePosixPath(os.path.normpath(name)).parts[:1] == ("..",):
        raise RefusedPathError("it leaves the knowledge folder ('..'); article texts must be inside it")
    try:
        target = (root / name).resolve()
    except (OSError, RuntimeError) as exc:
        raise RefusedPathError(f"it is a symbolic link that cannot be followed ({exc})") from exc
    if not target.is_relative_to(root):
        raise RefusedPathError(
            f"it leads through a symbolic link to {target}, outside the knowledge folder; "
            "article texts must be inside the knowledge folder"
        )
    return target
