"""Validate knowledge files: every problem with its file:line:col, and the base when there are none.

Each file is checked on its own first (YAML, schema, the sections its facts name); a file unchanged since a
check that passed is read back from the compiled cache instead of being parsed again. The checks across files
(ids and glossary terms defined twice, quiz items naming missing facts, quotes, near-duplicate questions) then
run over the whole folder through indexes, in time that grows with the folder's size, not its square; they
are skipped when exactly these files (and article texts) already passed them together.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from bot.core.knowledge.base import KnowledgeBase, PackedTokens
from bot.core.knowledge.cache import CacheEntry, CacheFormatError, CompiledCache, NoCache, digest_of
from bot.core.knowledge.collector import without_collection
from bot.core.knowledge.files import (
    ENTRY_KIND,
    QUESTIONS_KIND,
    FileUnit,
    PreviousVersion,
    QuestionMaterial,
    file_digest,
    parse_file,
    questions_from_entry,
)
from bot.core.knowledge.folder import (
    MAX_ARTICLE_BYTES,
    MAX_FILES,
    MAX_TOTAL_BYTES,
    RefusedPathError,
    article_path,
    list_folder,
)
from bot.core.knowledge.problems import KnowledgeError, Problem
from bot.core.knowledge.schema import KnowledgeFile
from bot.core.knowledge.workers import LARGE_COMPILE_FACTS, map_forked, worker_count, worth_forking
from bot.core.knowledge.yamlsafe import Location, YamlReadError, read_text
from bot.core.language.text import collapse_whitespace, is_number

log = logging.getLogger(__name__)

NEAR_DUPLICATE_QUESTION_SCORE = 94.0
SCHEMA_FILE_NAME = "schema.json"
#: Questions sharing one blocking key with more than this many others are not compared (they are not rare).
MAX_BLOCK = 2000
#: Blocks up to this size are compared pair by pair; bigger ones as one matrix.
SMALL_BLOCK = 32
#: The cache entry kind recording a set of files (and article texts) that passed every check together.
CLEAN_KIND = "kclean"
#: The cache entry kind recording, per folder, the files it held when it last passed every check.
FOLDER_KIND = "kfolder"


def knowledge_paths(directory: Path) -> list[Path]:
    """List the knowledge files in a directory that the validator reads, in a stable order."""
    return list(list_folder(directory).files)


def load_knowledge(directory: Path, cache: CompiledCache | None = None) -> KnowledgeBase:
    """Validate every file in ``directory`` and return the base, or raise KnowledgeError with all problems."""
    base, problems = validate_directory(directory, cache)
    if problems or base is None:
        raise KnowledgeError(problems)
    return base


@without_collection
def validate_directory(
    directory: Path, cache: CompiledCache | None = None
) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Check every file in ``directory``; return the base (None on any problem) and the problems."""
    cache = cache or NoCache()
    if not directory.is_dir():
        return None, [Problem(str(directory), 1, 1, "knowledge directory does not exist")]
    try:
        listing = list_folder(directory)
    except OSError as exc:
        return None, [Problem(str(directory), 1, 1, f"cannot list the knowledge directory: {exc.strerror or exc}")]
    # The folder's limits are checked before anything is opened, so a flood of files costs only a listing.
    if listing.too_many:
        message = f"the knowledge folder holds more than {MAX_FILES} knowledge files; the limit is {MAX_FILES}"
        return None, [Problem(_display(directory), 1, 1, message)]
    if listing.total_bytes > MAX_TOTAL_BYTES:
        message = (
            f"the knowledge files hold {listing.total_bytes:,} bytes together; the limit is {MAX_TOTAL_BYTES:,} bytes"
        )
        return None, [Problem(_display(directory), 1, 1, message)]
    problems = [Problem(_display(path), 1, 1, reason) for path, reason in listing.refused]
    if not listing.files and not problems:
        return None, [Problem(str(directory), 1, 1, "no .yaml knowledge files found")]

    def readable() -> Iterator[tuple[Path, str, str]]:
        for path in listing.files:
            display = _display(path)
            try:
                text = read_text(path)
            except YamlReadError as exc:
                problems.append(Problem(display, exc.line, exc.col, exc.message))
                continue
            except OSError as exc:
                problems.append(Problem(display, 1, 1, f"cannot read file: {exc.strerror or exc}"))
                continue
            yield path, display, text

    folder_key = digest_of(str(listing.root))
    last = cache.load(FOLDER_KIND, folder_key)
    units: list[FileUnit] = []
    before = _last_digests(last)
    for unit, found in _checked_files(readable(), cache, before):
        problems.extend(found)
        if unit is not None:
            units.append(unit)
    articles = _Articles(listing.root, MAX_TOTAL_BYTES - listing.total_bytes)
    for unit in units:
        problems.extend(_quote_problems(unit, articles))
    files = [[u.path.name, u.digest] for u in units]
    clean_key = digest_of(files, sorted(articles.digests.items()))
    # Exactly these files and article texts passed every check together before: nothing to check again.
    checked = not problems and all(u.from_cache for u in units) and cache.load(CLEAN_KIND, clean_key) is not None
    if not checked:
        units = [_usable(unit, cache) for unit in units]
        trusted = _trusted(units, last)
        known = [
            None if trust else _known_questions(unit, before, cache) for unit, trust in zip(units, trusted, strict=True)
        ]
        problems.extend(_cross_file_problems(units, trusted, known))
        if not problems:
            cache.store(CLEAN_KIND, clean_key, CacheEntry({"files": files}))
    if not problems and (last is None or last.meta.get("files") != files):
        # What this folder held when it last passed: after a change, only pairs with a changed file are compared.
        cache.store(FOLDER_KIND, folder_key, CacheEntry({"files": files}))
    if problems:
        return None, sorted(set(problems))
    return KnowledgeBase.assemble([u.content for u in units], [u.display for u in units]), []


