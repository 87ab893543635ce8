"""Identity noise (#22 item 15): how far two compilations of the same code give the same HLO.

One cell per environment and target runs twice; where its runs compiled the same functions
to HLO that hashes differently, identities are no evidence of a change there and the judge
compares modules by count. Canonical HLO keeps that noise small."""

from __future__ import annotations

from harness.config.matrix import load_matrix
from harness.config.selection import Selection, select_cells, select_environments
from harness.judge.verdicts import derive_verdicts
from harness.run.scheduler import noise_cells

from .conftest import MATRIX, tolerance
from .test_verdicts import A, B, Run


def test_one_cell_per_environment_and_target_runs_twice_the_context_probe_first():
    matrix = load_matrix(MATRIX)
    selection = Selection()
    quick = [e for e in matrix.environments.values() if e.tier == "quick"]
    envs = select_environments(matrix, selection, quick)
    cells = select_cells(matrix, selection, envs)
    chosen = noise_cells(matrix, cells)
    pairs = {(c.environment, c.target) for c in cells}
    assert {(c.environment, c.target) for c in chosen} == pairs
    assert len(chosen) == len(pairs)
    assert {c.config for c in chosen} == {"jit-compile"} and not any(c.context for c in chosen)
    without_context = [c for c in cells if c.config != "jit-compile" and not c.context]
    assert {c.config for c in noise_cells(matrix, without_context)} == {"baseline"}


def test_where_identities_are_noisy_a_workaround_is_judged_by_count(tmp_path):
    run = Run(tmp_path)
    run.cell("baseline", modules=(A, B)).cell("fix", modules=(A, "translate_xla#cccccccccccc"))
    run.cell("eager", modules=())
    assert run.verdicts()["fix"].verdict == "not needed"
    run.records[0].xla.identity_noise = True  # the baseline's repeats disagreed in HLO
    v = {v.label: v for v in derive_verdicts(run.records, tolerance())}["fix"]
    assert v.verdict == "inert", v.reason
    assert "HLO identities not comparable here" in v.reason
