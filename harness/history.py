"""History across runs: every run keeps its folder (reports/<run-id>/), so a report can show
for each cell when its verdict last changed and a short timeline of past verdicts."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path

from harness.verdicts import VerdictsFile

MAX_RUNS = 12


@dataclass
class Past:
    run_id: str
    generated: str
    verdicts: dict[str, str]  # verdict key -> verdict


def past_runs(reports_root: Path, exclude: Path | None = None, limit: int = MAX_RUNS) -> list[Past]:
    """Earlier runs under reports_root with a verdicts.json, oldest first."""
    runs = []
    if not reports_root.is_dir():
        return runs
    skip = exclude.resolve() if exclude else None
    for d in reports_root.iterdir():
        if (
            d.is_symlink()
            or not d.is_dir()
            or d.name.startswith(".")
            or (skip and d.resolve() == skip)
        ):
            continue
        try:
            data = VerdictsFile.from_json(json.loads((d / "verdicts.json").read_text()))
        except (OSError, ValueError):  # unreadable, not JSON, or not a verdicts file
            continue
        verdicts = {v.key: v.verdict for v in data.verdicts}
        runs.append(Past(d.name, str(data.meta.get("generated", "")), verdicts))
    runs.sort(key=lambda p: (p.generated, p.run_id))
    return runs[-limit:]


def timeline(key: str, current: str, past: list[Past]) -> tuple[list[tuple[str, str]], str | None]:
    """[(run_id, verdict)] for runs that had this cell, then the current one; and the run in
    which the verdict last changed (None if it never did)."""
    points = [(p.run_id, p.verdicts[key]) for p in past if key in p.verdicts]
    points.append(("this run", current))
    changed = None
    for (_, before), (run_id, after) in itertools.pairwise(points):
        if before != after:
            changed = run_id
    return points, changed
