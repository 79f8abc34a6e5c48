"""The command line contract: `ask`, `ask --json`, batch mode, `states`, and friendly failures."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.knowledge.model import KnowledgeBase

ROOT = Path(__file__).resolve().parent.parent
CONTRACT_KEYS = {"status", "text", "entry", "state", "age", "score", "sources", "verified", "suggestions"}


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=60)


def test_ask_prints_the_answer_for_a_person(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--no-log", "Can police arrest a 6 year old in Florida?"]) == 0
    out = capsys.readouterr().out
    assert "No, not in Florida" in out and "Fla. Stat. § 985.031" in out and "not legal advice" in out


def test_ask_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "--no-log", "Can police arrest a 6 year old in Florida?"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == CONTRACT_KEYS
    assert data["status"] == "answered"
    assert data["entry"] == {"kind": "state", "id": "FL"}
    assert data["state"] == "FL" and data["age"] == 6
    assert isinstance(data["score"], float)
    assert data["verified"] and len(data["verified"]) == 10
    assert all(set(s) == {"title", "url", "citation"} for s in data["sources"])
    assert "No, not in Florida" in data["text"]
    assert data["suggestions"] == []


def test_ask_json_no_match_and_clarify_shapes(capsys: pytest.CaptureFixture[str]) -> None:
    main(["ask", "--json", "--no-log", "what is the drinking age in ohio"])
    miss = json.loads(capsys.readouterr().out)
    assert miss["status"] == "no_match" and miss["entry"] is None and miss["state"] is None
    assert miss["sources"] == [] and miss["verified"] is None
    main(["ask", "--json", "--no-log", "can police arrest a 6 year old in texas or florida"])
    unsure = json.loads(capsys.readouterr().out)
    assert unsure["status"] == "clarify" and len(unsure["suggestions"]) == 2
    assert all(isinstance(s, str) and s for s in unsure["suggestions"])


def test_batch_mode_one_line_out_per_line_in() -> None:
    questions = ["can police arrest a 6 year old in florida", "", "what happened to kaia rolle",
                 "🙂\x00", "what is the drinking age in ohio"]
    result = run_cli("ask", "--json", "--no-log", "-", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(questions)
    answers = [json.loads(line) for line in lines]
    assert [a["status"] for a in answers] == ["answered", "no_match", "answered", "no_match", "no_match"]
    assert answers[2]["entry"] == {"kind": "case", "id": "kaia-rolle"}


@pytest.mark.parametrize("question", ["", "a" * 5000, "🙂🙂", "\u200b\u200c", "hello\x1b[2J\x07 world"])
def test_bad_input_exits_zero_with_a_reply(question: str) -> None:
    result = run_cli("ask", "--no-log", question)
    assert result.returncode == 0
    assert "not legal advice" in result.stdout
    assert "Traceback" not in result.stderr


def test_missing_or_invalid_knowledge_base_is_a_clear_error(tmp_path: Path) -> None:
    missing = run_cli("ask", "--kb", str(tmp_path / "none"), "hello")
    assert missing.returncode == 2 and "no knowledge base" in missing.stderr
    assert "Traceback" not in missing.stderr
    (tmp_path / "bad" / "states").mkdir(parents=True)
    (tmp_path / "bad" / "states" / "FL.yaml").write_text("id: FL\nname: [unclosed\n", encoding="utf-8")
    invalid = run_cli("ask", "--kb", str(tmp_path / "bad"), "hello")
    assert invalid.returncode == 2 and "FL.yaml:" in invalid.stderr and "Traceback" not in invalid.stderr


def test_states_table_and_json(kb: KnowledgeBase, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["states", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len(kb.states)
    for key in ("code", "name", "min_age", "exceptions", "citation", "verified", "sources"):
        assert all(key in row for row in rows), key
    florida = next(r for r in rows if r["code"] == "FL")
    assert florida["min_age"] == 7 and florida["citation"] == "Fla. Stat. § 985.031"
    assert main(["states"]) == 0
    table = capsys.readouterr().out
    assert "Florida" in table and "985.031" in table


def test_chat_answers_and_follows_up(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("can police arrest a 6 year old in florida\nand in new york?\n\n"))
    assert main(["chat", "--no-log"]) == 0
    out = capsys.readouterr().out
    assert "No, not in Florida" in out and "New York" in out


def test_run_without_token_exits_with_a_hint() -> None:
    result = run_cli("run")
    assert result.returncode == 2
    assert "DISCORD_TOKEN" in result.stderr and "python -m bot chat" in result.stderr
