"""The report of one or more run folders, independent of how it is drawn: the records, the
plans, the verdicts, the tables and what is known to be missing or malformed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from harness import store
from harness.decision import TargetDecision, decide, decision_lines
from harness.records import CellRecord, Plan, PlannedCell
from harness.report.table import Order, Table, build_tables
from harness.verdicts import Tolerance, Verdict, derive_verdicts


@dataclass
class Report:
    records: list[CellRecord]
    verdicts: list[Verdict]
    tables: list[Table]
    meta: dict[str, Any]
    problems: list[str] = field(default_factory=list)  # files that could not be read, named
    expected: list[PlannedCell] = field(default_factory=list)
    tolerance: Tolerance = field(default_factory=Tolerance)
    reference_config: str = "eager"
    decisions: list[TargetDecision] = field(default_factory=list)
    controls: frozenset[str] = frozenset()
    plans: list[Plan] = field(default_factory=list)

    @property
    def decision_lines(self) -> list[str]:
        return decision_lines(self.decisions)


def environment_sort_key(name: str) -> tuple[Any, ...]:
    """tf2.9 before tf2.12, variants after their release, nightly last."""
    numbers = tuple(int(n) for n in re.findall(r"\d+", name))
    return (name.startswith("nightly"), numbers or (10**6,), name)


def _fingerprints(records: list[CellRecord]) -> dict[str, dict[str, Any]]:
    """The versions each environment really ran, from its cells."""
    keys = (
        "python",
        "tensorflow",
        "keras",
        "keras_flavour",
        "legacy_keras",
        "numpy",
        "companions",
        "devices",
    )
    out: dict[str, dict[str, Any]] = {}
    for r in records:
        if r.fingerprint.get("tensorflow"):
            out.setdefault(r.cell.environment, {k: r.fingerprint.get(k) for k in keys})
    return out


def companion_lines(meta: dict[str, Any]) -> list[str]:
    """One line per environment whose cells had TensorFlow companions installed (what a
    project's `requires` became there), in the report's environment order."""
    fingerprints = meta.get("fingerprints", {})
    lines = []
    for env in meta.get("environments", []) or sorted(fingerprints):
        fp = fingerprints.get(env) or {}
        companions = fp.get("companions") or {}
        if companions:
            versions = ", ".join(
                f"{name} {version}" for name, version in sorted(companions.items())
            )
            lines.append(
                f"{env}: TensorFlow {fp.get('tensorflow')}, {fp.get('keras_flavour')} "
                f"{fp.get('keras')}, numpy {fp.get('numpy')}; {versions}"
            )
    return lines


def collect(run_dirs: list[Path]) -> Report:
    records, problems = store.load_records(run_dirs)
    plans, plan_problems = store.load_plans(run_dirs)
    problems += plan_problems
    expected = list({p.cell.id: p for plan in plans for p in plan.cells}.values())
    records, left_out = planned_only(records, plans)
    have = {r.id for r in records}
    settings = plans[0].settings if plans else None
    tol = Tolerance(settings.rtol, settings.atol) if settings else Tolerance()
    reference = settings.reference if settings else "eager"
    verdicts = derive_verdicts(records, tol, reference, expected)
    env_order = sorted(dict.fromkeys(p.environment for p in plans), key=environment_sort_key)
    missing = [p for p in expected if p.cell.id not in have]
    incomplete = [p.environment for p in plans if not p.complete]
    meta: dict[str, Any] = {
        "run_id": ", ".join(sorted({p.run_id for p in plans if p.run_id}))
        or (run_dirs[0].name if run_dirs else ""),
        "sources": [str(d) for d in run_dirs],
        "cells": len(records),
        "missing": len(missing),
        "environments": env_order,
        "fingerprints": _fingerprints(records),
        "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    if left_out:
        meta["left_out"] = len(left_out)
    if missing or incomplete:
        meta["incomplete"] = True
        parts = []
        if missing:
            parts.append(f"{len(missing)} planned cells have no result")
        if incomplete:
            parts.append(f"not finished: {', '.join(incomplete)}")
        meta["incomplete_reason"] = "; ".join(parts)
    order = Order(
        environments=env_order,
        targets=list(dict.fromkeys(c.target for c in expected)),
        scenarios=list(dict.fromkeys(c.scenario for c in expected)),
        configs=list(dict.fromkeys(c.config for c in expected)),
    )
    controls = frozenset(name for p in plans for name in p.settings.controls)
    tables = build_tables(records, verdicts, order, controls)
    decisions = decide(verdicts, controls)
    return Report(
        records,
        verdicts,
        tables,
        meta,
        problems,
        expected,
        tol,
        reference,
        decisions,
        controls,
        plans,
    )


def planned_only(
    records: list[CellRecord], plans: list[Plan]
) -> tuple[list[CellRecord], list[CellRecord]]:
    """(kept, left out): a record of an environment whose plans do not name its cell is
    left out (a cell no longer in the matrix, after a --resume that planned anew).
    Environments without a plan keep every record."""
    planned_envs = {p.environment for p in plans}
    planned = {c.cell.id for p in plans for c in p.cells}
    kept, left_out = [], []
    for r in records:
        (left_out if r.cell.environment in planned_envs and r.id not in planned else kept).append(r)
    return kept, left_out
