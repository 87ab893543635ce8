"""Results -> verdicts: each workaround compared with what it stands against, on evidence
that was checked.

For every environment x scenario x target, a workaround is judged twice: in the default
context against the baseline, and in each context probe (jit-compile: what Keras 3 does by
itself on a GPU) against that probe alone. A verdict rests on:

- outcomes, compared by failure identity (failure class and stage), not by pass/fail alone;
- XLA evidence by identity (function and HLO hash of each module compiled), not by count;
- numerical parity with the reference config (eager) on the output arrays; when the
  reference is missing or fails the verdict says "outputs unchecked", and an output
  change alone never makes "not needed";
- cells with the same fingerprint (TensorFlow, Keras, Python, companions, devices).

Names and legend: harness.judge.vocabulary. Every verdict names its cells and says why.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from harness.config import defaults
from harness.config.matrix import Role
from harness.config.names import config_label
from harness.judge.cost import cost_between
from harness.judge.facts import (
    Evidence,
    Facts,
    Peer,
    evidence_of,
    mismatched_fingerprints,
    parity,
    side_of,
)
from harness.judge.parity import Tolerance
from harness.judge.rules import Rule, first_match, probe_rules, workaround_rules
from harness.judge.vocabulary import VerdictKind
from harness.results.nodes import tally
from harness.results.records import CellRecord, PlannedCell, Status, Verdict

__all__ = ["Tolerance", "derive_verdicts"]

# --- evidence -----------------------------------------------------------------------------


def summary(record: CellRecord | None) -> dict[str, Any]:
    """What a reader needs to judge a cell without opening it."""
    if record is None:
        return {"status": Status.MISSING.value}
    tests = {}
    if record.nodes:  # a test target's: its nodes' outcomes, the failing ones by name
        tests = {
            "tests": tally(record.nodes),
            "failing_tests": [n.text for n in record.nodes if n.outcome.failing],
        }
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
        **tests,
    }


# --- one comparison -------------------------------------------------------------------------


def _reference_problem(
    reference: CellRecord | None, name: str, against: list[CellRecord | None]
) -> str | None:
    """Why outputs cannot be checked against the reference cell, or None. A reference that
    ran on other packages than the cells it would judge cannot judge them."""
    if reference is None:
        return "outputs unchecked: no reference cell"
    evidence = evidence_of(reference)
    if evidence is not Evidence.OK or not reference.passed:
        status = reference.status if evidence is Evidence.OK else evidence
        return f"outputs unchecked: {name} {status}"
    for other in against:
        if other is not None and evidence_of(other) is Evidence.OK:
            mismatch = mismatched_fingerprints([other, reference])
            if mismatch:
                return f"outputs unchecked: {name} ran elsewhere, {mismatch}"
    return None


def workaround_facts(
    base: CellRecord | None,
    cell: CellRecord | None,
    reference: CellRecord | None,
    peers: list[tuple[str, CellRecord | None]],
    tol: Tolerance,
    *,
    base_name: str,
    reference_name: str,
    noise: str | None,
) -> Facts:
    """The facts of one workaround cell against its baseline (or context probe alone). The
    reference config judged as a workaround (in the default context) is its own reference:
    the baseline's outputs are checked against it."""
    ref_problem = _reference_problem(reference, reference_name, [base, cell])
    return Facts(
        base=side_of(base),
        work=side_of(cell),
        base_name=base_name,
        reference_problem=ref_problem,
        work_vs_ref=parity(cell, reference, tol, ref_problem),
        base_vs_ref=parity(base, reference, tol, ref_problem),
        work_vs_base=parity(cell, base, tol, None),
        mismatch=mismatched_fingerprints(r for r in (base, cell) if r is not None),
        peers=tuple(
            _peer(label, record, base, reference, tol, ref_problem)
            for label, record in peers
            if record is not None
        ),
        unknown=tuple(label for label, record in peers if record is None),
        noise=noise,
    )


def _peer(
    label: str,
    record: CellRecord,
    base: CellRecord | None,
    reference: CellRecord | None,
    tol: Tolerance,
    ref_problem: str | None,
) -> Peer:
    """Another workaround as evidence: its own, on the base's packages, or none."""
    side = side_of(record)
    if side.ok and base is not None and mismatched_fingerprints([base, record]):
        side = replace(side, evidence=Evidence.INFRA)  # it ran on other packages than the base
    return Peer(side, label, parity(record, reference, tol, ref_problem))


