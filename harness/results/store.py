"""Where results live: one folder per run, one JSON record per cell, logs beside them.

reports/<run-id>/
  plan/<env>.json           the cells each environment planned, and whether it completed
  results/<env>/<cell>.json one record per cell, written as the cell finishes
  logs/<env>/<cell>.log     the child's stdout and stderr
  results.jsonl, verdicts.json, xla_matrix.md ...   written by the report step
reports/latest -> <run-id>

Records are read here and nowhere else: a file that is not a well-formed record becomes a
named problem (which file, which field) and the rest are read on.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import tempfile
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from harness.config.errors import UsageError
from harness.config.matrix import Role, check_name
from harness.config.names import Cell
from harness.config.typed import ShapeError
from harness.results import outcome, untrusted
from harness.results.records import (
    CellRecord,
    ExceptionInfo,
    FailureClass,
    Plan,
    PlannedCell,
    Stage,
    StageName,
    Status,
)


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
    """Readers see the old file or the new one, never half of one. The temporary file is
    made with O_EXCL under a name no one can guess (mkstemp), in the same folder, and renamed
    over `path`: a link planted at either name is replaced, never written through."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w") as f:
            os.fchmod(f.fileno(), 0o644)
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_json_atomic(path: str | Path, data: Any) -> None:
    write_text_atomic(
        path, json.dumps(data, indent=1, sort_keys=False, default=str, allow_nan=False)
    )


def read_json(path: Path) -> tuple[Any, str | None]:
    """(data, None), (None, None) when missing, (None, reason) when unreadable."""
    try:
        text = path.read_text()
    except FileNotFoundError:
        return None, None
    except (OSError, UnicodeDecodeError) as exc:
        return None, getattr(exc, "strerror", None) or str(exc)
    return _parse_json(text)


def _parse_json(text: str) -> tuple[Any, str | None]:
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, f"not JSON ({exc.msg} at line {exc.lineno})"
    except ValueError:  # the one other: an integer of more digits than Python converts
        return None, "not JSON (an integer too long to read)"
    except RecursionError:
        return None, "not JSON (nested too deeply)"


def read_json_inside(root: Path, rel: str) -> tuple[Any, str | None]:
    """As read_json, for a file of a run folder that may come from another job: no symbolic
    links, only regular files, at most untrusted.RECORD_LIMIT bytes."""
    try:
        data = untrusted.read_bytes(root, rel)
    except untrusted.Refused as exc:
        return (None, None) if str(exc) == "not found" else (None, str(exc))
    try:
        return _parse_json(data.decode("utf-8"))
    except UnicodeDecodeError:
        return None, "not UTF-8 text"


