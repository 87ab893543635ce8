"""Benchmark: the report's time against the number of environments a plan names.

A run folder is only as trustworthy as the job that wrote it: a plan may name any number of
environments within the 16 MiB cap (about 100,000 cells). This crafts a plan naming N
distinct environments (one baseline cell each; --records K adds a record for every K-th) and times
`report` on it, in this process (judge, every format written), for N = 1k, 10k and 40k by
default, and prints the time per environment and the ratio of each size's time to the
smallest's scaled by size (1.0: linear).

Usage: python bench/report.py [--sizes 1000 10000 40000] [--profile N]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SCENARIO, TARGET = "n128-then-64", "reference"


def crafted(folder: Path, environments: int, every: int = 0) -> Path:
    """A run folder: one plan naming `environments` environments, and a record for every
    `every`-th of them (0: none, the plan alone, as the review crafted it)."""
    run = folder / f"run-{environments}"
    cells = [
        {
            "environment": f"tf2.{i}",
            "target": TARGET,
            "scenario": SCENARIO,
            "config": "baseline",
            "role": "baseline",
        }
        for i in range(environments)
    ]
    (run / "plan").mkdir(parents=True)
    plan = {"environment": "tf2.0", "cells": cells, "complete": True, "run_id": run.name}
    (run / "plan" / "tf2.0.json").write_text(json.dumps(plan))
    for i in range(0, environments if every else 0, every or 1):
        env = f"tf2.{i}"
        record = {
            "id": f"{env}/{TARGET}/{SCENARIO}/baseline",
            "cell": {
                "environment": env,
                "target": TARGET,
                "scenario": SCENARIO,
                "config": "baseline",
            },
            "role": "baseline",
            "status": "fail",
            "failure_class": "value",
            "message": "ValueError: boom",
            "stage": {"name": "build", "step": 2, "N": 64},
            "timings": {"wall_s": 1.5},
            "fingerprint": {"tensorflow": "2.21.0", "keras": "3.15.1", "python": "3.11.7"},
        }
        path = run / "results" / env / f"{TARGET}.{SCENARIO}.baseline.json"
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(record))
    return run


def report(run: Path) -> float:
    from harness.report.build import report_dirs

    start = time.perf_counter()
    report_dirs([run], run, quiet=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 40000])
    parser.add_argument("--profile", type=int, metavar="N", help="profile the report of N")
    parser.add_argument(
        "--records", type=int, default=0, metavar="K", help="a record for every K-th environment"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="xla-matrix-bench-") as tmp:
        if args.profile:
            run = crafted(Path(tmp), args.profile, args.records)
            profile = cProfile.Profile()
            profile.enable()
            report(run)
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
            return 0
        times = {}
        for size in args.sizes:
            times[size] = report(crafted(Path(tmp), size, args.records))
            print(
                f"{size:>7} environments: {times[size]:8.2f} s ({times[size] / size * 1e3:.3f} ms each)",
                flush=True,
            )
        first = min(times)
        for size, seconds in times.items():
            if size != first:
                ratio = (seconds / times[first]) / (size / first)
                print(f"{size:>7} vs {first}: {ratio:.2f}x the linear time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
