"""Collect the records of one or more run folders, judge them, write every report file."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from harness import store
from harness.report import junit, markdown
from harness.report.table import Order, Table, build_tables
from harness.verdicts import Tolerance, Verdict, derive_verdicts


@dataclass
class Report:
    records: list[dict[str, Any]]
    verdicts: list[Verdict]
    tables: list[Table]
    meta: dict[str, Any]
    problems: list[str] = field(default_factory=list)
    expected_ids: list[str] = field(default_factory=list)
    tolerance: Tolerance = field(default_factory=Tolerance)
    reference_config: str = "eager"


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
    expected = list({_cell_id(c): c for plan in plans for c in plan.get("cells", [])}.values())
    have = {r["id"] for r in records}
    settings = next((p["settings"] for p in plans if p.get("settings")), {})
    tol = Tolerance(rtol=settings.get("rtol", 1e-3), atol=settings.get("atol", 1e-4))
    verdicts = derive_verdicts(records, tol, settings.get("reference", "eager"), expected)
    env_order = sorted(dict.fromkeys(p["environment"] for p in plans), key=environment_sort_key)
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
        "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
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
    return Report(
        records,
        verdicts,
        tables,
        meta,
        problems,
        [_cell_id(c) for c in expected],
        tol,
        settings.get("reference", "eager"),
    )


def environment_sort_key(name: str) -> tuple[Any, ...]:
    """tf2.9 before tf2.12, variants after their release, nightly last."""
    numbers = tuple(int(n) for n in re.findall(r"\d+", name))
    return (name.startswith("nightly"), numbers or (10**6,), name)


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


def copy_logs(report: Report, out_dir: Path) -> None:
    """A merged report carries the logs of its cells, so that its links work on their own."""
    for r in report.records:
        source = Path(r.get("source") or out_dir)
        if not r.get("log") or source.resolve() == out_dir.resolve():
            continue
        src, dest = source / r["log"], out_dir / r["log"]
        if src.is_file():
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)


def render(report: Report, fmt: str, out_dir: Path) -> str:
    if fmt == "md":
        return markdown.render(report.tables, report.verdicts, report.records, report.meta)
    if fmt == "json":
        return json.dumps(
            {"meta": report.meta, "verdicts": [v.as_dict() for v in report.verdicts]}, indent=1
        )
    if fmt == "junit":
        return junit.render(report.records, report.expected_ids, out_dir)
    if fmt == "html":
        from harness.report import html

        return html.render(report, out_dir)
    raise ValueError(fmt)


FILES = {"md": "xla_matrix.md", "json": "verdicts.json", "junit": "junit.xml", "html": "index.html"}


def write_files(report: Report, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    copy_logs(report, out_dir)
    written = []
    jsonl = out_dir / "results.jsonl"
    tmp = jsonl.with_suffix(".jsonl.tmp")
    with open(tmp, "w") as f:
        for r in report.records:
            f.write(json.dumps(r, default=str) + "\n")
    tmp.replace(jsonl)
    written.append(jsonl)
    for fmt, name in FILES.items():
        if fmt == "html" and not html_available():
            continue
        path = out_dir / name
        path.write_text(render(report, fmt, out_dir))
        written.append(path)
    return written


def html_available() -> bool:
    from importlib.util import find_spec

    return find_spec("harness.report.html") is not None and find_spec("jinja2") is not None


def report_dirs(dirs: list[Path], out: Path, quiet: bool = False, fmt: str | None = None) -> Report:
    """Judge the results in `dirs`, write every report file to `out`, then print the table
    (or the report in `fmt` on stdout)."""
    import sys

    from rich.console import Console

    from harness.report import terminal

    report = collect(dirs)
    written = write_files(report, out)
    if fmt:
        sys.stdout.write(render(report, fmt, out))
    elif not quiet:
        console = Console(width=None if sys.stdout.isatty() else 120)
        terminal.render(console, report.tables, report.verdicts, report.meta)
        for problem in report.problems:
            console.print(f"[yellow]unreadable record:[/] {problem}")
        console.print(f"[dim]report: {', '.join(str(p) for p in written)}[/dim]", highlight=False)
    return report
