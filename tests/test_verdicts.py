"""The verdict rules, one table row per rule, on crafted records with real output arrays.

Each case is a small group of cells (baseline, workarounds, probes, the eager reference)
written as records and .npz files the way a run writes them, then judged. The rows at the
top are the ways the judge used to go wrong, each with the verdict it must give now.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from harness.cell.evidence import save_outputs
from harness.judge.decision import CONTROL_LABEL, decide, decision_lines
from harness.judge.verdicts import derive_verdicts
from harness.results.records import CellRecord, PlannedCell, Verdict, VerdictsFile

from .conftest import tolerance

ENV, TARGET, SCENARIO = "e", "t", "s"
FP = {"python": "3.11.7", "tensorflow": "2.21.0", "keras": "3.15.1", "keras_flavour": "keras3"}
A = "translate_xla#aaaaaaaaaaaa"
B = "translate_xla#bbbbbbbbbbbb"
C = "predict_function#cccccccccccc"
FAR = np.linspace(0.0, 1.0, 2 * 8 * 8 * 4, dtype=np.float32).reshape(2, 8, 8, 4)
XLA_FAIL = ("xla-unsupported-op", "predict", 1, "Detected unsupported operations ... PyFunc")
SHAPE_FAIL = ("shape-mismatch", "predict", 2, "Dimensions must be equal, but are 64 and 128")
ROLES = {"baseline": "baseline", "eager": "workaround", "jit-compile": "probe", "autojit": "probe"}


class Run:
    """A run folder of crafted cells."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.records: list[CellRecord] = []

    def cell(
        self,
        config: str,
        status: str = "pass",
        *,
        modules: tuple[str, ...] | None = (A, B),
        out: np.ndarray | dict | None = FAR,
        fail: tuple[str, str, int, str] = SHAPE_FAIL,
        context: str = "",
        fingerprint: dict | None = None,
        jit: bool | None = False,
    ) -> Run:
        cell = {"environment": ENV, "target": TARGET, "scenario": SCENARIO, "config": config}
        cell["context"] = context
        filename = f"{TARGET}.{SCENARIO}.{config}" + (f"@{context}" if context else "")
        data: dict = {
            "id": f"{ENV}/{TARGET}/{SCENARIO}/{config}" + (f"@{context}" if context else ""),
            "cell": cell,
            "role": ROLES.get(config, "workaround"),
            "status": status,
            "fingerprint": FP if fingerprint is None else fingerprint,
            "xla": {"modules": None, "identities": []}
            if modules is None
            else {"modules": len(modules), "identities": list(modules)},
            "steps": [{"step": 1, "N": 8, "jit_compile": jit}],
        }
        if status == "pass":
            data["stage"] = {"name": "done"}
            if out is not None:
                folder = self.root / "results" / ENV
                folder.mkdir(parents=True, exist_ok=True)
                outputs = save_outputs(
                    str(folder / f"{filename}.npz"),
                    [[("0", out)] if not isinstance(out, dict) else list(out.items())],
                    1 << 20,
                )
                data["outputs"] = {**_plain(outputs), "file": f"results/{ENV}/{filename}.npz"}
        else:
            cls, stage, step, line = fail
            data.update(
                failure_class=cls,
                stage={"name": stage, "step": step, "N": 8 if step else None},
                message=f"Error at {stage} step {step}: {line}",
            )
        self.records.append(CellRecord.from_json(data, source=self.root))
        return self

    def verdicts(self, **kw) -> dict[str, object]:
        return {v.label: v for v in derive_verdicts(self.records, tolerance(), **kw)}


def _plain(outputs) -> dict:
    from harness.config.typed import to_dict

    return to_dict(outputs)


@pytest.fixture
def run(tmp_path: Path) -> Run:
    return Run(tmp_path)


def swapped_channels(a: np.ndarray) -> np.ndarray:
    return a[..., ::-1].copy()


def shifted_patch(a: np.ndarray) -> np.ndarray:
    b = a.copy()
    b[0, 2:6, 2:6, 1] = np.roll(b[0, 2:6, 2:6, 1], 1, axis=0)
    return b


