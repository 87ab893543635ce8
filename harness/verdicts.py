"""Results -> verdicts: each workaround compared with the baseline of its environment,
scenario and target, with a check that XLA really ran and that outputs agree with eager.

Workaround verdicts (DESIGN.md): not needed, inert, needed, ineffective, broken, harmful,
vacuous, wrong output, infra (and missing, flaky when a cell never ran or did not repeat).
Probe outcomes: holds, breaks. Every verdict names its cells and says why.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from harness.records import CellRecord, PlannedCell, Status, verdict_key
from harness.typed import from_dict

STATS = ("mean", "std", "min", "max", "p01", "p50", "p99")


@dataclass
class Verdict:
    environment: str
    scenario: str
    target: str
    config: str
    role: str
    verdict: str
    reason: str
    cells: list[str]
    evidence: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def key(self) -> str:
        return verdict_key(self.environment, self.scenario, self.target, self.config)


@dataclass
class VerdictsFile:
    """verdicts.json: what history, drift and other tools read back."""

    meta: dict[str, Any]
    verdicts: list[Verdict]

    def to_json(self) -> dict[str, Any]:
        return {"meta": self.meta, "verdicts": [v.as_dict() for v in self.verdicts]}

    @classmethod
    def from_json(cls, data: Any) -> VerdictsFile:
        return from_dict(cls, data, "", strict=False)


@dataclass(frozen=True)
class Tolerance:
    rtol: float = 1e-3
    atol: float = 1e-4


# --- evidence helpers -------------------------------------------------------------------


def summary(record: CellRecord | None) -> dict[str, Any]:
    """What a reader needs to judge a cell without opening it."""
    if record is None:
        return {"status": "missing"}
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


def _close(a: float, b: float, tol: Tolerance) -> bool:
    return abs(a - b) <= tol.atol + tol.rtol * abs(b)


def compare_outputs(a: CellRecord, b: CellRecord, tol: Tolerance) -> str | None:
    """None when the two cells' outputs agree step by step; otherwise the first difference."""
    steps_a, steps_b = a.steps, b.steps
    if len(steps_a) != len(steps_b):
        return f"{len(steps_a)} steps vs {len(steps_b)}"
    for sa, sb in zip(steps_a, steps_b, strict=True):
        outs_a, outs_b = sa.outputs, sb.outputs
        if len(outs_a) != len(outs_b):
            return f"step {sa.step}: {len(outs_a)} outputs vs {len(outs_b)}"
        for i, (oa, ob) in enumerate(zip(outs_a, outs_b, strict=True)):
            where = f"step {sa.step} output {i}"
            if oa.get("shape") != ob.get("shape"):
                return f"{where}: shape {oa.get('shape')} vs {ob.get('shape')}"
            if oa.get("finite", 1.0) != ob.get("finite", 1.0):
                return f"{where}: finite fraction {oa.get('finite')} vs {ob.get('finite')}"
            for stat in STATS:
                if stat in oa and stat in ob and not _close(oa[stat], ob[stat], tol):
                    return f"{where}: {stat} {oa[stat]:.6g} vs {ob[stat]:.6g}"
            va = [x for row in oa.get("view", []) for x in row]
            vb = [x for row in ob.get("view", []) for x in row]
            if len(va) != len(vb):
                return f"{where}: view size {len(va)} vs {len(vb)}"
            for j, (x, y) in enumerate(zip(va, vb, strict=True)):
                if not _close(x, y, tol):
                    return f"{where}: view[{j}] {x:.6g} vs {y:.6g}"
    return None


# --- verdicts ---------------------------------------------------------------------------


def _not_run(record: CellRecord | None) -> str | None:
    if record is None:
        return "missing"
    if record.status is Status.FLAKY:
        return "flaky"
    if not (record.passed or record.status.failing):
        return "infra" if record.status is not Status.MISSING else "missing"
    return None


def _parity(record: CellRecord, reference: CellRecord | None, tol: Tolerance) -> str | None:
    """A difference from the eager reference, or None (agrees, or nothing to compare with)."""
    if reference is None or not reference.passed or record is reference:
        return None
    return compare_outputs(record, reference, tol)


def _status_text(record: CellRecord) -> str:
    if record.passed:
        return f"passes with {record.xla_modules} XLA modules"
    return f"{record.status}: {record.message}"


