"""The judge's reproduced defects, one test each, on crafted records judged end to end
(derive_verdicts, then decide). Each test failed on the judge before its rule was fixed.

B: baseline (or the context probe alone), W: the workaround, R: the reference (eager).
"""

from __future__ import annotations

from dataclasses import replace
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
    written = d.as_dict()  # decision.json
    assert written["bottom_line"] == d.bottom_line and written["lines"] == d.lines
    assert [b["where"] for b in written["blockers"]] == ["e / s / d", "e / s / e"]
    (one,) = decide([_verdict("a", "not needed"), _verdict("e", "broken", shows=[])])
    assert one.bottom_line == "remove a; undecided on e; 1 blocker to file"
    # a verdict that shows no cell is filed against the first it names, or none
    assert [b.text for b in one.blockers] == [
        "blocker: Error at build step 1: boom (e/t/s/baseline; broken)"
    ]
    nameless = _verdict("e", "broken", shows=[])
    nameless.cells = []
    (none,) = decide([nameless])
    assert [b.text for b in none.blockers] == ["blocker: because broken (?; broken)"]
    assert decide([_verdict("a", "inert")])[0].bottom_line == "no workaround needed: remove a"
    assert fail_on_exit(verdicts, ["harmful"], frozenset()) == 1
    assert capsys.readouterr().err.splitlines() == [
        "xla-matrix: --fail-on harmful: e / s / t / d: because harmful",
        "xla-matrix: --fail-on harmful: e2 / s / t / f: because harmful",
    ]
    assert fail_on_exit(verdicts, ["harmful"], frozenset({"t"})) == 0
    assert capsys.readouterr().err == ""


# --- what a verdict says of cells that did not run, or ran elsewhere ----------------------------


def _record(r: Run, config: str, context: str = ""):
    return next(x for x in r.records if x.cell.config == config and x.cell.context == context)


def test_cells_that_never_reported_are_missing_and_named(run: Run) -> None:
    from harness.results.records import PlannedCell

    run.cell("fix").cell("eager", modules=())  # no baseline was even planned
    v = run.verdicts()["fix"]
    assert (v.verdict, v.reason) == ("missing", "baseline cell missing: no result")
    assert v.evidence["baseline"] == {"status": "missing"}
    said = Run(run.root / "said")  # a record that says it is missing
    said.cell("baseline").cell("fix", "missing").cell("eager", modules=())
    assert said.verdicts()["fix"].verdict == "missing"
    planned = Run(run.root / "planned")
    planned.cell("baseline", "fail").cell("fix", "fail")
    expected = [
        PlannedCell("e", "t", "s", "eager", "workaround"),
        PlannedCell("e", "t", "s", "jit-compile", "probe"),
    ]
    verdicts = {v.label: v for v in derive_verdicts(planned.records, expected_cells=expected)}
    assert verdicts["fix"].verdict == "broken"
    assert "(eager gave no evidence)" in verdicts["fix"].reason
    probe = verdicts["jit-compile"]
    assert (probe.verdict, probe.reason, probe.cells) == (
        "missing",
        "probe cell missing: no result",
        [],
    )


def test_a_mismatch_says_every_key_and_what_each_cell_ran_on(run: Run) -> None:
    shipped = {
        **FP,
        "keras": "3.14.0",
        "companions": {"tensorflow-text": "2.21.0", "tf-keras": "2.21"},
    }
    run.cell("baseline", fingerprint=shipped).cell("fix", fingerprint={**FP, "companions": {}})
    run.cell("eager", modules=())
    assert run.verdicts()["fix"].reason == (
        "mismatched fingerprints (companions, keras): e/t/s/baseline ran on TF 2.21.0, "
        "Keras 3.14.0 (keras3), Python 3.11.7, tensorflow-text 2.21.0, tf-keras 2.21; "
        "e/t/s/fix on TF 2.21.0, Keras 3.15.1 (keras3), Python 3.11.7"
    )
    # nothing inherited is the same as a record from before inherited switches were kept
    same = Run(run.root / "same")
    same.cell("baseline", fingerprint={**FP, "inherited": {}}).cell("fix", modules=(A,))
    same.cell("eager", modules=())
    assert same.verdicts()["fix"].verdict == "not needed"


