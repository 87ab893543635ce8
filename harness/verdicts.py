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

from harness.classify import FAILING

WORKAROUND_VERDICTS = (
    "not needed",
    "inert",
    "needed",
    "ineffective",
    "broken",
    "harmful",
    "vacuous",
    "wrong output",
    "flaky",
    "infra",
    "missing",
)
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
        return f"{self.environment} / {self.scenario} / {self.target} / {self.config}"


@dataclass(frozen=True)
class Tolerance:
    rtol: float = 1e-3
    atol: float = 1e-4


# --- evidence helpers -------------------------------------------------------------------


def xla_count(record: dict[str, Any]) -> int | None:
    return (record.get("xla") or {}).get("modules")


def jit_flags(record: dict[str, Any]) -> list[Any]:
    return [s.get("jit_compile") for s in record.get("steps", [])]


def summary(record: dict[str, Any] | None) -> dict[str, Any]:
    """What a reader needs to judge a cell without opening it."""
    if record is None:
        return {"status": "missing"}
    return {
        "id": record["id"],
        "status": record["status"],
        "failure_class": record.get("failure_class"),
        "message": record.get("message", ""),
        "stage": record.get("stage_text", ""),
        "xla_modules": xla_count(record),
        "jit_compile": jit_flags(record),
        "log": record.get("log"),
        "source": record.get("source"),
    }


def _close(a: float, b: float, tol: Tolerance) -> bool:
    return abs(a - b) <= tol.atol + tol.rtol * abs(b)


def compare_outputs(a: dict[str, Any], b: dict[str, Any], tol: Tolerance) -> str | None:
    """None when the two cells' outputs agree step by step; otherwise the first difference."""
    steps_a, steps_b = a.get("steps", []), b.get("steps", [])
    if len(steps_a) != len(steps_b):
        return f"{len(steps_a)} steps vs {len(steps_b)}"
    for sa, sb in zip(steps_a, steps_b, strict=True):
        outs_a, outs_b = sa.get("outputs", []), sb.get("outputs", [])
        if len(outs_a) != len(outs_b):
            return f"step {sa.get('step')}: {len(outs_a)} outputs vs {len(outs_b)}"
        for i, (oa, ob) in enumerate(zip(outs_a, outs_b, strict=True)):
            where = f"step {sa.get('step')} output {i}"
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


def _not_run(record: dict[str, Any] | None) -> str | None:
    if record is None:
        return "missing"
    if record["status"] == "flaky":
        return "flaky"
    if record["status"] not in ("pass", *FAILING):
        return "infra" if record["status"] != "missing" else "missing"
    return None


def _passes(record: dict[str, Any]) -> bool:
    return record["status"] == "pass"


def _parity(record: dict[str, Any], reference: dict[str, Any] | None, tol: Tolerance) -> str | None:
    """A difference from the eager reference, or None (agrees, or nothing to compare with)."""
    if reference is None or not _passes(reference) or record is reference:
        return None
    return compare_outputs(record, reference, tol)


def _status_text(record: dict[str, Any]) -> str:
    if _passes(record):
        return f"passes with {xla_count(record)} XLA modules"
    return f"{record['status']}: {record.get('message', '')}"


def judge_workaround(
    baseline: dict[str, Any] | None,
    workaround: dict[str, Any] | None,
    others: list[dict[str, Any]],
    reference: dict[str, Any] | None,
    tol: Tolerance,
) -> tuple[str, str]:
    """(verdict, reason) for one workaround against its baseline."""
    for name, record in (("baseline", baseline), ("workaround", workaround)):
        problem = _not_run(record)
        if problem:
            detail = record.get("message", "") if record else "no result"
            return problem, f"{name} cell {problem}: {detail}".rstrip(": ")
    assert baseline is not None and workaround is not None
    if _passes(workaround):
        diff = _parity(workaround, reference, tol)
        if diff:
            return "wrong output", f"workaround output differs from eager beyond tolerance: {diff}"
    if _passes(baseline):
        baseline_diff = _parity(baseline, reference, tol)
        if not _passes(workaround):
            return "harmful", f"baseline passes, workaround {_status_text(workaround)}"
        if baseline_diff:
            return (
                "needed",
                f"baseline output differs from eager ({baseline_diff}); workaround agrees",
            )
        b_count, w_count = xla_count(baseline), xla_count(workaround)
        if not b_count:
            return (
                "vacuous",
                "baseline passes but XLA compiled nothing: the pass says nothing about XLA",
            )
        changes = []
        if b_count != w_count:
            changes.append(f"XLA modules {b_count} -> {w_count}")
        if jit_flags(baseline) != jit_flags(workaround):
            changes.append(f"jit_compile {jit_flags(baseline)} -> {jit_flags(workaround)}")
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
    if _passes(workaround):
        return "needed", f"baseline {_status_text(baseline)}; workaround {_status_text(workaround)}"
    rescuers = [r["cell"]["config"] for r in others if _passes(r)]
    if rescuers:
        return (
            "ineffective",
            f"baseline and workaround fail ({workaround.get('message', '')}); {', '.join(rescuers)} passes",
        )
    return "broken", f"baseline and every workaround fail: {baseline.get('message', '')}"


def judge_probe(
    probe: dict[str, Any] | None, reference: dict[str, Any] | None, tol: Tolerance
) -> tuple[str, str]:
    problem = _not_run(probe)
    if problem:
        return (
            problem,
            f"probe cell {problem}: {probe.get('message', '') if probe else 'no result'}",
        )
    assert probe is not None
    if _passes(probe):
        diff = _parity(probe, reference, tol)
        if diff:
            return "breaks", f"passes but output differs from eager: {diff}"
        return "holds", f"passes with {xla_count(probe)} XLA modules"
    return "breaks", probe.get("message", "")


def derive_verdicts(
    records: list[dict[str, Any]],
    tol: Tolerance | None = None,
    reference_config: str = "eager",
    expected_cells: list[dict[str, str]] | None = None,
) -> list[Verdict]:
    """One verdict per environment x scenario x target x (workaround | probe) config.

    `expected_cells` (from run.json) lets a cell that never reported show as missing.
    """
    tol = tol or Tolerance()
    groups: dict[tuple[str, str, str], dict[str, dict[str, Any] | None]] = defaultdict(dict)
    roles: dict[str, str] = {}
    for r in records:
        c = r["cell"]
        groups[(c["environment"], c["scenario"], c["target"])][c["config"]] = r
        roles[c["config"]] = r.get("role", "workaround")
    for c in expected_cells or []:
        groups[(c["environment"], c["scenario"], c["target"])].setdefault(c["config"], None)
        roles.setdefault(c["config"], c.get("role", "workaround"))
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
                others = [
                    by_config[o] for o in workarounds if o != name and by_config[o] is not None
                ]
                verdict, reason = judge_workaround(baseline, record, others, reference, tol)  # type: ignore[arg-type]
                cells = [x["id"] for x in (baseline, record) if x]
            elif role == "probe":
                verdict, reason = judge_probe(record, reference, tol)
                cells = [record["id"]] if record else []
            else:
                continue
            evidence = {"baseline": summary(baseline), "config": summary(record)}
            if reference is not None and reference is not record:
                evidence["reference"] = summary(reference)
            verdicts.append(
                Verdict(env, scenario, target, name, role or "?", verdict, reason, cells, evidence)
            )
    return verdicts
