"""Answer quality as a regular test: labelled questions with accuracy floors (no timing here).

The full benchmark, with baselines and speed, is `python benchmarks/run.py` (see docs/benchmarks.md).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from benchmarks.run import Question, bot_system, load_questions, score
from bot.knowledge.model import KnowledgeBase


def small_set() -> list[Question]:
    items = yaml.safe_load((Path(__file__).parent / "labelled_questions.yaml").read_text(encoding="utf-8"))
    return [Question(i["q"], i["expect"], i.get("state"), "small", "test") for i in items]


def test_small_labelled_set(kb: KnowledgeBase) -> None:
    questions = small_set()
    predict = bot_system(kb)
    result = score(questions, [predict(q) for q in questions])
    assert result["false_answer_rate"] == 0.0, "a must-not-answer question was answered"
    assert result["accuracy"] >= 0.9, result
    assert result["wrong_answer_rate"] <= 0.05, result


def test_benchmark_dev_split_floor(kb: KnowledgeBase) -> None:
    """The dev split (the part thresholds are tuned on) must not regress below the recorded level."""
    dev = [q for q in load_questions() if q.split == "dev"]
    predict = bot_system(kb)
    result = score(dev, [predict(q) for q in dev])
    assert result["accuracy"] >= 0.97, result  # 98.3% when recorded (21,729 questions from seventy-eight writers)
    assert result["wrong_answer_rate"] <= 0.01, result  # 0.3%
    assert result["false_answer_rate"] <= 0.004, result  # 0.38% (30 of 7,966; 0.4% would be 31)
