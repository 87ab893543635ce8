"""What the judge promises, checked over generated facts rather than chosen examples.

The rule tables (harness.judge.rules) read `Facts`; here Hypothesis generates every mix of
cell evidence, outcomes, failure identities, XLA evidence, output parity, peers and noise
that `workaround_facts` / `probe_facts` can produce, and each test states one promise of
docs/verdicts.md. The decision's promises are checked over generated verdicts.
"""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from harness.judge.decision import BLOCKING, REMOVABLE, decide, decision_lines, fail_on_exit  # noqa: E402
from harness.judge.facts import Evidence, Facts, Peer, Side  # noqa: E402
from harness.judge.parity import Parity  # noqa: E402
from harness.judge.rules import first_match, probe_rules, workaround_rules  # noqa: E402
from harness.judge.vocabulary import PROBE_VERDICTS, WORKAROUND_VERDICTS  # noqa: E402
from harness.results.records import Verdict  # noqa: E402

NO_EVIDENCE = {"missing", "flaky", "infra", "inconclusive"}
AGREE = Parity(True, True, "agree within atol 0.0001 + rtol 0.001")
DIFFER = Parity(True, False, "step1/0 at [0]: 2 vs 1")


def unchecked(why: str = "no outputs saved") -> Parity:
    return Parity.unchecked(why)


FAILURES = st.tuples(
    st.sampled_from(["xla-unsupported-op", "xla-compile", "shape-mismatch", "value", "crash"]),
    st.sampled_from(["build", "predict"]),
    st.sampled_from([1, 2]),
)
MODULE_IDS = ["translate#aaaaaaaaaaaa", "translate#bbbbbbbbbbbb", "predict#cccccccccccc"]


@st.composite
def sides(draw: st.DrawFn, name: str = "cell", ok_only: bool = False) -> Side:
    evidence = Evidence.OK if ok_only else draw(st.sampled_from(list(Evidence)))
    passed = evidence is Evidence.OK and draw(st.booleans())
    failure = None if passed else draw(FAILURES)
    modules = draw(st.sampled_from([None, 0, 1, 2, 2, 3]))
    identities = None
    if modules is not None and draw(st.booleans()):
        identities = frozenset(draw(st.permutations(MODULE_IDS))[:modules])
        if len(identities) != modules:
            identities = None
    return Side(
        id=f"e/t/s/{name}",
        evidence=evidence,
        passed=passed,
        failure=failure,
        xla_failure=failure is not None and failure[0].startswith("xla"),
        modules=modules,
        identities=identities,
        jit=draw(st.sampled_from([(None, None), (True, True), (False, False)])),
        message=f"{name} message",
        status="pass" if passed else draw(st.sampled_from(["fail", "timeout", "infra"])),
        stage="predict step 1 (N=128)",
    )


def _parity(draw: st.DrawFn, a: Side, b: Side | None, problem: str | None) -> Parity:
    if problem:
        return unchecked(problem)
    if b is None or not (a.ok and a.passed and b.ok and b.passed):
        return unchecked("not both passed")
    return draw(st.sampled_from([AGREE, DIFFER, unchecked()]))


@st.composite
def workaround_facts(draw: st.DrawFn) -> Facts:
    base = draw(sides("baseline"))
    work = draw(sides("fix"))
    reference = draw(st.one_of(st.none(), sides("eager")))
    if reference is None:
        problem: str | None = "outputs unchecked: no reference cell"
    elif not (reference.ok and reference.passed):
        problem = f"outputs unchecked: eager {reference.status}"
    else:
        problem = None
    peers = []
    for i in range(draw(st.integers(0, 3))):
        side = draw(sides(f"peer{i}"))
        peers.append(Peer(side, f"peer{i}", _parity(draw, side, reference, problem)))
    return Facts(
        base=base,
        work=work,
        reference_problem=problem,
        work_vs_ref=_parity(draw, work, reference, problem),
        base_vs_ref=_parity(draw, base, reference, problem),
        work_vs_base=_parity(draw, work, base, None),
        mismatch=draw(st.sampled_from([None, None, None, "mismatched fingerprints (keras)"])),
        peers=tuple(peers),
        unknown=tuple(draw(st.lists(st.sampled_from(["gone"]), max_size=1))),
        noise=draw(st.sampled_from([None, None, "its repeats differ in e/t/s/jit-compile"])),
    )


def verdict_of(f: Facts) -> tuple[str, str, str]:
    rule = first_match(workaround_rules(), f)
    return rule.verdict, rule.reason(f), rule.blame


def evidence_holds(f: Facts) -> bool:
    return f.base.ok and f.work.ok and f.mismatch is None


