"""Progress of a run in the terminal, quiet enough for hundreds of cells.

What is printed, for each environment's run:

- its title (how many cells, how many at a time), then nothing per cell that went as it
  should: a pass, a control's expected failure (its target's `expect` in matrix.toml, e.g.
  singleton is expected broken), a result from the cache;
- every unexpected failure, one line with its informative message, as it happens;
- cells that could not run (infra) once per reason with their count, never once per cell;
- in a terminal, rich's progress bar (done, unexpected failures, elapsed, time left); outside
  one (CI logs, `nox ... | tee`), a counter line at most every COUNTER_EVERY_S seconds, "n of N
  cells, about M min left", the estimate measured from the cells that ran so far;
- at the end, one line that adds it up.

`--verbose` prints one line per cell instead, as each finishes, a control's expected
failure marked as such. Lines are printed by the main thread only, so output from parallel
cells never interleaves.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
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
from harness.report.decision_view import clip_line
from harness.results.records import CellRecord, Status

MARKS = {Status.PASS: "[green]ok[/]"}
COUNTER_EVERY_S = 30.0  # outside a terminal: a counter line at most this often
MESSAGE_CHARS = 200  # of an unexpected failure's message (the whole one is in the record)
# statuses that say something about the model (infra and interruptions say nothing)
FAILED = frozenset({Status.FAIL, Status.TIMEOUT, Status.CRASH, Status.OOM, Status.FLAKY})


def cells(n: int) -> str:
    return f"{n} cell" if n == 1 else f"{n} cells"


def duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60} min {seconds % 60:02d} s"


def time_left(seconds: float) -> str:
    if seconds < 60:
        return "less than a minute left"
    return f"about {round(seconds / 60)} min left"


class ProgressReporter:
    """Counts what finished and prints what a reader needs (see the module's docstring).

    `expected_failures`: the targets whose failed cells are expected (controls), with what
    they are expected to give. `clock` is time.monotonic, replaceable in tests."""

    def __init__(
        self,
        total: int,
        title: str,
        console: Console | None = None,
        *,
        name: str = "",
        expected_failures: dict[str, str] | None = None,
        verbose: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.console = console or Console(stderr=True, highlight=False)
        self.total = total
        self.title = title
        self.name = name or title.split(":", 1)[0]
        self.expected_failures = expected_failures or {}
        self.verbose = verbose
        self.clock = clock
        self.done = 0
        self.passed = 0
        self.expected = 0  # controls' failures, as their expectation says
        self.failed = 0  # unexpected failures
        self.infra = 0
        self.interrupted = 0
        self.cached = 0  # from the result cache
        self.kept = 0  # kept from the earlier run by --resume
        self.ran = 0  # cells that ran in this process: what the estimate is measured on
        self.started = clock()
        self.running_since: float | None = None
        self.last_counter = self.started
        self._infra_seen: set[str] = set()
        self.tty = self.console.is_terminal
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
            disable=not self.tty,
        )
        self.task = self.progress.add_task(self.name, total=total, failed=0)

    def __enter__(self) -> ProgressReporter:
        self.console.print(f"[bold]{escape(self.title)}[/]", soft_wrap=True)
        self.progress.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.progress.stop()
        self.console.print(escape(self.summary()), highlight=False, soft_wrap=True)
        sys.stderr.flush()

    def print(self, line: str) -> None:
        """A line of the run's own (preflight, installs), above the bar."""
        self.console.print(f"xla-matrix: {escape(line)}", markup=True, soft_wrap=True)

    def detail(self, line: str) -> None:
        """A line of the run's own that only --verbose prints (the preflight's timing)."""
        if self.verbose:
            self.print(line)

    def start_running(self) -> None:
        """The cells start now (after the cache, the preflight): the estimate starts here."""
        self.running_since = self.clock()

    def not_run(self, where: str, records: list[CellRecord], reason: str) -> None:
        """Cells recorded without running (infra: an install or the preflight said why): one
        line for all of them, then each is counted."""
        if records:
            self.print(f"{where}: {cells(len(records))} infra: {reason}")
            self._infra_seen.add(records[0].message)
        for record in records:
            self.on_record(record)

    def is_expected(self, record: CellRecord) -> bool:
        return record.status is Status.FAIL and record.cell.target in self.expected_failures

    def on_record(self, record: CellRecord, note: str | None = None) -> None:
        self.done += 1
        kept = note == "kept"
        from_cache = bool(kept or record.cached_from)
        self.cached += from_cache and not kept
        self.kept += kept
        status = record.status
        if record.passed:
            self.passed += 1
        elif self.is_expected(record):
            self.expected += 1
        elif status in FAILED:
            self.failed += 1
        elif status is Status.INFRA:
            self.infra += 1
        else:
            self.interrupted += 1
        if not from_cache and status not in (Status.INFRA, Status.INTERRUPTED):
            self.ran += 1
        unexpected = status in FAILED and not self.is_expected(record) and not from_cache
        new_reason = status is Status.INFRA and record.message not in self._infra_seen
        if status is Status.INFRA:  # said once per reason: the summary counts them
            self._infra_seen.add(record.message)
        if self.verbose or unexpected or new_reason:
            self._line(record, note)
        self.progress.update(self.task, advance=1, failed=self.failed)
        if not self.tty:
            self._counter()
        sys.stderr.flush()

    def _line(self, record: CellRecord, note: str | None) -> None:
        status = record.status
        look = STATUS_LOOKS[status]
        mark = MARKS.get(status, f"[{look.style}]{status.value.upper()}[/]")
        if self.is_expected(record):
            expected = self.expected_failures[record.cell.target]
            mark = f"[dim]{status.value.upper()} (expected: control, {escape(expected)})[/]"
        if note:
            mark += f" [dim]({note})[/]"
        elif record.cached_from:
            mark += " [dim](cached)[/]"
        wall = record.timings.get("wall_s", 0.0)
        line = f"{mark} {escape(record.id)} [dim]{wall:.1f}s xla={record.xla_modules}[/]"
        if not record.passed and not self.is_expected(record):
            # the whole message is in the record, the table and xla_matrix.md
            line += f" [dim]{escape(clip_line(record.message, MESSAGE_CHARS))}[/]"
        self.console.print(line, markup=True, soft_wrap=True)

    def _counter(self) -> None:
        now = self.clock()
        if self.done >= self.total or now - self.last_counter < COUNTER_EVERY_S:
            return
        self.last_counter = now
        line = f"{self.name}: {self.done} of {self.total} cells"
        estimate = self.left_s(now)
        if estimate is not None:
            line += f", {time_left(estimate)}"
        self.console.print(escape(line), highlight=False, soft_wrap=True)

    def left_s(self, now: float) -> float | None:
        """Seconds left, from the pace of the cells that ran so far (None before any)."""
        if self.running_since is None or self.ran == 0:
            return None
        pace = (now - self.running_since) / self.ran
        return pace * (self.total - self.done)

    def summary(self) -> str:
        """The run of this environment in one line."""
        parts = [f"{self.passed} passed"]
        if self.expected:
            parts.append(f"{self.expected} failed as their control expects")
        if self.failed:
            parts.append(f"{self.failed} failed")
        if self.infra:
            parts.append(f"{self.infra} could not run (infra)")
        if self.interrupted:
            parts.append(f"{self.interrupted} interrupted or not run")
        where = f"{self.done} of {self.total}" if self.done < self.total else f"{self.total}"
        noun = "cell" if self.total == 1 else "cells"
        line = f"{self.name}: {where} {noun} in {duration(self.clock() - self.started)}: "
        line += ", ".join(parts)
        if self.cached:
            line += f"; {'all' if self.cached == self.done else self.cached} from the cache"
        if self.kept:
            line += f"; {'all' if self.kept == self.done else self.kept} kept (--resume)"
        return line
