"""matrix.toml loading and validation: every problem is one line naming file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.cells import Selection, select_cells
from harness.errors import UsageError
from harness.matrix import MatrixError, load_matrix

from .conftest import MATRIX

MINIMAL = """
[[environment]]
name = "tf2.21-keras3"
tensorflow = "2.21.0"
keras = "keras3"
keras_version = "3.15.1"
tier = "quick"

[[config]]
name = "baseline"
role = "baseline"

[[config]]
name = "no-xla-translate"
role = "workaround"
env = { USE_XLA_TRANSLATE = "0" }

[[scenario]]
name = "n128-then-64"
sizes = [128, 64]

[[target]]
name = "reference"
factory = "harness.targets.reference:create_model"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "matrix.toml"
    path.write_text(text)
    return path


def test_repository_matrix_loads_with_what_the_issue_asks_for():
    m = load_matrix(MATRIX)
    quick = {e.name for e in m.quick_environments()}
    assert quick == {"tf2.15", "tf2.16-keras3", "tf2.21-keras3", "tf2.21-tfkeras"}
    releases = {e.tensorflow.rsplit(".", 1)[0] for e in m.environments.values() if not e.nightly}
    assert {f"2.{minor}" for minor in range(12, 22)} <= releases
    assert any(e.nightly for e in m.environments.values())
    assert {
        "baseline",
        "no-xla-translate",
        "autojit-off",
        "eager",
        "autojit",
        "jit-compile",
    } <= set(m.configs)
    assert m.config("autojit").env["TF_XLA_FLAGS"] == "--tf_xla_auto_jit=2 --tf_xla_cpu_global_jit"
    seed = m.scenario("n128-then-64")
    assert (seed.sizes, seed.gridsize, seed.batch, seed.clear_session) == ((128, 64), 2, 1, True)
    assert {
        "n64-then-128",
        "n128-64-128",
        "n128-then-64-g1",
        "n128-then-64-b8",
        "no-clear-session",
    } <= set(m.scenarios)
    for env in m.environments.values():
        if env.keras == "keras3":
            assert env.keras_version, f"{env.name}: Keras 3 must be pinned"
        if env.device == "gpu":
            assert env.requirements()[0].startswith("tensorflow[and-cuda]==")


def test_tf_keras_is_pinned_without_dependencies():
    env = load_matrix(MATRIX).environment("tf2.21-tfkeras")
    assert env.requirements() == ["tensorflow-cpu==2.21.0"]
    assert env.requirements_no_deps() == ["tf-keras==2.21.0"]
    assert env.cell_env() == {"TF_USE_LEGACY_KERAS": "1"}


@pytest.mark.parametrize(
    ("mutation", "expected"),
    [
        (lambda t: t.replace("sizes = [128, 64]", "sizes = [128, 64"), "not valid TOML"),
        (
            lambda t: t.replace('role = "workaround"', 'role = "workaround"\ncolour = "red"'),
            "config.no-xla-translate.colour: unknown key",
        ),
        (
            lambda t: t.replace("sizes = [128, 64]", 'sizes = "128"'),
            "scenario.n128-then-64.sizes: must be a non-empty list of positive integers",
        ),
        (
            lambda t: t.replace("sizes = [128, 64]", "sizes = []"),
            "scenario.n128-then-64.sizes: must be a non-empty list",
        ),
        (
            lambda t: t.replace('name = "no-xla-translate"', 'name = "baseline"'),
            "config.baseline: duplicate config name 'baseline'",
        ),
        (
            lambda t: t + '\n[[target]]\nname = "reference"\nfactory = "a:b"\n',
            "duplicate target name",
        ),
        (
            lambda t: t.replace('role = "workaround"', 'role = "fix"'),
            "config.no-xla-translate.role: must be one of baseline, workaround, probe",
        ),
        (
            lambda t: t.replace('[[scenario]]\nname = "n128-then-64"\nsizes = [128, 64]\n', ""),
            "scenario: needs at least one [[scenario]] table",
        ),
        (
            lambda t: t.replace(
                'factory = "harness.targets.reference:create_model"', 'factory = "not a ref"'
            ),
            "target.reference.factory: must look like package.module:callable",
        ),
        (lambda t: t + '\n[settings]\ntimeout = "long"\n', "settings.timeout: must be a number"),
        (lambda t: t + "\n[extras]\nx = 1\n", "unknown key 'extras'"),
        (
            lambda t: t.replace('tensorflow = "2.21.0"\n', ""),
            "environment.tf2.21-keras3: missing required key 'tensorflow'",
        ),
    ],
)
def test_malformed_matrix_gives_one_line_naming_file_and_key(tmp_path, mutation, expected):
    path = write(tmp_path, mutation(MINIMAL))
    with pytest.raises(MatrixError) as info:
        load_matrix(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message
    assert expected in message


def test_selection_rejects_unknown_names_listing_valid_ones(tmp_path):
    m = load_matrix(write(tmp_path, MINIMAL))
    with pytest.raises(
        UsageError, match=r"unknown config 'nope'; valid: baseline, no-xla-translate"
    ):
        select_cells(m, Selection(configs=["nope"]), [])
    with pytest.raises(UsageError, match=r"unknown target 'nope'; valid: reference, ptycho"):
        select_cells(m, Selection(targets=["nope"]), [])


def test_selection_keeps_the_baseline_for_comparison(tmp_path):
    m = load_matrix(write(tmp_path, MINIMAL))
    env = m.environment("tf2.21-keras3")
    cells = select_cells(m, Selection(configs=["no-xla-translate"]), [env])
    assert [c.config for c in cells] == ["baseline", "no-xla-translate"]


def test_external_target_reference_becomes_a_target(tmp_path):
    m = load_matrix(write(tmp_path, MINIMAL))
    cells = select_cells(
        m,
        Selection(targets=["mypkg.models:build"], target_path="/src"),
        [m.environment("tf2.21-keras3")],
    )
    assert {c.target for c in cells} == {"mypkg.models.build"}
