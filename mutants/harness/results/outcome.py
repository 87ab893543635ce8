"""How a cell ended, compared between runs of it: the one place that says two runs disagree
and makes the record flaky. Repeats of one run (--repeat, harness.run.classify) and records
of one cell met in several merged folders (harness.results.store) both go through it, by the
same rule.

Two runs of a cell disagree when they differ in status, failure class, stage or step, in
which XLA modules they compiled (count and function names), or in their outputs (each
output's digest, beyond the matrix's tolerance). Runs that compiled the same functions to
HLO that hashes differently do not disagree: that is identity noise, the measure of how far
HLO identities can be trusted in that environment (`XlaEvidence.identity_noise`), and the
judge then compares modules by count there.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from harness.config import defaults
from harness.results.records import CellRecord, FailureClass, Status

# the digest statistics compared between runs (harness.cell.evidence.digest)
_STATS = ("mean", "std", "min", "max", "p01", "p50", "p99")


def outcome(record: CellRecord) -> tuple[object, ...]:
    """What must not change between two runs of a cell: status, failure class, stage and
    step, and the XLA modules compiled (count and function names)."""
    stage = record.stage
    return (
        record.status,
        record.failure_class,
        stage.name if stage else None,
        stage.step if stage else None,
        record.xla_modules,
        tuple(sorted(record.xla.names)),
    )


def _close(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return abs(a - b) <= defaults.ATOL + defaults.RTOL * abs(b)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def _digests(record: CellRecord) -> list[tuple[int, int, dict[str, Any]]]:
    return [
        (step.step, i, d)
        for step in record.steps
        for i, d in enumerate(step.outputs)
        if isinstance(d, dict)
    ]


def outputs_differ(a: CellRecord, b: CellRecord) -> bool:
    """The two runs' outputs differ: another shape or dtype, or a statistic or the
    downsampled view beyond the tolerance. Runs without digests do not differ here."""
    da, db = _digests(a), _digests(b)
    if not da or not db:
        return False
    if [(s, i) for s, i, _ in da] != [(s, i) for s, i, _ in db]:
        return True
    for (_, _, x), (_, _, y) in zip(da, db, strict=True):
        if x.get("shape") != y.get("shape") or x.get("dtype") != y.get("dtype"):
            return True
        for key in (*_STATS, "finite", "view"):
            if (key in x or key in y) and not _close(x.get(key), y.get(key)):
                return True
    return False


def disagree(records: list[CellRecord]) -> bool:
    if len({outcome(r) for r in records}) > 1:
        return True
    first = records[0]
    return any(outputs_differ(first, r) for r in records[1:])


def identity_noise(records: Iterable[CellRecord]) -> bool:
    """Runs that compiled the same functions but not the same HLO."""
    seen = {tuple(r.xla.identities) for r in records if r.xla.modules}
    return len(seen) > 1


def with_noise(record: CellRecord, noisy: bool) -> CellRecord:
    if not noisy or record.xla.identity_noise:
        return record
    return replace(record, xla=replace(record.xla, identity_noise=True))


def seen(record: CellRecord) -> str:
    """One run's outcome in the words of a flaky record's message."""
    if record.passed:
        return f"{record.status} ({record.xla_modules} XLA modules)"
    return f"{record.status} ({record.failure_class} at {record.stage_text})"


def flaky(record: CellRecord, message: str) -> CellRecord:
    """The record, flaky: runs disagree, so no one of them is the cell's result."""
    return replace(record, status=Status.FLAKY, failure_class=FailureClass.FLAKY, message=message)


__all__ = ["disagree", "flaky", "identity_noise", "outcome", "seen", "with_noise"]
