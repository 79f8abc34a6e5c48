"""Load `knowledge/` into a `KnowledgeBase`, or into a list of problems — never half of each."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bot.knowledge import schema
from bot.knowledge.model import (
    AgeException,
    CaseEntry,
    Entry,
    KnowledgeBase,
    OfftopicEntry,
    Provision,
    Source,
    StateEntry,
    TopicEntry,
)
from bot.knowledge.validate import FileChecker, Problem, check_entry, parse_date
from bot.knowledge.yamlmarks import MarkedDocument, YamlSyntaxError, load_marked
from bot.textnorm import fold

TAUGHT_FILE = "taught.yaml"


class KnowledgeBaseNotFound(Exception):
    """The folder does not exist or holds none of states/, topics/, cases/, offtopic/."""


@dataclass
class LoadResult:
    kb: KnowledgeBase | None
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    files: int = 0

    @property
    def ok(self) -> bool:
        return self.kb is not None


def load_knowledge(root: str | Path, today: date | None = None, taught_text: str | None = None) -> LoadResult:
    """Read and validate every file under `root`; a KnowledgeBase only when nothing is wrong.

    `taught_text` stands in for taught.yaml, so an edit can be validated before it is written.
    """
    started = time.perf_counter()
    root = Path(root)
    if not root.is_dir() or not any((root / folder).is_dir() for folder in schema.BY_FOLDER):
        raise KnowledgeBaseNotFound(
            f"no knowledge base at '{root}': expected folders states/, topics/ and cases/ there"
        )
    today = today or date.today()
    problems: list[Problem] = []
    entries: list[Entry] = []
    said: list[tuple[str, str, str, int]] = []  # (folded phrasing, original, file, line)
    digest = hashlib.sha256()
    files = 0
    for folder, (kind, spec) in schema.BY_FOLDER.items():
        for path in sorted((root / folder).glob("*.y*ml")) if (root / folder).is_dir() else []:
            files += 1
            display = str(path)
            text = _read(path, display, problems)
            if text is None:
                continue
            digest.update(path.name.encode() + text.encode())
            doc = _parse(text, display, problems)
            if doc is None:
                continue
            checker = FileChecker(display, doc, today)
            check_entry(checker, doc.data, kind, spec, path.stem)
            problems.extend(checker.problems)
            if not checker.problems:
                entries.append(_build(kind, doc.data, display, doc))
                said.extend(_phrasings_with_lines(doc, display))
    for stray in sorted(root.glob("*.y*ml")):
        if stray.name != TAUGHT_FILE:
            problems.append(Problem(str(stray), 1, "unexpected file: entries go in states/, topics/, cases/ or offtopic/"))
    problems.extend(_cross_checks(entries, said))
    taught: tuple[tuple[Any, str, str], ...] = ()
    taught_path = root / TAUGHT_FILE
    if taught_text is not None or taught_path.exists():
        files += 1
        text = taught_text if taught_text is not None else _read(taught_path, str(taught_path), problems)
        if text is not None:
            digest.update(text.encode())
            taught = _load_taught(text, str(taught_path), entries, today, problems)
    seconds = time.perf_counter() - started
    if problems:
        return LoadResult(None, sorted(set(problems)), seconds, files)
    kb = KnowledgeBase(
        states={e.id: e for e in entries if isinstance(e, StateEntry)},
        topics={e.id: e for e in entries if isinstance(e, TopicEntry)},
        cases={e.id: e for e in entries if isinstance(e, CaseEntry)},
        offtopics={e.id: e for e in entries if isinstance(e, OfftopicEntry)},
        taught=taught,
        root=str(root),
        version=digest.hexdigest()[:10],
    )
    return LoadResult(kb, [], time.perf_counter() - started, files)


def _read(path: Path, display: str, problems: list[Problem]) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.append(Problem(display, 1, "the file is not UTF-8 text"))
    except OSError as exc:
        problems.append(Problem(display, 1, f"cannot read the file: {exc.strerror}"))
    return None


def _parse(text: str, display: str, problems: list[Problem]) -> MarkedDocument | None:
    try:
        return load_marked(text)
    except YamlSyntaxError as exc:
        problems.append(Problem(display, exc.line, exc.message))
        return None


def _phrasings_with_lines(doc: MarkedDocument, display: str) -> list[tuple[str, str, str, int]]:
    found = []
    for key in ("phrasings", "aliases"):
        for index, value in enumerate(doc.data.get(key) or ()):
            found.append((fold(str(value)), str(value), display, doc.line((key, index))))
    return found


def _cross_checks(entries: list[Entry], said: list[tuple[str, str, str, int]]) -> list[Problem]:
    """Duplicate ids across the knowledge base, and phrasings or aliases that lead to two entries."""
    problems: list[Problem] = []
    ids: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in ids:
            problems.append(Problem(entry.path, entry.line, f"id '{entry.id}' is already used by {ids[entry.id].path}"))
        ids.setdefault(entry.id, entry)
    owners: dict[str, str] = {}
    for key, original, display, line in said:
        owner = owners.setdefault(key, display)
        if owner != display:
            problems.append(Problem(display, line, f"phrasing '{original}' is also used by {owner}; "
                                                   "each phrasing must lead to one entry"))
    return problems


def _load_taught(text: str, display: str, entries: list[Entry], today: date,
                 problems: list[Problem]) -> tuple[tuple[Any, str, str], ...]:
    doc = _parse(text, display, problems)
    if doc is None or doc.data is None:
        return ()
    checker = FileChecker(display, doc, today)
    checker.yaml_surprises()
    items = doc.data.get("taught") if isinstance(doc.data, dict) else None
    if not isinstance(items, list):
        checker.report((), "taught.yaml must hold a list under the key 'taught'")
        problems.extend(checker.problems)
        return ()
    known = {(e.kind, e.id): e for e in entries}
    curated = {fold(p) for e in entries for p in (*e.phrasings, *e.aliases)}
    result: list[tuple[Any, str, str]] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = ("taught", index)
        if not checker.mapping(item, schema.TAUGHT_ITEM, where, f"taught item {index + 1}"):
            continue
        kind, entry_id, phrasing = item.get("kind"), item.get("id"), item.get("phrasing")
        if not isinstance(phrasing, str) or (kind, entry_id) not in known:
            if isinstance(phrasing, str):
                checker.report(where, f"taught item {index + 1} points at {kind} '{entry_id}', which does not exist")
            continue
        key = fold(phrasing)
        if key in curated or key in seen:
            checker.report((*where, "phrasing"), f"the phrasing '{phrasing}' is already known")
            continue
        seen.add(key)
        result.append((kind, entry_id, phrasing))
    problems.extend(checker.problems)
    return tuple(result)


def _texts(data: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(v).strip() for v in data.get(key) or ())


def _opt(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return " ".join(str(value).split()) if value else None


def _build(kind: str, data: dict[str, Any], path: str, doc: MarkedDocument) -> Entry:
    if kind == "offtopic":
        # It states no fact, so it has no sources, and its `verified` date is never shown.
        return OfftopicEntry(id=data["id"], kind="offtopic", title=" ".join(data["subject"].split()), summary="",
                             phrasings=_texts(data, "phrasings"), aliases=(), keywords=_texts(data, "keywords"),
                             sources=(), verified=date.min, notes=_opt(data, "notes"), path=path,
                             line=doc.line(("id",)))
    common: dict[str, Any] = dict(
        id=data["id"], kind=kind, summary=" ".join(data["summary"].split()) if data.get("summary") else "",
        phrasings=_texts(data, "phrasings"), aliases=_texts(data, "aliases"), keywords=_texts(data, "keywords"),
        sources=tuple(Source(title=s["title"], url=s.get("url"), citation=s.get("citation"),
                             type=s.get("type") or "other", note=_opt(s, "note")) for s in data["sources"]),
        verified=parse_date(data["verified"]), notes=_opt(data, "notes"), path=path, line=doc.line(("id",)),
    )
    if kind == "state":
        return StateEntry(
            **common, title=data["name"], name=data["name"], min_age=data.get("min_age"),
            bars=data.get("bars"), citation=_opt(data, "citation"), law_name=_opt(data, "law_name"),
            exceptions=tuple(AgeException(" ".join(x["offense"].split()), x.get("min_age"))
                             for x in data.get("exceptions") or ()),
            effective=parse_date(data.get("effective")), instead=_opt(data, "instead"),
            juvenile_max_age=data.get("juvenile_max_age"),
            other_limits=_provisions(data, "other_limits"), interrogation=_provisions(data, "interrogation"),
            notification=_provisions(data, "notification"), pending=_opt(data, "pending"),
        )
    if kind == "topic":
        return TopicEntry(**common, title=data["title"], details=_texts(data, "details"),
                          authority=_texts(data, "authority"), state_field=data.get("state_field"))
    return CaseEntry(**common, title=data["title"], date=parse_date(data["date"]), place=data["place"],
                     state=data["state"], age=data.get("age"), facts=_texts(data, "facts"),
                     outcome=_opt(data, "outcome"))


def _provisions(data: dict[str, Any], key: str) -> tuple[Provision, ...]:
    return tuple(Provision(" ".join(p["text"].split()), _opt(p, "citation")) for p in data.get(key) or ())