def test_what_a_cell_says_of_itself_reaches_the_reason(run: Run) -> None:
    run.cell("baseline").cell("fix", "fail", fingerprint={}).cell("eager", modules=())
    assert run.verdicts()["fix"].reason == (
        "workaround cell infra: it does not say what it ran on, no TensorFlow in its "
        f"fingerprint (Error at predict step 2: {SHAPE_FAIL[3]})"
    )
    unclassed = Run(run.root / "unclassed")  # a failure without a class: said by its status
    unclassed.cell("baseline").cell("fix", "fail").cell("eager", modules=())
    _record(unclassed, "fix").failure_class = None
    assert unclassed.verdicts()["fix"].reason == (
        f"baseline passes; with the workaround fail at predict step 2 (N=8): "
        f"Error at predict step 2: {SHAPE_FAIL[3]}"
    )
    stageless = Run(run.root / "stageless")  # it failed before any stage was recorded
    stageless.cell("baseline").cell("fix", "infra").cell("eager", modules=())
    _record(stageless, "fix").stage = None
    assert stageless.verdicts()["fix"].reason.startswith("workaround cell infra: ")


def test_a_module_identity_without_its_hash_is_no_identity(run: Run) -> None:
    run.cell("baseline", modules=("translate_xla#", B)).cell("fix", modules=(A, B))
    run.cell("eager", modules=())
    v = run.verdicts()["fix"]
    assert v.verdict == "inert" and "not recorded for every module" in v.reason, v.reason


def test_identities_from_noisy_repeats_are_compared_by_count(run: Run) -> None:
    run.cell("baseline", modules=(A, B)).cell("fix", modules=(A, C)).cell("eager", modules=())
    _record(run, "baseline").xla.identity_noise = True
    v = run.verdicts()["fix"]
    assert v.verdict == "inert", v.reason
    assert v.reason == (
        "both pass with the same 2 XLA modules; HLO identities not comparable here (its "
        "repeats differ in e/t/s/baseline), compared by count and the same outputs: the "
        "switch changes nothing"
    )


def test_failing_where_the_xla_failure_was_is_not_getting_past_it(run: Run) -> None:
    run.cell("baseline", "fail", fail=XLA_FAIL)
    same_place = ("value", "predict", 1, "bad value")
    run.cell("fix", "fail", fail=same_place).cell("eager", "fail", fail=same_place)
    assert run.verdicts()["fix"].verdict == "fails differently"
    # an XLA failure before the first step is passed by a failure in step 1
    early = Run(run.root / "early")
    early.cell("baseline", "fail", fail=("xla-compile", "build", None, "XLA compile failed"))
    later = ("shape-mismatch", "build", 1, "Dimensions must be equal")
    early.cell("fix", "fail", fail=later).cell("eager", "fail", fail=later)
    assert early.verdicts()["fix"].verdict == "masked"


def test_masked_needs_every_workaround_with_evidence_past_the_xla_failure(run: Run) -> None:
    run.cell("baseline", "fail", fail=XLA_FAIL).cell("fix", "fail", fail=SHAPE_FAIL)
    run.cell("aaa", "infra", fail=("no-result", "build", 1, "exited"))  # no evidence: skipped
    run.cell("eager", "fail", fail=BUILD_FAIL)  # fails before the XLA failure
    assert run.verdicts()["fix"].verdict == "fails differently"


def test_a_reference_on_other_packages_checks_no_outputs(run: Run) -> None:
    other_tf = {**FP, "tensorflow": "2.20.0"}
    unchecked = "(outputs unchecked: eager ran elsewhere, mismatched fingerprints (tensorflow)"
    run.cell("baseline").cell("fix", modules=(A,)).cell("eager", modules=(), fingerprint=other_tf)
    v = run.verdicts()["fix"]
    assert v.verdict == "not needed" and unchecked in v.reason, v.reason
    apart = Run(run.root / "apart")  # its outputs differ: still no evidence either way
    apart.cell("baseline").cell("fix", modules=(A,))
    apart.cell("eager", modules=(), fingerprint=other_tf, out=FAR + 1)
    v = apart.verdicts()["fix"]
    assert v.verdict == "not needed" and unchecked in v.reason, v.reason
    # nor can it say another workaround's outputs are wrong
    peer = Run(run.root / "peer")
    peer.cell("baseline", "fail", fail=XLA_FAIL).cell("fix", "fail").cell("other", out=FAR + 1)
    peer.cell("eager", modules=(), fingerprint=other_tf)
    v = peer.verdicts()["fix"]
    assert v.verdict == "fails differently" and v.reason.endswith("other passes"), v.reason
    # a reference that could not run at all is said to be infra
    infra = Run(run.root / "infra")
    infra.cell("baseline").cell("fix", modules=(A,))
    infra.cell("eager", "crash", fail=("missing-dependency", "preflight", None, "No pandas"))
    assert "(outputs unchecked: eager infra)" in infra.verdicts()["fix"].reason


