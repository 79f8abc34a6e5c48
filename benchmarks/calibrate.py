"""Choose the engine's thresholds on the development split only: `python benchmarks/calibrate.py`.

Grid-searches ACCEPT, MARGIN, RULE_BONUS (bot/engine/engine.py), FUZZY_WEIGHT and KEYWORD_BONUS (bot/engine/index.py)
and prints the best settings by dev accuracy minus penalties for harm: a wrong answer costs 2, an
answered must-not-answer question costs 5. The test split is never looked at here.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.run import bot_system, load_questions, score  # noqa: E402
from bot.engine import engine as engine_module  # noqa: E402
from bot.engine import index as index_module  # noqa: E402
from bot.knowledge.loader import load_knowledge  # noqa: E402


def objective(result: dict) -> float:
    return result["accuracy"] - 2 * result["wrong_answer_rate"] - 5 * result["false_answer_rate"]


def main() -> int:
    kb = load_knowledge(ROOT / "knowledge").kb
    dev = [q for q in load_questions() if q.split == "dev"]
    rows = []
    for weight, keyword in itertools.product((0.5, 0.7), (6.0, 10.0, 14.0)):
        index_module.FUZZY_WEIGHT, index_module.KEYWORD_BONUS = weight, keyword
        predict = bot_system(kb)  # type: ignore[arg-type]
        for accept, margin, bonus in itertools.product((55, 60, 65, 70, 75), (2, 4, 6, 8, 12), (0, 5, 10, 20)):
            engine_module.ACCEPT, engine_module.MARGIN, engine_module.RULE_BONUS = float(accept), float(margin), float(bonus)
            result = score(dev, [predict(q) for q in dev])
            rows.append((objective(result), f"FUZZY_WEIGHT={weight} KEYWORD_BONUS={keyword}", accept, margin, bonus, result))
    rows.sort(key=lambda r: -r[0])
    for value, weights, accept, margin, bonus, result in rows[:10]:
        print(f"objective {value:.3f}  {weights} ACCEPT={accept} MARGIN={margin} RULE_BONUS={bonus}  "
              f"accuracy {result['accuracy']:.1%} wrong {result['wrong_answer_rate']:.1%} "
              f"false answers {result['false_answer_rate']:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
