"""The report of one or more run folders, independent of how it is drawn: the records, the
plans, the verdicts, the tables and what is known to be missing or malformed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from harness.config import defaults
from harness.config.matrix import Matrix, Role
from harness.config.typed import to_dict
from harness.judge.decision import TargetDecision, decide
from harness.judge.verdicts import Tolerance, derive_verdicts
from harness.report import controls as control_checks
from harness.report.decision_view import TargetView, views
from harness.report.table import Order, Table, build_tables
from harness.results import store
from harness.results.records import CellRecord, Plan, PlannedCell, Verdict, VerdictsFile


@dataclass
class ReportMeta:
    """What a report says about itself and the runs it judged: verdicts.json's `meta`."""

    run_id: str = ""  # the run ids of its plans, else its folder's name
    sources: list[str] = field(default_factory=list)  # the run folders read
    cells: int = 0
    missing: int = 0  # planned cells without a result
    environments: list[str] = field(default_factory=list)  # in display order
    fingerprints: dict[str, dict[str, Any]] = field(default_factory=dict)  # per environment
    provenance: dict[str, dict[str, Any]] = field(default_factory=dict)  # per environment
    started: str = ""
    generated: str = ""
    left_out: int = 0  # results of cells no longer planned
    incomplete_reason: str = ""  # why the run is incomplete; "" when it is not
    judged_by: str = ""  # the matrix file, or the run's plans

    @property
    def incomplete(self) -> bool:
        return bool(self.incomplete_reason)

    def to_json(self) -> dict[str, Any]:
        """verdicts.json's `meta`: left_out and incomplete only where they apply."""
        data = {
            k: v
            for k, v in to_dict(self).items()
            if k not in ("left_out", "incomplete_reason", "judged_by")
        }
        if self.left_out:
            data["left_out"] = self.left_out
        if self.incomplete:
            data["incomplete"] = True
            data["incomplete_reason"] = self.incomplete_reason
        data["judged_by"] = self.judged_by
        return data


@dataclass
class Report:
    records: list[CellRecord]
    verdicts: list[Verdict]
    tables: list[Table]
    meta: ReportMeta
    problems: list[str] = field(default_factory=list)  # files that could not be read, named
    expected: list[PlannedCell] = field(default_factory=list)
    tolerance: Tolerance = field(default_factory=Tolerance)
    reference_config: str = defaults.REFERENCE
    decisions: list[TargetDecision] = field(default_factory=list)
    controls: frozenset[str] = frozenset()
    plans: list[Plan] = field(default_factory=list)
    # per control with an expectation (matrix.toml's `expect`): whether it showed its verdict
    checks: dict[str, control_checks.Check] = field(default_factory=dict)

    @property
    def decision_views(self) -> list[TargetView]:
        """The decision as the reports show it, targets in the tables' order."""
        order = [t.target for t in self.tables]
        ranked = sorted(
            self.decisions,
            key=lambda d: order.index(d.target) if d.target in order else len(order),
        )
        return views(ranked, self.checks)

    @property
    def verdicts_file(self) -> VerdictsFile:
        return VerdictsFile(self.meta.to_json(), self.verdicts)


def environment_sort_key(name: str) -> tuple[Any, ...]:
    """tf2.9 before tf2.12, variants after their release, nightly last."""
    numbers = tuple(int(n) for n in re.findall(r"\d+", name))
    return (name.startswith("nightly"), numbers or (10**6,), name)


def _fingerprints(records: list[CellRecord]) -> dict[str, dict[str, Any]]:
    """The versions each environment really ran, from its cells."""
    keys = (
        "python",
        "tensorflow",
        "tensorflow_dist",
        "keras",
        "keras_flavour",
        "legacy_keras",
        "numpy",
        "companions",
        "devices",
    )
    out: dict[str, dict[str, Any]] = {}
    for r in records:
        if r.fingerprint.get("tensorflow"):
            out.setdefault(r.cell.environment, {k: r.fingerprint.get(k) for k in keys})
    return out


