"""Time two versions of the engine in alternation, on the same questions and the same machine.

    python benchmarks/compare_engines.py 6d94473            # that commit against the working tree
    python benchmarks/compare_engines.py 6d94473 f588ce9 --pairs 5

One run of benchmarks/run.py gives numbers that move with a shared machine (its yardstick varied threefold within
one session). Running the old and the new engine one after the other, several times, each in its own process over
the same questions, shows what a change did rather than what the machine did. Each timing is the minimum of three
per question (the real knowledge base of each version; the questions of the working tree's benchmarks/questions.yaml).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "benchmarks" / "questions.yaml"


def time_engine(root: Path, rounds: int = 3) -> dict[str, float]:
    """p50 and p99 per question (ms) of the engine and knowledge base under `root`, run in this process."""
    sys.path.insert(0, str(root))
    from bot.engine.engine import Engine
    from bot.knowledge.loader import load_knowledge

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from run import load_questions

    engine = Engine(load_knowledge(root / "knowledge").kb)  # type: ignore[arg-type]
    questions = [q.q for q in load_questions(QUESTIONS)]
    best = [float("inf")] * len(questions)
    for _ in range(rounds):
        for i, question in enumerate(questions):
            started = time.perf_counter()
            engine.answer(question)
            best[i] = min(best[i], time.perf_counter() - started)
    ordered = sorted(best)
    return {"p50_ms": ordered[len(ordered) // 2] * 1000, "p99_ms": ordered[int(len(ordered) * 0.99)] * 1000}


def _run_child(root: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--time", str(root)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", nargs="?", help="a commit (the engine to compare against)")
    parser.add_argument("new", nargs="?", help="a commit (default: the working tree)")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--time", type=Path, help=argparse.SUPPRESS)  # the child process: time one tree
    args = parser.parse_args(argv)
    if args.time:
        print(json.dumps(time_engine(args.time)))
        return 0
    if not args.old:
        parser.error("name the commit to compare against")
    with tempfile.TemporaryDirectory() as folder:
        trees = {}
        for label in (args.old, args.new):
            if label is None:
                trees["working tree"] = ROOT
                continue
            tree = Path(folder) / label
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), label], check=True)
            trees[label] = tree
        try:
            results: dict[str, list[dict[str, float]]] = {label: [] for label in trees}
            for _ in range(args.pairs):
                for label, tree in trees.items():
                    results[label].append(_run_child(tree))
        finally:
            for tree in trees.values():
                if tree != ROOT:
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    print(f"{len(next(iter(results.values())))} runs each, alternating; minimum of 3 timings per question\n")
    print("| engine | p50 per question | p99 per question |\n| --- | --- | --- |")
    for label, runs in results.items():
        p50 = sorted(r["p50_ms"] for r in runs)
        p99 = sorted(r["p99_ms"] for r in runs)
        print(f"| {label} | {p50[0]:.2f}–{p50[-1]:.2f} ms | {p99[0]:.2f}–{p99[-1]:.2f} ms |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
