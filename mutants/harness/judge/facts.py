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
from harness.results.records import XLA_FAILURES, CellRecord, StageName, Status

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
    "inherited",
)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class Evidence(str, enum.Enum):
    """Whether a cell's own record is evidence about the model at all."""

    OK = "ok"  # passed, or failed while building or predicting, on known packages
    MISSING = "missing"  # planned, never reported
    FLAKY = "flaky"  # outcome varied between repeats
    INFRA = "infra"  # could not run the model: install, import, interrupted, no fingerprint
    HANG = "hang"  # timed out or ran out of memory: a hang is not evidence about XLA

    def __str__(self) -> str:
        return self.value
mutants_x_evidence_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_evidence_of__mutmut)
def evidence_of(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
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


def x_evidence_of__mutmut_orig(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
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


def x_evidence_of__mutmut_1(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None and record.status is Status.MISSING:
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


def x_evidence_of__mutmut_2(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is not None or record.status is Status.MISSING:
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


def x_evidence_of__mutmut_3(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is not Status.MISSING:
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


def x_evidence_of__mutmut_4(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
        return Evidence.MISSING
    if record.status is not Status.FLAKY:
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


def x_evidence_of__mutmut_5(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
        return Evidence.MISSING
    if record.status is Status.FLAKY:
        return Evidence.FLAKY
    if record.fingerprint.get("tensorflow"):
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


def x_evidence_of__mutmut_6(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
        return Evidence.MISSING
    if record.status is Status.FLAKY:
        return Evidence.FLAKY
    if not record.fingerprint.get(None):
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


def x_evidence_of__mutmut_7(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
        return Evidence.MISSING
    if record.status is Status.FLAKY:
        return Evidence.FLAKY
    if not record.fingerprint.get("XXtensorflowXX"):
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


def x_evidence_of__mutmut_8(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
        return Evidence.MISSING
    if record.status is Status.FLAKY:
        return Evidence.FLAKY
    if not record.fingerprint.get("TENSORFLOW"):
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


def x_evidence_of__mutmut_9(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
        return Evidence.MISSING
    if record.status is Status.FLAKY:
        return Evidence.FLAKY
    if not record.fingerprint.get("tensorflow"):
        return Evidence.INFRA  # it cannot say what it ran on
    if record.status not in (Status.TIMEOUT, Status.OOM):
        stage = record.stage
        if stage is None or stage.name not in MODEL_STAGES:
            return Evidence.INFRA
        return Evidence.HANG
    if record.passed:
        return Evidence.OK
    if record.status.failing and record.stage is not None and record.stage.name in MODEL_STAGES:
        return Evidence.OK
    return Evidence.INFRA


def x_evidence_of__mutmut_10(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
        return Evidence.MISSING
    if record.status is Status.FLAKY:
        return Evidence.FLAKY
    if not record.fingerprint.get("tensorflow"):
        return Evidence.INFRA  # it cannot say what it ran on
    if record.status in (Status.TIMEOUT, Status.OOM):
        stage = None
        if stage is None or stage.name not in MODEL_STAGES:
            return Evidence.INFRA
        return Evidence.HANG
    if record.passed:
        return Evidence.OK
    if record.status.failing and record.stage is not None and record.stage.name in MODEL_STAGES:
        return Evidence.OK
    return Evidence.INFRA


def x_evidence_of__mutmut_11(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
        return Evidence.MISSING
    if record.status is Status.FLAKY:
        return Evidence.FLAKY
    if not record.fingerprint.get("tensorflow"):
        return Evidence.INFRA  # it cannot say what it ran on
    if record.status in (Status.TIMEOUT, Status.OOM):
        stage = record.stage
        if stage is None and stage.name not in MODEL_STAGES:
            return Evidence.INFRA
        return Evidence.HANG
    if record.passed:
        return Evidence.OK
    if record.status.failing and record.stage is not None and record.stage.name in MODEL_STAGES:
        return Evidence.OK
    return Evidence.INFRA


def x_evidence_of__mutmut_12(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
        return Evidence.MISSING
    if record.status is Status.FLAKY:
        return Evidence.FLAKY
    if not record.fingerprint.get("tensorflow"):
        return Evidence.INFRA  # it cannot say what it ran on
    if record.status in (Status.TIMEOUT, Status.OOM):
        stage = record.stage
        if stage is not None or stage.name not in MODEL_STAGES:
            return Evidence.INFRA
        return Evidence.HANG
    if record.passed:
        return Evidence.OK
    if record.status.failing and record.stage is not None and record.stage.name in MODEL_STAGES:
        return Evidence.OK
    return Evidence.INFRA


def x_evidence_of__mutmut_13(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
        return Evidence.MISSING
    if record.status is Status.FLAKY:
        return Evidence.FLAKY
    if not record.fingerprint.get("tensorflow"):
        return Evidence.INFRA  # it cannot say what it ran on
    if record.status in (Status.TIMEOUT, Status.OOM):
        stage = record.stage
        if stage is None or stage.name in MODEL_STAGES:
            return Evidence.INFRA
        return Evidence.HANG
    if record.passed:
        return Evidence.OK
    if record.status.failing and record.stage is not None and record.stage.name in MODEL_STAGES:
        return Evidence.OK
    return Evidence.INFRA


def x_evidence_of__mutmut_14(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
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
    if record.status.failing and record.stage is not None or record.stage.name in MODEL_STAGES:
        return Evidence.OK
    return Evidence.INFRA


def x_evidence_of__mutmut_15(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
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
    if record.status.failing or record.stage is not None and record.stage.name in MODEL_STAGES:
        return Evidence.OK
    return Evidence.INFRA


def x_evidence_of__mutmut_16(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
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
    if record.status.failing and record.stage is None and record.stage.name in MODEL_STAGES:
        return Evidence.OK
    return Evidence.INFRA


def x_evidence_of__mutmut_17(record: CellRecord | None) -> Evidence:
    """The record's own evidence, by the same rule for records of every job and age."""
    if record is None or record.status is Status.MISSING:
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
    if record.status.failing and record.stage is not None and record.stage.name not in MODEL_STAGES:
        return Evidence.OK
    return Evidence.INFRA

mutants_x_evidence_of__mutmut['_mutmut_orig'] = x_evidence_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_1'] = x_evidence_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_2'] = x_evidence_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_3'] = x_evidence_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_4'] = x_evidence_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_5'] = x_evidence_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_6'] = x_evidence_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_7'] = x_evidence_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_8'] = x_evidence_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_9'] = x_evidence_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_10'] = x_evidence_of__mutmut_10 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_11'] = x_evidence_of__mutmut_11 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_12'] = x_evidence_of__mutmut_12 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_13'] = x_evidence_of__mutmut_13 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_14'] = x_evidence_of__mutmut_14 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_15'] = x_evidence_of__mutmut_15 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_16'] = x_evidence_of__mutmut_16 # type: ignore # mutmut generated
mutants_x_evidence_of__mutmut['x_evidence_of__mutmut_17'] = x_evidence_of__mutmut_17 # type: ignore # mutmut generated
mutants_x_fingerprint__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fingerprint__mutmut)
def fingerprint(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = {k: fp.get(k) for k in FINGERPRINT_KEYS if k in fp}
    if not out.get("inherited"):
        out.pop("inherited", None)  # nothing inherited, or a record from before it was kept
    return out


def x_fingerprint__mutmut_orig(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = {k: fp.get(k) for k in FINGERPRINT_KEYS if k in fp}
    if not out.get("inherited"):
        out.pop("inherited", None)  # nothing inherited, or a record from before it was kept
    return out


def x_fingerprint__mutmut_1(record: CellRecord) -> dict[str, Any]:
    fp = None
    out = {k: fp.get(k) for k in FINGERPRINT_KEYS if k in fp}
    if not out.get("inherited"):
        out.pop("inherited", None)  # nothing inherited, or a record from before it was kept
    return out


def x_fingerprint__mutmut_2(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = None
    if not out.get("inherited"):
        out.pop("inherited", None)  # nothing inherited, or a record from before it was kept
    return out


def x_fingerprint__mutmut_3(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = {k: fp.get(None) for k in FINGERPRINT_KEYS if k in fp}
    if not out.get("inherited"):
        out.pop("inherited", None)  # nothing inherited, or a record from before it was kept
    return out


def x_fingerprint__mutmut_4(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = {k: fp.get(k) for k in FINGERPRINT_KEYS if k not in fp}
    if not out.get("inherited"):
        out.pop("inherited", None)  # nothing inherited, or a record from before it was kept
    return out


def x_fingerprint__mutmut_5(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = {k: fp.get(k) for k in FINGERPRINT_KEYS if k in fp}
    if out.get("inherited"):
        out.pop("inherited", None)  # nothing inherited, or a record from before it was kept
    return out


def x_fingerprint__mutmut_6(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = {k: fp.get(k) for k in FINGERPRINT_KEYS if k in fp}
    if not out.get(None):
        out.pop("inherited", None)  # nothing inherited, or a record from before it was kept
    return out


def x_fingerprint__mutmut_7(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = {k: fp.get(k) for k in FINGERPRINT_KEYS if k in fp}
    if not out.get("XXinheritedXX"):
        out.pop("inherited", None)  # nothing inherited, or a record from before it was kept
    return out


def x_fingerprint__mutmut_8(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = {k: fp.get(k) for k in FINGERPRINT_KEYS if k in fp}
    if not out.get("INHERITED"):
        out.pop("inherited", None)  # nothing inherited, or a record from before it was kept
    return out


def x_fingerprint__mutmut_9(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = {k: fp.get(k) for k in FINGERPRINT_KEYS if k in fp}
    if not out.get("inherited"):
        out.pop(None, None)  # nothing inherited, or a record from before it was kept
    return out


def x_fingerprint__mutmut_10(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = {k: fp.get(k) for k in FINGERPRINT_KEYS if k in fp}
    if not out.get("inherited"):
        out.pop(None)  # nothing inherited, or a record from before it was kept
    return out


def x_fingerprint__mutmut_11(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = {k: fp.get(k) for k in FINGERPRINT_KEYS if k in fp}
    if not out.get("inherited"):
        out.pop("inherited", )  # nothing inherited, or a record from before it was kept
    return out


def x_fingerprint__mutmut_12(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = {k: fp.get(k) for k in FINGERPRINT_KEYS if k in fp}
    if not out.get("inherited"):
        out.pop("XXinheritedXX", None)  # nothing inherited, or a record from before it was kept
    return out


def x_fingerprint__mutmut_13(record: CellRecord) -> dict[str, Any]:
    fp = record.fingerprint
    out = {k: fp.get(k) for k in FINGERPRINT_KEYS if k in fp}
    if not out.get("inherited"):
        out.pop("INHERITED", None)  # nothing inherited, or a record from before it was kept
    return out

mutants_x_fingerprint__mutmut['_mutmut_orig'] = x_fingerprint__mutmut_orig # type: ignore # mutmut generated
mutants_x_fingerprint__mutmut['x_fingerprint__mutmut_1'] = x_fingerprint__mutmut_1 # type: ignore # mutmut generated
mutants_x_fingerprint__mutmut['x_fingerprint__mutmut_2'] = x_fingerprint__mutmut_2 # type: ignore # mutmut generated
mutants_x_fingerprint__mutmut['x_fingerprint__mutmut_3'] = x_fingerprint__mutmut_3 # type: ignore # mutmut generated
mutants_x_fingerprint__mutmut['x_fingerprint__mutmut_4'] = x_fingerprint__mutmut_4 # type: ignore # mutmut generated
mutants_x_fingerprint__mutmut['x_fingerprint__mutmut_5'] = x_fingerprint__mutmut_5 # type: ignore # mutmut generated
mutants_x_fingerprint__mutmut['x_fingerprint__mutmut_6'] = x_fingerprint__mutmut_6 # type: ignore # mutmut generated
mutants_x_fingerprint__mutmut['x_fingerprint__mutmut_7'] = x_fingerprint__mutmut_7 # type: ignore # mutmut generated
mutants_x_fingerprint__mutmut['x_fingerprint__mutmut_8'] = x_fingerprint__mutmut_8 # type: ignore # mutmut generated
mutants_x_fingerprint__mutmut['x_fingerprint__mutmut_9'] = x_fingerprint__mutmut_9 # type: ignore # mutmut generated
mutants_x_fingerprint__mutmut['x_fingerprint__mutmut_10'] = x_fingerprint__mutmut_10 # type: ignore # mutmut generated
mutants_x_fingerprint__mutmut['x_fingerprint__mutmut_11'] = x_fingerprint__mutmut_11 # type: ignore # mutmut generated
mutants_x_fingerprint__mutmut['x_fingerprint__mutmut_12'] = x_fingerprint__mutmut_12 # type: ignore # mutmut generated
mutants_x_fingerprint__mutmut['x_fingerprint__mutmut_13'] = x_fingerprint__mutmut_13 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fingerprint_text__mutmut)
def fingerprint_text(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_orig(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_1(record: CellRecord) -> str:
    fp = None
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_2(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = None
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_3(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get(None)}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_4(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('XXtensorflowXX')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_5(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('TENSORFLOW')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_6(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get(None)} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_7(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('XXkerasXX')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_8(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('KERAS')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_9(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get(None)})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_10(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('XXkeras_flavourXX')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_11(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('KERAS_FLAVOUR')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_12(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(None)
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_13(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get(None)}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_14(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('XXpythonXX')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_15(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('PYTHON')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_16(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = None
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_17(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get(None)
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_18(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("XXcompanionsXX")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_19(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("COMPANIONS")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_20(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) or companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_21(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(None)
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_22(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(None))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_23(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append("XX, XX".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_24(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(None)))
    return ", ".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_25(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(None)


def x_fingerprint_text__mutmut_26(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return "XX, XX".join(str(p) for p in parts)


def x_fingerprint_text__mutmut_27(record: CellRecord) -> str:
    fp = record.fingerprint
    parts = [f"TF {fp.get('tensorflow')}", f"Keras {fp.get('keras')} ({fp.get('keras_flavour')})"]
    parts.append(f"Python {fp.get('python')}")
    companions = fp.get("companions")
    if isinstance(companions, dict) and companions:
        parts.append(", ".join(f"{k} {v}" for k, v in sorted(companions.items())))
    return ", ".join(str(None) for p in parts)

mutants_x_fingerprint_text__mutmut['_mutmut_orig'] = x_fingerprint_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_1'] = x_fingerprint_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_2'] = x_fingerprint_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_3'] = x_fingerprint_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_4'] = x_fingerprint_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_5'] = x_fingerprint_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_6'] = x_fingerprint_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_7'] = x_fingerprint_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_8'] = x_fingerprint_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_9'] = x_fingerprint_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_10'] = x_fingerprint_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_11'] = x_fingerprint_text__mutmut_11 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_12'] = x_fingerprint_text__mutmut_12 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_13'] = x_fingerprint_text__mutmut_13 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_14'] = x_fingerprint_text__mutmut_14 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_15'] = x_fingerprint_text__mutmut_15 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_16'] = x_fingerprint_text__mutmut_16 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_17'] = x_fingerprint_text__mutmut_17 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_18'] = x_fingerprint_text__mutmut_18 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_19'] = x_fingerprint_text__mutmut_19 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_20'] = x_fingerprint_text__mutmut_20 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_21'] = x_fingerprint_text__mutmut_21 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_22'] = x_fingerprint_text__mutmut_22 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_23'] = x_fingerprint_text__mutmut_23 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_24'] = x_fingerprint_text__mutmut_24 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_25'] = x_fingerprint_text__mutmut_25 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_26'] = x_fingerprint_text__mutmut_26 # type: ignore # mutmut generated
mutants_x_fingerprint_text__mutmut['x_fingerprint_text__mutmut_27'] = x_fingerprint_text__mutmut_27 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mismatched_fingerprints__mutmut)
def mismatched_fingerprints(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_orig(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_1(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = ""
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_2(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_3(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get(None):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_4(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("XXtensorflowXX"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_5(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("TENSORFLOW"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_6(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            break
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_7(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is not None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_8(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = None
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_9(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            break
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_10(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = None
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_11(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(None), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_12(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(None)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_13(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = None
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_14(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(None)
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_15(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() & b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_16(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(None) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_17(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) == b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_18(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(None))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_19(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(None)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_20(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({'XX, XX'.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_21(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(None)}; {r.id} on {fingerprint_text(r)}"
            )
    return None


def x_mismatched_fingerprints__mutmut_22(records: Iterable[CellRecord]) -> str | None:
    """A reason when the cells did not run on the same packages and devices, else None.
    Cells without a fingerprint are not compared here (their evidence is infra already)."""
    first: CellRecord | None = None
    for r in records:
        if not r.fingerprint.get("tensorflow"):
            continue
        if first is None:
            first = r
            continue
        a, b = fingerprint(first), fingerprint(r)
        keys = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        if keys:
            return (
                f"mismatched fingerprints ({', '.join(keys)}): {first.id} ran on "
                f"{fingerprint_text(first)}; {r.id} on {fingerprint_text(None)}"
            )
    return None

mutants_x_mismatched_fingerprints__mutmut['_mutmut_orig'] = x_mismatched_fingerprints__mutmut_orig # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_1'] = x_mismatched_fingerprints__mutmut_1 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_2'] = x_mismatched_fingerprints__mutmut_2 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_3'] = x_mismatched_fingerprints__mutmut_3 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_4'] = x_mismatched_fingerprints__mutmut_4 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_5'] = x_mismatched_fingerprints__mutmut_5 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_6'] = x_mismatched_fingerprints__mutmut_6 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_7'] = x_mismatched_fingerprints__mutmut_7 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_8'] = x_mismatched_fingerprints__mutmut_8 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_9'] = x_mismatched_fingerprints__mutmut_9 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_10'] = x_mismatched_fingerprints__mutmut_10 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_11'] = x_mismatched_fingerprints__mutmut_11 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_12'] = x_mismatched_fingerprints__mutmut_12 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_13'] = x_mismatched_fingerprints__mutmut_13 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_14'] = x_mismatched_fingerprints__mutmut_14 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_15'] = x_mismatched_fingerprints__mutmut_15 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_16'] = x_mismatched_fingerprints__mutmut_16 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_17'] = x_mismatched_fingerprints__mutmut_17 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_18'] = x_mismatched_fingerprints__mutmut_18 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_19'] = x_mismatched_fingerprints__mutmut_19 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_20'] = x_mismatched_fingerprints__mutmut_20 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_21'] = x_mismatched_fingerprints__mutmut_21 # type: ignore # mutmut generated
mutants_x_mismatched_fingerprints__mutmut['x_mismatched_fingerprints__mutmut_22'] = x_mismatched_fingerprints__mutmut_22 # type: ignore # mutmut generated


@dataclass(frozen=True)
class Side:
    """One cell as the rules see it."""

    id: str
    evidence: Evidence
    passed: bool = False
    failure: tuple[str | None, str | None, int | None] | None = None  # class, stage, step
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
mutants_x_said__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_said__mutmut)
def said(side: Side) -> str:
    """What the cell says of itself, for a reason."""
    return side.why or side.message or side.status or "no result"


def x_said__mutmut_orig(side: Side) -> str:
    """What the cell says of itself, for a reason."""
    return side.why or side.message or side.status or "no result"


def x_said__mutmut_1(side: Side) -> str:
    """What the cell says of itself, for a reason."""
    return side.why or side.message or side.status and "no result"


def x_said__mutmut_2(side: Side) -> str:
    """What the cell says of itself, for a reason."""
    return side.why or side.message and side.status or "no result"


def x_said__mutmut_3(side: Side) -> str:
    """What the cell says of itself, for a reason."""
    return side.why and side.message or side.status or "no result"


def x_said__mutmut_4(side: Side) -> str:
    """What the cell says of itself, for a reason."""
    return side.why or side.message or side.status or "XXno resultXX"


def x_said__mutmut_5(side: Side) -> str:
    """What the cell says of itself, for a reason."""
    return side.why or side.message or side.status or "NO RESULT"

mutants_x_said__mutmut['_mutmut_orig'] = x_said__mutmut_orig # type: ignore # mutmut generated
mutants_x_said__mutmut['x_said__mutmut_1'] = x_said__mutmut_1 # type: ignore # mutmut generated
mutants_x_said__mutmut['x_said__mutmut_2'] = x_said__mutmut_2 # type: ignore # mutmut generated
mutants_x_said__mutmut['x_said__mutmut_3'] = x_said__mutmut_3 # type: ignore # mutmut generated
mutants_x_said__mutmut['x_said__mutmut_4'] = x_said__mutmut_4 # type: ignore # mutmut generated
mutants_x_said__mutmut['x_said__mutmut_5'] = x_said__mutmut_5 # type: ignore # mutmut generated
mutants_x_failed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_failed__mutmut)
def failed(side: Side) -> bool:
    """It failed while building or predicting, on known packages: evidence of a failure."""
    return side.evidence is Evidence.OK and not side.passed


def x_failed__mutmut_orig(side: Side) -> bool:
    """It failed while building or predicting, on known packages: evidence of a failure."""
    return side.evidence is Evidence.OK and not side.passed


def x_failed__mutmut_1(side: Side) -> bool:
    """It failed while building or predicting, on known packages: evidence of a failure."""
    return side.evidence is Evidence.OK or not side.passed


def x_failed__mutmut_2(side: Side) -> bool:
    """It failed while building or predicting, on known packages: evidence of a failure."""
    return side.evidence is not Evidence.OK and not side.passed


def x_failed__mutmut_3(side: Side) -> bool:
    """It failed while building or predicting, on known packages: evidence of a failure."""
    return side.evidence is Evidence.OK and side.passed

mutants_x_failed__mutmut['_mutmut_orig'] = x_failed__mutmut_orig # type: ignore # mutmut generated
mutants_x_failed__mutmut['x_failed__mutmut_1'] = x_failed__mutmut_1 # type: ignore # mutmut generated
mutants_x_failed__mutmut['x_failed__mutmut_2'] = x_failed__mutmut_2 # type: ignore # mutmut generated
mutants_x_failed__mutmut['x_failed__mutmut_3'] = x_failed__mutmut_3 # type: ignore # mutmut generated
mutants_x_reached__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_reached__mutmut)
def reached(side: Side) -> tuple[int, int]:
    """How far the scenario got before it failed: (step, 0 build / 1 predict)."""
    _, stage, step = side.failure or (None, None, None)
    return (step or 0, 1 if stage == StageName.PREDICT else 0)


def x_reached__mutmut_orig(side: Side) -> tuple[int, int]:
    """How far the scenario got before it failed: (step, 0 build / 1 predict)."""
    _, stage, step = side.failure or (None, None, None)
    return (step or 0, 1 if stage == StageName.PREDICT else 0)


def x_reached__mutmut_1(side: Side) -> tuple[int, int]:
    """How far the scenario got before it failed: (step, 0 build / 1 predict)."""
    _, stage, step = None
    return (step or 0, 1 if stage == StageName.PREDICT else 0)


def x_reached__mutmut_2(side: Side) -> tuple[int, int]:
    """How far the scenario got before it failed: (step, 0 build / 1 predict)."""
    _, stage, step = side.failure and (None, None, None)
    return (step or 0, 1 if stage == StageName.PREDICT else 0)


def x_reached__mutmut_3(side: Side) -> tuple[int, int]:
    """How far the scenario got before it failed: (step, 0 build / 1 predict)."""
    _, stage, step = side.failure or (None, None, None)
    return (step and 0, 1 if stage == StageName.PREDICT else 0)


def x_reached__mutmut_4(side: Side) -> tuple[int, int]:
    """How far the scenario got before it failed: (step, 0 build / 1 predict)."""
    _, stage, step = side.failure or (None, None, None)
    return (step or 1, 1 if stage == StageName.PREDICT else 0)


def x_reached__mutmut_5(side: Side) -> tuple[int, int]:
    """How far the scenario got before it failed: (step, 0 build / 1 predict)."""
    _, stage, step = side.failure or (None, None, None)
    return (step or 0, 1 if (stage == StageName.PREDICT) and False else 0)


def x_reached__mutmut_6(side: Side) -> tuple[int, int]:
    """How far the scenario got before it failed: (step, 0 build / 1 predict)."""
    _, stage, step = side.failure or (None, None, None)
    return (step or 0, 1 if (stage == StageName.PREDICT) or True else 0)


def x_reached__mutmut_7(side: Side) -> tuple[int, int]:
    """How far the scenario got before it failed: (step, 0 build / 1 predict)."""
    _, stage, step = side.failure or (None, None, None)
    return (step or 0, 2 if stage == StageName.PREDICT else 0)


def x_reached__mutmut_8(side: Side) -> tuple[int, int]:
    """How far the scenario got before it failed: (step, 0 build / 1 predict)."""
    _, stage, step = side.failure or (None, None, None)
    return (step or 0, 1 if stage != StageName.PREDICT else 0)


def x_reached__mutmut_9(side: Side) -> tuple[int, int]:
    """How far the scenario got before it failed: (step, 0 build / 1 predict)."""
    _, stage, step = side.failure or (None, None, None)
    return (step or 0, 1 if stage == StageName.PREDICT else 1)

mutants_x_reached__mutmut['_mutmut_orig'] = x_reached__mutmut_orig # type: ignore # mutmut generated
mutants_x_reached__mutmut['x_reached__mutmut_1'] = x_reached__mutmut_1 # type: ignore # mutmut generated
mutants_x_reached__mutmut['x_reached__mutmut_2'] = x_reached__mutmut_2 # type: ignore # mutmut generated
mutants_x_reached__mutmut['x_reached__mutmut_3'] = x_reached__mutmut_3 # type: ignore # mutmut generated
mutants_x_reached__mutmut['x_reached__mutmut_4'] = x_reached__mutmut_4 # type: ignore # mutmut generated
mutants_x_reached__mutmut['x_reached__mutmut_5'] = x_reached__mutmut_5 # type: ignore # mutmut generated
mutants_x_reached__mutmut['x_reached__mutmut_6'] = x_reached__mutmut_6 # type: ignore # mutmut generated
mutants_x_reached__mutmut['x_reached__mutmut_7'] = x_reached__mutmut_7 # type: ignore # mutmut generated
mutants_x_reached__mutmut['x_reached__mutmut_8'] = x_reached__mutmut_8 # type: ignore # mutmut generated
mutants_x_reached__mutmut['x_reached__mutmut_9'] = x_reached__mutmut_9 # type: ignore # mutmut generated
mutants_x_failure_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_failure_text__mutmut)
def failure_text(side: Side) -> str:
    return f"{(side.failure or (None,))[0] or side.status} at {side.stage}"


def x_failure_text__mutmut_orig(side: Side) -> str:
    return f"{(side.failure or (None,))[0] or side.status} at {side.stage}"


def x_failure_text__mutmut_1(side: Side) -> str:
    return f"{(side.failure or (None,))[0] and side.status} at {side.stage}"


def x_failure_text__mutmut_2(side: Side) -> str:
    return f"{(side.failure and (None,))[0] or side.status} at {side.stage}"


def x_failure_text__mutmut_3(side: Side) -> str:
    return f"{(side.failure or (None,))[1] or side.status} at {side.stage}"

mutants_x_failure_text__mutmut['_mutmut_orig'] = x_failure_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_failure_text__mutmut['x_failure_text__mutmut_1'] = x_failure_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_failure_text__mutmut['x_failure_text__mutmut_2'] = x_failure_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_failure_text__mutmut['x_failure_text__mutmut_3'] = x_failure_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_side_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_side_of__mutmut)
def side_of(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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


def x_side_of__mutmut_orig(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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


def x_side_of__mutmut_1(record: CellRecord | None, label: str = "XXXX") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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


def x_side_of__mutmut_2(record: CellRecord | None, label: str = "") -> Side:
    if record is not None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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


def x_side_of__mutmut_3(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(None, Evidence.MISSING, status="missing", why="no result")
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


def x_side_of__mutmut_4(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", None, status="missing", why="no result")
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


def x_side_of__mutmut_5(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status=None, why="no result")
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


def x_side_of__mutmut_6(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why=None)
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


def x_side_of__mutmut_7(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(Evidence.MISSING, status="missing", why="no result")
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


def x_side_of__mutmut_8(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", status="missing", why="no result")
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


def x_side_of__mutmut_9(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, why="no result")
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


def x_side_of__mutmut_10(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", )
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


def x_side_of__mutmut_11(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label and "?", Evidence.MISSING, status="missing", why="no result")
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


def x_side_of__mutmut_12(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "XX?XX", Evidence.MISSING, status="missing", why="no result")
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


def x_side_of__mutmut_13(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="XXmissingXX", why="no result")
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


def x_side_of__mutmut_14(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="MISSING", why="no result")
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


def x_side_of__mutmut_15(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="XXno resultXX")
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


def x_side_of__mutmut_16(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="NO RESULT")
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


def x_side_of__mutmut_17(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = None
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


def x_side_of__mutmut_18(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = None
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


def x_side_of__mutmut_19(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = record.xla.identities
    complete = None
    stage = record.stage
    failure = (
        None
        if record.passed
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_20(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = record.xla.identities
    complete = (
        modules is not None
        and len(ids) == modules or all("#" in i and not i.endswith("#") for i in ids)
    )
    stage = record.stage
    failure = (
        None
        if record.passed
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_21(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = record.xla.identities
    complete = (
        modules is not None or len(ids) == modules
        and all("#" in i and not i.endswith("#") for i in ids)
    )
    stage = record.stage
    failure = (
        None
        if record.passed
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_22(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = record.xla.identities
    complete = (
        modules is None
        and len(ids) == modules
        and all("#" in i and not i.endswith("#") for i in ids)
    )
    stage = record.stage
    failure = (
        None
        if record.passed
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_23(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = record.xla.identities
    complete = (
        modules is not None
        and len(ids) != modules
        and all("#" in i and not i.endswith("#") for i in ids)
    )
    stage = record.stage
    failure = (
        None
        if record.passed
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_24(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = record.xla.identities
    complete = (
        modules is not None
        and len(ids) == modules
        and all(None)
    )
    stage = record.stage
    failure = (
        None
        if record.passed
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_25(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = record.xla.identities
    complete = (
        modules is not None
        and len(ids) == modules
        and all("#" in i or not i.endswith("#") for i in ids)
    )
    stage = record.stage
    failure = (
        None
        if record.passed
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_26(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = record.xla.identities
    complete = (
        modules is not None
        and len(ids) == modules
        and all("XX#XX" in i and not i.endswith("#") for i in ids)
    )
    stage = record.stage
    failure = (
        None
        if record.passed
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_27(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = record.xla.identities
    complete = (
        modules is not None
        and len(ids) == modules
        and all("#" not in i and not i.endswith("#") for i in ids)
    )
    stage = record.stage
    failure = (
        None
        if record.passed
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_28(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = record.xla.identities
    complete = (
        modules is not None
        and len(ids) == modules
        and all("#" in i and i.endswith("#") for i in ids)
    )
    stage = record.stage
    failure = (
        None
        if record.passed
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_29(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = record.xla.identities
    complete = (
        modules is not None
        and len(ids) == modules
        and all("#" in i and not i.endswith(None) for i in ids)
    )
    stage = record.stage
    failure = (
        None
        if record.passed
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_30(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = record.xla.identities
    complete = (
        modules is not None
        and len(ids) == modules
        and all("#" in i and not i.endswith("XX#XX") for i in ids)
    )
    stage = record.stage
    failure = (
        None
        if record.passed
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_31(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = record.xla.identities
    complete = (
        modules is not None
        and len(ids) == modules
        and all("#" in i and not i.endswith("#") for i in ids)
    )
    stage = None
    failure = (
        None
        if record.passed
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_32(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
    modules = record.xla_modules
    ids = record.xla.identities
    complete = (
        modules is not None
        and len(ids) == modules
        and all("#" in i and not i.endswith("#") for i in ids)
    )
    stage = record.stage
    failure = None
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


def x_side_of__mutmut_33(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
        if (record.passed) and False
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_34(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
        if (record.passed) or True
        else (record.failure_class, stage.name if stage else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_35(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
        else (record.failure_class, stage.name if (stage) and False else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_36(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
        else (record.failure_class, stage.name if (stage) or True else None, stage.step if stage else None)
    )
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


def x_side_of__mutmut_37(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
        else (record.failure_class, stage.name if stage else None, stage.step if (stage) and False else None)
    )
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


def x_side_of__mutmut_38(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
        else (record.failure_class, stage.name if stage else None, stage.step if (stage) or True else None)
    )
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


def x_side_of__mutmut_39(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=None,
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


def x_side_of__mutmut_40(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=None,
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


def x_side_of__mutmut_41(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=None,
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


def x_side_of__mutmut_42(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=None,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        modules=modules,
        identities=frozenset(ids) if complete else None,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_43(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=None,
        modules=modules,
        identities=frozenset(ids) if complete else None,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_44(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        modules=None,
        identities=frozenset(ids) if complete else None,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_45(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        modules=modules,
        identities=None,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_46(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        modules=modules,
        identities=frozenset(ids) if complete else None,
        jit=None,
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_47(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        modules=modules,
        identities=frozenset(ids) if complete else None,
        jit=tuple(record.jit_flags),
        message=None,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_48(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
        status=None,
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_49(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
        stage=None,
        why=_why(record),
    )


def x_side_of__mutmut_50(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
        why=None,
    )


def x_side_of__mutmut_51(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
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


def x_side_of__mutmut_52(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
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


def x_side_of__mutmut_53(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
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


def x_side_of__mutmut_54(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        modules=modules,
        identities=frozenset(ids) if complete else None,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_55(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        modules=modules,
        identities=frozenset(ids) if complete else None,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_56(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        identities=frozenset(ids) if complete else None,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_57(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        modules=modules,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_58(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        modules=modules,
        identities=frozenset(ids) if complete else None,
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_59(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        modules=modules,
        identities=frozenset(ids) if complete else None,
        jit=tuple(record.jit_flags),
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_60(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_61(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
        why=_why(record),
    )


def x_side_of__mutmut_62(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
        )


def x_side_of__mutmut_63(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(None),
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


def x_side_of__mutmut_64(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed or record.failure_class in XLA_FAILURES,
        modules=modules,
        identities=frozenset(ids) if complete else None,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_65(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=record.passed and record.failure_class in XLA_FAILURES,
        modules=modules,
        identities=frozenset(ids) if complete else None,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_66(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed and record.failure_class not in XLA_FAILURES,
        modules=modules,
        identities=frozenset(ids) if complete else None,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_67(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        modules=modules,
        identities=frozenset(ids) if (complete) and False else None,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_68(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        modules=modules,
        identities=frozenset(ids) if (complete) or True else None,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_69(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        modules=modules,
        identities=frozenset(None) if complete else None,
        jit=tuple(record.jit_flags),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_70(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
    return Side(
        id=record.id,
        evidence=evidence_of(record),
        passed=record.passed,
        failure=failure,
        xla_failure=not record.passed and record.failure_class in XLA_FAILURES,
        modules=modules,
        identities=frozenset(ids) if complete else None,
        jit=tuple(None),
        message=record.message,
        status=str(record.status),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_71(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
        status=str(None),
        stage=record.stage_text,
        why=_why(record),
    )


def x_side_of__mutmut_72(record: CellRecord | None, label: str = "") -> Side:
    if record is None:
        return Side(label or "?", Evidence.MISSING, status="missing", why="no result")
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
        why=_why(None),
    )

mutants_x_side_of__mutmut['_mutmut_orig'] = x_side_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_1'] = x_side_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_2'] = x_side_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_3'] = x_side_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_4'] = x_side_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_5'] = x_side_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_6'] = x_side_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_7'] = x_side_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_8'] = x_side_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_9'] = x_side_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_10'] = x_side_of__mutmut_10 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_11'] = x_side_of__mutmut_11 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_12'] = x_side_of__mutmut_12 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_13'] = x_side_of__mutmut_13 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_14'] = x_side_of__mutmut_14 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_15'] = x_side_of__mutmut_15 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_16'] = x_side_of__mutmut_16 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_17'] = x_side_of__mutmut_17 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_18'] = x_side_of__mutmut_18 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_19'] = x_side_of__mutmut_19 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_20'] = x_side_of__mutmut_20 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_21'] = x_side_of__mutmut_21 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_22'] = x_side_of__mutmut_22 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_23'] = x_side_of__mutmut_23 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_24'] = x_side_of__mutmut_24 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_25'] = x_side_of__mutmut_25 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_26'] = x_side_of__mutmut_26 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_27'] = x_side_of__mutmut_27 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_28'] = x_side_of__mutmut_28 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_29'] = x_side_of__mutmut_29 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_30'] = x_side_of__mutmut_30 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_31'] = x_side_of__mutmut_31 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_32'] = x_side_of__mutmut_32 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_33'] = x_side_of__mutmut_33 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_34'] = x_side_of__mutmut_34 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_35'] = x_side_of__mutmut_35 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_36'] = x_side_of__mutmut_36 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_37'] = x_side_of__mutmut_37 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_38'] = x_side_of__mutmut_38 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_39'] = x_side_of__mutmut_39 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_40'] = x_side_of__mutmut_40 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_41'] = x_side_of__mutmut_41 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_42'] = x_side_of__mutmut_42 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_43'] = x_side_of__mutmut_43 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_44'] = x_side_of__mutmut_44 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_45'] = x_side_of__mutmut_45 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_46'] = x_side_of__mutmut_46 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_47'] = x_side_of__mutmut_47 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_48'] = x_side_of__mutmut_48 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_49'] = x_side_of__mutmut_49 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_50'] = x_side_of__mutmut_50 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_51'] = x_side_of__mutmut_51 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_52'] = x_side_of__mutmut_52 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_53'] = x_side_of__mutmut_53 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_54'] = x_side_of__mutmut_54 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_55'] = x_side_of__mutmut_55 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_56'] = x_side_of__mutmut_56 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_57'] = x_side_of__mutmut_57 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_58'] = x_side_of__mutmut_58 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_59'] = x_side_of__mutmut_59 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_60'] = x_side_of__mutmut_60 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_61'] = x_side_of__mutmut_61 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_62'] = x_side_of__mutmut_62 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_63'] = x_side_of__mutmut_63 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_64'] = x_side_of__mutmut_64 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_65'] = x_side_of__mutmut_65 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_66'] = x_side_of__mutmut_66 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_67'] = x_side_of__mutmut_67 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_68'] = x_side_of__mutmut_68 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_69'] = x_side_of__mutmut_69 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_70'] = x_side_of__mutmut_70 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_71'] = x_side_of__mutmut_71 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_72'] = x_side_of__mutmut_72 # type: ignore # mutmut generated
mutants_x__why__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__why__mutmut)
def _why(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and not record.fingerprint.get("tensorflow"):
        detail = f" ({record.message})" if record.message else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_orig(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and not record.fingerprint.get("tensorflow"):
        detail = f" ({record.message})" if record.message else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_1(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = None
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and not record.fingerprint.get("tensorflow"):
        detail = f" ({record.message})" if record.message else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_2(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(None)
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and not record.fingerprint.get("tensorflow"):
        detail = f" ({record.message})" if record.message else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_3(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is not Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and not record.fingerprint.get("tensorflow"):
        detail = f" ({record.message})" if record.message else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_4(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return "XXXX"
    if evidence is Evidence.INFRA and not record.fingerprint.get("tensorflow"):
        detail = f" ({record.message})" if record.message else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_5(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA or not record.fingerprint.get("tensorflow"):
        detail = f" ({record.message})" if record.message else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_6(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return ""
    if evidence is not Evidence.INFRA and not record.fingerprint.get("tensorflow"):
        detail = f" ({record.message})" if record.message else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_7(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and record.fingerprint.get("tensorflow"):
        detail = f" ({record.message})" if record.message else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_8(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and not record.fingerprint.get(None):
        detail = f" ({record.message})" if record.message else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_9(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and not record.fingerprint.get("XXtensorflowXX"):
        detail = f" ({record.message})" if record.message else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_10(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and not record.fingerprint.get("TENSORFLOW"):
        detail = f" ({record.message})" if record.message else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_11(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and not record.fingerprint.get("tensorflow"):
        detail = None
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_12(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and not record.fingerprint.get("tensorflow"):
        detail = f" ({record.message})" if (record.message) and False else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_13(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and not record.fingerprint.get("tensorflow"):
        detail = f" ({record.message})" if (record.message) or True else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_14(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and not record.fingerprint.get("tensorflow"):
        detail = f" ({record.message})" if record.message else "XXXX"
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message or f"{record.status} at {record.stage_text}"


def x__why__mutmut_15(record: CellRecord) -> str:
    """Why a record's own evidence does not hold (empty when it does)."""
    evidence = evidence_of(record)
    if evidence is Evidence.OK:
        return ""
    if evidence is Evidence.INFRA and not record.fingerprint.get("tensorflow"):
        detail = f" ({record.message})" if record.message else ""
        return f"it does not say what it ran on, no TensorFlow in its fingerprint{detail}"
    return record.message and f"{record.status} at {record.stage_text}"

mutants_x__why__mutmut['_mutmut_orig'] = x__why__mutmut_orig # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_1'] = x__why__mutmut_1 # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_2'] = x__why__mutmut_2 # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_3'] = x__why__mutmut_3 # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_4'] = x__why__mutmut_4 # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_5'] = x__why__mutmut_5 # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_6'] = x__why__mutmut_6 # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_7'] = x__why__mutmut_7 # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_8'] = x__why__mutmut_8 # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_9'] = x__why__mutmut_9 # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_10'] = x__why__mutmut_10 # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_11'] = x__why__mutmut_11 # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_12'] = x__why__mutmut_12 # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_13'] = x__why__mutmut_13 # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_14'] = x__why__mutmut_14 # type: ignore # mutmut generated
mutants_x__why__mutmut['x__why__mutmut_15'] = x__why__mutmut_15 # type: ignore # mutmut generated


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
mutants_x_rescues__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rescues__mutmut)
def rescues(peer: Peer) -> bool:
    """It passes on its own evidence, and its outputs are not known to be wrong."""
    return peer.side.ok and peer.side.passed and not _differ(peer.right)


def x_rescues__mutmut_orig(peer: Peer) -> bool:
    """It passes on its own evidence, and its outputs are not known to be wrong."""
    return peer.side.ok and peer.side.passed and not _differ(peer.right)


def x_rescues__mutmut_1(peer: Peer) -> bool:
    """It passes on its own evidence, and its outputs are not known to be wrong."""
    return peer.side.ok and peer.side.passed or not _differ(peer.right)


def x_rescues__mutmut_2(peer: Peer) -> bool:
    """It passes on its own evidence, and its outputs are not known to be wrong."""
    return peer.side.ok or peer.side.passed and not _differ(peer.right)


def x_rescues__mutmut_3(peer: Peer) -> bool:
    """It passes on its own evidence, and its outputs are not known to be wrong."""
    return peer.side.ok and peer.side.passed and _differ(peer.right)


def x_rescues__mutmut_4(peer: Peer) -> bool:
    """It passes on its own evidence, and its outputs are not known to be wrong."""
    return peer.side.ok and peer.side.passed and not _differ(None)

mutants_x_rescues__mutmut['_mutmut_orig'] = x_rescues__mutmut_orig # type: ignore # mutmut generated
mutants_x_rescues__mutmut['x_rescues__mutmut_1'] = x_rescues__mutmut_1 # type: ignore # mutmut generated
mutants_x_rescues__mutmut['x_rescues__mutmut_2'] = x_rescues__mutmut_2 # type: ignore # mutmut generated
mutants_x_rescues__mutmut['x_rescues__mutmut_3'] = x_rescues__mutmut_3 # type: ignore # mutmut generated
mutants_x_rescues__mutmut['x_rescues__mutmut_4'] = x_rescues__mutmut_4 # type: ignore # mutmut generated
mutants_x_wrong__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_wrong__mutmut)
def wrong(peer: Peer) -> bool:
    """It passes on its own evidence with outputs known to differ from the reference."""
    return peer.side.ok and peer.side.passed and _differ(peer.right)


def x_wrong__mutmut_orig(peer: Peer) -> bool:
    """It passes on its own evidence with outputs known to differ from the reference."""
    return peer.side.ok and peer.side.passed and _differ(peer.right)


def x_wrong__mutmut_1(peer: Peer) -> bool:
    """It passes on its own evidence with outputs known to differ from the reference."""
    return peer.side.ok and peer.side.passed or _differ(peer.right)


def x_wrong__mutmut_2(peer: Peer) -> bool:
    """It passes on its own evidence with outputs known to differ from the reference."""
    return peer.side.ok or peer.side.passed and _differ(peer.right)


def x_wrong__mutmut_3(peer: Peer) -> bool:
    """It passes on its own evidence with outputs known to differ from the reference."""
    return peer.side.ok and peer.side.passed and _differ(None)

mutants_x_wrong__mutmut['_mutmut_orig'] = x_wrong__mutmut_orig # type: ignore # mutmut generated
mutants_x_wrong__mutmut['x_wrong__mutmut_1'] = x_wrong__mutmut_1 # type: ignore # mutmut generated
mutants_x_wrong__mutmut['x_wrong__mutmut_2'] = x_wrong__mutmut_2 # type: ignore # mutmut generated
mutants_x_wrong__mutmut['x_wrong__mutmut_3'] = x_wrong__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFactsǁgets_past__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Facts:
    """One comparison: a workaround (or probe) cell and what it is judged against."""

    base: Side  # the baseline, or the context probe alone
    work: Side  # the workaround (or the probe)
    base_name: str = "baseline"
    reference_name: str = "eager"
    reference_problem: str | None = None  # why outputs cannot be checked against it
    work_vs_ref: Parity = field(default_factory=lambda: UNCHECKED("not compared"))
    base_vs_ref: Parity = field(default_factory=lambda: UNCHECKED("not compared"))
    work_vs_base: Parity = field(default_factory=lambda: UNCHECKED("not compared"))
    mismatch: str | None = None  # mismatched fingerprints among the cells compared
    peers: tuple[Peer, ...] = ()
    unknown: tuple[str, ...] = ()  # other workarounds planned without a record
    is_reference: bool = False  # the workaround is the reference config itself
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

    @_mutmut_mutated(mutants_xǁFactsǁgets_past__mutmut)
    def gets_past(self, side: Side) -> bool:
        return gets_past(self, side)

    def xǁFactsǁgets_past__mutmut_orig(self, side: Side) -> bool:
        return gets_past(self, side)

    def xǁFactsǁgets_past__mutmut_1(self, side: Side) -> bool:
        return gets_past(None, side)

    def xǁFactsǁgets_past__mutmut_2(self, side: Side) -> bool:
        return gets_past(self, None)

    def xǁFactsǁgets_past__mutmut_3(self, side: Side) -> bool:
        return gets_past(side)

    def xǁFactsǁgets_past__mutmut_4(self, side: Side) -> bool:
        return gets_past(self, )

    @property
    def every_peer_gets_past(self) -> bool:
        return every_peer_gets_past(self)

mutants_xǁFactsǁgets_past__mutmut['_mutmut_orig'] = Facts.xǁFactsǁgets_past__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFactsǁgets_past__mutmut['xǁFactsǁgets_past__mutmut_1'] = Facts.xǁFactsǁgets_past__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFactsǁgets_past__mutmut['xǁFactsǁgets_past__mutmut_2'] = Facts.xǁFactsǁgets_past__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFactsǁgets_past__mutmut['xǁFactsǁgets_past__mutmut_3'] = Facts.xǁFactsǁgets_past__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFactsǁgets_past__mutmut['xǁFactsǁgets_past__mutmut_4'] = Facts.xǁFactsǁgets_past__mutmut_4 # type: ignore # mutmut generated
mutants_x_measured__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_measured__mutmut)
def measured(f: Facts) -> bool:
    """Both cells say how many XLA modules they compiled."""
    return f.base.modules is not None and f.work.modules is not None


def x_measured__mutmut_orig(f: Facts) -> bool:
    """Both cells say how many XLA modules they compiled."""
    return f.base.modules is not None and f.work.modules is not None


def x_measured__mutmut_1(f: Facts) -> bool:
    """Both cells say how many XLA modules they compiled."""
    return f.base.modules is not None or f.work.modules is not None


def x_measured__mutmut_2(f: Facts) -> bool:
    """Both cells say how many XLA modules they compiled."""
    return f.base.modules is None and f.work.modules is not None


def x_measured__mutmut_3(f: Facts) -> bool:
    """Both cells say how many XLA modules they compiled."""
    return f.base.modules is not None and f.work.modules is None

mutants_x_measured__mutmut['_mutmut_orig'] = x_measured__mutmut_orig # type: ignore # mutmut generated
mutants_x_measured__mutmut['x_measured__mutmut_1'] = x_measured__mutmut_1 # type: ignore # mutmut generated
mutants_x_measured__mutmut['x_measured__mutmut_2'] = x_measured__mutmut_2 # type: ignore # mutmut generated
mutants_x_measured__mutmut['x_measured__mutmut_3'] = x_measured__mutmut_3 # type: ignore # mutmut generated
mutants_x_identities_comparable__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_identities_comparable__mutmut)
def identities_comparable(f: Facts) -> bool:
    """Modules can be compared by identity: both cells recorded an HLO identity for every
    module, and identical compilations give identical HLO here (no identity noise)."""
    return f.noise is None and f.base.identities is not None and f.work.identities is not None


def x_identities_comparable__mutmut_orig(f: Facts) -> bool:
    """Modules can be compared by identity: both cells recorded an HLO identity for every
    module, and identical compilations give identical HLO here (no identity noise)."""
    return f.noise is None and f.base.identities is not None and f.work.identities is not None


def x_identities_comparable__mutmut_1(f: Facts) -> bool:
    """Modules can be compared by identity: both cells recorded an HLO identity for every
    module, and identical compilations give identical HLO here (no identity noise)."""
    return f.noise is None and f.base.identities is not None or f.work.identities is not None


def x_identities_comparable__mutmut_2(f: Facts) -> bool:
    """Modules can be compared by identity: both cells recorded an HLO identity for every
    module, and identical compilations give identical HLO here (no identity noise)."""
    return f.noise is None or f.base.identities is not None and f.work.identities is not None


def x_identities_comparable__mutmut_3(f: Facts) -> bool:
    """Modules can be compared by identity: both cells recorded an HLO identity for every
    module, and identical compilations give identical HLO here (no identity noise)."""
    return f.noise is not None and f.base.identities is not None and f.work.identities is not None


def x_identities_comparable__mutmut_4(f: Facts) -> bool:
    """Modules can be compared by identity: both cells recorded an HLO identity for every
    module, and identical compilations give identical HLO here (no identity noise)."""
    return f.noise is None and f.base.identities is None and f.work.identities is not None


def x_identities_comparable__mutmut_5(f: Facts) -> bool:
    """Modules can be compared by identity: both cells recorded an HLO identity for every
    module, and identical compilations give identical HLO here (no identity noise)."""
    return f.noise is None and f.base.identities is not None and f.work.identities is None

mutants_x_identities_comparable__mutmut['_mutmut_orig'] = x_identities_comparable__mutmut_orig # type: ignore # mutmut generated
mutants_x_identities_comparable__mutmut['x_identities_comparable__mutmut_1'] = x_identities_comparable__mutmut_1 # type: ignore # mutmut generated
mutants_x_identities_comparable__mutmut['x_identities_comparable__mutmut_2'] = x_identities_comparable__mutmut_2 # type: ignore # mutmut generated
mutants_x_identities_comparable__mutmut['x_identities_comparable__mutmut_3'] = x_identities_comparable__mutmut_3 # type: ignore # mutmut generated
mutants_x_identities_comparable__mutmut['x_identities_comparable__mutmut_4'] = x_identities_comparable__mutmut_4 # type: ignore # mutmut generated
mutants_x_identities_comparable__mutmut['x_identities_comparable__mutmut_5'] = x_identities_comparable__mutmut_5 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_xla_changes__mutmut)
def xla_changes(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_orig(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_1(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = None
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_2(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = None
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_3(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(None):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_4(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None or w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_5(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_6(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_7(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities + w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_8(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(None)
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_9(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(None)}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_10(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {'XX, XX'.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_11(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(None))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_12(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities + w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_13(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities + b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_14(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(None)
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_15(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(None)}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_16(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {'XX, XX'.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_17(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(None))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_18(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities + b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_19(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None or b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_20(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None or w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_21(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_22(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_23(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules == w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_24(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(None)
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_25(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit == w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_26(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(None)
    return changes


def x_xla_changes__mutmut_27(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(None)} -> {list(w.jit)}")
    return changes


def x_xla_changes__mutmut_28(f: Facts) -> list[str]:
    """What the workaround changes in the XLA evidence, as far as it can be told: modules by
    identity (function and canonical HLO) where identities are comparable, else by count;
    and the models' resolved jit_compile."""
    b, w = f.base, f.work
    changes = []
    if identities_comparable(f):
        assert b.identities is not None and w.identities is not None
        if b.identities - w.identities:
            changes.append(f"XLA modules gone: {', '.join(sorted(b.identities - w.identities))}")
        if w.identities - b.identities:
            changes.append(f"XLA modules added: {', '.join(sorted(w.identities - b.identities))}")
    elif b.modules is not None and w.modules is not None and b.modules != w.modules:
        changes.append(f"XLA modules {b.modules} -> {w.modules}")
    if b.jit != w.jit:
        changes.append(f"jit_compile {list(b.jit)} -> {list(None)}")
    return changes

mutants_x_xla_changes__mutmut['_mutmut_orig'] = x_xla_changes__mutmut_orig # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_1'] = x_xla_changes__mutmut_1 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_2'] = x_xla_changes__mutmut_2 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_3'] = x_xla_changes__mutmut_3 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_4'] = x_xla_changes__mutmut_4 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_5'] = x_xla_changes__mutmut_5 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_6'] = x_xla_changes__mutmut_6 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_7'] = x_xla_changes__mutmut_7 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_8'] = x_xla_changes__mutmut_8 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_9'] = x_xla_changes__mutmut_9 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_10'] = x_xla_changes__mutmut_10 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_11'] = x_xla_changes__mutmut_11 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_12'] = x_xla_changes__mutmut_12 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_13'] = x_xla_changes__mutmut_13 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_14'] = x_xla_changes__mutmut_14 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_15'] = x_xla_changes__mutmut_15 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_16'] = x_xla_changes__mutmut_16 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_17'] = x_xla_changes__mutmut_17 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_18'] = x_xla_changes__mutmut_18 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_19'] = x_xla_changes__mutmut_19 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_20'] = x_xla_changes__mutmut_20 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_21'] = x_xla_changes__mutmut_21 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_22'] = x_xla_changes__mutmut_22 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_23'] = x_xla_changes__mutmut_23 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_24'] = x_xla_changes__mutmut_24 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_25'] = x_xla_changes__mutmut_25 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_26'] = x_xla_changes__mutmut_26 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_27'] = x_xla_changes__mutmut_27 # type: ignore # mutmut generated
mutants_x_xla_changes__mutmut['x_xla_changes__mutmut_28'] = x_xla_changes__mutmut_28 # type: ignore # mutmut generated
mutants_x_rescuers__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rescuers__mutmut)
def rescuers(f: Facts) -> list[str]:
    """The other workarounds that pass on their own evidence with outputs not known wrong."""
    return [p.label for p in f.peers if rescues(p)]


def x_rescuers__mutmut_orig(f: Facts) -> list[str]:
    """The other workarounds that pass on their own evidence with outputs not known wrong."""
    return [p.label for p in f.peers if rescues(p)]


def x_rescuers__mutmut_1(f: Facts) -> list[str]:
    """The other workarounds that pass on their own evidence with outputs not known wrong."""
    return [p.label for p in f.peers if rescues(None)]

mutants_x_rescuers__mutmut['_mutmut_orig'] = x_rescuers__mutmut_orig # type: ignore # mutmut generated
mutants_x_rescuers__mutmut['x_rescuers__mutmut_1'] = x_rescuers__mutmut_1 # type: ignore # mutmut generated
mutants_x_unknown_peers__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_unknown_peers__mutmut)
def unknown_peers(f: Facts) -> list[str]:
    """Workarounds whose evidence is missing: a claim about "every workaround" names them."""
    return [*f.unknown, *(p.label for p in f.peers if not p.counts)]


def x_unknown_peers__mutmut_orig(f: Facts) -> list[str]:
    """Workarounds whose evidence is missing: a claim about "every workaround" names them."""
    return [*f.unknown, *(p.label for p in f.peers if not p.counts)]


def x_unknown_peers__mutmut_1(f: Facts) -> list[str]:
    """Workarounds whose evidence is missing: a claim about "every workaround" names them."""
    return [*f.unknown, *(p.label for p in f.peers if p.counts)]

mutants_x_unknown_peers__mutmut['_mutmut_orig'] = x_unknown_peers__mutmut_orig # type: ignore # mutmut generated
mutants_x_unknown_peers__mutmut['x_unknown_peers__mutmut_1'] = x_unknown_peers__mutmut_1 # type: ignore # mutmut generated
mutants_x_same_failure__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_same_failure__mutmut)
def same_failure(f: Facts) -> bool:
    """Both failed on their own evidence, with the same class, stage and step."""
    return failed(f.base) and failed(f.work) and f.base.failure == f.work.failure


def x_same_failure__mutmut_orig(f: Facts) -> bool:
    """Both failed on their own evidence, with the same class, stage and step."""
    return failed(f.base) and failed(f.work) and f.base.failure == f.work.failure


def x_same_failure__mutmut_1(f: Facts) -> bool:
    """Both failed on their own evidence, with the same class, stage and step."""
    return failed(f.base) and failed(f.work) or f.base.failure == f.work.failure


def x_same_failure__mutmut_2(f: Facts) -> bool:
    """Both failed on their own evidence, with the same class, stage and step."""
    return failed(f.base) or failed(f.work) and f.base.failure == f.work.failure


def x_same_failure__mutmut_3(f: Facts) -> bool:
    """Both failed on their own evidence, with the same class, stage and step."""
    return failed(None) and failed(f.work) and f.base.failure == f.work.failure


def x_same_failure__mutmut_4(f: Facts) -> bool:
    """Both failed on their own evidence, with the same class, stage and step."""
    return failed(f.base) and failed(None) and f.base.failure == f.work.failure


def x_same_failure__mutmut_5(f: Facts) -> bool:
    """Both failed on their own evidence, with the same class, stage and step."""
    return failed(f.base) and failed(f.work) and f.base.failure != f.work.failure

mutants_x_same_failure__mutmut['_mutmut_orig'] = x_same_failure__mutmut_orig # type: ignore # mutmut generated
mutants_x_same_failure__mutmut['x_same_failure__mutmut_1'] = x_same_failure__mutmut_1 # type: ignore # mutmut generated
mutants_x_same_failure__mutmut['x_same_failure__mutmut_2'] = x_same_failure__mutmut_2 # type: ignore # mutmut generated
mutants_x_same_failure__mutmut['x_same_failure__mutmut_3'] = x_same_failure__mutmut_3 # type: ignore # mutmut generated
mutants_x_same_failure__mutmut['x_same_failure__mutmut_4'] = x_same_failure__mutmut_4 # type: ignore # mutmut generated
mutants_x_same_failure__mutmut['x_same_failure__mutmut_5'] = x_same_failure__mutmut_5 # type: ignore # mutmut generated
mutants_x_gets_past__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_gets_past__mutmut)
def gets_past(f: Facts, side: Side) -> bool:
    """A failing cell got further than the base's failure, and not by failing in XLA."""
    return failed(side) and not side.xla_failure and reached(side) > reached(f.base)


def x_gets_past__mutmut_orig(f: Facts, side: Side) -> bool:
    """A failing cell got further than the base's failure, and not by failing in XLA."""
    return failed(side) and not side.xla_failure and reached(side) > reached(f.base)


def x_gets_past__mutmut_1(f: Facts, side: Side) -> bool:
    """A failing cell got further than the base's failure, and not by failing in XLA."""
    return failed(side) and not side.xla_failure or reached(side) > reached(f.base)


def x_gets_past__mutmut_2(f: Facts, side: Side) -> bool:
    """A failing cell got further than the base's failure, and not by failing in XLA."""
    return failed(side) or not side.xla_failure and reached(side) > reached(f.base)


def x_gets_past__mutmut_3(f: Facts, side: Side) -> bool:
    """A failing cell got further than the base's failure, and not by failing in XLA."""
    return failed(None) and not side.xla_failure and reached(side) > reached(f.base)


def x_gets_past__mutmut_4(f: Facts, side: Side) -> bool:
    """A failing cell got further than the base's failure, and not by failing in XLA."""
    return failed(side) and side.xla_failure and reached(side) > reached(f.base)


def x_gets_past__mutmut_5(f: Facts, side: Side) -> bool:
    """A failing cell got further than the base's failure, and not by failing in XLA."""
    return failed(side) and not side.xla_failure and reached(None) > reached(f.base)


def x_gets_past__mutmut_6(f: Facts, side: Side) -> bool:
    """A failing cell got further than the base's failure, and not by failing in XLA."""
    return failed(side) and not side.xla_failure and reached(side) >= reached(f.base)


def x_gets_past__mutmut_7(f: Facts, side: Side) -> bool:
    """A failing cell got further than the base's failure, and not by failing in XLA."""
    return failed(side) and not side.xla_failure and reached(side) > reached(None)

mutants_x_gets_past__mutmut['_mutmut_orig'] = x_gets_past__mutmut_orig # type: ignore # mutmut generated
mutants_x_gets_past__mutmut['x_gets_past__mutmut_1'] = x_gets_past__mutmut_1 # type: ignore # mutmut generated
mutants_x_gets_past__mutmut['x_gets_past__mutmut_2'] = x_gets_past__mutmut_2 # type: ignore # mutmut generated
mutants_x_gets_past__mutmut['x_gets_past__mutmut_3'] = x_gets_past__mutmut_3 # type: ignore # mutmut generated
mutants_x_gets_past__mutmut['x_gets_past__mutmut_4'] = x_gets_past__mutmut_4 # type: ignore # mutmut generated
mutants_x_gets_past__mutmut['x_gets_past__mutmut_5'] = x_gets_past__mutmut_5 # type: ignore # mutmut generated
mutants_x_gets_past__mutmut['x_gets_past__mutmut_6'] = x_gets_past__mutmut_6 # type: ignore # mutmut generated
mutants_x_gets_past__mutmut['x_gets_past__mutmut_7'] = x_gets_past__mutmut_7 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_every_peer_gets_past__mutmut)
def every_peer_gets_past(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed and not wrong(p):
            return False
        if failed(p.side) and not gets_past(f, p.side):
            return False
    return True


def x_every_peer_gets_past__mutmut_orig(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed and not wrong(p):
            return False
        if failed(p.side) and not gets_past(f, p.side):
            return False
    return True


def x_every_peer_gets_past__mutmut_1(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if p.counts:
            continue
        if p.side.passed and not wrong(p):
            return False
        if failed(p.side) and not gets_past(f, p.side):
            return False
    return True


def x_every_peer_gets_past__mutmut_2(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            break
        if p.side.passed and not wrong(p):
            return False
        if failed(p.side) and not gets_past(f, p.side):
            return False
    return True


def x_every_peer_gets_past__mutmut_3(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed or not wrong(p):
            return False
        if failed(p.side) and not gets_past(f, p.side):
            return False
    return True


def x_every_peer_gets_past__mutmut_4(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed and wrong(p):
            return False
        if failed(p.side) and not gets_past(f, p.side):
            return False
    return True


def x_every_peer_gets_past__mutmut_5(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed and not wrong(None):
            return False
        if failed(p.side) and not gets_past(f, p.side):
            return False
    return True


def x_every_peer_gets_past__mutmut_6(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed and not wrong(p):
            return True
        if failed(p.side) and not gets_past(f, p.side):
            return False
    return True


def x_every_peer_gets_past__mutmut_7(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed and not wrong(p):
            return False
        if failed(p.side) or not gets_past(f, p.side):
            return False
    return True


def x_every_peer_gets_past__mutmut_8(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed and not wrong(p):
            return False
        if failed(None) and not gets_past(f, p.side):
            return False
    return True


def x_every_peer_gets_past__mutmut_9(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed and not wrong(p):
            return False
        if failed(p.side) and gets_past(f, p.side):
            return False
    return True


def x_every_peer_gets_past__mutmut_10(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed and not wrong(p):
            return False
        if failed(p.side) and not gets_past(None, p.side):
            return False
    return True


def x_every_peer_gets_past__mutmut_11(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed and not wrong(p):
            return False
        if failed(p.side) and not gets_past(f, None):
            return False
    return True


def x_every_peer_gets_past__mutmut_12(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed and not wrong(p):
            return False
        if failed(p.side) and not gets_past(p.side):
            return False
    return True


def x_every_peer_gets_past__mutmut_13(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed and not wrong(p):
            return False
        if failed(p.side) and not gets_past(f, ):
            return False
    return True


def x_every_peer_gets_past__mutmut_14(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed and not wrong(p):
            return False
        if failed(p.side) and not gets_past(f, p.side):
            return True
    return True


def x_every_peer_gets_past__mutmut_15(f: Facts) -> bool:
    """Every other workaround gets past the base's failure and fails some other way (or
    passes with wrong outputs), none of them in XLA."""
    for p in f.peers:
        if not p.counts:
            continue
        if p.side.passed and not wrong(p):
            return False
        if failed(p.side) and not gets_past(f, p.side):
            return False
    return False

mutants_x_every_peer_gets_past__mutmut['_mutmut_orig'] = x_every_peer_gets_past__mutmut_orig # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_1'] = x_every_peer_gets_past__mutmut_1 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_2'] = x_every_peer_gets_past__mutmut_2 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_3'] = x_every_peer_gets_past__mutmut_3 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_4'] = x_every_peer_gets_past__mutmut_4 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_5'] = x_every_peer_gets_past__mutmut_5 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_6'] = x_every_peer_gets_past__mutmut_6 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_7'] = x_every_peer_gets_past__mutmut_7 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_8'] = x_every_peer_gets_past__mutmut_8 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_9'] = x_every_peer_gets_past__mutmut_9 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_10'] = x_every_peer_gets_past__mutmut_10 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_11'] = x_every_peer_gets_past__mutmut_11 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_12'] = x_every_peer_gets_past__mutmut_12 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_13'] = x_every_peer_gets_past__mutmut_13 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_14'] = x_every_peer_gets_past__mutmut_14 # type: ignore # mutmut generated
mutants_x_every_peer_gets_past__mutmut['x_every_peer_gets_past__mutmut_15'] = x_every_peer_gets_past__mutmut_15 # type: ignore # mutmut generated
mutants_x__agree__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__agree__mutmut)
def _agree(p: Parity) -> bool:
    return p.checked and p.agree


def x__agree__mutmut_orig(p: Parity) -> bool:
    return p.checked and p.agree


def x__agree__mutmut_1(p: Parity) -> bool:
    return p.checked or p.agree

mutants_x__agree__mutmut['_mutmut_orig'] = x__agree__mutmut_orig # type: ignore # mutmut generated
mutants_x__agree__mutmut['x__agree__mutmut_1'] = x__agree__mutmut_1 # type: ignore # mutmut generated
mutants_x__differ__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__differ__mutmut)
def _differ(p: Parity) -> bool:
    return p.checked and not p.agree


def x__differ__mutmut_orig(p: Parity) -> bool:
    return p.checked and not p.agree


def x__differ__mutmut_1(p: Parity) -> bool:
    return p.checked or not p.agree


def x__differ__mutmut_2(p: Parity) -> bool:
    return p.checked and p.agree

mutants_x__differ__mutmut['_mutmut_orig'] = x__differ__mutmut_orig # type: ignore # mutmut generated
mutants_x__differ__mutmut['x__differ__mutmut_1'] = x__differ__mutmut_1 # type: ignore # mutmut generated
mutants_x__differ__mutmut['x__differ__mutmut_2'] = x__differ__mutmut_2 # type: ignore # mutmut generated
mutants_x_parity__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parity__mutmut)
def parity(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or not a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(a, b, tol)


def x_parity__mutmut_orig(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or not a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(a, b, tol)


def x_parity__mutmut_1(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(None)
    if a is None or b is None or not a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(a, b, tol)


def x_parity__mutmut_2(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or not a.passed and not b.passed:
        return UNCHECKED("not both passed")
    return compare(a, b, tol)


def x_parity__mutmut_3(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None and not a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(a, b, tol)


def x_parity__mutmut_4(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None and b is None or not a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(a, b, tol)


def x_parity__mutmut_5(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is not None or b is None or not a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(a, b, tol)


def x_parity__mutmut_6(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is not None or not a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(a, b, tol)


def x_parity__mutmut_7(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(a, b, tol)


def x_parity__mutmut_8(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or not a.passed or b.passed:
        return UNCHECKED("not both passed")
    return compare(a, b, tol)


def x_parity__mutmut_9(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or not a.passed or not b.passed:
        return UNCHECKED(None)
    return compare(a, b, tol)


def x_parity__mutmut_10(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or not a.passed or not b.passed:
        return UNCHECKED("XXnot both passedXX")
    return compare(a, b, tol)


def x_parity__mutmut_11(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or not a.passed or not b.passed:
        return UNCHECKED("NOT BOTH PASSED")
    return compare(a, b, tol)


def x_parity__mutmut_12(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or not a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(None, b, tol)


def x_parity__mutmut_13(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or not a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(a, None, tol)


def x_parity__mutmut_14(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or not a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(a, b, None)


def x_parity__mutmut_15(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or not a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(b, tol)


def x_parity__mutmut_16(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or not a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(a, tol)


def x_parity__mutmut_17(a: CellRecord | None, b: CellRecord | None, tol: Tolerance, why: str | None) -> Parity:
    """a's outputs against b's; unchecked (with why) when either is missing or did not pass."""
    if why:
        return UNCHECKED(why)
    if a is None or b is None or not a.passed or not b.passed:
        return UNCHECKED("not both passed")
    return compare(a, b, )

mutants_x_parity__mutmut['_mutmut_orig'] = x_parity__mutmut_orig # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_1'] = x_parity__mutmut_1 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_2'] = x_parity__mutmut_2 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_3'] = x_parity__mutmut_3 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_4'] = x_parity__mutmut_4 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_5'] = x_parity__mutmut_5 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_6'] = x_parity__mutmut_6 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_7'] = x_parity__mutmut_7 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_8'] = x_parity__mutmut_8 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_9'] = x_parity__mutmut_9 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_10'] = x_parity__mutmut_10 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_11'] = x_parity__mutmut_11 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_12'] = x_parity__mutmut_12 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_13'] = x_parity__mutmut_13 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_14'] = x_parity__mutmut_14 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_15'] = x_parity__mutmut_15 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_16'] = x_parity__mutmut_16 # type: ignore # mutmut generated
mutants_x_parity__mutmut['x_parity__mutmut_17'] = x_parity__mutmut_17 # type: ignore # mutmut generated
