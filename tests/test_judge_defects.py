"""The judge's reproduced defects, one test each, on crafted records judged end to end
(derive_verdicts, then decide). Each test failed on the judge before its rule was fixed.

B: baseline (or the context probe alone), W: the workaround, R: the reference (eager).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from harness.judge.decision import decide, decision_lines, fail_on_exit
from harness.judge.verdicts import derive_verdicts
from harness.results.records import Verdict

from .conftest import tolerance
from .test_verdicts import FAR, FP, SHAPE_FAIL, XLA_FAIL, A, B, C, Run

BUILD_FAIL = ("value", "build", 1, "Cannot interpret `dtype` argument")


@pytest.fixture
def run(tmp_path: Path) -> Run:
    return Run(tmp_path)


def decision(r: Run) -> dict[str, str]:
    """workaround -> its decision line."""
    (d,) = decide(derive_verdicts(r.records, tolerance()))
    return {w.workaround: w.text for w in d.workarounds}


def blockers(r: Run) -> list[str]:
    (d,) = decide(derive_verdicts(r.records, tolerance()))
    return [b.text for b in d.blockers]


def test_1_an_output_change_under_a_failing_reference_is_never_not_needed(run: Run) -> None:
    run.cell("baseline").cell("fix", modules=(A,), out=FAR * 2).cell("eager", "fail")
    v = run.verdicts()["fix"]
    assert v.verdict == "wrong output", v.reason
    assert "one of the two is wrong" in v.reason and "outputs unchecked: eager fail" in v.reason
    assert not decision(run)["fix"].startswith("remove")


def test_2_a_baseline_known_wrong_is_never_a_basis_to_remove(run: Run) -> None:
    run.cell("baseline", out=FAR + 1).cell("fix", modules=(A,), out=None).cell("eager", modules=())
    v = run.verdicts()["fix"]
    assert v.verdict == "wrong output", v.reason
    assert v.reason.startswith("baseline output differs from the reference")
    assert v.shows == ["e/t/s/baseline"], "the baseline's output is the problem"
    assert not decision(run)["fix"].startswith("remove")
    assert any("(e/t/s/baseline; wrong output" in b for b in blockers(run))


def test_3_failing_before_the_xla_failure_is_not_getting_past_it(run: Run) -> None:
    run.cell("baseline", "fail", fail=XLA_FAIL)
    run.cell("fix", "fail", fail=BUILD_FAIL).cell("eager", "fail", fail=BUILD_FAIL)
    v = run.verdicts()["fix"]
    assert v.verdict == "fails differently", v.reason
    # and one that does get past it (a later stage) is masked
    later = Run(run.root / "later")
    later.cell("baseline", "fail", fail=XLA_FAIL)
    later.cell("fix", "fail", fail=SHAPE_FAIL).cell("eager", "fail", fail=SHAPE_FAIL)
    assert later.verdicts()["fix"].verdict == "masked"


def test_4_a_probe_that_compiled_nothing_does_not_hold(run: Run) -> None:
    run.cell("baseline").cell("eager", modules=()).cell("jit-compile", modules=())
    assert run.verdicts()["jit-compile"].verdict == "vacuous"
    unmeasured = Run(run.root / "unmeasured")
    unmeasured.cell("baseline").cell("eager", modules=()).cell("jit-compile", modules=None)
    assert unmeasured.verdicts()["jit-compile"].verdict == "infra"


def test_5_identities_on_one_side_only_never_claim_a_change(run: Run) -> None:
    run.cell("baseline", modules=(A, B)).cell("fix", modules=("translate_xla", "x")).cell(
        "eager", modules=()
    )
    v = run.verdicts()["fix"]
    assert v.verdict == "inert", v.reason
    assert "gone" not in v.reason and "not recorded for every module" in v.reason


def test_6_a_hang_decides_neither_way(run: Run) -> None:
    hang = ("timeout", "predict", 1, "no result within 300 s")
    run.cell("baseline", "timeout", fail=hang).cell("fix", modules=()).cell("eager", modules=())
    v = run.verdicts()["fix"]
    assert v.verdict == "inconclusive" and "not evidence about XLA" in v.reason
    assert decision(run)["fix"].startswith("undecided")
    everywhere = Run(run.root / "everywhere")
    for config in ("baseline", "fix", "eager"):
        everywhere.cell(config, "timeout", fail=hang)
    assert everywhere.verdicts()["fix"].verdict == "inconclusive"
    assert not blockers(everywhere)


def test_7_a_peer_counts_only_where_its_own_evidence_holds(run: Run) -> None:
    other_tf = {**FP, "tensorflow": "2.15.1"}
    run.cell("baseline", "fail").cell("fix", "fail").cell("eager", modules=(), fingerprint=other_tf)
    v = run.verdicts()["fix"]
    assert v.verdict == "broken", "a peer that ran on another TensorFlow rescues nothing"
    assert "eager gave no evidence" in v.reason
    assert any("; broken" in b for b in blockers(run))
    no_fp = Run(run.root / "no-fingerprint")
    no_fp.cell("baseline", "fail").cell("fix", "fail").cell("eager", modules=(), fingerprint={})
    assert no_fp.verdicts()["fix"].verdict == "broken"
    # inside the context: a peer passing with wrong output does not turn masked into
    # "fails differently"
    ctx = Run(run.root / "context")
    ctx.cell("baseline").cell("fix").cell("eager", modules=())
    ctx.cell("jit-compile", "fail", fail=XLA_FAIL, jit=True)
    ctx.cell("fix", "fail", fail=SHAPE_FAIL, context="jit-compile")
    ctx.cell("eager", out=FAR * 3, context="jit-compile", modules=())
    assert ctx.verdicts()["fix @ jit-compile"].verdict == "masked"


def test_8_one_workaround_failing_in_xla_does_not_flip_the_others_from_broken(run: Run) -> None:
    run.cell("baseline", "fail").cell("fix", "fail").cell("eager", "fail")
    run.cell("no-xla", "fail", fail=XLA_FAIL)
    verdicts = run.verdicts()
    assert verdicts["fix"].verdict == "broken"
    assert verdicts["eager"].verdict == "broken"
    assert verdicts["no-xla"].verdict == "fails differently"
    assert any("; broken" in b for b in blockers(run))
    # ineffective says another one passes: never where nothing passes at all
    xla = Run(run.root / "xla")
    xla.cell("baseline", "fail", fail=XLA_FAIL).cell("fix", "fail", fail=XLA_FAIL)
    xla.cell("eager", "fail", fail=XLA_FAIL)
    assert xla.verdicts()["fix"].verdict == "unfixed"
    assert any("; unfixed" in b for b in blockers(xla))


def test_9_a_keep_line_names_the_harm_in_its_environment(run: Run) -> None:
    run.cell("baseline", "fail", fail=XLA_FAIL).cell("fix", modules=()).cell("eager", modules=())
    run.cell("jit-compile", modules=(A,), jit=True)
    run.cell("fix", "fail", fail=XLA_FAIL, context="jit-compile")
    run.cell("eager", modules=(), context="jit-compile")
    line = decision(run)["fix"]
    assert line.startswith("keep fix: needed in e (s)")
    assert "harmful in e (s @ jit-compile)" in line


def test_10_the_same_wrong_output_in_baseline_and_workaround_blames_the_baseline(
    run: Run,
) -> None:
    run.cell("baseline", out=FAR * 2).cell("fix", out=FAR * 2).cell("eager", modules=())
    v = run.verdicts()["fix"]
    assert v.verdict == "wrong output"
    assert v.shows == ["e/t/s/baseline"]
    assert any("(e/t/s/baseline; wrong output" in b for b in blockers(run))


def test_11_a_probe_is_compared_with_the_baseline_when_the_reference_cannot_judge(
    run: Run,
) -> None:
    run.cell("baseline").cell("eager", "fail").cell("jit-compile", out=FAR * 3, jit=True)
    v = run.verdicts()["jit-compile"]
    assert v.verdict == "breaks", v.reason
    assert "one of the two is wrong" in v.reason
    assert "outputs unchecked: outputs unchecked" not in v.reason
    missing = Run(run.root / "missing")
    missing.cell("baseline").cell("jit-compile", jit=True)
    v = missing.verdicts()["jit-compile"]
    assert v.verdict == "holds" and "agree with the baseline's" in v.reason
    assert "outputs unchecked: outputs unchecked" not in v.reason


def test_decision_lines_put_one_bottom_line_per_target_first(run: Run) -> None:
    run.cell("baseline").cell("fix", modules=(A,)).cell("eager", modules=())
    lines = decision_lines(decide(derive_verdicts(run.records, tolerance())))
    assert lines[0] == "t: no workaround needed: remove fix and eager"


def test_vacuous_on_cpu_and_removable_under_jit_compile_decides_remove(run: Run) -> None:
    run.cell("baseline", modules=()).cell("fix", modules=()).cell("eager", modules=())
    run.cell("jit-compile", modules=(A, C), jit=True)
    run.cell("fix", modules=(C,), jit=True, context="jit-compile")
    run.cell("eager", modules=(), context="jit-compile")
    line = decision(run)["fix"]
    assert line.startswith("remove fix: no XLA in e without jit_compile"), line
    # without the context, vacuous decides nothing
    alone = Run(run.root / "alone")
    alone.cell("baseline", modules=()).cell("fix", modules=()).cell("eager", modules=())
    assert decision(alone)["fix"].startswith("undecided fix: e (vacuous in s)")


def test_remove_needs_the_outputs_checked(run: Run) -> None:
    run.cell("baseline").cell("fix", modules=(A,), out=None).cell("eager", modules=())
    assert run.verdicts()["fix"].verdict == "not needed"
    assert decision(run)["fix"] == "undecided fix: e (outputs unchecked in s)"


def test_a_nan_in_the_workaround_is_a_difference(run: Run) -> None:
    bad = FAR.copy()
    bad[0, 0, 0, 0] = np.nan
    run.cell("baseline").cell("fix", modules=(A,), out=bad).cell("eager", modules=())
    assert run.verdicts()["fix"].verdict == "wrong output"


def test_16_cells_that_inherited_other_switches_are_not_compared(run: Run) -> None:
    shell = {**FP, "inherited": {"TF_ENABLE_ONEDNN_OPTS": "0"}}
    run.cell("baseline", fingerprint=shell).cell("fix", modules=(A,)).cell("eager", modules=())
    v = run.verdicts()["fix"]
    assert v.verdict == "infra" and "mismatched fingerprints (inherited)" in v.reason
    same = Run(run.root / "same")
    same.cell("baseline", fingerprint=shell).cell("fix", modules=(A,), fingerprint=shell)
    same.cell("eager", modules=(), fingerprint=shell)
    assert same.verdicts()["fix"].verdict == "not needed"


def _verdict(config: str, verdict: str, env: str = "e", context: str = "", **kw) -> Verdict:
    cell = f"{env}/t/s/{config}" + (f"@{context}" if context else "")
    return Verdict(
        env,
        "s",
        "t",
        config,
        "workaround",
        verdict,
        f"because {verdict}",
        [f"{env}/t/s/baseline", cell],
        {
            "baseline": {"id": f"{env}/t/s/baseline", "message": "Error at build step 1: boom"},
            "config": {"id": cell, "message": "Error at predict step 1: bang"},
        },
        context,
        **kw,
    )


def test_the_decision_in_words(capsys) -> None:
    verdicts = [
        _verdict("a", "not needed"),
        _verdict("b", "needed"),
        _verdict("c", "inert"),
        _verdict("d", "harmful", shows=["e/t/s/d"]),
        _verdict("e", "broken", shows=["e/t/s/baseline"]),
        _verdict("f", "harmful", env="e2", shows=["e2/t/s/f"]),
    ]
    (d,) = decide(verdicts)
    assert d.bottom_line == ("keep b; remove a and c; undecided on d, e and f; 2 blockers to file")
    assert [b.text for b in d.blockers] == [  # one failure in two environments: one blocker
        "blocker: Error at predict step 1: bang (e/t/s/d; harmful; also 1 more cell(s) in e2)",
        "blocker: Error at build step 1: boom (e/t/s/baseline; broken)",
    ]
    (one,) = decide([_verdict("a", "not needed"), _verdict("e", "broken", shows=[])])
    assert one.bottom_line == "remove a; undecided on e; 1 blocker to file"
    assert decide([_verdict("a", "inert")])[0].bottom_line == "no workaround needed: remove a"
    assert fail_on_exit(verdicts, ["harmful"], frozenset()) == 1
    assert capsys.readouterr().err.splitlines() == [
        "xla-matrix: --fail-on harmful: e / s / t / d: because harmful",
        "xla-matrix: --fail-on harmful: e2 / s / t / f: because harmful",
    ]
    assert fail_on_exit(verdicts, ["harmful"], frozenset({"t"})) == 0
    assert capsys.readouterr().err == ""
