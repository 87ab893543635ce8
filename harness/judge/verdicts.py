"""Results -> verdicts: each workaround compared with what it stands against, on evidence
that was checked.

For every environment x scenario x target, a workaround is judged twice: in the default
context against the baseline, and in each context probe (jit-compile: what Keras 3 does by
itself on a GPU) against that probe alone. A verdict rests on:

- outcomes, compared by failure identity (failure class and stage), not by pass/fail alone;
- XLA evidence by identity (function and HLO hash of each module compiled), not by count;
- numerical parity with the reference config (eager) on the output arrays; when the
  reference is missing or fails the verdict says "outputs unchecked" in its reason (and
  outputs_checked is false), and an output change alone never makes "not needed";
- cells with the same fingerprint (TensorFlow, Keras, Python, companions, devices).

Names and legend: harness.judge.vocabulary. Every verdict names its cells and says why.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from harness.config import defaults
from harness.config.matrix import Role
from harness.config.names import config_label
from harness.judge.parity import Parity, Tolerance, compare
from harness.judge.vocabulary import VerdictKind
from harness.results.records import (
    XLA_FAILURES,
    CellRecord,
    PlannedCell,
    StageName,
    Status,
    Verdict,
)

__all__ = ["Tolerance", "derive_verdicts"]

# Stages where the model is built or run: a failure anywhere else (importing TensorFlow or the
# target, a preflight, an install) says nothing about the model.
MODEL_STAGES = frozenset({StageName.BUILD, StageName.PREDICT})
# What a cell's fingerprint must share with the cells it is compared with.
FINGERPRINT_KEYS = (
    "python",
    "tensorflow",
    "tensorflow_dist",
    "keras",
    "keras_flavour",
    "tf_keras",
    "numpy",
    "companions",
    "requires",
    "devices",
)


# --- evidence -----------------------------------------------------------------------------


def summary(record: CellRecord | None) -> dict[str, Any]:
    """What a reader needs to judge a cell without opening it."""
    if record is None:
        return {"status": Status.MISSING.value}
    return {
        "id": record.id,
        "status": record.status.value,
        "failure_class": record.failure_class,
        "message": record.message,
        "stage": record.stage_text,
        "xla_modules": record.xla_modules,
        "jit_compile": record.jit_flags,
        "log": record.log,
        "source": str(record.source) if record.source else None,
    }


def compare_outputs(a: CellRecord, b: CellRecord, tol: Tolerance) -> str | None:
    """None when the two cells' output arrays agree (or cannot be compared); otherwise
    where and by how much they differ. For display; verdicts use `compare`."""
    parity = compare(a, b, tol)
    return parity.text if parity.checked and not parity.agree else None


def failure_identity(record: CellRecord) -> tuple[str | None, str | None, int | None]:
    """How a cell failed: class and stage. Two failures are the same when these are."""
    stage = record.stage
    return (record.failure_class, stage.name if stage else None, stage.step if stage else None)


def failure_text(record: CellRecord) -> str:
    return f"{record.failure_class or record.status.value} at {record.stage_text}"


def is_xla_failure(record: CellRecord) -> bool:
    return not record.passed and record.failure_class in XLA_FAILURES


def ran_xla(record: CellRecord) -> bool:
    return bool(record.xla_modules)


def _fingerprint(record: CellRecord) -> dict[str, Any] | None:
    fp = record.fingerprint
    if not fp.get("tensorflow"):
        return None  # the cell never imported TensorFlow: nothing to compare
    return {k: fp.get(k) for k in FINGERPRINT_KEYS if k in fp}


def _fingerprint_text(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    if fp.get("companions"):
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(fp["companions"].items())))
    return ", ".join(parts)


def mismatched_fingerprints(records: list[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices."""
    first: CellRecord | None = None
    for r in records:
        fp = _fingerprint(r)
        if fp is None:
            continue
        if first is None:
            first = r
            continue
        base = _fingerprint(first)
        keys = {k for k in fp.keys() | (base or {}).keys() if fp.get(k) != (base or {}).get(k)}
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(sorted(keys))}): {first.id} ran on "
                f"{_fingerprint_text(first)}; {r.id} on {_fingerprint_text(r)}"
            )
    return None


