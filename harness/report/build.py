"""Write every report file of a judged run: results.jsonl, decision.json and each format of
harness.report.formats (Markdown, verdicts.json, JUnit XML, HTML)."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from harness.config.errors import ExitCode, UsageError
from harness.config.matrix import Matrix
from harness.judge.decision import fail_on_exit
from harness.judge.parity import MAX_FILE_BYTES as OUTPUTS_LIMIT
from harness.report.formats import FORMATS
from harness.report.model import Report, collect
from harness.results import store, untrusted
from harness.results.records import Plan, Provenance, Status


def is_source(report: Report, out_dir: Path) -> bool:
    out = out_dir.resolve()
    return any(Path(d).resolve() == out for d in report.meta.sources)


def copy_logs(report: Report, out_dir: Path) -> list[str]:
    """A merged report carries the logs (and output arrays) of its cells, so that its links
    work and its parity checks can be made again on their own.

    Each file is copied from inside the folder its record was read from to the same relative
    path inside `out_dir` (checked when the record was read), without following links: a log
    capped at untrusted.LOG_LIMIT bytes, output arrays whole up to parity's own limit or not
    at all. Returns the files that could not be copied, named."""
    problems = []
    out = out_dir.resolve()
    for r in report.records:
        if r.source is None or r.source.resolve() == out:
            continue
        logs = dict.fromkeys([r.log, *(rep.log for rep in r.repeats)])
        for rel in (log for log in logs if log):
            try:
                untrusted.copy_capped(r.source, rel, out_dir)
            except untrusted.Refused as exc:
                if str(exc) != "not found":
                    problems.append(f"{r.source / rel}: log not copied: {exc}")
        if r.outputs is not None:  # the arrays parity compares
            try:
                untrusted.copy_whole(r.source, r.outputs.file, out_dir, limit=OUTPUTS_LIMIT)
            except untrusted.Refused as exc:
                if str(exc) != "not found":
                    problems.append(f"{r.source / r.outputs.file}: outputs not copied: {exc}")
    return problems


def merged_provenance(plans: list[Plan]) -> Provenance:
    """What the plans of one environment recorded: the packages and harness hash of the
    first that recorded them (the shards of one environment install the same), every
    target's source hash."""
    recorded = [p.provenance for p in plans if p.provenance.packages or p.provenance.harness]
    if not recorded:
        return Provenance()
    targets: dict[str, str] = {}
    for provenance in recorded:
        targets.update(provenance.targets)
    first = recorded[0]
    return Provenance(harness=first.harness, targets=targets, packages=dict(first.packages))


def merged_plans(report: Report) -> list[Plan]:
    """One plan per environment for a merged folder: every planned cell, complete only when
    every plan that went into it was, and the runs' provenance (drift reads it again from
    the merged folder: what moved since a good run)."""
    out = []
    for env in dict.fromkeys(p.environment for p in report.plans):
        plans = [p for p in report.plans if p.environment == env]
        out.append(
            Plan(
                environment=env,
                cells=[c for c in report.expected if c.environment == env],
                run_id=", ".join(sorted({p.run_id for p in plans if p.run_id})),
                settings=plans[0].settings,
                started=min((p.started for p in plans if p.started), default=""),
                finished=max((p.finished for p in plans if p.finished), default=""),
                complete=all(p.complete for p in plans),
                provenance=merged_provenance(plans),
            )
        )
    return out


def write_run_folder(report: Report, out_dir: Path) -> None:
    """Make a report written elsewhere (a merge) a run folder of its own: its records and
    plans, so that `report --run-dir OUT --check` judges what the merge judged. Record and
    plan files left there by an earlier report are removed; no link is followed."""
    documents = {
        store.result_path(out_dir, r.cell).relative_to(out_dir).as_posix(): r.to_json()
        for r in report.records
    }
    for plan in merged_plans(report):
        documents[f"plan/{plan.environment}.json"] = plan.to_json()
    for rel, data in documents.items():
        untrusted.write_inside(
            out_dir, rel, [json.dumps(data, indent=1, default=str, allow_nan=False).encode()]
        )
    old, _ = store.record_files(out_dir)
    plans = out_dir / "plan"
    if plans.is_dir() and not plans.is_symlink():
        old += [f"plan/{e.name}" for e in os.scandir(plans) if e.name.endswith(".json")]
    for rel in old:
        if rel not in documents:
            os.unlink(out_dir / rel)


