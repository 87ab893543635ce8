"""The full tier: every scenario of matrix.toml (sizes in another order, three builds,
gridsize 1, no clear_session) on the reference model, and the autojit-off workaround that
docs/findings.md reports inert. Real cells through the real CLI."""

from __future__ import annotations

import pytest

from harness.config.matrix import load_matrix
from harness.config.selection import Selection, select_cells

from .conftest import FIXTURES, MATRIX, needs_tf, run_cells, verdicts_of

MATRIX_ = load_matrix(MATRIX)


def test_the_full_tier_selects_every_config_scenario_and_target():
    quick = select_cells(MATRIX_, Selection(), [MATRIX_.environment("tf2.15")])
    full = select_cells(MATRIX_, Selection(tier="full"), [MATRIX_.environment("tf2.15")])
    contexts = MATRIX_.contexts()

    def per_group(target):  # the configs that apply to it, and its workarounds in each context
        configs = [c for c in MATRIX_.configs.values() if c.applies_to(target)]
        workarounds = [c for c in configs if c.role == "workaround"]
        return len(configs) + len(workarounds) * len(contexts)

    groups = sum(per_group(t) for t in MATRIX_.targets.values())
    assert len(full) == groups * len(MATRIX_.scenarios)
    assert not any(c.config == "no-xla-translate" and c.target == "plain" for c in full)
    assert {c.scenario for c in full} == set(MATRIX_.scenarios)
    assert {c.config for c in full} == set(MATRIX_.configs)
    assert {c.scenario for c in quick} == {s.name for s in MATRIX_.scenarios.values() if s.quick}
    assert "autojit" not in {c.config for c in quick}


@pytest.fixture(scope="module")
def full_tier(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("full-tier")
    proc, records = run_cells(
        run_dir,
        *("--tier", "full", "-t", "reference", "-t", "probes:named"),
        *("--target-path", str(FIXTURES), "-c", "baseline", "-c", "autojit-off", "--no-contexts"),
    )
    assert proc.returncode == 0, proc.stderr
    return records, verdicts_of(run_dir)


@needs_tf
@pytest.mark.tf
@pytest.mark.versions
def test_every_scenario_runs_its_sizes_in_order(full_tier):
    records, _ = full_tier
    assert {r.cell.scenario for r in records.values()} == set(MATRIX_.scenarios)
    for scenario in MATRIX_.scenarios.values():
        for config in ("baseline", "autojit-off", "eager"):
            r = records[f"reference/{scenario.name}/{config}"]
            assert r.passed, (r.id, r.message)
            assert [s.N for s in r.steps] == list(scenario.sizes), r.id
            channels = scenario.gridsize**2
            shapes = [[o["shape"] for o in s.outputs] for s in r.steps]
            assert shapes == [[[scenario.batch, n, n, channels]] * 2 for n in scenario.sizes], r.id


@needs_tf
@pytest.mark.tf
@pytest.mark.versions
def test_a_size_built_again_reuses_its_xla_module(full_tier):
    """The translation is a module-level tf.function: it outlives clear_session, so the
    third build of n128-64-128 finds its 128 compilation and the order of the sizes does
    not matter: one module per size, the same ones as in n128-then-64."""
    records, _ = full_tier
    two = records["reference/n128-then-64/baseline"].xla
    assert two.modules == 2 and len(set(two.identities)) == 2, two
    for scenario in ("n64-then-128", "n128-64-128"):
        xla = records[f"reference/{scenario}/baseline"].xla
        assert xla.modules == 2 and set(xla.identities) == set(two.identities), (scenario, xla)


@needs_tf
@pytest.mark.tf
@pytest.mark.versions
def test_clear_session_is_what_names_each_model_afresh(full_tier):
    records, _ = full_tier
    cleared = records["probes.named/n128-then-64/baseline"].target_facts["model_names"]
    kept = records["probes.named/no-clear-session/baseline"].target_facts["model_names"]
    assert len(cleared) == len(kept) == 2
    assert cleared[0] == cleared[1], cleared
    assert kept[1] != kept[0] and kept[1].startswith(kept[0]), kept


@needs_tf
@pytest.mark.tf
@pytest.mark.versions
def test_autojit_off_is_inert_on_cpu_in_every_scenario(full_tier):
    """docs/findings.md: auto-clustering is off on CPU already, so the switch changes
    no XLA module and no output."""
    by_scenario = {
        v.scenario: v for v in full_tier[1] if v.target == "reference" and v.label == "autojit-off"
    }
    assert set(by_scenario) == set(MATRIX_.scenarios)
    for scenario, v in by_scenario.items():
        assert v.verdict == "inert", (scenario, v.reason)
        assert "unchecked" not in v.reason, (scenario, v.reason)
