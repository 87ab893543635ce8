"""Benchmark: xla-matrix against its floor and against the naive way, in one run.

Prints, for the quick default matrix (or a subset with --target/--config):
  floor      sum of per-cell work measured inside the children (target import and scenario,
             to its end or its failure; no interpreter start, no TensorFlow import) / cores
  fork       wall time of `nox -s xla_matrix -- --rerun` (fork server, the default)
  off        the same with the steady-state runs off (matrix.toml's [settings] steady_state
             = 0, through a matrix file of that one setting): fork/off is what measuring
             the cost costs (docs/cost.md)
  spawn      the same with --isolation spawn (a fresh interpreter per cell)
  warm       the same again with nothing changed: every cell from the result cache
  peer       the naive peer under bench/peer: a nox session per environment (virtualenv,
             pip), a pytest test per cell launching the scenario in a subprocess like the
             seed's spike test
and the ratios fork/floor, fork/off, spawn/floor and peer/fork. Every figure is wall-clock on
this machine in this run; venvs are warmed first so that installs are not timed.

Usage: python bench/run.py [--skip-peer] [--skip-spawn] [nox posargs, e.g. -t reference]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PEER = Path(__file__).resolve().parent / "peer"


def nox(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "nox", *args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"bench: nox {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return wall


def load(run_id: str) -> list[dict]:
    records = []
    for path in (REPO / "reports" / run_id / "results").glob("*/*.json"):
        records.append(json.loads(path.read_text()))
    return records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-peer", action="store_true")
    parser.add_argument("--skip-spawn", action="store_true")
    args, posargs = parser.parse_known_args()
    cores = len(os.sched_getaffinity(0))
    stamp = time.strftime("%Y%m%d-%H%M%S")

    print("warming venvs (not timed) ...", flush=True)
    nox(["-s", "xla_matrix", "--", "-t", "plain", "-s", "n128-then-64", "-c", "baseline"], REPO)
    if not args.skip_peer:
        nox(["-s", "peer", "--", "--co"], PEER)

    figures: dict[str, float] = {}
    runs = {}
    for mode in ("fork",) if args.skip_spawn else ("fork", "spawn"):
        run_id = f"bench-{stamp}-{mode}"
        print(f"harness, {mode} ...", flush=True)
        figures[mode] = nox(
            ["-s", "xla_matrix", "--", "--rerun", "--isolation", mode, *posargs],
            REPO,
            env={"XLA_MATRIX_RUN_ID": run_id},
        )
        runs[mode] = load(run_id)
    print("harness, fork, steady-state runs off ...", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        off = Path(tmp) / "steady-off.toml"
        off.write_text("[settings]\nsteady_state = 0\n")  # the rest from matrix.toml
        figures["off"] = nox(
            ["-s", "xla_matrix", "--", "--rerun", *posargs],
            REPO,
            env={"XLA_MATRIX_RUN_ID": f"bench-{stamp}-off", "XLA_MATRIX_FILE": str(off)},
        )
    runs["off"] = load(f"bench-{stamp}-off")
    print("harness, warm rerun (nothing changed) ...", flush=True)
    figures["warm"] = nox(
        ["-s", "xla_matrix", "--", *posargs], REPO, env={"XLA_MATRIX_RUN_ID": f"bench-{stamp}-warm"}
    )
    runs["warm"] = load(f"bench-{stamp}-warm")
    cells = len(runs["fork"])
    # the cells' own work: the target's import (a model built at import is work too) and
    # the scenario up to its end or its failure
    scenario_s = sum(
        r["timings"].get("target_import_s", 0.0) + r["timings"].get("scenario_s", 0.0)
        for r in runs["fork"]
    )
    import_s = [
        r["timings"]["import_s"] for r in runs.get("spawn", []) if "import_s" in r["timings"]
    ]
    cached = sum(1 for r in runs["warm"] if r.get("cached_from"))
    figures["floor"] = scenario_s / cores
    # the steady-state runs' own time inside the cells (the inputs they made aside)
    steady_s = sum(
        sum((step.get("steady") or {}).get("seconds") or [])
        for r in runs["fork"]
        for step in r.get("steps") or []
    )
    if not args.skip_peer:
        print("peer ...", flush=True)
        figures["peer"] = nox(["-s", "peer", "-R"], PEER)

    print()
    print(f"cells: {cells}, cores: {cores}")
    print(f"floor  (sum of cell work / cores):        {figures['floor']:8.1f} s")
    print(
        f"fork   (harness wall, default):           {figures['fork']:8.1f} s   fork/floor  = {figures['fork'] / figures['floor']:.2f}"
    )
    print(
        f"off    (steady-state runs off):           {figures['off']:8.1f} s   fork/off    = {figures['fork'] / figures['off']:.3f} "
        f"(growth {100 * (figures['fork'] / figures['off'] - 1):+.1f}%; {len(runs['off'])} cells)"
    )
    print(
        f"       steady-state runs inside the cells: {steady_s:7.1f} s / {cores} cores = {steady_s / cores:.1f} s"
    )
    print(
        f"warm   (nothing changed, from the cache): {figures['warm']:8.1f} s   ({cached} of {len(runs['warm'])} cells cached)"
    )
    if "spawn" in figures:
        print(
            f"TensorFlow import per spawned cell: mean {sum(import_s) / max(1, len(import_s)):.2f} s"
        )
        print(
            f"spawn  (harness wall, --isolation spawn): {figures['spawn']:8.1f} s   spawn/floor = {figures['spawn'] / figures['floor']:.2f}"
        )
    if "peer" in figures:
        print(
            f"peer   (nox + pytest + subprocess/cell):  {figures['peer']:8.1f} s   peer/fork   = {figures['peer'] / figures['fork']:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