# Each row: (id, builder, config label, expected verdict, words the reason must hold)
CASES = [
    # --- the ways the judge went wrong -------------------------------------------------------
    (
        "timeout while importing TensorFlow is infra, not a failure to rescue",
        lambda r: (
            r.cell("baseline", "timeout", fail=("timeout", "import", None, "no result"))
            .cell("fix", modules=())
            .cell("eager", modules=())
        ),
        "fix",
        "infra",
        ["baseline cell infra"],
    ),
    (
        "a crash at the target stage is infra",
        lambda r: (
            r.cell("baseline")
            .cell("fix", "crash", fail=("crash", "target", None, "SIGKILL"))
            .cell("eager", modules=())
        ),
        "fix",
        "infra",
        ["workaround cell infra"],
    ),
    (
        "a crash while predicting is a failure of class crash, and the reason says so",
        lambda r: (
            r.cell("baseline", "crash", fail=("crash", "predict", 1, "killed by SIGKILL"))
            .cell("fix", modules=())
            .cell("eager", modules=())
        ),
        "fix",
        "needed",
        ["crash at predict step 1", "SIGKILL"],
    ),
    (
        "eager missing: an output change alone never makes not needed",
        lambda r: r.cell("baseline").cell("fix", out=FAR * 2),
        "fix",
        "wrong output",
        ["outputs unchecked", "one of the two is wrong"],
    ),
    (
        "eager failing, outputs changed: one of the two is wrong, never not needed",
        lambda r: r.cell("baseline").cell("fix", modules=(A,), out=FAR * 2).cell("eager", "fail"),
        "fix",
        "wrong output",
        ["outputs unchecked: eager fail", "one of the two is wrong"],
    ),
    (
        "same count, different functions: not needed, naming what changed",
        lambda r: (
            r.cell("baseline", modules=(A, B)).cell("fix", modules=(A, C)).cell("eager", modules=())
        ),
        "fix",
        "not needed",
        [f"gone: {B}", f"added: {C}"],
    ),
    (
        "the same modules compiled twice (a retrace) is no change: inert",
        lambda r: (
            r.cell("baseline", modules=(A, B))
            .cell("fix", modules=(A, B, A, B))
            .cell("eager", modules=())
        ),
        "fix",
        "inert",
        ["same 2 XLA modules"],
    ),
    (
        "run-to-run noise within tolerance keeps inert",
        lambda r: r.cell("baseline").cell("fix", out=FAR + 1e-6).cell("eager", modules=()),
        "fix",
        "inert",
        ["same outputs"],
    ),
    (
        "the reference itself: needed where the baseline's outputs differ from it",
        lambda r: r.cell("baseline").cell("eager", modules=(), out=FAR + 0.5),
        "eager",
        "needed",
        ["baseline output differs from the reference", "the workaround's agrees"],
    ),
    (
        "the reference itself: not needed where the baseline agrees with it",
        lambda r: r.cell("baseline").cell("eager", modules=()),
        "eager",
        "not needed",
        ["gone"],
    ),
    (
        "vacuous wins over parity: no XLA ran, outputs differ (a random op)",
        lambda r: (
            r.cell("baseline", modules=(), out=FAR + 0.3)
            .cell("fix", modules=(), out=FAR + 0.2)
            .cell("eager", modules=())
        ),
        "fix",
        "vacuous",
        ["XLA compiled nothing"],
    ),
    (
        "XLA error at baseline, shape bug in every workaround: masked, not broken",
        lambda r: (
            r.cell("baseline", "fail", fail=XLA_FAIL)
            .cell("fix", "fail", fail=SHAPE_FAIL)
            .cell("eager", "fail", fail=SHAPE_FAIL)
        ),
        "fix",
        "masked",
        ["fails in XLA", "shape-mismatch at predict step 2"],
    ),
    (
        "no XLA failure anywhere and nothing passes: broken",
        lambda r: r.cell("baseline", "fail").cell("fix", "fail").cell("eager", "fail"),
        "fix",
        "broken",
        ["not in XLA"],
    ),
    (
        "the same failure as baseline while another passes: ineffective",
        lambda r: (
            r.cell("baseline", "fail", fail=XLA_FAIL)
            .cell("fix", "fail", fail=XLA_FAIL)
            .cell("eager", modules=())
        ),
        "fix",
        "ineffective",
        ["fails the same way", "eager passes"],
    ),
    (
        "a different failure while another passes: fails differently",
        lambda r: (
            r.cell("baseline", "fail", fail=XLA_FAIL)
            .cell("fix", "fail", fail=SHAPE_FAIL)
            .cell("eager", modules=())
        ),
        "fix",
        "fails differently",
        ["fails differently: shape-mismatch at predict step 2", "eager passes"],
    ),
    (
        "cells from different TensorFlow versions are never compared",
        lambda r: (
            r.cell("baseline", fingerprint={**FP, "tensorflow": "2.20.0"})
            .cell("fix", modules=())
            .cell("eager", modules=())
        ),
        "fix",
        "infra",
        ["mismatched fingerprints (tensorflow)", "TF 2.20.0", "TF 2.21.0"],
    ),
    (
        "swapped channels are seen",
        lambda r: (
            r.cell("baseline")
            .cell("fix", modules=(A,), out=swapped_channels(FAR))
            .cell("eager", modules=())
        ),
        "fix",
        "wrong output",
        ["step1/0 at [", "beyond tolerance", "atol"],
    ),
    (
        "a shifted patch is seen",
        lambda r: (
            r.cell("baseline")
            .cell("fix", modules=(A,), out=shifted_patch(FAR))
            .cell("eager", modules=())
        ),
        "fix",
        "wrong output",
        ["step1/0 at [0, "],
    ),
    (
        "dict outputs are compared by key",
        lambda r: (
            r.cell("baseline", out={"amp": FAR, "phase": FAR})
            .cell("fix", modules=(A,), out={"amp": FAR, "phase": FAR * 0.5})
            .cell("eager", modules=(), out={"amp": FAR, "phase": FAR})
        ),
        "fix",
        "wrong output",
        ["step1/phase"],
    ),
    (
        "what a GPU user meets: the switch fails where jit_compile is forced",
        lambda r: (
            r.cell("baseline", modules=(A,))
            .cell("fix", modules=())
            .cell("eager", modules=())
            .cell("jit-compile", modules=(A, C), jit=True)
            .cell("fix", "fail", fail=XLA_FAIL, context="jit-compile")
            .cell("eager", modules=(), context="jit-compile")
        ),
        "fix @ jit-compile",
        "harmful",
        ["jit-compile alone passes", "xla-unsupported-op at predict step 1"],
    ),
    (
        "...and in the default context the same switch is not needed",
        lambda r: (
            r.cell("baseline", modules=(A,))
            .cell("fix", modules=())
            .cell("eager", modules=())
            .cell("jit-compile", modules=(A, C), jit=True)
            .cell("fix", "fail", fail=XLA_FAIL, context="jit-compile")
        ),
        "fix",
        "not needed",
        ["gone"],
    ),
    (
        "a workaround needed only where jit_compile is forced",
        lambda r: (
            r.cell("baseline", modules=(A,))
            .cell("fix", modules=(A,))
            .cell("eager", modules=())
            .cell("jit-compile", "fail", fail=XLA_FAIL, jit=True)
            .cell("fix", modules=(A,), context="jit-compile", jit=True)
        ),
        "fix @ jit-compile",
        "needed",
        ["jit-compile alone xla-unsupported-op"],
    ),
    (
        "a probe that passes with different outputs breaks",
        lambda r: r.cell("baseline").cell("eager", modules=()).cell("jit-compile", out=FAR * 3),
        "jit-compile",
        "breaks",
        ["output differs from the reference"],
    ),
    (
        "a probe that passes with eager failing holds, outputs unchecked",
        lambda r: r.cell("baseline").cell("eager", "fail").cell("jit-compile"),
        "jit-compile",
        "holds",
        ["outputs unchecked"],
    ),
]


