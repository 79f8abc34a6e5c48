"""Choose the engine's thresholds on the development split only: `python benchmarks/calibrate.py`.

Grid-searches ACCEPT, MARGIN, CLEAR_ACCEPT, CLEAR_MARGIN, RULE_BONUS, KEYWORD_BONUS_CASE (bot/engine/engine.py),
FUZZY_WEIGHT and KEYWORD_BONUS (bot/engine/index.py)
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
    for weight, keyword in itertools.product((0.6, 0.7), (10.0, 14.0)):
        index_module.FUZZY_WEIGHT, index_module.KEYWORD_BONUS = weight, keyword
        predict = bot_system(kb)  # type: ignore[arg-type]
        for accept, margin, clear, bonus, case in itertools.product(
                (70, 75), (4, 6, 8), ((60, 20), (65, 15), (65, 20), (70, 20), (75, 100)), (5, 10, 15), (10, 15)):
            engine_module.ACCEPT, engine_module.MARGIN = float(accept), float(margin)
            engine_module.CLEAR_ACCEPT, engine_module.CLEAR_MARGIN = map(float, clear)
            engine_module.RULE_BONUS, engine_module.KEYWORD_BONUS_CASE = float(bonus), float(case)
            result = score(dev, [predict(q) for q in dev])
            settings = (f"FUZZY_WEIGHT={weight} KEYWORD_BONUS={keyword} ACCEPT={accept} MARGIN={margin} "
                        f"CLEAR_ACCEPT={clear[0]} CLEAR_MARGIN={clear[1]} RULE_BONUS={bonus} KEYWORD_BONUS_CASE={case}")
            rows.append((objective(result), margin, settings, result))
    rows.sort(key=lambda r: (-round(r[0], 6), -r[1]))  # ties: the larger margin first
    for value, _, settings, result in rows[:10]:
        print(f"objective {value:.3f}  {settings}  accuracy {result['accuracy']:.1%} "
              f"wrong {result['wrong_answer_rate']:.1%} false answers {result['false_answer_rate']:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
