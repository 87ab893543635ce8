"""What the rules see: each cell of a comparison reduced to the facts a verdict may rest on.

The rules (harness.judge.rules) never read a record: they read `Facts`, built here from the
records of one comparison. That split is what makes the rules a specification: every fact is
a small value that a property test can generate, and every record field that matters to a
verdict is read in this one module.

A fact about a cell is only used when the cell's own evidence holds (`Evidence.OK`): it ran
the model on the same packages as the cells it is compared with, and it finished (pass or a
failure while building or predicting). Everything else is no evidence about the model or XLA,
and the rules say so instead of guessing.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from harness.judge.parity import Parity, Tolerance, compare
from harness.results.nodes import skipped_only_in_one
from harness.results.records import XLA_FAILURES, CellRecord, StageName, Status

# Stages where the model is built or run: a failure anywhere else (importing TensorFlow or the
# target, a preflight, an install) says nothing about the model. A test target's nodes run
# in setup, call and teardown (its collect is its import).
MODEL_STAGES = frozenset(
    {StageName.BUILD, StageName.PREDICT, StageName.SETUP, StageName.CALL, StageName.TEARDOWN}
)
# How far into a step (a test target's node) a failure came: build / setup first.
_LATER = {StageName.PREDICT: 1, StageName.CALL: 1, StageName.TEARDOWN: 2}
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
    "inherited",
)


class Evidence(str, enum.Enum):
    """Whether a cell's own record is evidence about the model at all."""

    OK = "ok"  # passed, or failed while building or predicting, on known packages
    MISSING = "missing"  # planned, never reported
    FLAKY = "flaky"  # outcome varied between repeats
    INFRA = "infra"  # could not run the model: install, import, interrupted, no fingerprint
    HANG = "hang"  # timed out or ran out of memory: a hang is not evidence about XLA

    def __str__(self) -> str:
        return self.value


def evidence_of(record: CellRecord) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record.status is Status.MISSING:
        return Evidence.MISSING
    if record.status is Status.FLAKY:
        return Evidence.FLAKY
    if not record.fingerprint.get("tensorflow"):
        return Evidence.INFRA  # it cannot say what it ran on
    if record.status in (Status.TIMEOUT, Status.OOM):
        stage = record.stage
        if stage is None or stage.name not in MODEL_STAGES:
            return Evidence.INFRA
        return Evidence.HANG
    if record.passed:
        return Evidence.OK
    if record.status.failing and record.stage is not None and record.stage.name in MODEL_STAGES:
        return Evidence.OK
    return Evidence.INFRA