# A few hundred examples per promise in the test suite; HYPOTHESIS_PROFILE=deep for thousands.
settings.register_profile("default", max_examples=300, deadline=None)
settings.register_profile("deep", max_examples=5000, deadline=None)
settings.register_profile("mutants", max_examples=80, deadline=None)  # nox -s mutants
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
SETTINGS = settings()


# --- the workaround table -------------------------------------------------------------------


@SETTINGS
@given(workaround_facts())
def test_every_comparison_gets_one_verdict_of_the_vocabulary(f: Facts) -> None:
    verdict, reason, _ = verdict_of(f)
    assert verdict in WORKAROUND_VERDICTS
    assert reason.strip()
    assert "outputs unchecked: outputs unchecked" not in reason


@SETTINGS
@given(workaround_facts())
def test_a_cell_without_evidence_of_its_own_decides_nothing_about_the_model(f: Facts) -> None:
    verdict, _, _ = verdict_of(f)
    if not evidence_holds(f):
        assert verdict in NO_EVIDENCE
    if verdict in NO_EVIDENCE:
        assert not evidence_holds(f) or not f.measured


@SETTINGS
@given(workaround_facts())
def test_a_hang_is_inconclusive_never_needed_harmful_or_broken(f: Facts) -> None:
    verdict, reason, _ = verdict_of(f)
    hang = Evidence.HANG in (f.base.evidence, f.work.evidence)
    other = {f.base.evidence, f.work.evidence} - {Evidence.HANG, Evidence.OK}
    if hang and not other and f.mismatch is None:
        assert verdict == "inconclusive"
        assert "not evidence about XLA" in reason
    if verdict == "inconclusive":
        assert hang


@SETTINGS
@given(workaround_facts())
def test_removable_verdicts_need_both_passing_and_compiled_modules(f: Facts) -> None:
    verdict, _, _ = verdict_of(f)
    if verdict in REMOVABLE:
        assert evidence_holds(f)
        assert f.base.passed and f.work.passed
        assert f.base.modules, "not needed / inert need XLA modules compiled by the baseline"
        assert f.work.modules is not None


@SETTINGS
@given(workaround_facts())
def test_removable_is_never_said_where_an_output_is_known_wrong(f: Facts) -> None:
    verdict, _, _ = verdict_of(f)
    if verdict in REMOVABLE:
        assert not f.base_wrong, "a baseline known wrong is never a basis to remove"
        assert not f.work_wrong
        assert not (not f.reference_usable and f.outputs_change), "an output change alone"


@SETTINGS
@given(workaround_facts())
def test_not_needed_claims_a_change_that_is_larger_than_the_noise(f: Facts) -> None:
    verdict, reason, _ = verdict_of(f)
    if verdict == "not needed":
        assert f.xla_changes
        if not f.identities_comparable:
            assert "gone:" not in reason and "added:" not in reason
            assert f.base.modules != f.work.modules or f.base.jit != f.work.jit
    if verdict == "inert":
        assert not f.xla_changes


@SETTINGS
@given(workaround_facts())
def test_identity_claims_need_identities_from_both_and_no_noise(f: Facts) -> None:
    _, reason, _ = verdict_of(f)
    if "modules gone" in reason or "modules added" in reason:
        assert f.noise is None
        assert f.base.identities is not None and f.work.identities is not None


@SETTINGS
@given(workaround_facts())
def test_vacuous_means_the_baseline_passed_and_compiled_nothing(f: Facts) -> None:
    verdict, _, _ = verdict_of(f)
    if verdict == "vacuous":
        assert evidence_holds(f) and f.base.passed and f.work.passed and f.base.modules == 0
    if evidence_holds(f) and f.base.passed and f.work.passed and f.base.modules == 0:
        assert verdict == "vacuous"


@SETTINGS
@given(workaround_facts())
def test_harmful_is_exactly_a_workaround_breaking_a_passing_baseline(f: Facts) -> None:
    verdict, _, blame = verdict_of(f)
    harmful_case = evidence_holds(f) and f.base.passed and f.work.failed
    assert (verdict == "harmful") == harmful_case
    if harmful_case:
        assert blame == "work"


@SETTINGS
@given(workaround_facts())
def test_needed_means_the_workaround_passes_right_where_the_baseline_does_not(f: Facts) -> None:
    verdict, _, _ = verdict_of(f)
    if verdict == "needed":
        assert evidence_holds(f) and f.work.passed and not f.work_wrong
        assert f.base.failed or (f.base_wrong and f.work_right)
    if evidence_holds(f) and f.base.failed and f.work.passed and not f.work_wrong:
        assert verdict == "needed"


