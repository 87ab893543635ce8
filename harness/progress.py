"""Progress of a run in the terminal: one line per finished cell, a bar with done/failed/ETA.

Lines are printed by the main thread only, so output from parallel cells never interleaves.
"""

from __future__ import annotations

import sys
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

MARKS = {"pass": "[green]ok[/]", "fail": "[red]FAIL[/]"}


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

    def on_record(self, record: dict[str, Any], note: str | None = None) -> None:
        status = record["status"]
        if status != "pass":
            self.failed += 1
        mark = MARKS.get(status, f"[bold blue]{status.upper()}[/]")
        if note:
            mark += f" [dim]({note})[/]"
        elif record.get("cached_from"):
            mark += " [dim](cached)[/]"
        wall = record.get("timings", {}).get("wall_s", 0.0)
        xla = (record.get("xla") or {}).get("modules")
        line = f"{mark} {record['id']} [dim]{wall:.1f}s xla={xla}[/]"
        if status != "pass":
            line += f" [dim]{record.get('message', '')[:160]}[/]"
        self.console.print(line, markup=True, soft_wrap=True)
        self.progress.update(self.task, advance=1, failed=self.failed)
        sys.stderr.flush()