INF = FAR.copy()
INF[0, 0, 0, 0] = np.inf
NAN = np.full_like(FAR, np.nan)
CPLX = (FAR + 1j * FAR).astype(np.complex64)
WORDS = np.array([b"alpha", b"beta"])
PREFLIGHT_FAIL = ("missing-dependency", "preflight", None, "No module named 'pandas'")

CASES += [
    # --- found by an outside review -------------------------------------------------------
    (
        "one Inf in both arrays does not hide a difference elsewhere",
        lambda r: (
            r.cell("baseline", out=INF)
            .cell("fix", modules=(A,), out=INF * 3)
            .cell("eager", modules=(), out=INF)
        ),
        "fix",
        "wrong output",
        ["workaround output differs from the reference", "step1/0 at [1, 7, 7, 3]"],
    ),
    (
        "a reference that is not finite cannot judge: unchecked, never needed",
        lambda r: (
            r.cell("baseline").cell("fix", modules=(A,), out=NAN).cell("eager", modules=(), out=NAN)
        ),
        "fix",
        "not needed",
        ["outputs unchecked", "NaN values"],
    ),
    (
        "complex outputs compare by real and imaginary part, not magnitude",
        lambda r: (
            r.cell("baseline", out=CPLX)
            .cell("eager", modules=(), out=CPLX)
            .cell("jit-compile", out=np.conj(CPLX))
        ),
        "jit-compile",
        "breaks",
        ["output differs"],
    ),
    (
        "string outputs compare exactly, without crashing the report",
        lambda r: (
            r.cell("baseline", out=WORDS)
            .cell("fix", modules=(A,), out=WORDS[::-1].copy())
            .cell("eager", modules=(), out=WORDS)
        ),
        "fix",
        "wrong output",
        ["step1/0 at [0]"],
    ),
    (
        "masked names the workaround that gave no evidence",
        lambda r: (
            r.cell("baseline", "fail", fail=XLA_FAIL)
            .cell("fix", "fail", fail=SHAPE_FAIL)
            .cell("eager", "infra", fail=("no-result", "build", 1, "exited"))
        ),
        "fix",
        "masked",
        ["(eager gave no evidence)"],
    ),
    (
        "broken names the workaround that gave no evidence",
        lambda r: (
            r.cell("baseline", "fail")
            .cell("fix", "fail")
            .cell("eager", "infra", fail=("no-result", "build", 1, "x"))
        ),
        "fix",
        "broken",
        ["(eager gave no evidence)"],
    ),
    (
        "a pass without XLA evidence cannot make not needed",
        lambda r: r.cell("baseline").cell("fix", modules=None).cell("eager", modules=()),
        "fix",
        "infra",
        ["no XLA evidence recorded"],
    ),
    (
        "a failure in the preflight is infra, whatever the record calls it",
        lambda r: (
            r.cell("baseline").cell("fix", "fail", fail=PREFLIGHT_FAIL).cell("eager", modules=())
        ),
        "fix",
        "infra",
        ["workaround cell infra", "No module named 'pandas'"],
    ),
    (
        "a pass that does not say what it ran on is no evidence",
        lambda r: (
            r.cell("baseline", fingerprint={}).cell("fix", modules=()).cell("eager", modules=())
        ),
        "fix",
        "infra",
        ["baseline cell infra: it does not say what it ran on"],
    ),
]


