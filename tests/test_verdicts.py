"""Verdict rules, one case per verdict, on hand-written records (pure logic, no TensorFlow)."""

from __future__ import annotations

import pytest

from harness.records import CellRecord, PlannedCell
from harness.verdicts import Tolerance, derive_verdicts


def out(mean: float = 0.5) -> dict:
    return {
        "shape": [1, 4, 4, 1],
        "dtype": "float32",
        "finite": 1.0,
        "mean": mean,
        "std": 0.1,
        "view": [[mean]],
    }


def rec(
    config: str,
    role: str,
    status: str = "pass",
    modules: int | None = 2,
    mean: float = 0.5,
    jit=False,
) -> CellRecord:
    return CellRecord.from_json(
        {
            "id": f"e/t/s/{config}",
            "cell": {"environment": "e", "target": "t", "scenario": "s", "config": config},
            "role": role,
            "status": status,
            "message": "" if status == "pass" else "ValueError at predict step 2 (N=64): boom",
            "xla": {"modules": modules},
            "steps": [
                {
                    "step": 1,
                    "N": 4,
                    "jit_compile": jit,
                    "outputs": [out(mean)] if status == "pass" else [],
                }
            ],
        }
    )


B = "baseline"
W = "workaround"


def verdict_of(records, config="fix"):
    verdicts = {v.config: v for v in derive_verdicts(records, Tolerance())}
    return verdicts[config]


CASES = {
    "not needed": [rec("baseline", B, modules=2), rec("fix", W, modules=0)],
    "inert": [rec("baseline", B, modules=2), rec("fix", W, modules=2)],
    "needed": [rec("baseline", B, "fail"), rec("fix", W, modules=0)],
    "ineffective": [rec("baseline", B, "fail"), rec("fix", W, "fail"), rec("other", W, modules=0)],
    "broken": [rec("baseline", B, "fail"), rec("fix", W, "fail"), rec("other", W, "fail")],
    "harmful": [rec("baseline", B), rec("fix", W, "fail")],
    "vacuous": [rec("baseline", B, modules=0), rec("fix", W, modules=0)],
    "wrong output": [
        rec("baseline", B),
        rec("fix", W, modules=0, mean=0.9),
        rec("eager", W, modules=0),
    ],
    "infra": [rec("baseline", B, "infra"), rec("fix", W)],
    "flaky": [rec("baseline", B, "flaky"), rec("fix", W)],
}


@pytest.mark.parametrize("expected", list(CASES))
def test_one_case_per_verdict(expected):
    v = verdict_of(CASES[expected])
    assert v.verdict == expected, v.reason
    assert v.cells and all(c.startswith("e/t/s/") for c in v.cells)
    assert v.reason


def test_timeout_and_crash_count_as_failures_not_infra():
    for status in ("timeout", "crash", "oom"):
        assert (
            verdict_of([rec("baseline", B, status), rec("fix", W, modules=0)]).verdict == "needed"
        )


def test_missing_cell_is_missing_never_pass():
    expected = [PlannedCell("e", "t", "s", "fix", W)]
    verdicts = derive_verdicts([rec("baseline", B)], Tolerance(), expected_cells=expected)
    assert [v.verdict for v in verdicts] == ["missing"]


def test_probe_holds_or_breaks():
    records = [rec("baseline", B), rec("jit", "probe", modules=3), rec("jit2", "probe", "fail")]
    verdicts = {v.config: v.verdict for v in derive_verdicts(records, Tolerance())}
    assert verdicts == {"jit": "holds", "jit2": "breaks"}


def test_outputs_within_tolerance_are_the_same():
    records = [rec("baseline", B), rec("fix", W, mean=0.5 + 1e-6), rec("eager", W, modules=0)]
    assert verdict_of(records).verdict == "inert"


def test_baseline_with_wrong_output_makes_the_workaround_needed():
    records = [rec("baseline", B, mean=0.9), rec("fix", W, modules=0), rec("eager", W, modules=0)]
    assert verdict_of(records).verdict == "needed"
