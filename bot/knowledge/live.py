"""The knowledge base a running bot serves, and the only place it is swapped.

A reload validates everything and builds the new engine first; only then is the
reference replaced, in one assignment. A failed reload leaves the old engine
serving and keeps the problems for `/kb status`.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from bot.engine.engine import Engine
from bot.knowledge.loader import KnowledgeBaseNotFound, LoadResult, load_knowledge
from bot.knowledge.model import KnowledgeBase
from bot.knowledge.validate import Problem


@dataclass(frozen=True)
class ReloadResult:
    ok: bool
    problems: tuple[Problem, ...] = ()
    counts: str = ""
    seconds: float = 0.0
    changed: bool = True


@dataclass
class Status:
    loaded_at: datetime | None = None
    load_seconds: float = 0.0
    last_attempt_at: datetime | None = None
    last_problems: tuple[Problem, ...] = ()
    reloads: int = 0
    failed_reloads: int = 0
    files: int = 0
    fingerprint: tuple[tuple[str, int, int], ...] = field(default=(), repr=False)


class InvalidKnowledgeBase(Exception):
    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the knowledge base")
        self.problems = problems


def fingerprint(root: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and modification times of every YAML file: cheap change detection."""
    found = []
    for path in sorted(root.rglob("*.y*ml")):
        try:
            stat = path.stat()
        except OSError:
            continue
        found.append((str(path.relative_to(root)), stat.st_size, stat.st_mtime_ns))
    return tuple(found)


class LiveKnowledge:
    """Holds the current `Engine`; thread-safe reloads, lock-free reads."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.status = Status()
        self._lock = threading.Lock()
        result = self.reload()
        if not result.ok:
            raise InvalidKnowledgeBase(result.problems)

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def kb(self) -> KnowledgeBase:
        return self._engine.kb

    def changed_on_disk(self) -> bool:
        return fingerprint(self.root) != self.status.fingerprint

    def reload(self, validated: LoadResult | None = None) -> ReloadResult:
        """Validate and swap in the files on disk; on any problem keep serving what we had.

        `validated` is a load of exactly what is now on disk (a moderator edit checked before it
        was written), so the files need not be read and validated a second time.
        """
        with self._lock:
            started = time.perf_counter()
            now = datetime.now(timezone.utc)
            self.status.last_attempt_at = now
            seen = fingerprint(self.root) if self.root.is_dir() else ()
            try:
                result = validated or load_knowledge(self.root)
            except KnowledgeBaseNotFound as exc:
                problems: tuple[Problem, ...] = (Problem(str(self.root), 1, str(exc)),)
                return self._failed(problems, seen)
            if result.kb is None:
                return self._failed(tuple(result.problems), seen)
            engine = Engine(result.kb)
            self._engine = engine
            seconds = time.perf_counter() - started
            self.status = Status(loaded_at=now, load_seconds=seconds, last_attempt_at=now, reloads=self.status.reloads + 1,
                                 failed_reloads=self.status.failed_reloads, files=result.files, fingerprint=seen)
            return ReloadResult(True, (), result.kb.counts(), seconds)

    def _failed(self, problems: tuple[Problem, ...], seen: tuple[tuple[str, int, int], ...]) -> ReloadResult:
        self.status.last_problems = problems
        self.status.failed_reloads += 1
        # Remember the broken files' fingerprint so automatic reload does not retry them every poll.
        self.status.fingerprint = seen
        return ReloadResult(False, problems)
