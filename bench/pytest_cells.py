"""Benchmark: a test target's cells forked from the fork server against spawned ones.

Runs the fixture project's spike test (tests/fixtures/pytest_project, `shiftnet-spike`) in
this interpreter's environment (`local`), one cell at a time, once with the fork server
(TensorFlow and pytest imported once, each cell forked and collecting its tests) and once
spawned (a fresh interpreter per cell: TensorFlow, Keras and pytest imported in each), and
prints per cell: wall time as the parent saw it, and the pytest session inside it.

Usage (an environment's interpreter, e.g. the tests' venv):
    .nox/tests/bin/python bench/pytest_cells.py [--configs baseline,eager,no-xla-translate]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MATRIX = REPO / "tests" / "fixtures" / "pytest_project" / "xla-matrix.toml"


def run(isolation: str, configs: list[str], work: Path) -> dict[str, float]:
    run_dir = work / isolation
    args = [sys.executable, "-m", "harness", "run", "--matrix", str(MATRIX)]
    args += ["--run-dir", str(run_dir), "--no-report", "--no-cache", "--no-contexts", "-j", "1"]
    args += ["--isolation", isolation, "-t", "shiftnet-spike"]
    for config in configs:
        args += ["-c", config]
    t0 = time.perf_counter()
    subprocess.run(args, cwd=REPO, check=False, capture_output=True)
    total = time.perf_counter() - t0
    walls, sessions = [], []
    for path in sorted((run_dir / "results").rglob("*.json")):
        record = json.loads(path.read_text())
        walls.append(record["timings"]["wall_s"])
        sessions.append(record["timings"].get("scenario_s", 0.0))
    return {
        "cells": len(walls),
        "total_s": total,
        "cell_wall_median_s": statistics.median(walls) if walls else float("nan"),
        "pytest_session_median_s": statistics.median(sessions) if sessions else float("nan"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--configs", default="baseline,eager,no-xla-translate,autojit-off")
    args = parser.parse_args()
    configs = args.configs.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        results = {iso: run(iso, configs, Path(tmp)) for iso in ("fork", "spawn")}
    for iso, r in results.items():
        print(
            f"{iso:5}: {r['cells']} cells in {r['total_s']:.1f} s; per cell {r['cell_wall_median_s']:.2f} s "
            f"wall (median), of which the pytest session {r['pytest_session_median_s']:.2f} s"
        )
    fork, spawn = results["fork"], results["spawn"]
    saved = spawn["cell_wall_median_s"] - fork["cell_wall_median_s"]
    print(f"forking saves {saved:.2f} s per cell (median)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