def new_record(
    cell: Cell,
    role: Role,
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


def _name_problems(where: str, cell: Cell | PlannedCell) -> list[str]:
    problems = []
    for key in ("environment", "target", "scenario", "config", "context"):
        name = getattr(cell, key, "")
        if key == "context" and not name:
            continue  # the default context
        problem = check_name(name)
        if problem:
            problems.append(f"{where}{key}: {name!r} {problem}")
    return problems


def _path_problem(where: str, rel: str | None, folder: str, suffix: str) -> str | None:
    """Why a path named by a record is not a file of its run folder's `folder`."""
    if rel is None:
        return None
    problem = untrusted.check_relative(rel)
    if problem is None and not (rel.startswith(f"{folder}/") and rel.endswith(suffix)):
        problem = f"not a path under {folder}/" + (f" ending {suffix}" if suffix else "")
    return f"{where}: {rel!r} is {problem}" if problem else None


_LOG_SUFFIX = re.compile(r"(\.r\d+)?(\.retry)?\.log")


def _not_its_own(
    where: str, rel: str | None, own: str, pattern: re.Pattern[str] | None
) -> str | None:
    """A record may name only its own cell's files: another cell's log or arrays would
    make the report show that cell's evidence under this one's name."""
    if rel is None or rel == own:
        return None
    if pattern is not None and rel.startswith(own) and pattern.fullmatch(rel[len(own) :]):
        return None
    return f"{where}: {rel!r} is not this cell's own file ({own}...)"


_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def spec_problems(record: CellRecord) -> list[str]:
    """A record's spec (what ran, from which a reproducer is written) names its own cell and
    the matrix entries of its names; its variables are names. Its references, requirements
    and sizes were checked by the matrix's rules when read."""
    spec = record.spec
    if spec is None:
        return []
    cell, problems = record.cell, []
    if spec.cell != cell:
        problems.append(f"spec.cell: {spec.cell.id!r} is not the record's cell {cell.id!r}")
    config = f"{cell.config}@{cell.context}" if cell.context else cell.config
    for where, name, want in (
        ("spec.config.name", spec.config.name, config),
        ("spec.scenario.name", spec.scenario.name, cell.scenario),
        ("spec.target.name", spec.target.name, cell.target),
    ):
        if name != want:
            problems.append(f"{where}: {name!r} is not the record's {want!r}")
    for env in (spec.env, spec.config.env):
        problems += [
            f"spec.env: {k!r} is not a variable name" for k in env if not _VARIABLE.fullmatch(k)
        ]
    return problems


def record_problems(record: CellRecord) -> list[str]:
    """What makes a well-typed record unfit to show: names outside matrix.toml's name rule
    (they become file names, Markdown and XML), a log, an outputs file or a dump folder
    that is not a plain relative path inside the run folder, or that belongs to another
    cell. (A role that does not exist is a ShapeError already.)"""
    problems = _name_problems("cell.", record.cell)
    if not problems:
        problems += spec_problems(record)
    paths = [("log", record.log, "logs", ".log")]
    paths += [(f"repeats[{i}].log", r.log, "logs", ".log") for i, r in enumerate(record.repeats)]
    if record.outputs is not None:
        paths.append(("outputs.file", record.outputs.file, "results", ".npz"))
    paths.append(("xla_dump", record.xla_dump, "dumps", ""))
    problems += [p for args in paths if (p := _path_problem(*args))]
    if problems:
        return problems
    cell, env = record.cell, record.cell.environment
    own = [("log", record.log, f"logs/{env}/{cell.filename}", _LOG_SUFFIX)]
    own += [
        (f"repeats[{i}].log", r.log, f"logs/{env}/{cell.filename}", _LOG_SUFFIX)
        for i, r in enumerate(record.repeats)
    ]
    if record.outputs is not None:
        own.append(
            ("outputs.file", record.outputs.file, f"results/{env}/{cell.filename}.npz", None)
        )
    own.append(("xla_dump", record.xla_dump, f"dumps/{env}/{cell.filename}", None))
    return [p for args in own if (p := _not_its_own(*args))]


def read_record(path: Path, source: Path | None = None) -> tuple[CellRecord | None, str | None]:
    """(record, None); (None, None) when there is no file; (None, problem) when malformed.

    `source` is the run folder the file belongs to (it becomes `record.source`, whatever the
    file says); the file is read without following links, from inside that folder."""
    root = source if source is not None else path.parent
    data, error = read_json_inside(root, path.relative_to(root).as_posix())
    if error:
        return None, f"{path}: {error}"
    if data is None:
        return None, None
    try:
        record = CellRecord.from_json(data, source)
    except ShapeError as exc:
        return None, f"{path}: {exc}"
    problems = record_problems(record)
    if problems:
        return None, f"{path}: {'; '.join(problems)}"
    return record, None


UNSETTLED = frozenset({Status.INTERRUPTED, Status.INFRA, Status.MISSING})
_OLDEST = datetime.min.replace(tzinfo=timezone.utc)


def settled(record: CellRecord | None) -> bool:
    """A result that says something about the cell: it ran to an outcome (pass, fail,
    timeout, crash, oom, flaky). Interrupted and infra results are there to be run again."""
    return record is not None and record.status not in UNSETTLED


def finished_at(record: CellRecord) -> datetime:
    """When the record says it finished; the oldest time when it says nothing usable."""
    try:
        when = datetime.fromisoformat(record.finished.replace("Z", "+00:00"))
    except ValueError:
        return _OLDEST
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def preference(record: CellRecord) -> tuple[bool, datetime]:
    """Which of two records of one cell a merge keeps: a settled one over one that is not,
    whatever their times; then the one that finished last."""
    return settled(record), finished_at(record)


def record_files(run_dir: Path) -> tuple[list[str], list[str]]:
    """results/<env>/<cell>.json of a run folder, relative to it; symbolic links are named
    as problems and never followed."""
    files: list[str] = []
    problems: list[str] = []
    results = run_dir / "results"
    if results.is_symlink():
        return [], [f"{results}: a symbolic link, not read"]
    if not results.is_dir():
        return [], []
    for env in sorted(os.scandir(results), key=lambda e: e.name):
        if env.is_symlink():
            problems.append(f"{env.path}: a symbolic link, not read")
            continue
        if not env.is_dir():
            continue
        for entry in sorted(os.scandir(env.path), key=lambda e: e.name):
            if not entry.name.endswith(".json") or entry.name.startswith("."):
                continue
            if entry.is_symlink():
                problems.append(f"{entry.path}: a symbolic link, not read")
                continue
            files.append(f"results/{env.name}/{entry.name}")
    return files, problems


def load_records(run_dirs: Iterable[Path]) -> tuple[list[CellRecord], list[str]]:
    """Every cell record under the given run folders; a cell present twice keeps the one
    `preference` ranks first, and two records of equal rank that differ are named, as are
    two that agree on the outcome and measured other times (whose times are kept).

    Returns the records and the problems met (unreadable or malformed files, each named with
    the field that is wrong), never silently dropping one.
    """
    by_id: dict[str, CellRecord] = {}
    problems = []
    for run_dir in map(Path, run_dirs):
        files, found = record_files(run_dir)
        problems += found
        for rel in files:
            path = run_dir / rel
            record, problem = read_record(path, run_dir)
            if record is None:
                problems.append(problem or f"{path}: vanished while reading")
                continue
            if rel != str(result_path(Path(), record.cell)):
                problems.append(f"{path}: holds the record of {record.id}, not read")
                continue
            old = by_id.get(record.id)
            if (
                old is not None
                and settled(old)
                and settled(record)
                and outcome.disagree([old, record])
            ):
                record = _conflict(old, record)
                problems.append(f"{record.id}: {record.message}")
                by_id[record.id] = record
                continue
            tie = old is not None and preference(record) == preference(old)
            if tie and record.to_json() != old.to_json():
                problems.append(
                    f"{record.id}: two different records of equal standing "
                    f"({record.status}, finished {record.finished or '?'}) in "
                    f"{old.source} and {record.source}; kept the one from {record.source}"
                )
            if old is None or preference(record) >= preference(old):
                by_id[record.id] = record
            if (
                old is not None
                and not tie
                and settled(old)
                and settled(record)
                and times(old) != times(record)
            ):
                problems.append(_measured_twice(old, record, by_id[record.id]))
            if old is not None and settled(old) and settled(record):
                noisy = outcome.identity_noise([old, record])
                by_id[record.id] = outcome.with_noise(by_id[record.id], noisy)
    return sorted(by_id.values(), key=lambda r: r.cell), problems


def times(record: CellRecord) -> list[tuple[object, ...]]:
    """What a record measured in seconds, per step: its build, first predict, XLA compile
    time and steady-state runs (a result restored from a cache keeps them)."""
    return [
        (s.step, s.build_s, s.predict_s, s.compile_s, s.steady.seconds if s.steady else None)
        for s in record.steps
    ]


def _measured_twice(old: CellRecord, new: CellRecord, kept: CellRecord) -> str:
    """Two folders agree on how one cell ended and measured other times: noise, not flaky;
    the merge keeps one record (`preference`), and says whose times its costs show."""
    other = old if kept is new else new
    return (
        f"{kept.id}: times of {kept.source} (run {kept.run_id or '?'}, finished last) kept; "
        f"{other.source} (run {other.run_id or '?'}) measured the same outcome in other "
        "times (noise, not flaky)"
    )


def _conflict(old: CellRecord, new: CellRecord) -> CellRecord:
    """Two folders disagree on how one cell ended: that is flaky, never the newer claim."""
    if old.status is Status.FLAKY:
        return old
    runs = "; ".join(f"{outcome.seen(r)} in {r.source}" for r in (old, new))
    return outcome.flaky(old, f"outcome differs between merged folders: {runs}")


def read_plan(path: Path) -> Plan | None:
    plan, _ = _read_plan(path.parent, path.name)
    return plan


def plan_problems(plan: Plan) -> list[str]:
    problems = []
    env_problem = check_name(plan.environment)
    if env_problem:
        problems.append(f"environment: {plan.environment!r} {env_problem}")
    for i, cell in enumerate(plan.cells):
        problems += _name_problems(f"cells[{i}].", cell)
    return problems


def _read_plan(root: Path, rel: str) -> tuple[Plan | None, str | None]:
    path = root / rel
    data, error = read_json_inside(root, rel)
    if error:
        return None, f"{path}: {error}"
    if data is None:
        return None, None
    try:
        plan = Plan.from_json(data)
    except ShapeError as exc:
        return None, f"{path}: {exc}"
    problems = plan_problems(plan)
    if problems:
        return None, f"{path}: {'; '.join(problems)}"
    return plan, None


def load_plans(run_dirs: Iterable[Path]) -> tuple[list[Plan], list[str]]:
    """Every plan under the run folders, and the problems met (malformed plans, named)."""
    plans, problems = [], []
    for run_dir in map(Path, run_dirs):
        folder = run_dir / "plan"
        if folder.is_symlink():
            problems.append(f"{folder}: a symbolic link, not read")
            continue
        for path in sorted(folder.glob("*.json")):
            if path.is_symlink():
                problems.append(f"{path}: a symbolic link, not read")
                continue
            plan, problem = _read_plan(run_dir, f"plan/{path.name}")
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
        write_text_atomic(run_dir.parent / "LATEST", run_dir.name + "\n")


def write_not_run(
    run_dir: Path,
    cell: Cell,
    role: Role,
    status: Status,
    message: str,
    failure_class: str | None,
    stage: StageName,
    *,
    run_id: str = "",
    exception: ExceptionInfo | None = None,
    log: bool = True,
) -> CellRecord:
    """The record of a cell that was not run: it cannot run here (infra) or the run stopped
    before it started (interrupted). With `log` it gets a log that says so, like every cell,
    with the evidence (`exception`: what failed, in its own words)."""
    record = new_record(cell, role, status, message, failure_class)
    record.stage = Stage(stage)
    record.run_id = run_id
    record.exception = exception
    if log:
        evidence = ""
        if exception is not None:
            lines = [untrusted.printable(line) for line in exception.message.splitlines()]
            evidence = "".join(f"# {exception.type}: {line}\n" for line in lines)
        path = log_path(run_dir, cell)
        write_text_atomic(
            path,
            f"# xla-matrix cell {cell.id}\n# not run: {untrusted.printable(message)}\n{evidence}",
        )
        record.log = path.relative_to(run_dir).as_posix()
    write_record(run_dir, record)
    return record


def write_infra_records(
    run_dir: Path,
    cells: Iterable[Cell],
    roles: dict[str, Role],
    message: str,
    failure_class: str = FailureClass.INSTALL,
) -> int:
    """Mark cells that could not run at all because their environment failed to install
    (the noxfile's call: the installer's output is in nox's log, the cells get none).

    A cell that already has a settled result in this folder (an earlier run that --resume
    finishes; tf-nightly reinstalls every time) keeps it: a failed reinstall says nothing
    about results already obtained. Returns how many cells were marked."""
    count = 0
    for cell in cells:
        old, _ = read_record(result_path(run_dir, cell), run_dir)
        if settled(old):
            continue
        role = roles.get(cell.config, Role.WORKAROUND)
        write_not_run(
            run_dir, cell, role, Status.INFRA, message, failure_class, StageName.INSTALL, log=False
        )
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
