"""How a cell ended, compared between runs of it: the one place that says two runs disagree
and makes the record flaky. Repeats of one run (--repeat, harness.run.classify) and records
of one cell met in several merged folders (harness.results.store) both go through it."""

from __future__ import annotations

from dataclasses import replace

from harness.results.records import CellRecord, FailureClass, Status


def outcome(record: CellRecord, *, detail: bool = True) -> tuple[object, ...]:
    """What must not change between two runs of a cell: status, failure class and stage;
    with `detail` (repeats of one run) also the step it stopped at and how many XLA
    modules it compiled. Merged folders compare without detail."""
    stage = record.stage
    key: tuple[object, ...] = (record.status, record.failure_class, stage.name if stage else None)
    if detail:
        key += (stage.step if stage else None, record.xla_modules)
    return key


def disagree(records: list[CellRecord], *, detail: bool = True) -> bool:
    return len({outcome(r, detail=detail) for r in records}) > 1


def seen(record: CellRecord) -> str:
    """One run's outcome in the words of a flaky record's message."""
    if record.passed:
        return f"{record.status}"
    return f"{record.status} ({record.failure_class} at {record.stage_text})"


def flaky(record: CellRecord, message: str) -> CellRecord:
    """The record, flaky: runs disagree, so no one of them is the cell's result."""
    return replace(record, status=Status.FLAKY, failure_class=FailureClass.FLAKY, message=message)
