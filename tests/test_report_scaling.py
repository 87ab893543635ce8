"""The report's work grows linearly with the environments a plan names.

A crafted plan may name tens of thousands of environments within the size cap; a report that
looks for each environment's cells among all of them takes minutes there. Wall time is no
measure on a shared machine, so this counts what the report's own code executes: the lines
run inside `harness/` for a plan of E and of 4E environments (bench/report.py times it).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import FrameType
from typing import Any

from harness.report.build import report_dirs

REPO = Path(__file__).resolve().parents[1]
HARNESS = str(REPO / "harness")


def _bench_report() -> Any:
    """bench/report.py, whose crafted plan this counts (bench/ is no package)."""
    spec = importlib.util.spec_from_file_location("bench_report", REPO / "bench" / "report.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lines_run(run: Path) -> int:
    """Lines executed in harness/ while `report` judges and writes every format of `run`."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(HARNESS) else None

    sys.settrace(calls)
    try:
        report_dirs([run], run, quiet=True)
    finally:
        sys.settrace(None)
    return count


def test_the_report_is_linear_in_the_environments_a_plan_names(tmp_path: Path) -> None:
    crafted = _bench_report().crafted
    small, large = 50, 400
    # a record for every 3rd environment: the others are missing cells, which junit.xml lists
    # per environment, and the HTML's plot groups records by environment
    work = {n: lines_run(crafted(tmp_path / str(n), n, every=3)) for n in (small, large)}
    growth = work[large] / work[small]
    # linear gives at most 8x (less, with a fixed part: 7.6x measured); one pass per
    # environment over all cells gave 12.8x (the report before it was made linear)
    assert growth < 9, f"{work}: {growth:.1f}x the lines for {large // small}x the environments"