def _not_run(record: CellRecord | None) -> VerdictKind | None:
    """The verdict when a cell gives no evidence about the model: missing, flaky or infra.
    A failure before any model was built (importing TensorFlow or the target) is infra
    whatever the record calls it: records from other jobs are judged by the same rule."""
    if record is None or record.status is Status.MISSING:
        return VerdictKind.MISSING
    if record.status is Status.FLAKY:
        return VerdictKind.FLAKY
    if not (record.passed or record.status.failing):
        return VerdictKind.INFRA
    if not record.passed and (record.stage is None or record.stage.name not in MODEL_STAGES):
        return VerdictKind.INFRA
    if record.passed and not record.fingerprint.get("tensorflow"):
        return VerdictKind.INFRA  # a pass that cannot say what it ran on is no evidence
    return None


def _outcome(record: CellRecord) -> str:
    if record.passed:
        return f"passes with {record.xla_modules} XLA modules"
    return f"{record.status}: {record.message}"


# --- one comparison -------------------------------------------------------------------------


@dataclass
class Comparison:
    """A workaround (or probe) cell and what it is judged against, in one context."""

    base: CellRecord | None  # the baseline, or the context probe alone
    cell: CellRecord | None
    others: list[CellRecord]  # the other workarounds in the same context
    reference: CellRecord | None  # the numerical reference (eager), default context
    tol: Tolerance
    base_name: str = "baseline"
    is_reference: bool = False  # this cell is the reference itself: no parity with itself
    unknown: list[str] = field(default_factory=list)  # other workarounds planned, no record

    def reference_problem(self) -> str | None:
        """Why outputs cannot be checked against the reference, or None."""
        if self.is_reference:
            return None
        if self.reference is None:
            return "outputs unchecked: no reference cell"
        if not self.reference.passed:
            return f"outputs unchecked: {self.reference.cell.config} {self.reference.status}"
        return None

    def parity(self, record: CellRecord) -> Parity:
        problem = self.reference_problem()
        if problem or self.reference is None:
            return Parity.unchecked(problem or "")
        return compare(record, self.reference, self.tol)


class Judgement(NamedTuple):
    verdict: VerdictKind
    reason: str
    # False when the outputs the verdict rests on could not be checked against the
    # reference (the reason says why); a verdict that does not rest on outputs keeps True
    outputs_checked: bool = True


def _with_unchecked(verdict: VerdictKind, reason: str, problem: str | None) -> Judgement:
    """The verdict, and why its outputs could not be checked, if they could not."""
    if problem:
        return Judgement(verdict, f"{reason} ({problem})", outputs_checked=False)
    return Judgement(verdict, reason)


def judge_workaround(c: Comparison) -> Judgement:
    """The verdict on one workaround cell against its baseline (or context probe)."""
    base, cell = c.base, c.cell
    for name, record in ((c.base_name, base), ("workaround", cell)):
        problem = _not_run(record)
        if problem:
            detail = record.message if record else "no result"
            return Judgement(problem, f"{name} cell {problem}: {detail}".rstrip(": "))
    assert base is not None and cell is not None
    involved = [base, cell, *([c.reference] if c.reference is not None else [])]
    mismatch = mismatched_fingerprints(involved)
    if mismatch:
        return Judgement(VerdictKind.INFRA, mismatch)
    if base.passed:
        return _base_passes(c, base, cell)
    return _base_fails(c, base, cell)