@SETTINGS
@given(workaround_facts())
def test_wrong_output_rests_on_a_known_difference_and_blames_the_wrong_cell(f: Facts) -> None:
    verdict, _, blame = verdict_of(f)
    if verdict == "wrong output":
        assert f.work_wrong or f.base_wrong or (not f.reference_usable and f.outputs_change)
        if f.base_wrong and f.base.passed:
            assert blame == "base", "the baseline's output is the problem"
        elif f.work_wrong:
            assert blame == "work"
        else:
            assert blame == "both"


@SETTINGS
@given(workaround_facts())
def test_both_failing_verdicts_need_what_they_claim(f: Facts) -> None:
    verdict, reason, _ = verdict_of(f)
    if verdict in {"broken", "masked", "unfixed"}:
        assert f.base.failed and f.work.failed
        assert not f.rescuers, "claims about every workaround: none passes"
        for label in f.unknown_peers:
            assert label in reason, "and those that gave no evidence are named"
    if verdict == "broken":
        assert not f.base.xla_failure and not f.work.xla_failure
    if verdict == "masked":
        assert f.base.xla_failure and not f.work.xla_failure
        assert f.work.reached > f.base.reached, "every workaround gets past the XLA failure"
        for p in f.counted_peers:
            assert p.wrong or (p.side.failed and not p.side.xla_failure)
            assert p.wrong or p.side.reached > f.base.reached
    if verdict == "unfixed":
        assert f.base.xla_failure and f.same_failure
    if verdict == "ineffective":
        assert f.same_failure and f.rescuers, "ineffective says another one passes"
    if verdict == "fails differently":
        assert f.base.failed and f.work.failed and not f.same_failure


@SETTINGS
@given(workaround_facts())
def test_a_peer_counts_only_where_its_own_evidence_holds(f: Facts) -> None:
    """Replacing a peer without evidence by "no result" changes nothing; only a peer whose
    own evidence holds rescues."""
    verdict, _, _ = verdict_of(f)
    as_unknown = replace(
        f,
        peers=tuple(p for p in f.peers if p.counts),
        unknown=(*f.unknown, *(p.label for p in f.peers if not p.counts)),
    )
    assert verdict_of(as_unknown)[0] == verdict
    for p in f.peers:
        if p.label in f.rescuers:
            assert p.side.ok and p.side.passed and not p.wrong


@SETTINGS
@given(workaround_facts(), sides("xla-peer", ok_only=True))
def test_one_workaround_failing_in_xla_never_turns_broken_into_ineffective(
    f: Facts, peer: Side
) -> None:
    verdict, _, _ = verdict_of(f)
    if verdict != "broken" or peer.passed:
        return
    xla_peer = replace(peer, failure=("xla-unsupported-op", "predict", 1), xla_failure=True)
    more = replace(f, peers=(*f.peers, Peer(xla_peer, "xla-peer", unchecked())))
    assert verdict_of(more)[0] == "broken"


# --- the probe table ------------------------------------------------------------------------


@st.composite
def probe_facts(draw: st.DrawFn) -> Facts:
    f = draw(workaround_facts())
    f = replace(f, peers=(), unknown=(), base_name="baseline")
    if f.reference_usable:  # the baseline stands in only where the reference cannot judge
        f = replace(f, work_vs_base=unchecked("compared with the reference"))
    return f


@SETTINGS
@given(probe_facts())
def test_probe_verdicts_rest_on_the_probe_and_its_comparisons(f: Facts) -> None:
    rule = first_match(probe_rules(), f)
    verdict, reason = rule.verdict, rule.reason(f)
    assert verdict in PROBE_VERDICTS
    assert "outputs unchecked: outputs unchecked" not in reason
    if verdict == "holds":
        assert f.work.ok and f.work.passed and f.mismatch is None
        assert f.work.modules, "holds needs compiled modules"
        assert not f.work_wrong and not f.outputs_change
    if verdict == "breaks":
        assert f.work.failed or f.work_wrong or f.outputs_change
    if verdict == "vacuous":
        assert f.work.modules == 0
    if f.work.evidence is not Evidence.OK:
        assert verdict in NO_EVIDENCE


@SETTINGS
@given(probe_facts())
def test_a_probe_without_a_reference_is_compared_with_the_baseline(f: Facts) -> None:
    if f.reference_usable or not (f.work.ok and f.work.passed and f.work.modules):
        return
    if f.mismatch:
        return
    verdict = first_match(probe_rules(), f).verdict
    assert verdict == ("breaks" if f.outputs_change else "holds")


