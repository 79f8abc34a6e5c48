"""SQLite store for what moderators need to keep the bot current: unanswered questions and an audit trail.

Privacy first: no user ids or names are stored with questions; e-mail addresses,
phone numbers and Discord mentions are redacted before anything is written; rows
older than the retention period are deleted. Moderators' ids are kept only in
the audit trail of their own edits.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from rapidfuzz import fuzz

from bot.engine.answer import Answer
from bot.textnorm import clean, fold

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
MIGRATIONS: dict[int, str] = {
    1: """
        CREATE TABLE unanswered (
            id INTEGER PRIMARY KEY,
            asked_at TEXT NOT NULL,
            question TEXT NOT NULL,
            guild_id INTEGER,
            channel_kind TEXT NOT NULL,
            outcome TEXT NOT NULL,
            closest_kind TEXT,
            closest_id TEXT,
            source TEXT NOT NULL
        );
        CREATE INDEX unanswered_asked_at ON unanswered(asked_at);
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            moderator TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL
        );
    """,
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\w)(?:\+?\d[\s().-]*){7,15}(?!\w)")
_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>")
MAX_STORED_CHARS = 500


def redact(text: str) -> str:
    """Remove what identifies a person before a question is stored."""
    text = _EMAIL.sub("[email]", clean(text))
    text = _MENTION.sub("[mention]", text)
    return _PHONE.sub(lambda m: "[phone]" if sum(ch.isdigit() for ch in m.group(0)) >= 7 else m.group(0), text)


@dataclass(frozen=True)
class UnansweredGroup:
    question: str          # the most recent wording
    count: int
    closest: str | None    # "topic:questioning", the entry the bot thought closest
    examples: tuple[str, ...]


@dataclass(frozen=True)
class AuditRow:
    at: str
    moderator: str
    action: str
    detail: str


class Store:
    """One SQLite file; every method is blocking (call it off the event loop)."""

    def __init__(self, data_dir: Path, retention_days: int = 30) -> None:
        self.path = Path(data_dir) / "bot.sqlite3"
        self.retention_days = retention_days
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            for target in range(version + 1, SCHEMA_VERSION + 1):
                db.executescript(f"BEGIN; {MIGRATIONS[target]} PRAGMA user_version = {target}; COMMIT;")
            self._db = db
        return self._db

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def record_unanswered(self, question: str, answer: Answer, *, source: str, guild_id: int | None = None,
                          channel_kind: str = "cli", now: datetime | None = None) -> bool:
        """Keep a question the bot could not answer; False when there was nothing to keep."""
        if answer.answered:
            return False
        text = redact(question)[:MAX_STORED_CHARS]
        if not fold(text):
            return False
        closest = answer.closest
        when = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
        with self._lock:
            self._connect().execute(
                "INSERT INTO unanswered (asked_at, question, guild_id, channel_kind, outcome, closest_kind, "
                "closest_id, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (when, text, guild_id, channel_kind, answer.status, closest[0] if closest else None,
                 closest[1] if closest else None, source),
            )
        return True

    def record_unanswered_safely(self, question: str, answer: Answer, **where: object) -> None:
        """Recording must never cost a parent their answer: a full disk is logged, not raised."""
        try:
            self.record_unanswered(question, answer, **where)  # type: ignore[arg-type]
        except (sqlite3.Error, OSError) as exc:
            log.warning("could not record an unanswered question: %s", exc)

    def purge(self, now: datetime | None = None) -> int:
        """Delete unanswered questions older than the retention period; returns how many."""
        cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=self.retention_days)
        with self._lock:
            cursor = self._connect().execute("DELETE FROM unanswered WHERE asked_at < ?",
                                             (cutoff.isoformat(timespec="seconds"),))
        return cursor.rowcount

    def unanswered(self, days: int = 7, now: datetime | None = None, similarity: float = 85.0) -> list[UnansweredGroup]:
        """Questions of the last `days`, similar wordings grouped, most frequent first."""
        since = (now or datetime.now(timezone.utc)) - timedelta(days=days)
        with self._lock:
            rows = self._connect().execute(
                "SELECT question, closest_kind, closest_id FROM unanswered WHERE asked_at >= ? ORDER BY asked_at DESC",
                (since.isoformat(timespec="seconds"),),
            ).fetchall()
        groups: list[tuple[str, list[str], dict[str, int]]] = []
        for question, kind, entry_id in rows:
            key = fold(question)
            closest = f"{kind}:{entry_id}" if kind else ""
            for representative, members, votes in groups:
                if fuzz.token_set_ratio(key, representative) >= similarity:
                    members.append(question)
                    votes[closest] = votes.get(closest, 0) + 1
                    break
            else:
                groups.append((key, [question], {closest: 1}))
        result = [
            UnansweredGroup(members[0], len(members), max(votes, key=lambda k: votes[k]) or None,
                            tuple(dict.fromkeys(members))[:3])
            for _, members, votes in groups
        ]
        return sorted(result, key=lambda g: -g.count)

    def audit(self, moderator: str, action: str, detail: str, now: datetime | None = None) -> None:
        when = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
        with self._lock:
            self._connect().execute("INSERT INTO audit (at, moderator, action, detail) VALUES (?, ?, ?, ?)",
                                    (when, moderator, action, detail))

    def history(self, limit: int = 20) -> list[AuditRow]:
        with self._lock:
            rows = self._connect().execute(
                "SELECT at, moderator, action, detail FROM audit ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [AuditRow(*row) for row in rows]

    def counts(self, days: int = 7, now: datetime | None = None) -> int:
        since = (now or datetime.now(timezone.utc)) - timedelta(days=days)
        with self._lock:
            return self._connect().execute("SELECT COUNT(*) FROM unanswered WHERE asked_at >= ?",
                                           (since.isoformat(timespec="seconds"),)).fetchone()[0]
