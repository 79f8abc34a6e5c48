"""Choose the engine's thresholds on the development split only: `python benchmarks/calibrate.py`.

Grid-searches ACCEPT, MARGIN, CLEAR_ACCEPT, CLEAR_MARGIN, RULE_BONUS, RULE_FLOOR (bot/engine/engine.py) and VIEW_WEIGHT
(bot/engine/index.py); FUZZY_WEIGHT, KEYWORD_BONUS and KEYWORD_BONUS_CASE were searched before the word view
existed and are held at their chosen values. `--view 10 20` searches only those VIEW_WEIGHTs (one process per
core can then split the grid). `--child` instead searches AGE_ASK_BONUS and CHILD_ACCEPT/CHILD_MARGIN (the
acceptance path for questions about a child) with every other threshold at its chosen value.
and prints the best settings by dev accuracy minus penalties for harm: a wrong answer costs 2, an
answered must-not-answer question costs 5. The test split is never looked at here.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.run import Question, bot_system, load_questions, score  # noqa: E402
from bot.engine import engine as engine_module  # noqa: E402
from bot.engine import index as index_module  # noqa: E402
from bot.knowledge.loader import load_knowledge  # noqa: E402
from bot.knowledge.model import KnowledgeBase  # noqa: E402


def objective(result: dict) -> float:
    return result["accuracy"] - 2 * result["wrong_answer_rate"] - 5 * result["false_answer_rate"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--view", type=float, nargs="*", default=[0.0, 10.0, 15.0, 20.0, 25.0])
    parser.add_argument("--floor", type=float, nargs="*", default=[0.0, 45.0, 50.0, 55.0])
    parser.add_argument("--child", action="store_true", help="search AGE_ASK_BONUS and CHILD_ACCEPT/CHILD_MARGIN only")
    parser.add_argument("--extra", type=Path, nargs="*", default=[],
                        help="more question files to tune on (a new writer's set before it joins the dev split)")
    arguments = parser.parse_args()
    views = arguments.view
    kb = load_knowledge(ROOT / "knowledge").kb
    dev = [q for q in load_questions() if q.split == "dev"]
    for extra in arguments.extra:
        dev += [q for q in load_questions(extra) if q.split == "dev"]
    if arguments.child:
        return child_search(kb, dev)
    rows = []
    for view in views:
        index_module.VIEW_WEIGHT = view
        predict = bot_system(kb)  # type: ignore[arg-type]
        for accept, margin, clear, bonus, floor in itertools.product(
                (70, 75, 80), (6, 8, 10), ((65, 25), (70, 20), (75, 20), (80, 100)), (5, 10, 15), arguments.floor):
            engine_module.ACCEPT, engine_module.MARGIN = float(accept), float(margin)
            engine_module.CLEAR_ACCEPT, engine_module.CLEAR_MARGIN = map(float, clear)
            engine_module.RULE_BONUS, engine_module.RULE_FLOOR = float(bonus), float(floor)
            result = score(dev, [predict(q) for q in dev])
            settings = (f"VIEW_WEIGHT={view} ACCEPT={accept} MARGIN={margin} "
                        f"CLEAR_ACCEPT={clear[0]} CLEAR_MARGIN={clear[1]} RULE_BONUS={bonus} RULE_FLOOR={floor}")
            rows.append((objective(result), margin, settings, result))
    rows.sort(key=lambda r: (-round(r[0], 6), -r[1]))  # ties: the larger margin first
    for value, _, settings, result in rows[:10]:
        show(value, settings, result)
    return 0


def show(value: float, settings: str, result: dict) -> None:
    print(f"objective {value:.3f}  {settings}  accuracy {result['accuracy']:.1%} "
          f"wrong {result['wrong_answer_rate']:.1%} false answers {result['false_answer_rate']:.1%}")


def child_search(kb: KnowledgeBase, dev: list[Question]) -> int:
    """AGE_ASK_BONUS x (CHILD_ACCEPT, CHILD_MARGIN), the rest as chosen; (200, 0) is the path switched off."""
    predict = bot_system(kb)
    rows = []
    for bonus, (accept, margin) in itertools.product(
            (0, 10), ((200, 0), (75, 20), (70, 20), (70, 15), (65, 20), (65, 15), (60, 15))):
        engine_module.AGE_ASK_BONUS = float(bonus)
        engine_module.CHILD_ACCEPT, engine_module.CHILD_MARGIN = float(accept), float(margin)
        result = score(dev, [predict(q) for q in dev])
        rows.append((objective(result), f"AGE_ASK_BONUS={bonus} CHILD_ACCEPT={accept} CHILD_MARGIN={margin}", result))
    rows.sort(key=lambda r: -round(r[0], 6))
    for value, settings, result in rows:
        show(value, settings, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
