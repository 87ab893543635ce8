"""Collect the records of one or more run folders, judge them, write every report file."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness import store
from harness.report import markdown
from harness.report.table import Order, Table, build_tables
from harness.verdicts import Tolerance, Verdict, derive_verdicts


@dataclass
class Report:
    records: list[dict[str, Any]]
    verdicts: list[Verdict]
    tables: list[Table]
    meta: dict[str, Any]
    problems: list[str] = field(default_factory=list)


def load_plans(run_dirs: list[Path]) -> list[dict[str, Any]]:
    plans = []
    for run_dir in run_dirs:
        for path in sorted((run_dir / "plan").glob("*.json")):
            data, _ = store.read_json(path)
            if isinstance(data, dict):
                plans.append(data)
    return plans


def collect(run_dirs: list[Path]) -> Report:
    records, problems = store.load_records(run_dirs)
    plans = load_plans(run_dirs)
    expected = [c for plan in plans for c in plan.get("cells", [])]
    have = {r["id"] for r in records}
    settings = next((p["settings"] for p in plans if p.get("settings")), {})
    tol = Tolerance(rtol=settings.get("rtol", 1e-3), atol=settings.get("atol", 1e-4))
    verdicts = derive_verdicts(records, tol, settings.get("reference", "eager"), expected)
    env_order = list(dict.fromkeys(p["environment"] for p in plans))
    missing = [c for c in expected if _cell_id(c) not in have]
    incomplete = [p["environment"] for p in plans if not p.get("complete")]
    meta: dict[str, Any] = {
        "run_id": ", ".join(sorted({p.get("run_id", "") for p in plans if p.get("run_id")}))
        or (run_dirs[0].name if run_dirs else ""),
        "sources": [str(d) for d in run_dirs],
        "cells": len(records),
        "missing": len(missing),
        "environments": env_order,
        "fingerprints": _fingerprints(records),
    }
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
        targets=list(dict.fromkeys(c["target"] for c in expected)),
        scenarios=list(dict.fromkeys(c["scenario"] for c in expected)),
        configs=list(dict.fromkeys(c["config"] for c in expected)),
    )
    tables = build_tables(records, verdicts, order)
    return Report(records, verdicts, tables, meta, problems)


def _cell_id(c: dict[str, str]) -> str:
    return f"{c['environment']}/{c['target']}/{c['scenario']}/{c['config']}"


def _fingerprints(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The versions each environment really ran, from its cells."""
    out: dict[str, dict[str, Any]] = {}
    for r in records:
        fp = r.get("fingerprint") or {}
        if fp.get("tensorflow"):
            out.setdefault(
                r["cell"]["environment"],
                {
                    k: fp.get(k)
                    for k in (
                        "python",
                        "tensorflow",
                        "keras",
                        "keras_flavour",
                        "legacy_keras",
                        "devices",
                    )
                },
            )
    return out


def write_files(report: Report, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    jsonl = out_dir / "results.jsonl"
    tmp = jsonl.with_suffix(".jsonl.tmp")
    with open(tmp, "w") as f:
        for r in report.records:
            f.write(json.dumps(r, default=str) + "\n")
    tmp.replace(jsonl)
    written.append(jsonl)
    verdicts = out_dir / "verdicts.json"
    store.write_json_atomic(
        verdicts, {"meta": report.meta, "verdicts": [v.as_dict() for v in report.verdicts]}
    )
    written.append(verdicts)
    md = out_dir / "xla_matrix.md"
    md.write_text(markdown.render(report.tables, report.verdicts, report.records, report.meta))
    written.append(md)
    return written


def report_dirs(dirs: list[Path], out: Path, quiet: bool) -> Report:
    """Judge the results in `dirs`, write the report files to `out`, print the table."""
    import sys

    from rich.console import Console

    from harness.report import terminal

    report = collect(dirs)
    written = write_files(report, out)
    if not quiet:
        console = Console(width=None if sys.stdout.isatty() else 120)
        terminal.render(console, report.tables, report.verdicts, report.meta)
        for problem in report.problems:
            console.print(f"[yellow]unreadable record:[/] {problem}")
        console.print(f"[dim]report: {', '.join(str(p) for p in written)}[/dim]", highlight=False)
    return report