def _last_digests(last: CacheEntry | None) -> dict[str, str]:
    """Return the digest of each file (by name) when the folder last passed every check (empty if unknown)."""
    try:
        return {str(name): str(digest) for name, digest in last.meta["files"]} if last is not None else {}
    except (KeyError, TypeError, ValueError):
        return {}


def _previous_version(
    name: str, digest: str, before: Mapping[str, str], cache: CompiledCache
) -> PreviousVersion | None:
    """Return a changed file's previous version (its facts and questions), if the cache has it."""
    previous = before.get(name)
    if previous is None or previous == digest:
        return None
    questions, entry = cache.load(QUESTIONS_KIND, previous), cache.load(ENTRY_KIND, previous)
    if questions is None or entry is None:
        return None
    try:
        return PreviousVersion.of(entry, questions)
    except CacheFormatError as exc:
        log.warning("Ignoring the cached previous version of %s (%s)", name, exc)
        return None


def _known_questions(unit: FileUnit, before: Mapping[str, str], cache: CompiledCache) -> npt.NDArray[np.bool_] | None:
    """Return which questions of a changed file its previous version held on the same fact (None if unknown).

    That version passed the near-duplicate check with the files unchanged since, so these need no comparing again
    with those files' questions or with each other (what a question is compared with depends on its text alone).
    """
    previous = before.get(unit.path.name)
    if previous is None or previous == unit.digest or unit.questions is None:
        return None
    questions, facts = cache.load(QUESTIONS_KIND, previous), cache.load(ENTRY_KIND, previous)
    if questions is None or facts is None:
        return None
    try:
        ids = facts.meta["fact_ids"]
        if not isinstance(ids, list) or not all(isinstance(fact_id, str) for fact_id in ids):
            raise CacheFormatError("no fact ids")
        held = questions_from_entry(questions, len(ids))
        lines = held.lines()
    except (CacheFormatError, KeyError, UnicodeDecodeError) as exc:
        log.warning("Ignoring the cached questions of the previous version of %s (%s)", unit.display, exc)
        return None
    were = set(zip(lines, [ids[fact] for fact in held.facts.tolist()], strict=True))
    now = unit.questions
    fact_ids = unit.content.fact_ids
    return np.fromiter(
        ((line, fact_ids[fact]) in were for line, fact in zip(now.lines(), now.facts.tolist(), strict=True)),
        dtype=np.bool_,
        count=len(now),
    )


