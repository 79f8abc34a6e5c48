"""Moderators' tools without Discord: teaching, safe writes and reloads, the unanswered queue, privacy."""

from __future__ import annotations

import shutil
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.cli import main
from bot.engine.engine import Engine
from bot.knowledge.live import LiveKnowledge
from bot.knowledge.loader import load_knowledge
from bot.moderation.store import Store, redact
from bot.moderation.taught import TaughtEditor, stale
from tests.conftest import KNOWLEDGE

NEW_PHRASING = "is my little one safe from cops in sunshine land"


@pytest.fixture
def live(tmp_path: Path) -> LiveKnowledge:
    shutil.copytree(KNOWLEDGE, tmp_path / "knowledge")
    return LiveKnowledge(tmp_path / "knowledge")


def test_teach_then_ask(live: LiveKnowledge, tmp_path: Path) -> None:
    assert live.engine.answer(NEW_PHRASING).entry != ("state", "FL")
    result = TaughtEditor(live, Store(tmp_path / "data")).teach(NEW_PHRASING, "state:FL", "42")
    assert result.ok, result
    answer = live.engine.answer(NEW_PHRASING)
    assert answer.entry == ("state", "FL")
    assert (live.root / "taught.yaml").exists()
    untaught = TaughtEditor(live).untaught(NEW_PHRASING, "42")
    assert untaught.ok and live.engine.answer(NEW_PHRASING).entry != ("state", "FL")


def test_teach_a_question_to_a_subject_the_bot_declines(live: LiveKnowledge) -> None:
    question = "is the principal allowed to keep my kid inside during recess all week"
    assert "school discipline" not in live.engine.answer(question).headline
    assert TaughtEditor(live).teach(question, "offtopic:school-discipline", "42").ok
    answer = live.engine.answer(question)
    assert answer.status == "no_match" and answer.entry is None
    assert "a question about school discipline (detention, suspension or expulsion), which I don't cover" in answer.headline


def test_teach_refuses_unknown_entries_and_duplicates(live: LiveKnowledge) -> None:
    editor = TaughtEditor(live)
    assert not editor.teach("anything at all here", "topic:no-such-topic", "42").ok
    duplicate = editor.teach("what happened to kaia rolle", "case:kaia-rolle", "42")
    assert not duplicate.ok and "already known" in str(duplicate.problems)
    assert not (live.root / "taught.yaml").exists()


def test_two_teach_commands_at_once_both_land(live: LiveKnowledge) -> None:
    editor = TaughtEditor(live)
    results = []
    phrasings = ["first taught way to ask about florida", "second taught way to ask about texas"]
    threads = [threading.Thread(target=lambda p=p, e=e: results.append(editor.teach(p, e, "42")))
               for p, e in zip(phrasings, ["state:FL", "state:TX"], strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(r.ok for r in results), results
    assert sorted(editor.taught_phrasings()) == sorted(phrasings)
    assert len(live.kb.taught) == 2


def test_crash_between_write_and_rename_leaves_the_previous_file(live: LiveKnowledge,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    editor = TaughtEditor(live)
    assert editor.teach("a first phrasing about florida rules", "state:FL", "42").ok
    before = (live.root / "taught.yaml").read_text(encoding="utf-8")

    def crash(*_: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr("bot.atomic.os.replace", crash)
    with pytest.raises(OSError):
        editor.teach("a second phrasing about texas rules", "state:TX", "42")
    monkeypatch.undo()
    assert (live.root / "taught.yaml").read_text(encoding="utf-8") == before
    assert not list(live.root.glob(".taught.yaml.*.tmp")), "the temporary file was left behind"
    assert load_knowledge(live.root).ok


def test_invalid_edit_is_refused_by_reload_and_by_automatic_reload(live: LiveKnowledge) -> None:
    florida = live.root / "states" / "FL.yaml"
    florida.write_text(florida.read_text(encoding="utf-8").replace("min_age: 7", "min_age: seven"), encoding="utf-8")
    assert live.changed_on_disk()  # what the bot's polling task checks before it reloads
    result = live.reload()
    assert not result.ok
    assert any("FL.yaml" in str(p) and "min_age" in str(p) for p in result.problems)
    assert live.engine.answer("can police arrest a 6 year old in florida").entry == ("state", "FL")
    assert not live.changed_on_disk()  # the broken files are not retried on every poll
    assert live.status.last_problems


def test_teach_is_refused_while_the_knowledge_base_on_disk_is_broken(live: LiveKnowledge) -> None:
    broken = live.root / "topics" / "gault.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("sources:", "soruces:"), encoding="utf-8")
    result = TaughtEditor(live).teach("a new phrasing about florida", "state:FL", "42")
    assert not result.ok and any("soruces" in str(p) for p in result.problems)
    assert not (live.root / "taught.yaml").exists()


def test_unanswered_questions_are_grouped_redacted_and_expire(tmp_path: Path, live: LiveKnowledge) -> None:
    store = Store(tmp_path / "data", retention_days=30)
    engine: Engine = live.engine
    now = datetime(2026, 11, 25, tzinfo=timezone.utc)
    for question in ("what is the bail amount for a teen", "what's the bail amount for a teen?",
                     "what is the bail amount for teens", "call me at 555-123-4567 or mom@example.com about bail"):
        assert store.record_unanswered(question, engine.answer(question), source="test", now=now)
    store.record_unanswered("old question about parole", engine.answer("old question about parole"),
                            source="test", now=now - timedelta(days=40))
    groups = store.unanswered(days=60, now=now)
    assert groups[0].count == 3 and "bail amount" in groups[0].question
    stored = [q for g in groups for q in g.examples]
    assert not any("555" in q or "example.com" in q for q in stored)
    assert store.purge(now=now) == 1
    assert all("parole" not in g.question for g in store.unanswered(days=60, now=now))


def test_answered_questions_are_not_recorded(tmp_path: Path, live: LiveKnowledge) -> None:
    store = Store(tmp_path / "data")
    question = "can police arrest a 6 year old in florida"
    assert not store.record_unanswered(question, live.engine.answer(question), source="test")


@pytest.mark.parametrize(("text", "expected"), [
    ("email me at jane.doe@example.com", "email me at [email]"),
    ("call 555 123 4567 tonight", "call [phone] tonight"),
    ("ask <@123456789012345678> about it", "ask [mention] about it"),
    ("my 6 year old in florida", "my 6 year old in florida"),
])
def test_redaction(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_stale_lists_old_entries_oldest_first(live: LiveKnowledge) -> None:
    from datetime import date

    assert stale(live, 365, today=date(2026, 11, 25)) == []
    rows = stale(live, 10, today=date(2028, 1, 1))
    assert rows and rows == sorted(rows, key=lambda r: r[2])


def test_cli_no_log_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path / "data"))
    assert main(["ask", "--no-log", "what is the bail amount for a teen"]) == 0
    assert main(["kb", "unanswered"]) == 0
    assert "No unanswered questions" in capsys.readouterr().out
    assert main(["ask", "what is the bail amount for a teen"]) == 0
    assert main(["kb", "unanswered"]) == 0
    assert "bail amount" in capsys.readouterr().out


def test_cli_teach_and_history(tmp_path: Path, live: LiveKnowledge, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "teach", "--kb", str(live.root), NEW_PHRASING, "state:FL"]) == 0
    assert main(["kb", "history"]) == 0
    assert "teach" in capsys.readouterr().out
