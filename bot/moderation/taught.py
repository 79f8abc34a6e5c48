"""Phrasings taught by moderators, kept in knowledge/taught.yaml so curated files are never rewritten.

Every edit is validated against the whole knowledge base before it is written,
written atomically under a lock, and made live by a reload.
"""

from __future__ import annotations

import contextlib
import fcntl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import yaml

from bot.atomic import write_atomic
from bot.knowledge.live import LiveKnowledge
from bot.knowledge.loader import TAUGHT_FILE, load_knowledge
from bot.knowledge.model import KINDS
from bot.knowledge.validate import Problem
from bot.moderation.store import Store
from bot.textnorm import clean, fold

HEADER = (
    "# Phrasings taught by moderators with /kb teach (or python -m bot kb teach).\n"
    "# Written by the bot; you may edit it by hand — the validator checks it like every other file.\n"
)
_process_lock = threading.Lock()


@dataclass(frozen=True)
class EditResult:
    ok: bool
    message: str
    problems: tuple[Problem, ...] = ()


def parse_entry_ref(ref: str) -> tuple[str, str] | None:
    """"topic:questioning" → ("topic", "questioning"); a bare state code means its state entry."""
    ref = ref.strip()
    if ":" in ref:
        kind, _, entry_id = ref.partition(":")
        kind = kind.strip().lower()
        return (kind, entry_id.strip()) if kind in KINDS else None
    return ("state", ref.upper()) if len(ref) == 2 else None


class TaughtEditor:
    def __init__(self, live: LiveKnowledge, store: Store | None = None) -> None:
        self.live = live
        self.store = store
        self.path = live.root / TAUGHT_FILE

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """One editor at a time, across threads and processes (the bot and the CLI)."""
        with _process_lock, open(self.path.with_suffix(".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _items(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        data = yaml.safe_load(self.path.read_text(encoding="utf-8")) or {}
        items = data.get("taught") if isinstance(data, dict) else None
        return list(items) if isinstance(items, list) else []

    def teach(self, phrasing: str, entry_ref: str, moderator: str) -> EditResult:
        phrasing = clean(phrasing)[:300]
        target = parse_entry_ref(entry_ref)
        if not fold(phrasing):
            return EditResult(False, "The phrasing is empty.")
        if target is None or self.live.kb.get(target[0], target[1]) is None:  # type: ignore[arg-type]
            return EditResult(False, f"There is no entry '{entry_ref}'. Pick one from the list.")
        with self._locked():
            items = self._items()
            items.append({"kind": target[0], "id": target[1], "phrasing": phrasing, "by": moderator,
                          "at": date.today().isoformat()})
            result = self._write(items)
        if result.ok and self.store is not None:
            self.store.audit(moderator, "teach", f"'{phrasing}' → {target[0]}:{target[1]}")
        return result if not result.ok else EditResult(True, f"Taught: '{phrasing}' now leads to {target[0]}:{target[1]}.")

    def untaught(self, phrasing: str, moderator: str) -> EditResult:
        key = fold(phrasing)
        with self._locked():
            items = self._items()
            kept = [item for item in items if fold(str(item.get("phrasing", ""))) != key]
            if len(kept) == len(items):
                return EditResult(False, f"No taught phrasing '{clean(phrasing)}' was found.")
            result = self._write(kept)
        if result.ok and self.store is not None:
            self.store.audit(moderator, "untaught", f"'{clean(phrasing)}'")
        return result if not result.ok else EditResult(True, f"Removed the taught phrasing '{clean(phrasing)}'.")

    def taught_phrasings(self) -> list[str]:
        return [str(item.get("phrasing", "")) for item in self._items()]

    def _write(self, items: list[dict[str, Any]]) -> EditResult:
        text = HEADER + yaml.safe_dump({"taught": items}, sort_keys=False, allow_unicode=True, width=100)
        check = load_knowledge(self.live.root, taught_text=text)
        if not check.ok:
            return EditResult(False, "The edit was refused: the knowledge base would not validate.",
                              tuple(check.problems))
        write_atomic(self.path, text)
        reloaded = self.live.reload(validated=check)
        if not reloaded.ok:
            return EditResult(False, "Saved, but the reload failed; the previous knowledge base is still serving.",
                              reloaded.problems)
        return EditResult(True, "ok")


def stale(live: LiveKnowledge, after_days: int, today: date | None = None) -> list[tuple[str, str, date]]:
    """Entries whose `verified` date is older than `after_days`, oldest first: (kind:id, title, verified)."""
    today = today or date.today()
    old = [(f"{e.kind}:{e.id}", e.title, e.verified) for e in live.kb.entries()
           if (today - e.verified).days > after_days]
    return sorted(old, key=lambda row: row[2])