# --- the decision ---------------------------------------------------------------------------

ENVS = ["e1", "e2"]
SCENARIOS = ["s1", "s2"]


@st.composite
def verdict_sets(draw: st.DrawFn) -> list[Verdict]:
    out = []
    for target in ("t", "ctl"):
        for w in ("w1", "w2"):
            for env in draw(st.lists(st.sampled_from(ENVS), min_size=1, max_size=2, unique=True)):
                for scenario in SCENARIOS:
                    for context in ("", "jit-compile"):
                        verdict = draw(st.sampled_from(WORKAROUND_VERDICTS))
                        cell = f"{env}/{target}/{scenario}/{w}" + (f"@{context}" if context else "")
                        base = f"{env}/{target}/{scenario}/" + (context or "baseline")
                        shows = {"harmful": [cell], "broken": [base], "masked": [base]}.get(
                            verdict, draw(st.sampled_from([[], [cell], [base], [base, cell]]))
                        )
                        out.append(
                            Verdict(
                                env,
                                scenario,
                                target,
                                w,
                                "workaround",
                                verdict,
                                f"because {verdict}",
                                [base, cell],
                                {
                                    "baseline": {"id": base, "message": "base failed"},
                                    "config": {"id": cell, "message": "cell failed"},
                                },
                                context,
                                outputs_checked=draw(st.booleans()),
                                shows=shows,
                            )
                        )
    return out


def _mine(verdicts: list[Verdict], target: str, w: str) -> list[Verdict]:
    return [v for v in verdicts if v.target == target and v.config == w]


@SETTINGS
@given(verdict_sets())
def test_remove_keep_and_undecided_follow_every_environment(verdicts: list[Verdict]) -> None:
    for d in decide(verdicts, {"ctl"}):
        for wd in d.workarounds:
            mine = _mine(verdicts, d.target, wd.workaround)
            kinds = {v.verdict for v in mine}
            if wd.action == "keep":
                assert "needed" in kinds
            if "needed" in kinds:
                assert wd.action == "keep"
            if wd.action == "remove":
                for v in mine:
                    if v.verdict == "vacuous" and not v.context:
                        lifted = [
                            u
                            for u in mine
                            if u.environment == v.environment
                            and u.scenario == v.scenario
                            and u.context
                        ]
                        assert lifted and all(
                            u.verdict in REMOVABLE and u.outputs_checked for u in lifted
                        )
                    else:
                        assert v.verdict in REMOVABLE and v.outputs_checked, v
                envs = {v.environment for v in mine}
                assert all(d.environments[e][wd.workaround] == "remove" for e in envs)


@SETTINGS
@given(verdict_sets())
def test_a_keep_line_names_every_harmful_of_the_workaround(verdicts: list[Verdict]) -> None:
    for d in decide(verdicts):
        for wd in d.workarounds:
            if wd.action != "keep":
                continue
            for v in _mine(verdicts, d.target, wd.workaround):
                if v.verdict == "harmful":
                    assert v.environment in wd.harmful
                    assert "harmful in" in wd.text and v.environment in wd.text


@SETTINGS
@given(verdict_sets())
def test_every_blocking_verdict_is_filed_against_the_cell_that_shows_it(
    verdicts: list[Verdict],
) -> None:
    decisions = {d.target: d for d in decide(verdicts)}
    for v in verdicts:
        if v.verdict not in BLOCKING:
            continue
        blockers = decisions[v.target].blockers
        filed = [b for b in blockers if b.verdict == v.verdict]
        cells = {c for b in filed for c in [b.cell, *b.also]}
        expected = " and ".join(v.shows) if v.shows else v.cells[0]
        assert expected in cells


@SETTINGS
@given(verdict_sets())
def test_fail_on_never_counts_controls(verdicts: list[Verdict]) -> None:
    only_controls = [v for v in verdicts if v.target == "ctl"]
    assert fail_on_exit(only_controls, list(WORKAROUND_VERDICTS), {"ctl"}) == 0
    mine = [v for v in verdicts if v.target == "t"]
    assert fail_on_exit(mine, list(WORKAROUND_VERDICTS), {"ctl"}) == (1 if mine else 0)


@SETTINGS
@given(verdict_sets())
def test_each_target_has_one_bottom_line_first(verdicts: list[Verdict]) -> None:
    decisions = decide(verdicts, {"ctl"})
    lines = decision_lines(decisions)
    assert lines[0].startswith("t: ")
    for d in decisions:
        label = "ctl (control)" if d.control else "t"
        mine = [line for line in lines if line.startswith(f"{label}: ")]
        assert mine[0] == f"{label}: {d.bottom_line}"