@pytest.mark.parametrize(
    ("build", "label", "expected", "words"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_rule(run, build, label, expected, words):
    build(run)
    v = run.verdicts()[label]
    assert v.verdict == expected, v.reason
    for word in words:
        assert word in v.reason, v.reason
    assert v.cells and all(c.startswith(f"{ENV}/{TARGET}/{SCENARIO}/") for c in v.cells)
    # the judge says it as a field, where the reason says it in words
    assert v.outputs_checked is ("outputs unchecked" not in v.reason), v.reason


def test_missing_cell_is_missing_never_pass(run):
    run.cell("baseline")
    expected = [PlannedCell(ENV, TARGET, SCENARIO, "fix", "workaround")]
    verdicts = derive_verdicts(run.records, tolerance(), expected_cells=expected)
    assert [v.verdict for v in verdicts] == ["missing"]


def test_flaky_cell_is_flaky(run):
    run.cell("baseline", "flaky").cell("fix", modules=())
    v = run.verdicts()["fix"]
    assert (v.verdict, v.reason) == (
        "flaky",
        "baseline cell flaky: Error at predict step 2: Dimensions must be equal, but are 64 and 128",
    )


def test_a_flaky_workaround_is_flaky_whatever_its_baseline(run):
    run.cell("baseline").cell("fix", "flaky").cell("eager", modules=())
    v = run.verdicts()["fix"]
    assert (v.verdict, v.reason) == (
        "flaky",
        "workaround cell flaky: Error at predict step 2: Dimensions must be equal, but are 64 and 128",
    )


def test_outputs_outside_the_run_folder_are_unchecked_never_agree(run, tmp_path):
    run.cell("baseline").cell("fix", modules=(A,), out=FAR * 2).cell("eager", modules=())
    fix = next(r for r in run.records if r.cell.config == "fix")
    assert fix.outputs is not None
    fix.outputs.file = "../../elsewhere.npz"
    v = run.verdicts()["fix"]
    assert v.verdict == "not needed" and "outside its run folder" in v.reason


def test_decision_gates_the_project_and_labels_controls(run):
    (
        run.cell("baseline", modules=(A,))
        .cell("fix", modules=())
        .cell("eager", modules=())
        .cell("jit-compile", modules=(A, C), jit=True)
        .cell("fix", "fail", fail=XLA_FAIL, context="jit-compile")
        .cell("eager", modules=(), context="jit-compile")
    )
    verdicts = derive_verdicts(run.records, tolerance())
    decisions = decide(verdicts)
    lines = decision_lines(decisions)
    assert "t: undecided fix: e (harmful in s @ jit-compile)" in lines
    assert any(
        line.startswith("t: blocker: Error at predict step 1: Detected unsupported")
        for line in lines
    )
    assert "t: remove eager: not needed or inert everywhere it was judged" in lines
    controls = decision_lines(decide(verdicts, {"t"}))
    assert all(line.startswith(f"t ({CONTROL_LABEL}): ") for line in controls)


def test_one_failure_in_many_environments_is_one_blocker_naming_them_all(run):
    """A blocker line is said once, but no environment that shows it is left unnamed; the
    graph counters TensorFlow puts in function names do not make two bugs of one."""
    run.cell("baseline", modules=(A,)).cell("fix", "fail", fail=XLA_FAIL).cell("eager", modules=())
    (harmful,) = [v for v in derive_verdicts(run.records, tolerance()) if v.config == "fix"]
    assert harmful.verdict == "harmful"
    copies = []
    for i, env in enumerate(("e2", "e3", "e4")):
        config = dict(harmful.evidence["config"])
        config["id"] = config["id"].replace("e/", f"{env}/", 1)
        config["message"] = config["message"].replace("Detected", f"__inference_f_{i}1 Detected")
        copies.append(
            replace(
                harmful,
                environment=env,
                evidence={**harmful.evidence, "config": config},
                shows=[config["id"]],
            )
        )
    (decision,) = decide([harmful, *copies])
    assert len(decision.blockers) == 2  # e's line differs: it names no graph function
    grouped = decision.blockers[1]
    assert grouped.cell.startswith("e2/")
    assert grouped.also == [c.evidence["config"]["id"] for c in copies[1:]]
    assert grouped.text.endswith("; harmful; also 2 more cell(s) in e3, e4)")
    # another graph function is another bug
    other = dict(copies[0].evidence["config"])
    other["message"] = other["message"].replace("__inference_f_", "__inference_g_")
    (decision,) = decide([harmful, *copies, replace(copies[0], evidence={"config": other})])
    assert len(decision.blockers) == 3
    # Keras's own predict step, named by the Keras version, is one function
    for keras2, keras3 in (("run_step", "one_step_on_data"), ("predict_function", "run_step")):
        pair = []
        for name in (keras2, keras3):
            named = dict(copies[0].evidence["config"])
            named["message"] = named["message"].replace("__inference_f_", f"__inference_{name}_")
            pair.append(replace(copies[0], evidence={"config": named}))
        (decision,) = decide(pair)
        assert len(decision.blockers) == 1, (keras2, keras3)
    # as the records keep them: cut at one length, so the longer name ends the line earlier
    cut = []
    for name in ("run_step_625", "one_step_on_data_666"):
        named = dict(copies[0].evidence["config"])
        text = f"Detected unsupported operations when trying to compile graph __inference_{name}[]"
        named["message"] = (text + " on XLA_CPU_JIT: Op (No registered 'Op' OpKernel for ...")[
            :150
        ] + "..."
        cut.append(replace(copies[0], evidence={"config": named}))
    (decision,) = decide(cut)
    assert len(decision.blockers) == 1
    # the same failure at the first predict, whichever size the scenario starts with
    sized = []
    for n in (128, 64):
        named = dict(copies[0].evidence["config"])
        named["message"] = f"InvalidArgumentError at predict step 1 (N={n}): Detected ... Op"
        sized.append(replace(copies[0], evidence={"config": named}))
    (decision,) = decide(sized)
    assert [b.line for b in decision.blockers] == [sized[0].evidence["config"]["message"]]
    # at another step it is another failure
    later = dict(sized[1].evidence["config"])
    later["message"] = later["message"].replace("step 1", "step 2")
    (decision,) = decide([sized[0], replace(sized[1], evidence={"config": later})])
    assert len(decision.blockers) == 2


def test_outputs_unchecked_in_one_environment_leaves_the_workaround_undecided():
    def inert(env: str, checked: bool) -> Verdict:
        reason = "both pass with the same 2 XLA modules (same HLO)"
        return Verdict(
            env, SCENARIO, TARGET, "fix", "workaround", "inert", reason, [], {}, "", checked
        )

    (decision,) = decide([inert("e1", True), inert("e2", False)])
    assert decision.workarounds[0].text == "undecided fix: e2 (outputs unchecked in s)"
    assert decision.environments == {"e1": {"fix": "remove"}, "e2": {"fix": "undecided"}}


def test_a_verdicts_file_from_before_outputs_checked_reads_it_from_the_reason():
    def written(reason: str) -> dict:
        return {
            "environment": ENV,
            "scenario": SCENARIO,
            "target": TARGET,
            "config": "fix",
            "role": "workaround",
            "verdict": "inert",
            "reason": reason,
            "cells": [],
        }

    old = {
        "meta": {},
        "verdicts": [
            written("same HLO (outputs unchecked: no reference cell)"),
            written("same HLO and the same outputs"),
        ],
    }
    read = VerdictsFile.from_json(old)
    assert [v.outputs_checked for v in read.verdicts] == [False, True]
    again = VerdictsFile.from_json(read.to_json())  # written with the field, read as written
    assert [v.outputs_checked for v in again.verdicts] == [False, True]


def test_environments_that_say_the_same_are_listed_together():
    from harness.judge.decision import WorkaroundDecision

    harmful = ["harmful in s @ jit-compile", "vacuous in s2"]
    where = {"e1": harmful, "e2": ["needed in s"], "e3": list(harmful)}
    assert WorkaroundDecision("fix", "undecided", where).text == (
        "undecided fix: e1, e3 (harmful in s @ jit-compile, vacuous in s2); e2 (needed in s)"
    )


def test_a_zip_bomb_of_outputs_is_unchecked_not_loaded(run):
    import zipfile

    run.cell("baseline").cell("fix", modules=(A,)).cell("eager", modules=())
    fix = next(r for r in run.records if r.cell.config == "fix")
    assert fix.outputs is not None
    path = run.root / fix.outputs.file
    big = np.zeros(80 << 20, dtype=np.uint8)  # 80 MiB unpacked, a few KiB packed
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z, z.open("step1/0.npy", "w") as f:
        np.lib.format.write_array(f, big)
    assert path.stat().st_size < 1 << 20
    v = run.verdicts()["fix"]
    assert v.verdict == "not needed" and "unpacked" in v.reason
