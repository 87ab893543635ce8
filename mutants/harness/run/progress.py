"""Progress of a run in the terminal: one line per finished cell, a bar with done/failed/ETA.

Lines are printed by the main thread only, so output from parallel cells never interleaves.
"""

from __future__ import annotations

import sys
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from harness.judge.vocabulary import STATUS_LOOKS
from harness.results.records import CellRecord, Status
from harness.results.untrusted import printable

MARKS = {Status.PASS: "[green]ok[/]"}


class ProgressReporter:
    def __init__(self, total: int, title: str, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True, highlight=False)
        self.total = total
        self.failed = 0
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("[red]{task.fields[failed]} not passed"),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
            disable=not self.console.is_terminal,
        )
        self.task = self.progress.add_task(title, total=total, failed=0)
        self.title = title

    def __enter__(self) -> ProgressReporter:
        self.console.print(f"[bold]{self.title}[/]")
        self.progress.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.progress.stop()

    def print(self, line: str) -> None:
        """A line of the run's own (preflight, installs), above the bar."""
        self.console.print(f"xla-matrix: {escape(line)}", markup=True, soft_wrap=True)

    def on_record(self, record: CellRecord, note: str | None = None) -> None:
        status = record.status
        if not record.passed:
            self.failed += 1
        look = STATUS_LOOKS[status]
        mark = MARKS.get(status, f"[{look.style}]{status.value.upper()}[/]")
        if note:
            mark += f" [dim]({note})[/]"
        elif record.cached_from:
            mark += " [dim](cached)[/]"
        wall = record.timings.get("wall_s", 0.0)
        line = f"{mark} {record.id} [dim]{wall:.1f}s xla={record.xla_modules}[/]"
        if not record.passed:
            # long enough for TensorFlow's informative part ("... on XLA_CPU_JIT: <op>"); the
            # whole message is in the record, the table and xla_matrix.md
            message = printable(record.message)
            message = message if len(message) <= 240 else message[:239] + "…"
            line += f" [dim]{escape(message)}[/]"
        self.console.print(line, markup=True, soft_wrap=True)
        self.progress.update(self.task, advance=1, failed=self.failed)
        sys.stderr.flush()