def _base_passes(c: Comparison, base: CellRecord, cell: CellRecord) -> Judgement:
    if not cell.passed:
        return Judgement(
            VerdictKind.HARMFUL,
            f"{c.base_name} passes; with the workaround {failure_text(cell)}: {cell.message}",
        )
    unmeasured = [r.id for r in (base, cell) if r.xla_modules is None]
    if unmeasured:
        return Judgement(VerdictKind.INFRA, f"no XLA evidence recorded for {', '.join(unmeasured)}")
    if not ran_xla(base):
        return Judgement(
            VerdictKind.VACUOUS,
            f"{c.base_name} passes but XLA compiled nothing: the pass says nothing about XLA",
        )
    unchecked = c.reference_problem()
    if not c.is_reference and not unchecked:
        work = c.parity(cell)
        if work.checked and not work.agree:
            return Judgement(
                VerdictKind.WRONG_OUTPUT,
                f"workaround output differs from the reference: {work.text}",
            )
        base_parity = c.parity(base)
        if base_parity.checked and not base_parity.agree and work.checked:
            return Judgement(
                VerdictKind.NEEDED,
                f"{c.base_name} output differs from the reference ({base_parity.text}); "
                f"the workaround's agrees",
            )
        if not work.checked:
            unchecked = f"outputs unchecked: {work.text}"
    changes = _xla_changes(base, cell)
    if changes:
        return _with_unchecked(
            VerdictKind.NOT_NEEDED,
            f"both pass; the workaround changes {'; '.join(changes)}",
            unchecked,
        )
    if unchecked and not c.is_reference:
        direct = compare(cell, base, c.tol)
        if direct.checked and not direct.agree:
            return Judgement(
                VerdictKind.WRONG_OUTPUT,
                f"{unchecked}; outputs change under the workaround ({direct.text}) with the same "
                f"XLA evidence: one of the two is wrong",
                outputs_checked=False,
            )
    if unchecked:
        return Judgement(
            VerdictKind.INERT,
            f"both pass with the same {base.xla_modules} XLA modules (same HLO): the switch "
            f"changes nothing XLA does ({unchecked})",
            outputs_checked=False,
        )
    return Judgement(
        VerdictKind.INERT,
        f"both pass with the same {base.xla_modules} XLA modules (same HLO) and the same "
        f"outputs: the switch changes nothing",
    )


def _xla_changes(base: CellRecord, cell: CellRecord) -> list[str]:
    """What the workaround changes in the XLA evidence: the set of modules compiled, by
    identity (the same computation compiled again, e.g. on a retrace, is no change), and
    the models' resolved jit_compile."""
    before, after = set(base.xla.identities), set(cell.xla.identities)
    changes = []
    if not before and not after and base.xla_modules != cell.xla_modules:
        # records without identities (an older harness): the count is all there is
        changes.append(f"XLA modules {base.xla_modules} -> {cell.xla_modules}")
    if before - after:
        changes.append(f"XLA modules gone: {', '.join(sorted(before - after))}")
    if after - before:
        changes.append(f"XLA modules added: {', '.join(sorted(after - before))}")
    if base.jit_flags != cell.jit_flags:
        changes.append(f"jit_compile {base.jit_flags} -> {cell.jit_flags}")
    return changes


def _base_fails(c: Comparison, base: CellRecord, cell: CellRecord) -> Judgement:
    if cell.passed:
        work = c.parity(cell)
        if work.checked and not work.agree:
            return Judgement(
                VerdictKind.WRONG_OUTPUT,
                f"{c.base_name} {failure_text(base)}; the workaround passes but its output differs "
                f"from the reference: {work.text}",
            )
        reason = f"{c.base_name} {failure_text(base)}: {base.message}; workaround {_outcome(cell)}"
        problem = c.reference_problem() or (
            None if work.checked else f"outputs unchecked: {work.text}"
        )
        return _with_unchecked(VerdictKind.NEEDED, reason, problem)
    rescuers = [r.cell.label for r in c.others if r.passed]
    # claims about "every workaround" need every workaround's evidence
    unknown = c.unknown + [r.cell.label for r in c.others if _not_run(r)]
    ran = [r for r in c.others if not _not_run(r)]
    failing = [base, cell, *(r for r in ran if not r.passed)]
    any_xla = any(is_xla_failure(r) for r in failing)
    if not rescuers and not unknown and not any_xla:
        return Judgement(
            VerdictKind.BROKEN,
            f"{c.base_name} and every workaround fail, none with XLA: {base.message}",
        )
    same = failure_identity(cell) == failure_identity(base)
    if rescuers:
        rest = f"; {', '.join(rescuers)} passes"
    elif unknown:
        rest = f"; no other workaround passes ({', '.join(unknown)} gave no result)"
    else:
        rest = "; no workaround passes"
    if same:
        return Judgement(
            VerdictKind.INEFFECTIVE,
            f"fails the same way as {c.base_name} ({failure_text(base)}){rest}",
        )
    others_differ = all(
        failure_identity(r) != failure_identity(base) and not is_xla_failure(r)
        for r in ran
        if not r.passed
    )
    if (
        is_xla_failure(base)
        and not is_xla_failure(cell)
        and not rescuers
        and not unknown
        and others_differ
    ):
        return Judgement(
            VerdictKind.MASKED,
            f"{c.base_name} fails in XLA ({failure_text(base)}: {base.message}); every workaround "
            f"gets past it and fails some other way, this one {failure_text(cell)}: {cell.message}",
        )
    return Judgement(
        VerdictKind.FAILS_DIFFERENTLY,
        f"fails differently: {failure_text(cell)} ({cell.message}); {c.base_name} "
        f"{failure_text(base)}{rest}",
    )