def _checked_files(
    files: Iterable[tuple[Path, str, str]], cache: CompiledCache, before: Mapping[str, str] | None = None
) -> list[tuple[FileUnit | None, list[Problem]]]:
    """Return every file checked on its own, in order: from the cache when it passed before, else parsed.

    Many files to parse (a first start) are parsed by worker processes when the machine has idle cores (their
    texts are kept until then); a file they find a problem in is parsed again here, so that its problems and
    positions are reported as a file parsed here reports them. Otherwise each file is parsed as it is read.
    """
    may_fork = worker_count() >= 2
    checked: list[tuple[FileUnit | None, list[Problem]] | None] = []
    pending: list[tuple[int, Path, str, str, str]] = []
    held = _HeldFacts(checked)
    for path, display, text in files:
        digest = file_digest(text)
        found = _cached_file(path, display, digest, cache)
        if found is not None:
            checked.append((found, []))
        elif may_fork:
            pending.append((len(checked), path, display, text, digest))
            checked.append(None)
        else:
            checked.append(held.parsed(len(checked), *_checked_file(path, display, text, digest, cache, before)))
    # About 500 bytes of YAML per fact: the same measure of work as the index's.
    parallel = worth_forking(len(pending), sum(len(text) for _n, _p, _d, text, _g in pending) // 500)

    def parse(k: int) -> tuple[CacheEntry, CacheEntry, PackedTokens | None] | None:
        _number, path, display, text, digest = pending[k]
        unit, problems = parse_file(path, display, text, digest)
        if unit is None or problems:
            return None
        # The phrasings' tokens come back too (packed): indexing the file reads them instead of tokenising again.
        tokens = unit.content.tokens
        packed = PackedTokens.pack(tokens) if isinstance(tokens, list) else None
        return unit.entry(), unit.questions_entry(), packed

    parsed = map_forked(parse, len(pending)) if parallel else [None] * len(pending)
    for (number, path, display, text, digest), made in zip(pending, parsed, strict=True):
        if made is None:
            checked[number] = held.parsed(number, *_checked_file(path, display, text, digest, cache, before))
            continue
        entry, questions, packed = made
        cache.store(ENTRY_KIND, digest, entry)
        cache.store(QUESTIONS_KIND, digest, questions)
        unit = FileUnit.from_entry(path, display, digest, entry)
        unit = replace(
            unit,
            content=replace(unit.content, tokens=packed),
            from_cache=False,
            questions=questions_from_entry(questions, len(entry.meta["fact_ids"])),
        )
        checked[number] = (unit, [])
    return [found for found in checked if found is not None]


def _cached_file(path: Path, display: str, digest: str, cache: CompiledCache) -> FileUnit | None:
    """Return a file that passed its own checks before, from the cache (None if it is not there or unusable)."""
    entry = cache.load(ENTRY_KIND, digest)
    if entry is not None:
        try:
            return FileUnit.from_entry(path, display, digest, entry)
        except CacheFormatError as exc:
            log.warning("Ignoring the cached form of %s (%s); checking the file again", display, exc)
    return None


class _HeldFacts:
    """Files parsed here keep their facts as objects, until so many are held that they are kept compiled instead.

    A changed file's facts are read again at once to compile it: as objects they need no reading (validating) again.
    A first start parses every file, and a large base's facts as objects would fill memory: from
    ``LARGE_COMPILE_FACTS`` facts on, the files' facts are kept compiled (as in the cache), read when needed.
    """

    def __init__(self, checked: list[tuple[FileUnit | None, list[Problem]] | None]) -> None:
        self._checked = checked
        self._held: list[tuple[int, CacheEntry]] = []
        self._facts = 0

    def parsed(
        self, number: int, unit: FileUnit | None, problems: list[Problem], entry: CacheEntry | None
    ) -> tuple[FileUnit | None, list[Problem]]:
        """Return the ``number``-th file as checked, its facts compiled if too many are held."""
        if unit is None or entry is None:
            return unit, problems
        self._facts += len(unit.content.facts)
        if self._facts < LARGE_COMPILE_FACTS:
            self._held.append((number, entry))
            return unit, problems
        for earlier, kept in self._held:
            found = self._checked[earlier]
            if found is not None and found[0] is not None:
                self._checked[earlier] = (found[0].compacted(kept), found[1])
        self._held.clear()
        return unit.compacted(entry), problems


def _checked_file(
    path: Path, display: str, text: str, digest: str, cache: CompiledCache, before: Mapping[str, str] | None = None
) -> tuple[FileUnit | None, list[Problem], CacheEntry | None]:
    """Return a file checked on its own, parsed here (and then cached if it passed), with its cache entry.

    ``before``: each file's digest when the folder last passed (a changed file reuses its previous questions).
    """
    previous = _previous_version(path.name, digest, before, cache) if before else None
    unit, problems = parse_file(path, display, text, digest, previous)
    if unit is None or problems:
        return unit, problems, None
    entry = unit.entry()
    cache.store(ENTRY_KIND, digest, entry)
    cache.store(QUESTIONS_KIND, digest, unit.questions_entry())
    return unit, problems, entry


def _usable(unit: FileUnit, cache: CompiledCache) -> FileUnit:
    """Return the file with its questions read (from the cache, or by parsing it again if they cannot be)."""
    if unit.questions is not None:
        return unit
    entry = cache.load(QUESTIONS_KIND, unit.digest)
    if entry is not None:
        try:
            return replace(unit, questions=questions_from_entry(entry, len(unit.content.fact_ids)))
        except CacheFormatError as exc:
            log.warning("Ignoring the cached questions of %s (%s); checking the file again", unit.display, exc)
    try:
        text = read_text(unit.path)
    except (YamlReadError, OSError):
        text = None
    fresh, problems = parse_file(unit.path, unit.display, text, unit.digest) if text is not None else (None, [])
    if fresh is None or problems or fresh.questions is None or file_digest(text or "") != unit.digest:
        # The file changed since it was read (or cannot be read): check its questions as they are now.
        from_facts = QuestionMaterial.of([unit.content.facts.fact(i) for i in range(len(unit.content.facts))])
        return replace(unit, questions=from_facts)
    cache.store(QUESTIONS_KIND, unit.digest, fresh.questions_entry())
    return replace(unit, questions=fresh.questions)


def _trusted(units: Sequence[FileUnit], last: CacheEntry | None) -> list[bool]:
    """Tell, for each file, whether it is exactly as it was when this folder last passed every check."""
    try:
        passed = {(str(name), str(digest)) for name, digest in last.meta["files"]} if last is not None else set()
    except (KeyError, TypeError, ValueError):
        passed = set()
    return [(unit.path.name, unit.digest) in passed for unit in units]


def _display(path: Path) -> str:
    # Only the parent is resolved: a refused symbolic link is named as the link, not as what it points at.
    try:
        return str((path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


class _Articles:
    """Article texts for the quote check: inside the folder, read once each, within the folder's byte budget."""

    def __init__(self, root: Path, budget: int) -> None:
        self._root = root
        self._remaining = budget
        self._normalised: dict[Path, str] = {}
        #: The digest of every article text read, by the name it was asked by (part of the "checked" record).
        self.digests: dict[str, str] = {}

    def normalised(self, name: str) -> str:
        """Return the article text, whitespace collapsed and casefolded (RefusedPathError, YamlReadError, OSError)."""
        path = article_path(self._root, name)
        if path in self._normalised:
            return self._normalised[path]
        # Stat never opens, so asking the size of a FIFO cannot block; read_text refuses non-regular files itself.
        size = os.stat(path).st_size
        if MAX_ARTICLE_BYTES >= size > self._remaining:
            raise RefusedPathError(
                f"reading it would take the knowledge folder past {MAX_TOTAL_BYTES:,} bytes "
                "(knowledge files and article texts together)"
            )
        text = read_text(path, min(MAX_ARTICLE_BYTES, max(self._remaining, 0)))
        self._remaining -= len(text.encode("utf-8"))
        self.digests[name] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        self._normalised[path] = collapse_whitespace(text).casefold()
        return self._normalised[path]


@dataclass
class _Claim:
    """One definition of an id or term: where it is, and the scope it lives in (None: every file)."""

    kind: str
    ident: str
    scope: str | None
    unit: FileUnit
    loc: Location

    def where(self) -> str:
        line, _col = self.unit.position(self.loc)
        return f"{self.unit.display}:{line}"


def _cross_file_problems(
    units: list[FileUnit], trusted: Sequence[bool], known: Sequence[npt.NDArray[np.bool_] | None] | None = None
) -> list[Problem]:
    problems: list[Problem] = []
    fact_ids: set[str] = {fact_id for unit in units for fact_id in unit.content.fact_ids}
    for unit in units:
        for i, item in enumerate(unit.content.quiz):
            if item.fact not in fact_ids:
                line, col = unit.position(("quiz", i, "fact"))
                problems.append(
                    Problem(
                        unit.display, line, col, f"quiz item {item.id!r} tests fact {item.fact!r}, which does not exist"
                    )
                )
    # Files that passed together before define nothing twice among themselves: only a definition that clashes
    # with one of a changed file's can be a new clash, so only those are gathered in full.
    changed = [unit for unit, trust in zip(units, trusted, strict=True) if not trust]
    wanted = None if len(changed) == len(units) else {key for unit in changed for key, *_rest in _definitions(unit)}
    # A file's fact ids are nearly all it defines: an unchanged file none of whose fact ids a changed file defines
    # is read without them (its few other definitions one by one).
    wanted_ids = {folded for kind, folded in wanted if kind == "fact id"} if wanted is not None else set()
    # So are its glossary terms (an article's glossary runs to thousands of spellings), by the set it keeps of them.
    wanted_terms = {folded for kind, folded in wanted if kind == "glossary term"} if wanted is not None else set()
    claims = [
        _Claim(kind, ident, scope, unit, loc)
        for unit, trust in zip(units, trusted, strict=True)
        for (kind, _folded), ident, scope, loc in _definitions(
            unit,
            facts=wanted is None or not trust or not wanted_ids.isdisjoint(map(str.casefold, unit.content.fact_ids)),
            glossary=wanted is None or not trust or not wanted_terms.isdisjoint(unit.glossary_terms()),
        )
        if wanted is None or (kind, _folded) in wanted
    ]
    problems.extend(_clash_problems(claims))
    problems.extend(_near_duplicate_problems(units, trusted, known))
    return problems


def _definitions(
    unit: FileUnit, facts: bool = True, glossary: bool = True
) -> Iterator[tuple[tuple[str, str], str, str | None, Location]]:
    """Yield every id and glossary term a file defines: (kind, folded), as written, its scope, where.

    ``facts=False`` leaves out its fact ids, ``glossary=False`` its glossary terms (for a file known to share none
    with the files compared).
    """
    content = unit.content
    article = content.source.id if content.source is not None else None
    if content.source is not None:
        yield ("source id", content.source.id.casefold()), content.source.id, None, ("source", "id")
    for i, section in enumerate(content.sections):
        yield ("section id", section.id.casefold()), section.id, unit.display, ("sections", i, "id")
    for i, fact_id in enumerate(content.fact_ids if facts else ()):
        yield ("fact id", fact_id.casefold()), fact_id, None, ("facts", i, "id")
    for i, item in enumerate(content.quiz):
        yield ("quiz id", item.id.casefold()), item.id, None, ("quiz", i, "id")
    # An article's glossary belongs to that article: two articles may each define a term their own way, but
    # neither may redefine a term of the shared glossary, nor define one twice.
    for i, entry in enumerate(content.glossary if glossary else ()):
        for variant in entry.variants:
            term = collapse_whitespace(variant)
            yield ("glossary term", term.casefold()), term, article, ("glossary", i, "term")


def _clash_problems(claims: list[_Claim]) -> list[Problem]:
    """Report every definition that clashes with an earlier one, in the newer file, naming the older place."""
    problems: list[Problem] = []
    groups: dict[tuple[str, str], list[_Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.kind, claim.ident.casefold()), []).append(claim)
    ages: dict[int, tuple[int, str]] = {}
    for members in groups.values():
        if len(members) < 2:
            continue  # almost every id and term is defined once: only the others need ordering by age
        for claim in members:
            if id(claim.unit) not in ages:
                ages[id(claim.unit)] = claim.unit.age  # one stat per file, not per definition
        kept: list[_Claim] = []
        for claim in sorted(members, key=lambda c: ages[id(c.unit)]):
            clash = next((c for c in kept if None in (c.scope, claim.scope) or c.scope == claim.scope), None)
            if clash is None:
                kept.append(claim)
                continue
            line, col = claim.unit.position(claim.loc)
            message = f"duplicate {claim.kind} {claim.ident!r} (first defined at {clash.where()})"
            if claim.kind in {"fact id", "quiz id", "source id"} and clash.unit is not claim.unit:
                message += f"; ids are shared by all files, so give this file's ids a prefix, e.g. {_prefixed(claim)!r}"
            elif claim.kind == "glossary term" and claim.scope is not None and clash.scope is None:
                message += (
                    "; the shared glossary already defines it for every article: use that entry or rename this one"
                )
            problems.append(Problem(claim.unit.display, line, col, message))
    return problems


#: Words of an article id that say nothing about which article it is.
_COMMON_ID_WORDS = frozenset({"india", "indian", "partnership", "relations", "and", "the", "of", "ties", "article"})


def _prefixed(claim: _Claim) -> str:
    """Suggest a prefixed id from the claiming file's article ("india-germany-partnership" -> "ger_trade")."""
    source = claim.unit.content.source
    words = [w for w in re.split(r"[-_]", source.id if source else claim.unit.path.stem) if w]
    distinctive = [w for w in words if w not in _COMMON_ID_WORDS] or words or ["art"]
    prefix = distinctive[0][:3]
    if claim.kind == "quiz id" and claim.ident.startswith("quiz_"):
        return f"quiz_{prefix}_{claim.ident.removeprefix('quiz_')}"
    return f"{prefix}_{claim.ident}"


def _quote_problems(unit: FileUnit, articles: _Articles) -> list[Problem]:
    source = unit.content.source
    if source is None or source.text_file is None:
        return []
    try:
        article = articles.normalised(source.text_file)
    except (RefusedPathError, YamlReadError, OSError) as exc:
        line, col = unit.position(("source", "text_file"))
        shown = source.text_file if len(source.text_file) <= 80 else source.text_file[:77] + "..."
        return [Problem(unit.display, line, col, f"cannot read the article text file {shown!r}: {_why(exc)}")]
    problems = []
    for i, quote in unit.quotes:
        if collapse_whitespace(quote).casefold() not in article:
            line, col = unit.position(("facts", i, "quote"))
            fact_id = unit.content.fact_ids[i]
            problems.append(
                Problem(
                    unit.display,
                    line,
                    col,
                    f"the quote of fact {fact_id!r} does not occur verbatim in {source.text_file}",
                )
            )
    return problems


def _why(exc: RefusedPathError | YamlReadError | OSError) -> str:
    """Say why an article text could not be used, in words an admin can act on."""
    if isinstance(exc, YamlReadError):
        # A position inside the article (where its UTF-8 breaks) cannot be the problem's own position.
        inside = f" (line {exc.line}, column {exc.col} of the article)" if (exc.line, exc.col) != (1, 1) else ""
        return exc.message + inside
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


@dataclass(frozen=True)
class NearDuplicate:
    """Two questions of different facts that read alike: the earlier one and the later one (file, question)."""

    earlier: tuple[int, int]
    later: tuple[int, int]
    earlier_fact: str
    later_fact: str
    later_text: str


def near_duplicates(
    files: Sequence[tuple[QuestionMaterial, Sequence[str]]],
    trusted: Sequence[bool] | None = None,
    known: Sequence[npt.NDArray[np.bool_] | None] | None = None,
) -> list[NearDuplicate]:
    """Find questions on two different facts that read the same once normalised, in files given with their fact ids.

    Only questions that share a blocking key (``blocking_keys``, kept with each file) are compared, so the work
    grows with the number of questions, not with its square. Whether two questions are compared depends on
    them alone, so pairs of files that passed this check together before (``trusted``) are not compared again,
    nor pairs of questions a changed file held before (``known``: for each file not trusted, which of its
    questions its previous version held on the same fact, or None).
    Candidate pairs are kept in arrays and thinned by what a near-duplicate must share (another fact, the
    same figures, lengths within the score's reach) before any text is compared.
    """
    trusted = list(trusted) if trusted is not None else [False] * len(files)
    if all(trusted) or not files:
        return []
    sizes = [len(questions) for questions, _ids in files]
    # Each question, numbered across the files: whether it passed this check with every other one it was
    # compared with before (its file's, or its file's previous version's, on the same fact).
    settled = np.repeat(np.asarray(trusted, dtype=np.bool_), sizes)
    starts = np.cumsum([0, *sizes])
    for number, mask in enumerate(known or ()):
        if mask is not None and not trusted[number]:
            if len(mask) != sizes[number]:
                raise ValueError("a mask of known questions must have one flag per question")
            settled[starts[number] : starts[number + 1]] = mask
    if settled.all():
        return []
    fact_starts = np.cumsum([0, *(len(ids) for _questions, ids in files)])
    # Keys of the questions that may have new partners; other keys can only meet trusted ones. The table holds
    # one bit per key (2 MiB): millions of keys are looked up in it, far quicker than in a table of bytes that
    # does not fit the processor's caches.
    wanted = np.zeros(1 << (_KEY_BITS - 3), dtype=np.uint8)
    for (questions, _ids), start in zip(files, starts.tolist(), strict=False):
        unsettled = ~settled[start : start + len(questions)]
        if unsettled.any():
            low = questions.keys[unsettled[questions.owners]] & _KEY_MASK
            np.bitwise_or.at(wanted, low >> 3, np.left_shift(1, low & 7).astype(np.uint8))
    keys, owners = [], []
    for (questions, _ids), start in zip(files, starts.tolist(), strict=False):
        low = questions.keys & _KEY_MASK
        chosen = (wanted[low >> 3] >> (low & 7).astype(np.uint8)) & 1 == 1
        keys.append(questions.keys[chosen])
        owners.append(questions.owners[chosen] + np.int32(start))
    del wanted
    key = np.concatenate(keys)
    owner = np.concatenate(owners)
    del keys, owners
    order = np.argsort(key, kind="stable")
    key, owner = key[order], owner[order]
    del order
    # Most keys belong to one question only: keep those shared, then find the runs of equal keys among them.
    same = key[1:] == key[:-1]
    shared = np.zeros(len(key), dtype=np.bool_)
    shared[:-1] |= same
    shared[1:] |= same
    del same
    key, owner = key[shared], owner[shared]
    del shared
    breaks = (np.flatnonzero(key[1:] != key[:-1]) + 1).astype(np.int32)
    del key
    run_starts = np.concatenate(([0], breaks)).astype(np.int32)
    run_ends = np.concatenate((breaks, [len(owner)])).astype(np.int32)
    run_sizes = run_ends - run_starts
    del breaks
    fact_of = np.concatenate(
        [q.facts.astype(np.int64) + start for (q, _ids), start in zip(files, fact_starts.tolist(), strict=False)]
    )
    lows: list[npt.NDArray[np.int64]] = []
    highs: list[npt.NDArray[np.int64]] = []
    small = (run_sizes > 1) & (run_sizes <= SMALL_BLOCK)
    small_sizes = run_sizes[small]
    end_of = np.repeat(run_ends[small], small_sizes)
    # Every position inside a small run: its run's start plus its place in the run.
    places = np.arange(len(end_of), dtype=np.int32) - np.repeat(np.cumsum(small_sizes) - small_sizes, small_sizes)
    positions = np.repeat(run_starts[small], small_sizes) + places
    del places
    for step in range(1, SMALL_BLOCK):
        inside = positions + step < end_of
        if not inside.any():
            break
        # Pairs of two different facts only: a fact's own phrasings read alike as a rule.
        first, second = owner[positions[inside]], owner[positions[inside] + step]
        other = fact_of[first] != fact_of[second]
        lows.append(first[other].astype(np.int64))
        highs.append(second[other].astype(np.int64))
    del positions, end_of
    texts: dict[int, list[str]] = {}
    where = _QuestionIndex(starts.tolist())

    def text(number: int) -> str:
        index, local = where.at(number)
        if index not in texts:
            texts[index] = files[index][0].lines()
        return texts[index][local]

    big = (run_sizes > SMALL_BLOCK) & (run_sizes <= MAX_BLOCK)
    for start, end in zip(run_starts[big].tolist(), run_ends[big].tolist(), strict=True):
        # A big block (questions sharing common words) is compared at once, in rapidfuzz's C code.
        members = sorted(set(owner[start:end].tolist()))
        numbers = np.asarray(members, dtype=np.int64)
        fresh = np.flatnonzero(~settled[numbers])
        if not len(fresh):
            continue  # only questions that passed together: none of its pairs can be new
        chosen = [text(m) for m in members]
        cutoff = NEAR_DUPLICATE_QUESTION_SCORE - 1
        if len(fresh) == len(members):
            scores = process.cdist(chosen, chosen, scorer=fuzz.ratio, score_cutoff=cutoff)
            first, second = np.nonzero(np.triu(scores, 1))
            lows.append(numbers[first])
        else:
            # After a change, most of a block is questions that passed together: only the changed files' new
            # questions are compared with the block (pairs of two settled ones would be dropped below anyway).
            rows = [chosen[k] for k in fresh.tolist()]
            first, second = np.nonzero(process.cdist(rows, chosen, scorer=fuzz.ratio, score_cutoff=cutoff))
            lows.append(numbers[fresh[first]])
        highs.append(numbers[second])
    if not lows:
        return []
    low, high = np.concatenate(lows), np.concatenate(highs)
    low, high = np.minimum(low, high), np.maximum(low, high)
    total = int(starts[-1])
    codes = np.unique(low[low != high] * total + high[low != high])
    low, high = codes // total, codes % total
    lengths = np.concatenate([q.lengths for q, _ids in files]).astype(np.int64)
    figures = np.concatenate([q.figures for q, _ids in files])
    # A ratio of 94 leaves 6% of both lengths to differ: no more than that in length alone.
    reach = (100 - NEAR_DUPLICATE_QUESTION_SCORE) / 100 * (lengths[low] + lengths[high])
    keep = (
        (fact_of[low] != fact_of[high])
        & (figures[low] == figures[high])
        & (np.abs(lengths[low] - lengths[high]) <= reach + 1e-9)
        & ~(settled[low] & settled[high])
    )
    low, high = low[keep].tolist(), high[keep].tolist()
    if not low:
        return []
    scores = process.cpdist(
        [text(a) for a in low],
        [text(b) for b in high],
        scorer=fuzz.ratio,
        score_cutoff=NEAR_DUPLICATE_QUESTION_SCORE - 1,
    )
    found = []
    for a, b, score in zip(low, high, scores.tolist(), strict=True):
        if not score:
            continue
        (index_a, local_a), (index_b, local_b) = where.at(a), where.at(b)
        (questions_a, ids_a), (questions_b, ids_b) = files[index_a], files[index_b]
        fact_a, fact_b = ids_a[int(questions_a.facts[local_a])], ids_b[int(questions_b.facts[local_b])]
        text_a, text_b = text(a), text(b)
        # Different figures ("in 2011" / "in 2017") are told apart by the matcher's figure check.
        if fact_a == fact_b or _figures(text_a) != _figures(text_b):
            continue
        if fuzz.ratio(text_a, text_b) >= NEAR_DUPLICATE_QUESTION_SCORE:
            found.append(NearDuplicate((index_a, local_a), (index_b, local_b), fact_a, fact_b, text_b))
    return found


def near_duplicate_facts(files: Sequence[KnowledgeFile]) -> list[tuple[str, str]]:
    """Return (earlier fact, later fact) for every two facts of these files with questions that read alike."""
    materials = [(QuestionMaterial.of(kfile.facts), [f.id for f in kfile.facts]) for kfile in files]
    return [(pair.earlier_fact, pair.later_fact) for pair in near_duplicates(materials)]


def _near_duplicate_problems(
    units: Sequence[FileUnit], trusted: Sequence[bool], known: Sequence[npt.NDArray[np.bool_] | None] | None = None
) -> list[Problem]:
    """Report every near-duplicate question in the later file, naming the earlier one."""
    problems = []
    for pair in near_duplicates([(_questions(u), u.content.fact_ids) for u in units], trusted, known):
        unit_a, unit_b = units[pair.earlier[0]], units[pair.later[0]]
        line_a, _ = unit_a.position(_question_loc(unit_a, pair.earlier[1]))
        line, col = unit_b.position(_question_loc(unit_b, pair.later[1]))
        problems.append(
            Problem(
                unit_b.display,
                line,
                col,
                f"question {pair.later_text!r} of fact {pair.later_fact!r} nearly duplicates one of fact "
                f"{pair.earlier_fact!r} ({unit_a.display}:{line_a}); matching could not tell them apart",
            )
        )
    return problems


#: Keys are first matched on their low bits (a table of 16 Mi flags), which rules out almost every key at once.
_KEY_BITS = 24
_KEY_MASK = (1 << _KEY_BITS) - 1


class _QuestionIndex:
    """Find the file and the position in it of a question numbered across every file."""

    def __init__(self, starts: list[int]) -> None:
        self._starts = starts

    def at(self, number: int) -> tuple[int, int]:
        # Files without questions share their start with the next one; bisecting right finds the one holding it.
        index = bisect.bisect_right(self._starts, number) - 1
        return index, number - self._starts[index]


def _questions(unit: FileUnit) -> QuestionMaterial:
    assert unit.questions is not None, "questions are read (_usable) before the checks across files"
    return unit.questions


def _question_loc(unit: FileUnit, local: int) -> Location:
    questions = _questions(unit)
    fact, place = int(questions.facts[local]), int(questions.places[local])
    return ("facts", fact, "question") if place == 0 else ("facts", fact, "alternatives", place - 1)


def _figures(text: str) -> frozenset[str]:
    return frozenset(t for t in text.split() if is_number(t))
