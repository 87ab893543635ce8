"""Where results live: one folder per run, one JSON record per cell, logs beside them.

reports/<run-id>/
  plan/<env>.json           the cells each environment planned, and whether it completed
  results/<env>/<cell>.json one record per cell, written as the cell finishes
  logs/<env>/<cell>.log     the child's stdout and stderr
  results.jsonl, verdicts.json, xla_matrix.md ...   written by the report step
reports/latest -> <run-id>

Records are read here and nowhere else: a file that is not a well-formed record becomes a
named problem (which file, which field) and the rest are read on.

Stdlib-only: the noxfile writes infra records with it when an environment cannot be installed.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from harness.errors import UsageError
from harness.records import Cell, CellRecord, Plan, Stage, Status
from harness.typed import ShapeError


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(2)


def result_path(run_dir: Path, cell: Cell) -> Path:
    return run_dir / "results" / cell.environment / f"{cell.filename}.json"


def log_path(run_dir: Path, cell: Cell, suffix: str = "") -> Path:
    """The cell's log; `suffix` tells repeats (.r2) and retries (.retry) apart."""
    return run_dir / "logs" / cell.environment / f"{cell.filename}{suffix}.log"


def inside(base: Path, relative: str) -> Path | None:
    """`base / relative` when it stays inside `base` (no absolute paths, no `..`, no
    symlink out), else None: paths named in records are untrusted."""
    rel = Path(relative)
    if rel.is_absolute() or ".." in rel.parts:
        return None
    root = base.resolve()
    path = (base / rel).resolve()
    return path if path.is_relative_to(root) and path != root else None


def dump_path(run_dir: Path, cell: Cell) -> Path:
    """A failing cell's XLA dumps (HLO text)."""
    return run_dir / "dumps" / cell.environment / cell.filename


def outputs_path(run_dir: Path, cell: Cell) -> Path:
    """The cell's output arrays (.npz), beside its record."""
    return run_dir / "results" / cell.environment / f"{cell.filename}.npz"


def write_text_atomic(path: str | Path, text: str) -> None:
    """Readers see the old file or the new one, never half of one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text)
    os.replace(tmp, path)


def write_json_atomic(path: str | Path, data: Any) -> None:
    write_text_atomic(path, json.dumps(data, indent=1, sort_keys=False, default=str))


def read_json(path: Path) -> tuple[Any, str | None]:
    """(data, None), (None, None) when missing, (None, reason) when unreadable."""
    try:
        text = path.read_text()
    except FileNotFoundError:
        return None, None
    except (OSError, UnicodeDecodeError) as exc:
        return None, getattr(exc, "strerror", None) or str(exc)
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, f"not JSON ({exc.msg} at line {exc.lineno})"


def new_record(
    cell: Cell,
    role: str,
    status: Status,
    message: str = "",
    failure_class: str | None = None,
) -> CellRecord:
    stamp = now()
    return CellRecord(
        cell=cell,
        role=role,
        status=status,
        failure_class=failure_class,
        message=message,
        started=stamp,
        finished=stamp,
    )


def write_record(run_dir: Path, record: CellRecord) -> None:
    write_json_atomic(result_path(run_dir, record.cell), record.to_json())


def read_record(path: Path, source: Path | None = None) -> tuple[CellRecord | None, str | None]:
    """(record, None); (None, None) when there is no file; (None, problem) when malformed."""
    data, error = read_json(path)
    if error:
        return None, f"{path}: {error}"
    if data is None:
        return None, None
    try:
        return CellRecord.from_json(data, source), None
    except ShapeError as exc:
        return None, f"{path}: {exc}"


def iter_record_files(run_dir: Path) -> Iterable[Path]:
    results = run_dir / "results"
    if results.is_dir():
        yield from sorted(results.glob("*/*.json"))


def load_records(run_dirs: Iterable[Path]) -> tuple[list[CellRecord], list[str]]:
    """Every cell record under the given run folders; a cell present twice keeps the newest.

    Returns the records and the problems met (unreadable or malformed files, each named with
    the field that is wrong), never silently dropping one.
    """
    by_id: dict[str, CellRecord] = {}
    problems = []
    for run_dir in run_dirs:
        for path in iter_record_files(Path(run_dir)):
            record, problem = read_record(path, Path(run_dir))
            if record is None:
                problems.append(problem or f"{path}: vanished while reading")
                continue
            old = by_id.get(record.id)
            if old is None or record.finished >= old.finished:
                by_id[record.id] = record
    return sorted(by_id.values(), key=lambda r: r.cell), problems


def read_plan(path: Path) -> Plan | None:
    plan, _ = _read_plan(path)
    return plan


def _read_plan(path: Path) -> tuple[Plan | None, str | None]:
    data, error = read_json(path)
    if error:
        return None, f"{path}: {error}"
    try:
        return (Plan.from_json(data) if data is not None else None), None
    except ShapeError as exc:
        return None, f"{path}: {exc}"


def load_plans(run_dirs: Iterable[Path]) -> tuple[list[Plan], list[str]]:
    """Every plan under the run folders, and the problems met (malformed plans, named)."""
    plans, problems = [], []
    for run_dir in run_dirs:
        for path in sorted((Path(run_dir) / "plan").glob("*.json")):
            plan, problem = _read_plan(path)
            if plan is not None:
                plans.append(plan)
            elif problem:
                problems.append(problem)
    return plans, problems


def update_latest(run_dir: Path) -> None:
    """Point reports/latest at this run (a symlink; a copy of the name where links fail)."""
    latest = run_dir.parent / "latest"
    tmp = run_dir.parent / f".latest.{os.getpid()}"
    try:
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        tmp.symlink_to(run_dir.name)
        os.replace(tmp, latest)
    except OSError:
        (run_dir.parent / "LATEST").write_text(run_dir.name + "\n")


def write_infra_records(
    run_dir: Path,
    cells: Iterable[Cell],
    roles: dict[str, str],
    message: str,
    failure_class: str = "install",
) -> int:
    """Mark cells that could not run at all (e.g. their environment failed to install)."""
    count = 0
    for cell in cells:
        record = new_record(
            cell, roles.get(cell.config, "workaround"), Status.INFRA, message, failure_class
        )
        record.stage = Stage("install")
        write_record(run_dir, record)
        count += 1
    return count


def find_run_dirs(paths: Iterable[Path], depth: int = 4) -> list[Path]:
    """Run folders (those with results/) at or below each path: CI artifacts arrive nested."""
    found: list[Path] = []
    for path in paths:
        if not Path(path).is_dir():
            raise UsageError(f"no results folder {str(path)!r}")
        frontier = [Path(path)]
        for _ in range(depth):
            nxt = []
            for d in frontier:
                if (d / "results").is_dir():
                    found.append(d)
                else:
                    nxt += sorted(p for p in d.iterdir() if p.is_dir() and not p.is_symlink())
            frontier = nxt
    return list(dict.fromkeys(found))