def probe_facts(
    cell: CellRecord | None,
    reference: CellRecord | None,
    baseline: CellRecord | None,
    tol: Tolerance,
    *,
    reference_name: str,
) -> Facts:
    """The facts of a probe (XLA forced harder) against the reference; where the reference
    cannot judge, against the baseline that passed, as a workaround is."""
    ref_problem = _reference_problem(reference, reference_name, [cell])
    base = baseline if ref_problem and baseline is not None and baseline.passed else None
    if base is not None and evidence_of(base) is not Evidence.OK:
        base = None
    return Facts(
        base=side_of(baseline),
        work=side_of(cell),
        reference_problem=ref_problem,
        work_vs_ref=parity(cell, reference, tol, ref_problem),
        work_vs_base=parity(cell, base, tol, None),
        mismatch=mismatched_fingerprints(r for r in (cell, base) if r is not None),
    )


def judge(rules: tuple[Rule, ...], facts: Facts) -> tuple[str, str, Rule]:
    rule = first_match(rules, facts)
    return rule.verdict, rule.reason(facts), rule


def _noise(records: list[CellRecord]) -> dict[tuple[str, str], str]:
    """(environment, target) -> the cell whose repeats compiled different HLO for the same
    code: there, identities are not evidence of a change."""
    noisy: dict[tuple[str, str], str] = {}
    for r in records:
        if r.xla.identity_noise:
            noisy.setdefault((r.cell.environment, r.cell.target), f"its repeats differ in {r.id}")
    return noisy


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
    # (environment, scenario, target) -> (config, context) -> its record
    groups: dict[tuple[str, str, str], dict[tuple[str, str], CellRecord | None]]
    groups = defaultdict(dict)
    roles: dict[str, Role] = {}
    for r in records:
        c = r.cell
        groups[(c.environment, c.scenario, c.target)][(c.config, c.context)] = r
        roles[c.config] = r.role
    for p in expected_cells or []:
        groups[(p.environment, p.scenario, p.target)].setdefault((p.config, p.context))
        roles.setdefault(p.config, p.role)
    noisy = _noise(records)
    workaround_table, probe_table = workaround_rules(), probe_rules()
    verdicts = []
    for (env, scenario, target), slots in sorted(groups.items()):
        baseline = next(
            (r for (n, ctx), r in slots.items() if not ctx and roles.get(n) == Role.BASELINE), None
        )
        reference = slots.get((reference_config, ""))
        for (name, context), record in slots.items():
            role = roles[name]
            if role == Role.WORKAROUND:
                base = slots.get((context, "")) if context else baseline
                peers = [
                    (config_label(n, context, " @ "), r)
                    for (n, ctx), r in slots.items()
                    if ctx == context and n != name and roles.get(n) == role
                ]
                facts = workaround_facts(
                    base,
                    record,
                    reference,
                    peers,
                    tol,
                    base_name=f"{context} alone" if context else "baseline",
                    reference_name=reference_config,
                    noise=noisy.get((env, target)),
                )
                verdict, reason, rule = judge(workaround_table, facts)
                cells = [x.id for x in (base, record) if x]
            elif role == Role.PROBE and not context:
                facts = probe_facts(
                    record, reference, baseline, tol, reference_name=reference_config
                )
                verdict, reason, rule = judge(probe_table, facts)
                cells = [record.id] if record else []
                base = baseline
            else:
                continue
            evidence = {"baseline": summary(base), "config": summary(record)}
            if reference is not None and reference is not record:
                evidence["reference"] = summary(reference)
                if reference.id not in cells and verdict not in (
                    VerdictKind.INFRA,
                    VerdictKind.MISSING,
                ):
                    cells.append(reference.id)
            blamed = {"base": [facts.base.id], "work": [facts.work.id]}.get(rule.blame)
            if rule.blame == "both":
                blamed = [facts.base.id, facts.work.id]
            verdicts.append(
                Verdict(
                    env,
                    scenario,
                    target,
                    name,
                    role,
                    verdict,
                    reason,
                    cells,
                    evidence,
                    context,
                    outputs_checked=not rule.outputs or facts.outputs_checked,
                    shows=blamed or [],
                    cost=cost_between(
                        record, base, config_label(name, context, " @ "), facts.base_name
                    ),
                )
            )
    return verdicts