def fingerprint(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = {k: fp.get(k) for k in FINGERPRINT_KEYS if k in fp}
    if not out.get("inherited"):
        out.pop("inherited", None)  # nothing inherited, or a record from before it was kept
    return out


def fingerprint_text(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def mismatched_fingerprints(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, or (test
    targets) one skipped a test the other ran, else None. Cells without a fingerprint are
    not compared here (their evidence is infra already)."""
    cells = list(records)
    tested = [r for r in cells if r.nodes]
    for r in tested[1:]:
        skipped = skipped_only_in_one(tested[0].nodes, r.nodes)
        if skipped:
            return f"the tests that ran differ: {skipped}: {tested[0].id} and {r.id}"
    known = [r for r in cells if r.fingerprint.get("tensorflow")]
    for r in known[1:]:
        first = known[0]  # each compared with the first
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


@dataclass(frozen=True)
class Side:
    """One cell as the rules see it."""

    id: str
    evidence: Evidence
    passed: bool = False
    # class, stage, step; a test target's adds its node and exception class (its identity
    # is node, exception class, stage: harness.results.nodes)
    failure: tuple[Any, ...] | None = None
    xla_failure: bool = False
    modules: int | None = None  # XLA modules compiled; None: not measured
    identities: frozenset[str] | None = None  # None: not every module has an HLO identity
    jit: tuple[Any, ...] = ()  # each model's resolved jit_compile
    message: str = ""  # the informative line of its failure
    status: str = ""
    stage: str = ""
    why: str = ""  # why its evidence holds or not, in words

    # (the logic lives in plain functions below, where mutation testing reaches it)
    @property
    def said(self) -> str:
        return said(self)

    @property
    def ok(self) -> bool:
        return self.evidence is Evidence.OK

    @property
    def failed(self) -> bool:
        return failed(self)

    @property
    def reached(self) -> tuple[int, int]:
        return reached(self)

    @property
    def failure_text(self) -> str:
        return failure_text(self)


def said(side: Side) -> str:
    """What the cell says of itself, for a reason."""
    return side.why or side.message or side.status or "no result"


def failed(side: Side) -> bool:
    """It failed while building or predicting, on known packages: evidence of a failure."""
    return side.evidence is Evidence.OK and not side.passed


def reached(side: Side) -> tuple[int, int]:
    """How far the scenario got before it failed: (step, 0 build / 1 predict); for a test
    target (node, 0 setup / 1 call / 2 teardown)."""
    _, stage, step = (side.failure or (None, None, None))[:3]
    return (step or 0, _LATER.get(stage, 0))


def failure_text(side: Side) -> str:
    return f"{(side.failure or (None,))[0] or side.status} at {side.stage}"


def side_of(record: CellRecord | None) -> Side:
    if record is None:  # planned, never reported: it says "no result" (`said`)
        return Side("?", Evidence.MISSING)
    modules = record.xla_modules
    ids = record.xla.identities
    complete = (
        modules is not None
        and len(ids) == modules
        and all("#" in i and not i.endswith("#") for i in ids)
    )
    stage = record.stage
    failure = (
        None
        if record.passed
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
    if failure is not None and stage is not None and stage.node:
        failure += (stage.node, record.exception.type if record.exception else None)
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        modules=modules,
        identities=frozenset(ids) if complete else None,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def _why(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and not record.fingerprint.get("tensorflow"):
        detail = f" ({record.message})" if record.message else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


UNCHECKED = Parity.unchecked


@dataclass(frozen=True)
class Peer:
    """Another workaround of the same comparison group, as evidence for claims about "every
    workaround" or "another one passes"."""

    side: Side
    label: str
    right: Parity  # its outputs against the reference (unchecked when they cannot be)

    @property
    def counts(self) -> bool:
        """A peer counts only where its own evidence holds."""
        return self.side.ok

    @property
    def rescues(self) -> bool:
        return rescues(self)

    @property
    def wrong(self) -> bool:
        return wrong(self)


def rescues(peer: Peer) -> bool:
    """It passes on its own evidence, and its outputs are not known to be wrong."""
    return peer.side.ok and peer.side.passed and not _differ(peer.right)


def wrong(peer: Peer) -> bool:
    """It passes on its own evidence with outputs known to differ from the reference."""
    return peer.side.ok and peer.side.passed and _differ(peer.right)


@dataclass(frozen=True)
class Facts:
    """One comparison: a workaround (or probe) cell and what it is judged against."""

    base: Side  # the baseline, or the context probe alone
    work: Side  # the workaround (or the probe)
    base_name: str = "baseline"
    reference_problem: str | None = None  # why outputs cannot be checked against it
    work_vs_ref: Parity = field(default_factory=lambda: UNCHECKED("not compared"))
    base_vs_ref: Parity = field(default_factory=lambda: UNCHECKED("not compared"))
    work_vs_base: Parity = field(default_factory=lambda: UNCHECKED("not compared"))
    mismatch: str | None = None  # mismatched fingerprints among the cells compared
    peers: tuple[Peer, ...] = ()
    unknown: tuple[str, ...] = ()  # other workarounds planned without a record
    noise: str | None = None  # why HLO identities are not comparable here, or None

    # --- what the rules ask (thin: the logic is in the functions below) -------------------

    @property
    def reference_usable(self) -> bool:
        return self.reference_problem is None

    @property
    def base_wrong(self) -> bool:
        return _differ(self.base_vs_ref)

    @property
    def base_right(self) -> bool:
        return _agree(self.base_vs_ref)

    @property
    def work_wrong(self) -> bool:
        return _differ(self.work_vs_ref)

    @property
    def work_right(self) -> bool:
        return _agree(self.work_vs_ref)

    @property
    def outputs_change(self) -> bool:
        return _differ(self.work_vs_base)

    @property
    def outputs_checked(self) -> bool:
        """The workaround's outputs were checked against a reference that ran."""
        return self.work_vs_ref.checked

    @property
    def measured(self) -> bool:
        return measured(self)

    @property
    def identities_comparable(self) -> bool:
        return identities_comparable(self)

    @property
    def xla_changes(self) -> list[str]:
        return xla_changes(self)

    @property
    def counted_peers(self) -> list[Peer]:
        return [p for p in self.peers if p.counts]

    @property
    def rescuers(self) -> list[str]:
        return rescuers(self)

    @property
    def unknown_peers(self) -> list[str]:
        return unknown_peers(self)

    @property
    def same_failure(self) -> bool:
        return same_failure(self)

    def gets_past(self, side: Side) -> bool:
        return gets_past(self, side)

    @property
    def every_peer_gets_past(self) -> bool:
        return every_peer_gets_past(self)


def measured(f: Facts) -> bool:
    """Both cells say how many XLA modules they compiled."""
    return f.base.modules is not None and f.work.modules is not None


def identities_comparable(f: Facts) -> bool:
    """Modules can be compared by identity: both cells recorded an HLO identity for every
    module, and identical compilations give identical HLO here (no identity noise)."""
    return f.noise is None and f.base.identities is not None and f.work.identities is not None


def xla_changes(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):  # (both hold identities)
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def rescuers(f: Facts) -> list[str]:
    """The other workarounds that pass on their own evidence with outputs not known wrong."""
    return [p.label for p in f.peers if rescues(p)]


def unknown_peers(f: Facts) -> list[str]:
    """Workarounds whose evidence is missing: a claim about "every workaround" names them."""
    return [*f.unknown, *(p.label for p in f.peers if not p.counts)]


def same_failure(f: Facts) -> bool:
    """Both failed on their own evidence, with the same class, stage and step."""
    return failed(f.base) and failed(f.work) and f.base.failure == f.work.failure


def gets_past(f: Facts, side: Side) -> bool:
    """A failing cell got further than the base's failure, and not by failing in XLA."""
    return failed(side) and not side.xla_failure and reached(side) > reached(f.base)


def every_peer_gets_past(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA. (One that passes with outputs not known
    wrong is a rescuer: the rules have said so before they ask this.)"""
    return all(p.side.passed or gets_past(f, p.side) for p in f.peers if p.counts)


def _agree(p: Parity) -> bool:
    return p.checked and p.agree


def _differ(p: Parity) -> bool:
    return p.checked and not p.agree


def parity(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or not a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(a, b, tol)