def judge_probe(c: Comparison) -> Judgement:
    """holds / breaks for a probe config (XLA forced harder), with parity against eager."""
    cell = c.cell
    problem = _not_run(cell)
    if problem:
        return Judgement(problem, f"probe cell {problem}: {cell.message if cell else 'no result'}")
    assert cell is not None
    mismatch = mismatched_fingerprints([r for r in (cell, c.reference) if r is not None])
    if mismatch:
        return Judgement(VerdictKind.INFRA, mismatch)
    if not cell.passed:
        return Judgement(VerdictKind.BREAKS, f"{failure_text(cell)}: {cell.message}")
    parity = c.parity(cell)
    if parity.checked and not parity.agree:
        return Judgement(
            VerdictKind.BREAKS,
            f"passes but its output differs from the reference: {parity.text}",
        )
    reason = f"passes with {cell.xla_modules} XLA modules"
    if parity.checked:
        return Judgement(VerdictKind.HOLDS, f"{reason}; outputs {parity.text}")
    return Judgement(
        VerdictKind.HOLDS, f"{reason} (outputs unchecked: {parity.text})", outputs_checked=False
    )


# --- all verdicts -------------------------------------------------------------------------


def derive_verdicts(
    records: list[CellRecord],
    tol: Tolerance | None = None,
    reference_config: str = defaults.REFERENCE,
    expected_cells: list[PlannedCell] | None = None,
) -> list[Verdict]:
    """One verdict per environment x scenario x target x (workaround | probe) config, and
    per context probe for each workaround.

    `expected_cells` (from the plans) lets a cell that never reported show as missing.
    """
    tol = tol or Tolerance()
    Slot = tuple[str, str]  # (config, context)
    groups: dict[tuple[str, str, str], dict[Slot, CellRecord | None]] = defaultdict(dict)
    roles: dict[str, Role] = {}
    for r in records:
        c = r.cell
        groups[(c.environment, c.scenario, c.target)][(c.config, c.context)] = r
        roles[c.config] = r.role
    for p in expected_cells or []:
        groups[(p.environment, p.scenario, p.target)].setdefault((p.config, p.context), None)
        roles.setdefault(p.config, p.role)
    verdicts = []
    for (env, scenario, target), slots in sorted(groups.items()):
        baseline = next(
            (r for (n, ctx), r in slots.items() if not ctx and roles.get(n) == Role.BASELINE), None
        )
        reference = slots.get((reference_config, ""))
        for (name, context), record in slots.items():
            role = roles.get(name)
            if role == Role.WORKAROUND:
                base = slots.get((context, "")) if context else baseline
                peers = [
                    (n, r)
                    for (n, ctx), r in slots.items()
                    if ctx == context and n != name and roles.get(n) == role
                ]
                comparison = Comparison(
                    base,
                    record,
                    [r for _, r in peers if r is not None],
                    reference,
                    tol,
                    f"{context} alone" if context else "baseline",
                    is_reference=(name == reference_config and not context),
                    unknown=[config_label(n, context, " @ ") for n, r in peers if r is None],
                )
                judgement = judge_workaround(comparison)
                cells = [x.id for x in (base, record) if x]
            elif role == Role.PROBE and not context:
                comparison = Comparison(None, record, [], reference, tol)
                judgement = judge_probe(comparison)
                cells = [record.id] if record else []
                base = baseline
            else:
                continue
            evidence = {"baseline": summary(base), "config": summary(record)}
            if reference is not None and reference is not record:
                evidence["reference"] = summary(reference)
                if reference.id not in cells and judgement.verdict not in (
                    VerdictKind.INFRA,
                    VerdictKind.MISSING,
                ):
                    cells.append(reference.id)
            verdicts.append(
                Verdict(
                    env,
                    scenario,
                    target,
                    name,
                    role,
                    judgement.verdict,
                    judgement.reason,
                    cells,
                    evidence,
                    context,
                    judgement.outputs_checked,
                )
            )
    return verdicts
