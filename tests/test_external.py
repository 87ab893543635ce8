"""External targets: the ptycho adapter on two fixture packages, the target contract, and
targets that are broken in each way a user's can be."""

from __future__ import annotations

import pytest

from .conftest import FIXTURES, MATRIX, needs_tf, nox, run_cells, verdict_texts
from .examples import example

pytestmark = [needs_tf, pytest.mark.tf]
CONFIGS = (
    "-c",
    "baseline",
    "-c",
    "no-xla-translate",
    "-c",
    "eager",
    "-s",
    "n128-then-64",
)


def verdicts(run_dir) -> dict[str, str]:
    return {label: verdict for (_, label), verdict in verdict_texts(run_dir).items()}


@pytest.mark.versions
def test_ptycho_adapter_on_a_lazy_project(tmp_path):
    proc, records = run_cells(
        tmp_path / "run", "-t", "ptycho", "--target-path", str(FIXTURES / "ptycho_lazy"), *CONFIGS
    )
    assert proc.returncode == 0, proc.stderr
    baseline = records["ptycho/n128-then-64/baseline"]
    assert baseline.status == "pass" and baseline.xla.modules >= 2
    assert baseline.target_facts["lazy_loading"] is True
    assert baseline.target_facts["lazy_cache"] == []
    assert verdicts(tmp_path / "run") == {
        "no-xla-translate": "not needed",
        "eager": "not needed",
        "jit-compile": "holds",
        # the spike's question: where Keras compiles everything, the non-XLA translation
        # (ImageProjectiveTransformV3) is compiled too, and XLA has no kernel for it
        "no-xla-translate @ jit-compile": "harmful",
        "eager @ jit-compile": "not needed",
    }


@pytest.mark.versions
def test_ptycho_adapter_on_a_project_that_builds_at_import(tmp_path):
    proc, records = run_cells(
        tmp_path / "run", "-t", "ptycho", "--target-path", str(FIXTURES / "ptycho_eager"), *CONFIGS
    )
    assert proc.returncode == 0, proc.stderr
    baseline = records["ptycho/n128-then-64/baseline"]
    assert (baseline.status, baseline.stage.step) == ("fail", 2)
    assert baseline.failure_class == "shape-mismatch"
    assert baseline.target_facts["lazy_loading"] is False
    assert baseline.target_facts["lazy_cache"] == "absent"
    found = verdicts(tmp_path / "run")
    assert (found["no-xla-translate"], found["eager"]) == ("broken", "broken")
    assert found["jit-compile"] == "breaks"


def test_matrix_targets_with_path_setup_inputs_and_three_broken_ones(tmp_path):
    matrix = tmp_path / "matrix.toml"
    matrix.write_text(
        MATRIX.read_text()
        + f"""
[[target]]
name = "mine"
path = "{FIXTURES}"
factory = "mymodels:create_model"
setup = "mymodels:setup"
inputs = "mymodels:make_inputs"

[[target]]
name = "no-module"
path = "{FIXTURES}"
factory = "not_there.models:create_model"

[[target]]
name = "raises"
path = "{FIXTURES}"
factory = "faulty:factory_raises"

[[target]]
name = "not-a-model"
path = "{FIXTURES}"
factory = "faulty:not_a_model"
"""
    )
    args = [a for t in ("mine", "no-module", "raises", "not-a-model", "plain") for a in ("-t", t)]
    proc, records = run_cells(
        tmp_path / "run", *args, "-c", "baseline", "-s", "n128-then-64", matrix=matrix
    )
    r = {key.split("/")[0]: rec for key, rec in records.items()}
    assert r["mine"].status == "pass", r["mine"].message
    assert r["mine"].target_facts == {"setup_calls_seen": 64}
    assert r["mine"].steps[0].outputs[0]["shape"] == [1, 128, 128, 1]
    assert (r["no-module"].status, r["no-module"].failure_class) == ("infra", "target-import")
    assert "No module named 'not_there'" in r["no-module"].message
    assert (r["raises"].status, r["raises"].stage.name) == ("fail", "build")
    assert "factory refused N=128" in r["raises"].message
    assert (r["not-a-model"].status, r["not-a-model"].failure_class) == (
        "fail",
        "not-a-model",
    )
    assert r["plain"].status == "pass", "a broken target must not affect the others"
    assert all("\n" not in rec.message for rec in r.values())
    assert proc.returncode == 0 and "1 could not run (infra)" in proc.stderr


@pytest.mark.slow
def test_the_docs_ptycho_example_runs_verbatim(checkout_copy):
    """docs/targets.md's ptycho example, as written, in a copy of the checkout."""
    for cmd in example("ptycho").commands:
        assert cmd.argv[0] == "nox" and not cmd.env and cmd.cwd == "."
        proc = nox(checkout_copy, *cmd.argv[1:], timeout=900)
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
        assert "target ptycho" in proc.stdout
        assert "not needed" in proc.stdout