def test_a_peer_inside_a_context_is_named_with_its_context(run: Run) -> None:
    run.cell("baseline").cell("fix").cell("eager", modules=())
    run.cell("jit-compile", "fail", fail=XLA_FAIL, jit=True)
    run.cell("fix", "fail", fail=XLA_FAIL, context="jit-compile")
    run.cell("eager", modules=(), context="jit-compile")
    v = run.verdicts()["fix @ jit-compile"]
    assert v.verdict == "ineffective" and v.reason.endswith("; eager @ jit-compile passes")


def test_a_probe_is_compared_only_with_a_baseline_that_can_judge(run: Run) -> None:
    run.cell("baseline", fingerprint={**FP, "tensorflow": "2.20.0"}).cell("eager", "fail")
    run.cell("jit-compile", jit=True)
    v = run.verdicts()["jit-compile"]
    assert v.verdict == "infra" and "mismatched fingerprints (tensorflow)" in v.reason
    blind = Run(run.root / "blind")  # a baseline that does not say what it ran on
    blind.cell("baseline", fingerprint={}).cell("eager", "fail").cell("jit-compile", jit=True)
    v = blind.verdicts()["jit-compile"]
    assert v.reason == "passes with 2 XLA modules (outputs unchecked: eager fail)"
    # a reference that ran and saved nothing is no reason to fall back on the baseline
    silent = Run(run.root / "silent")
    silent.cell("baseline").cell("eager", modules=(), out=None).cell("jit-compile", jit=True)
    v = silent.verdicts()["jit-compile"]
    assert (
        v.reason == "passes with 2 XLA modules (outputs unchecked: e/t/s/eager: no outputs saved)"
    )
    # outputs that differ from the baseline's: both cells are shown
    wrong = Run(run.root / "wrong")
    wrong.cell("baseline").cell("eager", "fail").cell("jit-compile", out=FAR * 3, jit=True)
    v = wrong.verdicts()["jit-compile"]
    assert v.verdict == "breaks" and v.shows == ["e/t/s/baseline", "e/t/s/jit-compile"]


def test_the_tolerance_given_is_the_one_outputs_are_judged_by(run: Run) -> None:
    from harness.judge.parity import Tolerance

    run.cell("baseline").cell("fix", modules=(A,), out=FAR + 0.5).cell("eager", modules=())
    loose = {v.config: v for v in derive_verdicts(run.records, Tolerance(rtol=0.0, atol=1.0))}
    assert loose["fix"].verdict == "not needed", loose["fix"].reason
    default = {v.config: v for v in derive_verdicts(run.records)}
    assert default["fix"].verdict == "wrong output"


def test_remove_names_every_environment_where_nothing_compiled_without_jit_compile() -> None:
    verdicts = []
    for env in ("e1", "e2"):
        verdicts.append(_verdict("fix", "vacuous", env=env, outputs_checked=False))
        verdicts.append(_verdict("fix", "not needed", env=env, context="jit-compile"))
    (d,) = decide(verdicts)
    assert d.workarounds[0].text.startswith("remove fix: no XLA in e1, e2 without jit_compile;")


def test_only_vacuous_is_lifted_by_its_context_and_only_in_its_scenario() -> None:
    lifted = [_verdict("fix", "vacuous"), _verdict("fix", "not needed", context="jit-compile")]
    (d,) = decide(lifted)
    assert d.workarounds[0].text.startswith("remove fix: no XLA in e without jit_compile")
    broken = [_verdict("fix", "broken"), _verdict("fix", "not needed", context="jit-compile")]
    (d,) = decide(broken)
    assert d.workarounds[0].text == "undecided fix: e (broken in s)"
    other = replace(_verdict("fix", "broken"), scenario="s2")
    (d,) = decide([*lifted, other])
    assert d.workarounds[0].text == "undecided fix: e (broken in s2)"
    assert d.as_dict()["workarounds"][0]["vacuous"] == []  # said only where it is removed
    kept = replace(_verdict("fix", "needed"), scenario="s2")
    (d,) = decide([*lifted, kept])
    assert d.workarounds[0].text == "keep fix: needed in e (s2)"
    assert d.as_dict()["workarounds"][0]["vacuous"] == []


def test_not_needed_names_every_module_the_workaround_changes(run: Run) -> None:
    run.cell("baseline", modules=(A,)).cell("fix", modules=(A, B, C)).cell("eager", modules=())
    v = run.verdicts()["fix"]
    assert v.verdict == "not needed"
    assert f"the workaround changes XLA modules added: {C}, {B}" in v.reason, v.reason
