"""What counts as bad: one probed version judged good, bad or skip from its cell records.

`--bad-if` (`BadIf`) names what is bad: the cell fails, hits a limit of this machine, gets a
verdict, fails at a stage, or is slower than its comparison cell by a factor. Only evidence
about the version is judged: a cell that could not run, hit a limit --bad-if does not name,
or failed before the stage it names is a skip with the reason, and one whose venv is at
fault says so (the probe builds it again, once).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from harness.bisect.search import BAD, GOOD, SKIP, Outcome
from harness.config.errors import UsageError
from harness.config.matrix import Settings
from harness.config.names import config_label
from harness.judge.cost import slower_by
from harness.judge.vocabulary import VerdictKind
from harness.results.records import CellRecord, FailureClass, StageName, Status

STAGES = (
    StageName.IMPORT,
    StageName.TARGET,
    StageName.BUILD,
    StageName.PREDICT,
    # a test target's: collecting its tests, then the phases of a node
    StageName.COLLECT,
    StageName.SETUP,
    StageName.CALL,
    StageName.TEARDOWN,
)

# Verdicts that say something about the cell: the ones said of a workaround or a probe.
# infra, missing, flaky and inconclusive say nothing about the version: always skipped.
JUDGED_VERDICTS = tuple(
    v.value
    for v in VerdictKind
    if v
    not in (VerdictKind.INFRA, VerdictKind.MISSING, VerdictKind.FLAKY, VerdictKind.INCONCLUSIVE)
)
# Statuses that hit a limit of this machine (time, memory), not a fault of the version:
# skipped unless --bad-if names them.
LIMITS = {Status.TIMEOUT: "timeout", Status.OOM: "oom"}
# Where an infra cell says the venv is at fault, not the target: TensorFlow would not
# import (or took too long: half byte-compiled), or the run wrote nothing. Worth one rebuild.
VENV_STAGES = (StageName.START, StageName.IMPORT)
VENV_FAULTS = (FailureClass.NO_RESULT, FailureClass.CORRUPT_RESULT)


@dataclass(frozen=True)
class BadIf:
    """`fail` (the cell does not pass), `timeout` or `oom` (it hits that limit),
    `verdict=<verdict>`, `stage=<stage name>`, or `slower=<factor>`: at some step N the
    cell's steady-state predict time is at least that factor of its comparison cell's (the
    baseline, or the context probe alone) beyond the noise (harness.judge.cost); a version
    where there is no ratio (a cell failed, no steady state) is skipped."""

    kind: str
    value: str | None = None

    @classmethod
    def parse(cls, text: str) -> BadIf:
        if text in ("fail", *LIMITS.values()):
            return cls(text)
        kind, sep, value = text.partition("=")
        if sep and kind == "verdict" and value in JUDGED_VERDICTS:
            return cls("verdict", value)
        if sep and kind == "stage" and value in STAGES:
            return cls("stage", value)
        if sep and kind == "slower" and _factor(value):
            return cls("slower", value)
        raise UsageError(
            f"--bad-if {text!r}: use fail, {', '.join(LIMITS.values())}, "
            f"verdict=<{'|'.join(JUDGED_VERDICTS)}>, stage=<{'|'.join(STAGES)}> or "
            "slower=<factor above 1, e.g. 1.5>"
        )

    @property
    def needs_baseline(self) -> bool:
        return self.kind in ("verdict", "slower")

    def __str__(self) -> str:
        return self.kind if self.value is None else f"{self.kind}={self.value}"


def judge(
    records: list[CellRecord],
    config: str,
    bad_if: BadIf,
    settings: Settings | None = None,
    context: str = "",
    timeout: float | None = None,
) -> Outcome:
    """Good, bad or skip for one probed version, from its cell records: the config's cell
    (within the context probe `context`, "" for none) and, for a verdict, its comparisons.

    Only evidence about the version is judged: a cell that could not run, ran out of time
    (`timeout` seconds, then twice that) or memory, or failed before the stage --bad-if
    names, is a skip with the reason, unless --bad-if names that limit."""
    settings = settings or Settings()
    cell = next((r for r in records if r.cell.config == config and r.cell.context == context), None)
    if cell is None:
        return Outcome(SKIP, "no result for the cell", venv_fault=not records)
    cells = [r.id for r in records]
    evidence = f"{cell.status}" + (
        f" at {cell.stage_text}: {cell.message}" if not cell.passed else ""
    )
    evidence += f" [xla modules {cell.xla_modules}]"
    if cell.status in (Status.INFRA, Status.MISSING, Status.INTERRUPTED, Status.FLAKY):
        why = cell.message or str(cell.status)
        why = why if cell.status is Status.INFRA else f"{cell.status}: {why}"
        stage = cell.stage.name if cell.stage else StageName.START
        fault = cell.status is Status.INFRA and (
            stage in VENV_STAGES or cell.failure_class in VENV_FAULTS
        )
        return Outcome(SKIP, f"cannot judge: {why}", cells, venv_fault=fault)
    compared = records if bad_if.needs_baseline else [cell]
    for record in compared:
        limit = LIMITS.get(record.status)
        if limit is None or (record is cell and bad_if.kind == limit):
            continue
        who = "" if record is cell else f"{config_label(record.cell.config, record.cell.context)} "
        seconds = timeout or settings.timeout
        if record.status is Status.TIMEOUT:
            again = f" and again after {2 * seconds:g} s" if record.notes else ""
            why = f"{who}timed out after {seconds:g} s{again}: not judged; raise --timeout"
        else:
            why = f"{who}ran out of memory ({record.message}): not judged"
        return Outcome(SKIP, f"{why} (--bad-if {limit} counts it as bad)", cells)
    if bad_if.kind in LIMITS.values():
        if cell.passed or cell.status.value == bad_if.kind:
            return Outcome(GOOD if cell.passed else BAD, evidence, cells)
        return Outcome(
            SKIP, f"{evidence}: failed before it could show a {bad_if.kind}: not judged", cells
        )
    if bad_if.kind == "fail":
        return Outcome(BAD if not cell.passed else GOOD, evidence, cells)
    if bad_if.kind == "stage":
        return _judge_stage(cell, str(bad_if.value), evidence, cells)
    from harness.judge.verdicts import Tolerance, derive_verdicts  # numpy: only for verdicts

    tol = Tolerance(rtol=settings.rtol, atol=settings.atol)
    verdicts = [
        v
        for v in derive_verdicts(records, tol, settings.reference)
        if v.config == config and v.context == context
    ]
    if not verdicts:
        label = config_label(config, context, " @ ")
        return Outcome(SKIP, f"no verdict for {label} (is it a workaround or probe config?)", cells)
    v = verdicts[0]
    if bad_if.kind == "slower":
        slow, words = slower_by(v.cost, float(str(bad_if.value)))
        if slow is None:
            return Outcome(SKIP, f"cannot judge its speed: {words}", cells)
        return Outcome(BAD if slow else GOOD, f"steady-state predict time: {words}", cells)
    if v.verdict not in JUDGED_VERDICTS:
        return Outcome(SKIP, f"verdict {v.verdict}: {v.reason}", cells)
    return Outcome(
        BAD if v.verdict == bad_if.value else GOOD, f"verdict {v.verdict}: {v.reason}", cells
    )


def _factor(text: str) -> bool:
    try:
        return 1 < float(text) < math.inf and text.strip() == text
    except ValueError:
        return False


def _judge_stage(cell: CellRecord, stage: str, evidence: str, cells: list[str]) -> Outcome:
    """Bad when the cell fails at `stage`, good when it passes or gets past it; a cell that
    fails before it never reached the stage: it cannot say."""
    if cell.passed:
        return Outcome(GOOD, evidence, cells)
    where = cell.stage.name if cell.stage else None
    if where == stage:
        return Outcome(BAD, evidence, cells)
    if where in STAGES and STAGES.index(where) > STAGES.index(stage):
        return Outcome(GOOD, evidence, cells)
    return Outcome(
        SKIP,
        f"{evidence}: failed at {cell.stage_text}, before {stage}: cannot tell whether "
        f"{stage} is bad",
        cells,
    )