def judge_workaround(
    baseline: CellRecord | None,
    workaround: CellRecord | None,
    others: list[CellRecord],
    reference: CellRecord | None,
    tol: Tolerance,
) -> tuple[str, str]:
    """(verdict, reason) for one workaround against its baseline."""
    for name, record in (("baseline", baseline), ("workaround", workaround)):
        problem = _not_run(record)
        if problem:
            detail = record.message if record else "no result"
            return problem, f"{name} cell {problem}: {detail}".rstrip(": ")
    assert baseline is not None and workaround is not None
    if workaround.passed:
        diff = _parity(workaround, reference, tol)
        if diff:
            return "wrong output", f"workaround output differs from eager beyond tolerance: {diff}"
    if baseline.passed:
        baseline_diff = _parity(baseline, reference, tol)
        if not workaround.passed:
            return "harmful", f"baseline passes, workaround {_status_text(workaround)}"
        if baseline_diff:
            return (
                "needed",
                f"baseline output differs from eager ({baseline_diff}); workaround agrees",
            )
        b_count, w_count = baseline.xla_modules, workaround.xla_modules
        if not b_count:
            return (
                "vacuous",
                "baseline passes but XLA compiled nothing: the pass says nothing about XLA",
            )
        changes = []
        if b_count != w_count:
            changes.append(f"XLA modules {b_count} -> {w_count}")
        if baseline.jit_flags != workaround.jit_flags:
            changes.append(f"jit_compile {baseline.jit_flags} -> {workaround.jit_flags}")
        out_diff = compare_outputs(workaround, baseline, tol)
        if out_diff:
            changes.append(f"outputs change ({out_diff})")
        if changes:
            return "not needed", "both pass; the workaround changes " + ", ".join(changes)
        return (
            "inert",
            f"both pass with {b_count} XLA modules and the same outputs: the switch changes nothing",
        )
    # baseline failed
    if workaround.passed:
        return "needed", f"baseline {_status_text(baseline)}; workaround {_status_text(workaround)}"
    rescuers = [r.cell.config for r in others if r.passed]
    if rescuers:
        return (
            "ineffective",
            f"baseline and workaround fail ({workaround.message}); {', '.join(rescuers)} passes",
        )
    return "broken", f"baseline and every workaround fail: {baseline.message}"


def judge_probe(
    probe: CellRecord | None, reference: CellRecord | None, tol: Tolerance
) -> tuple[str, str]:
    problem = _not_run(probe)
    if problem:
        return (
            problem,
            f"probe cell {problem}: {probe.message if probe else 'no result'}",
        )
    assert probe is not None
    if probe.passed:
        diff = _parity(probe, reference, tol)
        if diff:
            return "breaks", f"passes but output differs from eager: {diff}"
        return "holds", f"passes with {probe.xla_modules} XLA modules"
    return "breaks", probe.message


def derive_verdicts(
    records: list[CellRecord],
    tol: Tolerance | None = None,
    reference_config: str = "eager",
    expected_cells: list[PlannedCell] | None = None,
) -> list[Verdict]:
    """One verdict per environment x scenario x target x (workaround | probe) config.

    `expected_cells` (from the plans) lets a cell that never reported show as missing.
    """
    tol = tol or Tolerance()
    groups: dict[tuple[str, str, str], dict[str, CellRecord | None]] = defaultdict(dict)
    roles: dict[str, str] = {}
    for r in records:
        c = r.cell
        groups[(c.environment, c.scenario, c.target)][c.config] = r
        roles[c.config] = r.role
    for c in expected_cells or []:
        groups[(c.environment, c.scenario, c.target)].setdefault(c.config, None)
        roles.setdefault(c.config, c.role)
    verdicts = []
    for (env, scenario, target), by_config in sorted(groups.items()):
        baseline_name = next((n for n in by_config if roles.get(n) == "baseline"), None)
        baseline = by_config.get(baseline_name) if baseline_name else None
        reference = by_config.get(reference_config)
        workarounds = [n for n in by_config if roles.get(n) == "workaround"]
        for name in by_config:
            role = roles.get(name)
            record = by_config[name]
            if role == "workaround":
                others = [r for o in workarounds if o != name and (r := by_config[o]) is not None]
                verdict, reason = judge_workaround(baseline, record, others, reference, tol)
                cells = [x.id for x in (baseline, record) if x]
            elif role == "probe":
                verdict, reason = judge_probe(record, reference, tol)
                cells = [record.id] if record else []
            else:
                continue
            evidence = {"baseline": summary(baseline), "config": summary(record)}
            if reference is not None and reference is not record:
                evidence["reference"] = summary(reference)
            verdicts.append(
                Verdict(env, scenario, target, name, role or "?", verdict, reason, cells, evidence)
            )
    return verdicts
