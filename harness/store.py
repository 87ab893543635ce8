"""Where results live: one folder per run, one JSON record per cell, logs beside them.

reports/<run-id>/
  plan/<env>.json           the cells each environment planned, and whether it completed
  results/<env>/<cell>.json one record per cell, written as the cell finishes
  logs/<env>/<cell>.log     the child's stdout and stderr
  results.jsonl, verdicts.json, xla_matrix.md ...   written by the report step
reports/latest -> <run-id>

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

from harness.cells import Cell

SCHEMA = 1


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(2)


def result_path(run_dir: Path, cell: Cell) -> Path:
    return run_dir / "results" / cell.environment / f"{cell.filename}.json"


def log_path(run_dir: Path, cell: Cell, attempt: int = 1) -> Path:
    repeat = f".r{attempt}" if attempt > 1 else ""
    return run_dir / "logs" / cell.environment / f"{cell.filename}{repeat}.log"


def write_json_atomic(path: str | Path, data: Any) -> None:
    """Readers see the old file or the new one, never half of one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=False, default=str))
    os.replace(tmp, path)


def read_json(path: Path) -> tuple[Any, str | None]:
    """(data, None), (None, None) when missing, (None, reason) when unreadable."""
    try:
        text = path.read_text()
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        return None, exc.strerror
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, f"not JSON ({exc.msg} at line {exc.lineno})"


def make_record(
    cell: Cell,
    role: str,
    *,
    status: str,
    failure_class: str | None,
    message: str,
    stage: dict[str, Any] | None,
) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "id": cell.id,
        "cell": cell.as_dict(),
        "role": role,
        "status": status,
        "failure_class": failure_class,
        "message": message,
        "stage": stage,
        "exception": None,
        "steps": [],
        "xla": {"modules": None, "names": []},
        "timings": {},
        "fingerprint": {},
        "applied": {},
        "target_facts": {},
    }


def attach_child_facts(record: dict[str, Any], raw: dict[str, Any] | None) -> None:
    """Copy what the child reported into the record, without interpreting it."""
    if not raw:
        return
    record["exception"] = raw.get("exception")
    record["steps"] = raw.get("steps", [])
    xla = raw.get("xla")
    if xla is not None:
        record["xla"] = {"modules": len(xla.get("modules", [])), "names": xla.get("modules", [])}
    record["timings"].update({k: round(v, 4) for k, v in raw.get("timings", {}).items()})
    for key in ("fingerprint", "applied", "target_facts"):
        record[key] = raw.get(key) or {}


def write_record(run_dir: Path, record: dict[str, Any]) -> None:
    write_json_atomic(result_path(run_dir, Cell.from_dict(record["cell"])), record)


def iter_record_files(run_dir: Path) -> Iterable[Path]:
    results = run_dir / "results"
    if results.is_dir():
        yield from sorted(results.glob("*/*.json"))


def load_records(run_dirs: Iterable[Path]) -> tuple[list[dict[str, Any]], list[str]]:
    """Every cell record under the given run folders; a cell present twice keeps the newest.

    Returns the records and the problems met (unreadable files), never silently dropping one.
    """
    by_id: dict[str, dict[str, Any]] = {}
    problems = []
    for run_dir in run_dirs:
        for path in iter_record_files(Path(run_dir)):
            data, error = read_json(path)
            if error or not isinstance(data, dict) or "cell" not in data:
                problems.append(f"{path}: {error or 'not a cell record'}")
                continue
            data.setdefault("source", str(Path(run_dir)))
            old = by_id.get(data["id"])
            if old is None or data.get("finished", "") >= old.get("finished", ""):
                by_id[data["id"]] = data
    return sorted(by_id.values(), key=lambda r: Cell.from_dict(r["cell"])), problems


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
    stamp = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
    for cell in cells:
        record = make_record(
            cell,
            roles.get(cell.config, "workaround"),
            status="infra",
            failure_class=failure_class,
            message=message,
            stage=None,
        )
        record.update(started=stamp, finished=stamp, stage_text="install")
        write_record(run_dir, record)
        count += 1
    return count


def find_run_dirs(paths: Iterable[Path], depth: int = 4) -> list[Path]:
    """Run folders (those with results/) at or below each path: CI artifacts arrive nested."""
    found: list[Path] = []
    for path in paths:
        if not Path(path).is_dir():
            from harness.errors import UsageError

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