DECISION_FILE = "decision.json"
LOCK_FILE = ".xla-matrix-report.lock"


@contextlib.contextmanager
def folder_lock(out_dir: Path) -> Iterator[None]:
    """One report at a time writes a folder: a second `report --merge ... --out` into it
    waits for the first to finish, then writes a whole report of its own (two at once left
    record files of one and results.jsonl of the other). The lock goes with the process."""
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(
            out_dir / LOCK_FILE,
            os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK,
            0o644,
        )
    except OSError as exc:
        raise UsageError(f"{out_dir}: cannot lock it for the report: {exc.strerror}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UsageError(f"{out_dir / LOCK_FILE}: not a regular file")
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def write_files(report: Report, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    report.problems += copy_logs(report, out_dir)
    if not is_source(report, out_dir):
        write_run_folder(report, out_dir)
    written = []
    jsonl = out_dir / "results.jsonl"
    store.write_text_atomic(
        jsonl,
        "".join(
            json.dumps(r.to_json(), default=str, allow_nan=False) + "\n" for r in report.records
        ),
    )
    written.append(jsonl)
    decision = out_dir / DECISION_FILE
    store.write_json_atomic(decision, [d.as_dict() for d in report.decisions])
    written.append(decision)
    for fmt in FORMATS.values():
        if not fmt.available:
            continue
        path = out_dir / fmt.filename
        store.write_text_atomic(path, fmt.render(report, out_dir))
        written.append(path)
    return written


def report_dirs(
    dirs: list[Path],
    out: Path,
    quiet: bool = False,
    fmt: str | None = None,
    matrix: Matrix | None = None,
) -> Report:
    """Judge the results in `dirs`, write every report file to `out`, then print the table
    (or the report in `fmt` on stdout)."""
    import sys

    from rich import markup
    from rich.console import Console

    from harness.report import terminal
    from harness.results.untrusted import printable

    with folder_lock(out):
        report = collect(dirs, matrix)
        written = write_files(report, out)
    if fmt:
        sys.stdout.write(FORMATS[fmt].render(report, out))
    elif not quiet:
        console = Console(width=None if sys.stdout.isatty() else terminal.WIDTH)
        terminal.render_report(console, report)
        for problem in report.problems:
            console.print(f"[yellow]problem:[/] {markup.escape(printable(problem))}")
        html = next((p for p in written if p.suffix == ".html"), written[-1])
        others = ", ".join(p.name for p in written if p != html)
        console.print(f"[dim]report: {html} (and {others} beside it)[/dim]", highlight=False)
    return report


# what a cell that never ran is recorded as
NOT_RUN = frozenset({Status.INFRA, Status.INTERRUPTED, Status.MISSING})


def exit_code(report: Report, fail_on: list[str]) -> int:
    """The judged run's exit code: NOTHING_RAN when cells could not run (infra) and none
    ran, VERDICT when a --fail-on verdict appeared outside the controls, else OK. Cells
    that could not run in some environments are said on stderr, and are a failure only
    with --fail-on infra. (A run with no result at all, or only missing and interrupted
    ones, is an incomplete report, marked as such.)"""
    import sys

    ran = [r for r in report.records if r.status not in NOT_RUN]
    infra = [r for r in report.records if r.status is Status.INFRA]
    failed = fail_on_exit(report.verdicts, fail_on, report.controls)
    if infra and not ran:
        print(
            f"xla-matrix: no cell could run ({len(infra)} infra, none ran): nothing was judged",
            file=sys.stderr,
        )
        return ExitCode.NOTHING_RAN
    if infra and "infra" not in fail_on:
        envs = ", ".join(dict.fromkeys(r.cell.environment for r in infra))
        print(
            f"xla-matrix: {len(infra)} of {len(report.records)} cells could not run (infra, in "
            f"{envs}); their reasons are in the table and the report (--fail-on infra makes "
            f"that exit {int(ExitCode.VERDICT)})",
            file=sys.stderr,
        )
    return ExitCode.VERDICT if failed else ExitCode.OK