def companion_lines(meta: ReportMeta) -> list[str]:
    """One line per environment whose cells had TensorFlow companions installed (what a
    project's `requires` became there), in the report's environment order."""
    fingerprints = meta.fingerprints
    lines = []
    for env in meta.environments or sorted(fingerprints):
        fp = fingerprints.get(env) or {}
        companions = dict(fp.get("companions") or {})
        if fp.get("keras_flavour") == "tf-keras":
            companions.pop("tf-keras", None)  # the environment's own Keras, named already
        if companions:
            versions = ", ".join(
                f"{name} {version}" for name, version in sorted(companions.items())
            )
            lines.append(
                f"{env}: TensorFlow {fp.get('tensorflow')}, {fp.get('keras_flavour')} "
                f"{fp.get('keras')}, numpy {fp.get('numpy')}; {versions}"
            )
    return lines


def _provenance(plans: list[Plan]) -> dict[str, dict[str, Any]]:
    """Per environment: its packages and the harness and target source hashes (the shards
    of one environment plan the same; their targets are pooled)."""
    out: dict[str, dict[str, Any]] = {}
    for plan in plans:
        if not plan.provenance.packages and not plan.provenance.harness:
            continue  # a plan written before provenance was recorded
        entry = out.setdefault(plan.environment, to_dict(plan.provenance))
        entry["targets"].update(plan.provenance.targets)
    return out


@dataclass(frozen=True)
class Rules:
    """What the judge goes by: never taken from a record, and from a run's plans only when
    no matrix file is at hand and every plan agrees."""

    tolerance: Tolerance
    reference: str  # "" when unknown: outputs are then unchecked
    controls: frozenset[str]
    roles: dict[str, Role]  # config -> role
    contexts: frozenset[str]
    source: str
    # what each control is expected to give: known from a matrix file only
    expected: dict[str, control_checks.Expectation] = field(default_factory=dict)

    @classmethod
    def from_matrix(cls, matrix: Matrix) -> Rules:
        s = matrix.settings
        return cls(
            Tolerance(s.rtol, s.atol),
            s.reference,
            frozenset(t.name for t in matrix.targets.values() if t.control),
            {c.name: c.role for c in matrix.configs.values()},
            frozenset(c.name for c in matrix.contexts()),
            str(matrix.path),
            control_checks.expectations(matrix),
        )

    @classmethod
    def from_plans(cls, plans: list[Plan]) -> tuple[Rules, list[str]]:
        """The plans' settings where they all agree; where they do not, the strictest
        tolerance, no reference and no controls, and a problem saying so."""
        problems = []
        settings = {(p.settings.rtol, p.settings.atol, p.settings.reference) for p in plans}
        controls = [frozenset(p.settings.controls) for p in plans]
        if len(settings) > 1 or len(set(controls)) > 1:
            problems.append(
                "plans disagree on how to judge (tolerance, reference or controls) and no "
                "matrix file was given: judged with the strictest tolerance, outputs "
                "unchecked and no control targets"
            )
        rtol = min((s[0] for s in settings), default=defaults.RTOL)
        atol = min((s[1] for s in settings), default=defaults.ATOL)
        reference = next(iter(settings))[2] if len(settings) == 1 else ""
        roles: dict[str, Role] = {}
        for planned in (c for p in plans for c in p.cells):
            if roles.setdefault(planned.config, planned.role) != planned.role:
                problems.append(
                    f"plans disagree on the role of config {planned.config!r} "
                    f"({roles[planned.config]} and {planned.role})"
                )
        contexts = frozenset(c.context for p in plans for c in p.cells if c.context)
        common = frozenset.intersection(*controls) if controls and not problems else frozenset()
        rules = cls(Tolerance(rtol, atol), reference, common, roles, contexts, "the run's plans")
        return rules, problems

    def conform(self, records: list[CellRecord]) -> tuple[list[CellRecord], list[str]]:
        """Records whose config or context the rules do not know are left out, and a role
        that contradicts them is corrected, each with a named problem."""
        kept, problems = [], []
        for r in records:
            role = self.roles.get(r.cell.config)
            if role is None:
                problems.append(f"{r.id}: config {r.cell.config!r} is not in {self.source}")
                continue
            if r.cell.context and r.cell.context not in self.contexts:
                problems.append(f"{r.id}: {r.cell.context!r} is not a context of {self.source}")
                continue
            if r.role != role:
                problems.append(
                    f"{r.id}: says role {r.role.value!r}, {self.source} says {role.value!r}; "
                    f"judged as {role}"
                )
                r.role = role
            kept.append(r)
        return kept, problems


def collect(run_dirs: list[Path], matrix: Matrix | None = None) -> Report:
    """Judge the records of the run folders by the matrix's rules (or, without one, by the
    plans' where they agree)."""
    records, problems = store.load_records(run_dirs)
    plans, plan_problems = store.load_plans(run_dirs)
    problems += plan_problems
    if matrix is not None:
        rules = Rules.from_matrix(matrix)
    else:
        rules, disagreements = Rules.from_plans(plans)
        problems += disagreements
    expected = list({p.cell.id: p for plan in plans for p in plan.cells}.values())
    expected = [replace(p, role=rules.roles[p.config]) for p in expected if p.config in rules.roles]
    records, left_out = planned_only(records, plans)
    records, role_problems = rules.conform(records)
    problems += role_problems
    have = {r.id for r in records}
    tol, reference = rules.tolerance, rules.reference
    verdicts = derive_verdicts(records, tol, reference, expected)
    env_order = sorted(dict.fromkeys(p.environment for p in plans), key=environment_sort_key)
    missing = [p for p in expected if p.cell.id not in have]
    incomplete = [p.environment for p in plans if not p.complete]
    parts = []
    if missing:
        parts.append(f"{len(missing)} planned cells have no result")
    if incomplete:
        parts.append(f"not finished: {', '.join(incomplete)}")
    meta = ReportMeta(
        run_id=", ".join(sorted({p.run_id for p in plans if p.run_id}))
        or (run_dirs[0].name if run_dirs else ""),
        sources=[str(d) for d in run_dirs],
        cells=len(records),
        missing=len(missing),
        environments=env_order,
        fingerprints=_fingerprints(records),
        provenance=_provenance(plans),
        started=min((p.started for p in plans if p.started), default=""),
        generated=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        left_out=len(left_out),
        incomplete_reason="; ".join(parts),
        judged_by=rules.source,
    )
    order = Order(
        environments=env_order,
        targets=list(dict.fromkeys(c.target for c in expected)),
        scenarios=list(dict.fromkeys(c.scenario for c in expected)),
        configs=list(dict.fromkeys(c.config for c in expected)),
    )
    controls = rules.controls
    tables = build_tables(records, verdicts, order, controls)
    decisions = decide(verdicts, controls)
    expectations = {t: e for t, e in rules.expected.items() if t in controls}
    checks = control_checks.check(expectations, verdicts)
    return Report(
        records,
        verdicts,
        tables,
        meta,
        problems,
        expected,
        tol,
        reference,
        decisions,
        controls,
        plans,
        checks,
    )


def planned_only(
    records: list[CellRecord], plans: list[Plan]
) -> tuple[list[CellRecord], list[CellRecord]]:
    """(kept, left out): a record of an environment whose plans do not name its cell is
    left out (a cell no longer in the matrix, after a --resume that planned anew).
    Environments without a plan keep every record."""
    planned_envs = {p.environment for p in plans}
    planned = {c.cell.id for p in plans for c in p.cells}
    kept, left_out = [], []
    for r in records:
        (left_out if r.cell.environment in planned_envs and r.id not in planned else kept).append(r)
    return kept, left_out
