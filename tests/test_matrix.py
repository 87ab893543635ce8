"""matrix.toml loading and validation: every problem is one line naming file and key."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from harness.config.errors import UsageError
from harness.config.matrix import (
    Config,
    Environment,
    MatrixError,
    Scenario,
    Target,
    check_name,
    load_matrix,
    matrix_file,
    unknown_name,
)
from harness.config.selection import Selection, select_cells

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
        (
            lambda t: t.replace('role = "workaround"', 'rol = "workaround"'),
            "config.no-xla-translate.rol: unknown key (did you mean 'role'?) (valid: name, role,",
        ),
        (lambda t: t + "\n[setings]\n", "unknown key 'setings' (did you mean 'settings'?)"),
        (
            lambda t: t.replace('name = "tf2.21-keras3"', 'name = ".."'),
            "environment[0].name: must not start with '.' or '-', got '..'",
        ),
        (
            lambda t: t.replace('name = "tf2.21-keras3"', 'name = "tf\\u0007x"'),
            r"environment[0].name: may hold only letters, digits and . _ + -, got 'tf\x07x'",
        ),
        (
            lambda t: t.replace('name = "n128-then-64"', 'name = "n128\\nrm -rf"'),
            r"scenario[0].name: may hold only letters, digits and . _ + -, got 'n128\nrm -rf'",
        ),
        (
            lambda t: t.replace('name = "reference"', 'name = "a/b"'),
            "target[0].name: may hold only letters, digits",
        ),
        (
            lambda t: t.replace('name = "reference"', 'name = "' + "x" * 65 + '"'),
            "target[0].name: must be at most 64 characters",
        ),
        (
            lambda t: t.replace(
                'tier = "quick"', 'tier = "quick"\npins = ["--index-url=http://x"]'
            ),
            "environment.tf2.21-keras3.pins: must be requirements such as 'pandas>=2', not pip"
            " options, got '--index-url=http://x'",
        ),
        (
            lambda t: t + 'requires = ["pandas", "-e"]\n',
            "target.reference.requires: must be requirements such as 'pandas>=2', not pip options",
        ),
        (
            lambda t: t + 'pins = ["pandas"]\n',
            "target.reference.pins: must be a table of environment name or TensorFlow minor ->"
            ' requirements, { "2.15" = ["pandas<2.2"] } (for every environment use requires',
        ),
        (
            lambda t: t + 'pins = { "tf2.21-kears3" = ["pandas<2.2"] }\n',
            "target.reference.pins: 'tf2.21-kears3' is neither an environment (did you mean"
            " 'tf2.21-keras3'?) nor a TensorFlow minor",
        ),
        (
            lambda t: t + '\n[settings]\nreference = "eagr"\n',
            "settings.reference: names no config 'eagr' (valid: baseline, no-xla-translate)",
        ),
        (
            lambda t: t + '\n[settings]\nreference = "baselin"\n',
            "settings.reference: names no config 'baselin' (did you mean 'baseline'?) (valid:",
        ),
        (
            lambda t: t.replace("sizes = [128, 64]", "sizes = [128, 0]"),
            "scenario.n128-then-64.sizes: must be a non-empty list of positive integers, got [128, 0]",
        ),
        (
            lambda t: t.replace("sizes = [128, 64]", "sizes = [128, 64]\nbatch = 0"),
            "scenario.n128-then-64.batch: must be at least 1, got 0",
        ),
        (
            lambda t: t.replace('keras = "keras3"', 'keras = "tf-keras"').replace(
                'keras_version = "3.15.1"\n', ""
            ),
            "environment.tf2.21-keras3.keras_version: tf-keras needs a pin matching TensorFlow",
        ),
        (
            lambda t: t.replace('keras = "keras3"', 'keras = "keras 3"'),
            "environment.tf2.21-keras3.keras: must be one of bundled, keras3, tf-keras, got 'keras 3'",
        ),
        (
            lambda t: t + 'setup = "setup"\n',
            "target.reference.setup: must look like package.module:callable, got 'setup'",
        ),
        (
            lambda t: t.replace('factory = "harness.targets.reference:create_model"', ""),
            'target.reference: needs factory = "package.module:callable" or adapter',
        ),
        (
            lambda t: t.replace(
                'factory = "harness.targets.reference:create_model"', 'adapter = "ptyco"'
            ),
            "target.reference.adapter: unknown adapter 'ptyco' (did you mean 'ptycho'?)",
        ),
        # malformed requirement strings: named at load, not as infra when an env installs them
        (
            lambda t: t + 'requires = ["pandas>=>2", "not a req!!"]\n',
            "target.reference.requires: not a valid requirement 'pandas>=>2' (Expected",
        ),
        (
            lambda t: t + 'requires = ["pandas", "not a req!!"]\n',
            "target.reference.requires: not a valid requirement 'not a req!!'",
        ),
        (
            lambda t: t + 'pins = { "2.15" = ["scipy<<1"] }\n',
            "target.reference.pins: 2.15: not a valid requirement 'scipy<<1'",
        ),
        (
            lambda t: t.replace('tier = "quick"', 'tier = "quick"\npins = ["numpy=2"]'),
            "environment.tf2.21-keras3.pins: not a valid requirement 'numpy=2'",
        ),
        # an adapter brings its own factory: both at once was silently the factory
        (
            lambda t: t + 'adapter = "ptycho"\n',
            "target.reference: has both factory = 'harness.targets.reference:create_model' and"
            " adapter = 'ptycho'",
        ),
    ],
)
def test_malformed_matrix_gives_one_line_naming_file_and_key(tmp_path, mutation, expected):
    path = write(tmp_path, mutation(MINIMAL))
    with pytest.raises(MatrixError) as info:
        load_matrix(path, base=None)  # a complete file: nothing inherited
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
        Selection(targets=["mypkg.models:build"], target_path=str(tmp_path)),
        [m.environment("tf2.21-keras3")],
    )
    assert {c.target for c in cells} == {"mypkg.models.build"}


@pytest.mark.parametrize(
    ("kind", "name", "expected"),
    [
        ("config", "nope", "unknown config 'nope'; valid: baseline, no-xla-translate"),
        (
            "config",
            "no-xla-translte",
            "unknown config 'no-xla-translte'; valid: baseline, no-xla-translate"
            " (did you mean 'no-xla-translate'?)",
        ),
        (
            "environment",
            "tf2.21-keras",
            "unknown environment 'tf2.21-keras'; valid: tf2.21-keras3"
            " (did you mean 'tf2.21-keras3'?)",
        ),
        ("scenario", "x", "unknown scenario 'x'; valid: n128-then-64"),
        (
            "target",
            "referense",
            "unknown target 'referense'; valid: reference (did you mean 'reference'?)",
        ),
    ],
)
def test_unknown_names_list_the_valid_ones_and_the_nearest(tmp_path, kind, name, expected):
    m = load_matrix(write(tmp_path, MINIMAL))
    with pytest.raises(UsageError) as info:
        getattr(m, kind)(name)
    assert str(info.value) == expected
    assert str(unknown_name(kind, name, getattr(m, f"{kind}s"))) == expected


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("tf2.21-keras3", None),
        ("a_b+c", None),
        ("x" * 64, None),
        ("", "must not be empty"),
        ("x" * 65, "must be at most 64 characters"),
        ("..", "must not start with '.' or '-'"),
        (".hidden", "must not start with '.' or '-'"),
        ("-rf", "must not start with '.' or '-'"),
        ("a b", "may hold only letters, digits and . _ + -"),
        ("a/b", "may hold only letters, digits and . _ + -"),
        ("a\\b", "may hold only letters, digits and . _ + -"),
        ("a`b`", "may hold only letters, digits and . _ + -"),
        ("a\x00", "may hold only letters, digits and . _ + -"),
        ("a\tb", "may hold only letters, digits and . _ + -"),
        ("caf\u00e9", "may hold only letters, digits and . _ + -"),
    ],
)
def test_check_name(name, problem):
    assert check_name(name) == problem


def test_repository_names_are_valid_and_reference_is_eager():
    m = load_matrix(MATRIX)
    for table in (m.environments, m.configs, m.scenarios, m.targets):
        for name in table:
            assert check_name(name) is None, name
    assert m.settings.reference == "eager"
    assert (m.settings.timeout, m.settings.rtol, m.settings.atol) == (300.0, 1e-3, 1e-4)


def test_repository_matrix_loads_the_same_entries_as_before():
    """Typed loading changed nothing the rest of the harness sees (values as the
    hand-written schema produced them)."""
    m = load_matrix(MATRIX)
    assert m.environment("tf2.21-tfkeras") == Environment(
        name="tf2.21-tfkeras",
        tensorflow="2.21.0",
        keras="tf-keras",
        keras_version="2.21.0",
        tier="quick",
        description="legacy Keras 2 through tf-keras and TF_USE_LEGACY_KERAS=1",
    )
    assert m.environment("tf2.12") == Environment(name="tf2.12", tensorflow="2.12.1")
    gpu = m.environment("tf2.15-gpu")
    assert (gpu.device, gpu.tier, gpu.python, gpu.pins, gpu.env) == ("gpu", "full", None, (), {})
    assert m.config("autojit") == Config(
        name="autojit",
        role="probe",
        env={"TF_XLA_FLAGS": "--tf_xla_auto_jit=2 --tf_xla_cpu_global_jit"},
        description="auto-clustering forced on, CPU included",
        quick=False,
    )
    assert m.config("jit-compile").jit_compile is True
    assert m.config("baseline").jit_compile is None
    assert m.config("eager").run_functions_eagerly is True
    assert m.scenario("n128-then-64-b8") == Scenario(
        name="n128-then-64-b8",
        sizes=(128, 64),
        batch=8,
        description="batch 8 at gridsize 2: 32 rows through the translation broadcast",
    )
    assert m.scenario("no-clear-session").clear_session is False
    assert m.target("plain") == Target(
        name="plain",
        factory="harness.targets.plain:create_model",
        inputs="harness.targets.ptycho:make_inputs",
        control=True,
        expect="vacuous",
        description="control: plain Keras model, no jitted code (expected: vacuous)",
    )
    assert [c.name for c in m.contexts()] == ["jit-compile"]
    assert m.config("no-xla-translate").within(m.config("jit-compile")) == Config(
        name="no-xla-translate@jit-compile",
        role="workaround",
        env={"USE_XLA_TRANSLATE": "0"},
        jit_compile=True,
        description="no-xla-translate where jit-compile is in force",
    )
    assert isinstance(m.settings.timeout, float)


def test_adapter_gives_the_target_its_factory(tmp_path):
    text = MINIMAL.replace(
        'factory = "harness.targets.reference:create_model"',
        'adapter = "ptycho"\nrequires = ["pandas"]',
    )
    target = load_matrix(write(tmp_path, text)).target("reference")
    assert (target.factory, target.adapter, target.requires) == (
        "harness.targets.ptycho:create_model",
        "ptycho",
        ("pandas",),
    )
    assert target.modules == (
        "harness.targets.ptycho",
        "ptycho.params",
        "ptycho.probe",
        "ptycho.model",
    )
    assert target.own_packages == {"ptycho"}


def test_pins_add_to_requires_per_environment_name_or_tensorflow_minor(tmp_path):
    text = MINIMAL + (
        'requires = ["pandas"]\n'
        'pins = { "2.21" = ["pandas<2.3"], "tf2.21-keras3" = ["scipy"], "2.15" = ["x"] }\n'
    )
    m = load_matrix(write(tmp_path, text), base=None)
    assert m.target("reference").requirements_for(m.environment("tf2.21-keras3")) == (
        "pandas",
        "scipy",
        "pandas<2.3",
    )


def test_a_project_file_inherits_what_it_leaves_out_and_its_paths_are_its_own(tmp_path):
    project = tmp_path / "myproject"
    (project / "src").mkdir(parents=True)
    path = project / "xla-matrix.toml"
    path.write_text(
        '[settings]\ntimeout = 60\n\n[[target]]\nname = "mine"\npath = "src"\n'
        'factory = "mymodels:create_model"\nrequires = ["tabulate"]\n'
    )
    m = load_matrix(path)
    harness = load_matrix(MATRIX)
    assert list(m.targets) == ["mine"]  # the project's targets replace the harness's
    assert m.target("mine").path == str(project / "src")
    assert m.environments == harness.environments
    assert m.configs == harness.configs and m.scenarios == harness.scenarios
    assert (m.settings.timeout, m.settings.reference) == (60.0, "eager")
    assert m.path == path


def test_the_matrix_file_is_xla_matrix_file_else_the_default(tmp_path, monkeypatch):
    """One lookup for the noxfile (relative to the folder nox started in) and the command
    line (relative to the current folder)."""
    default = tmp_path / "matrix.toml"
    monkeypatch.delenv("XLA_MATRIX_FILE", raising=False)
    assert matrix_file(default) == default and matrix_file(None) is None
    monkeypatch.setenv("XLA_MATRIX_FILE", "")
    assert matrix_file(default) == default
    monkeypatch.setenv("XLA_MATRIX_FILE", "../project/xla-matrix.toml")
    started = tmp_path / "checkout"
    assert matrix_file(default, cwd=started) == tmp_path / "project" / "xla-matrix.toml"
    monkeypatch.chdir(tmp_path)
    assert matrix_file(None) == tmp_path.parent / "project" / "xla-matrix.toml"
    monkeypatch.setenv("XLA_MATRIX_FILE", "~/xla-matrix.toml")
    assert matrix_file(None) == (Path.home() / "xla-matrix.toml").resolve()


def test_python_is_kept_for_nox(tmp_path):
    text = MINIMAL.replace('tier = "quick"', 'tier = "quick"\npython = "3.10"')
    assert load_matrix(write(tmp_path, text)).environment("tf2.21-keras3").python == "3.10"


def test_the_committed_expected_toml_names_only_what_matrix_toml_has():
    """CI's drift check compares a run with expected.toml: every key must name an
    environment, scenario, target and a judged config (in a context) of matrix.toml, and
    every value a verdict that config's role can get."""
    from harness.drift.expected import load_expected
    from harness.judge.vocabulary import VERDICTS

    from .conftest import REPO

    matrix = load_matrix(MATRIX)
    contexts = {c.name for c in matrix.contexts()}
    expected = load_expected(REPO / "expected.toml")
    assert expected, "expected.toml holds no verdicts"
    problems = []
    for key, verdict in expected.items():
        parts = key.split(" / ")
        if len(parts) != 4:
            problems.append(f"{key!r}: not 'environment / scenario / target / config'")
            continue
        env, scenario, target, label = parts
        config, _, context = label.partition(" @ ")
        for kind, name, valid in (
            ("environment", env, matrix.environments),
            ("scenario", scenario, matrix.scenarios),
            ("target", target, matrix.targets),
            ("config", config, matrix.configs),
        ):
            if name not in valid:
                problems.append(f"{key!r}: no {kind} {name!r} in matrix.toml")
        if context and context not in contexts:
            problems.append(f"{key!r}: {context!r} is not a context of matrix.toml")
        known = config in matrix.configs and target in matrix.targets
        if known and not matrix.configs[config].applies_to(matrix.targets[target]):
            problems.append(f"{key!r}: {config!r} does not apply to {target!r}")
        role = matrix.configs[config].role if config in matrix.configs else None
        if role == "baseline" or (context and role != "workaround"):
            problems.append(f"{key!r}: a {role} config is never judged there")
        if verdict not in VERDICTS:
            problems.append(f"{key!r}: {verdict!r} is not a verdict")
        elif role and VERDICTS[verdict].scope not in ("any", role):
            problems.append(f"{key!r}: {verdict!r} is said of {VERDICTS[verdict].scope} configs")
    assert not problems, "\n".join(problems[:20])


def test_a_malformed_with_requirement_is_a_usage_error_before_anything_installs():
    from harness.config.selection import resolve_targets

    with pytest.raises(UsageError, match=r"--with: not a valid requirement 'pandas>=>2'"):
        resolve_targets(load_matrix(MATRIX), Selection(targets=["plain"], with_=["pandas>=>2"]))


def test_the_docs_project_config_example_adds_a_config_and_keeps_the_baseline(tmp_path):
    """docs/adopting.md's rule: a project's [[config]] tables are added to the harness's; a
    table of a harness config's name changes the keys it writes."""
    from .examples import example

    path = tmp_path / "xla-matrix.toml"
    path.write_text(
        example("project-config").text + "\n" + '\n[[target]]\nname = "mine"\nfactory = "m:f"\n'
    )
    m = load_matrix(path)
    harness = load_matrix(MATRIX)
    assert list(m.configs) == [*harness.configs, "no-jit-fft"]
    assert m.config("no-jit-fft").env == {"PTYCHO_JIT_FFT": "0"}
    assert m.config("no-xla-translate").applies_to(m.target("mine"))
    assert list(m.targets) == ["mine"]  # the built-in targets are dropped
    assert m.environments == harness.environments  # what it leaves out is kept
    cells = select_cells(m, Selection(), [m.environment("tf2.15")])
    assert {c.config for c in cells} == {
        "baseline",
        "no-xla-translate",
        "autojit-off",
        "eager",
        "jit-compile",
        "no-jit-fft",
    }


def test_the_readme_project_config_adds_its_switch_to_the_harness_configs(tmp_path):
    """README's own-config: a target and one switch of the project's; the generic configs stay
    and the switch is judged on that target alone."""
    from .examples import example

    path = tmp_path / "xla-matrix.toml"
    path.write_text(example("own-config").text)
    m = load_matrix(path)
    assert list(m.targets) == ["mine"]
    assert m.target("mine").factory == "mypkg.models:create_model"
    assert list(m.target("mine").requires) == ["scipy"]
    assert list(m.configs) == [*load_matrix(MATRIX).configs, "no-jit-fft"]
    switch = m.config("no-jit-fft")
    assert (switch.role, switch.env, switch.targets) == (
        "workaround",
        {"MYPKG_JIT_FFT": "0"},
        ("mine",),
    )
    cells = select_cells(m, Selection(), [m.environment("tf2.15")])
    assert {c.config for c in cells} == {
        "baseline",
        "autojit-off",
        "eager",
        "jit-compile",
        "no-jit-fft",
    }


# --- configs that apply to some targets, and a project's configs added to the harness's ----


def project(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "xla-matrix.toml"
    path.write_text(text + '\n[[target]]\nname = "mine"\nfactory = "mypkg.models:create_model"\n')
    return path


def test_a_project_s_config_is_added_to_the_harness_s_and_applies_to_its_target(tmp_path):
    m = load_matrix(
        project(
            tmp_path,
            '[[config]]\nname = "no-jit-fft"\nrole = "workaround"\n'
            'env = { JIT_FFT = "0" }\ntargets = ["mine"]\n',
        )
    )
    harness = load_matrix(MATRIX)
    assert list(m.configs) == [*harness.configs, "no-jit-fft"]
    cells = select_cells(m, Selection(), [m.environment("tf2.15")])
    configs = {c.config + (f"@{c.context}" if c.context else "") for c in cells}
    assert configs == {
        "baseline",
        "no-jit-fft",
        "autojit-off",
        "eager",
        "jit-compile",
        "no-jit-fft@jit-compile",
        "autojit-off@jit-compile",
        "eager@jit-compile",
    }, "the spike's no-xla-translate is not this project's switch"


def test_a_project_config_of_a_harness_config_s_name_changes_the_keys_it_writes(tmp_path):
    m = load_matrix(
        project(
            tmp_path,
            '[[config]]\nname = "autojit-off"\nenv = { TF_XLA_FLAGS = "--tf_xla_auto_jit=-1" }\n'
            '\n[[config]]\nname = "no-xla-translate"\ntargets = ["mine"]\n',
        )
    )
    harness = load_matrix(MATRIX)
    assert list(m.configs) == list(harness.configs)
    assert m.config("autojit-off") == replace(
        harness.config("autojit-off"), env={"TF_XLA_FLAGS": "--tf_xla_auto_jit=-1"}
    )
    translate = m.config("no-xla-translate")
    assert translate.env == {"USE_XLA_TRANSLATE": "0"} and translate.targets == ("mine",)
    assert translate.applies_to(m.target("mine"))


def test_a_project_file_with_its_own_baseline_keeps_meaning_its_whole_list(tmp_path):
    """Every project file written before configs were added lists its baseline (it had to):
    such a file still means exactly the configs it lists."""
    m = load_matrix(
        project(
            tmp_path,
            '[[config]]\nname = "plain"\nrole = "baseline"\n\n'
            '[[config]]\nname = "no-jit-fft"\nrole = "workaround"\nenv = { JIT_FFT = "0" }\n',
        )
    )
    assert list(m.configs) == ["plain", "no-jit-fft"]


def test_which_targets_a_config_applies_to_by_name_adapter_or_factory(tmp_path):
    m = load_matrix(MATRIX)
    translate = m.config("no-xla-translate")
    assert translate.applies_to(m.target("reference"))
    assert not translate.applies_to(m.target("plain"))
    assert all(c.applies_to(m.target("plain")) for c in m.configs.values() if c is not translate)
    selection = Selection(targets=["ptycho", "mypkg.models:create_model", "plain"])
    cells = select_cells(m, selection, [m.environment("tf2.15")])
    with_switch = {c.target for c in cells if c.config == "no-xla-translate"}
    assert with_switch == {"ptycho"}, "the adapter's switch; not an ordinary model's"
    # a project's own target on the ptycho adapter, under another name, keeps it
    path = tmp_path / "xla-matrix.toml"
    path.write_text('[[target]]\nname = "ptycho-pinn"\nadapter = "ptycho"\n')
    mine = load_matrix(path)
    assert mine.config("no-xla-translate").applies_to(mine.target("ptycho-pinn"))
    # and a factory reference names an ad-hoc target
    path.write_text(
        '[[config]]\nname = "no-fft"\nrole = "workaround"\nenv = { F = "0" }\n'
        'targets = ["mypkg.models:create_model"]\n\n'
        '[[target]]\nname = "mine"\nfactory = "mypkg.models:create_model"\n'
    )
    assert load_matrix(path).config("no-fft").applies_to(Target("x", "mypkg.models:create_model"))


def test_a_config_named_for_targets_none_selected_is_one_line():
    m = load_matrix(MATRIX)
    with pytest.raises(UsageError) as caught:
        select_cells(
            m,
            Selection(configs=["no-xla-translate"], targets=["plain"]),
            [m.environment("tf2.15")],
        )
    assert str(caught.value) == (
        "config no-xla-translate applies to ptycho, reference, singleton, xla-fragile, "
        "inert-switch, jit-fallback, recompiling only: none of the selected targets (plain)"
    )


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        (
            'name = "baseline"\nrole = "baseline"',
            "config.baseline.targets: the baseline is what verdicts compare with",
        ),
        (
            'name = "jit-compile"\nrole = "probe"\njit_compile = true\ncontext = true',
            "config.jit-compile.targets: a context is what verdicts compare with",
        ),
        (
            'name = "eager"\nrole = "workaround"\nrun_functions_eagerly = true',
            "config.eager.targets: the reference (settings.reference) is what verdicts compare",
        ),
    ],
)
def test_what_verdicts_compare_with_applies_to_every_target(tmp_path, entry, problem):
    path = project(tmp_path, f'[[config]]\n{entry}\ntargets = ["mine"]\n')
    with pytest.raises(MatrixError, match=re.escape(problem)):
        load_matrix(path)


def test_a_config_s_targets_name_targets_of_the_file(tmp_path):
    path = project(
        tmp_path,
        '[[config]]\nname = "no-fft"\nrole = "workaround"\nenv = { F = "0" }\ntargets = ["mnie"]\n',
    )
    with pytest.raises(MatrixError) as caught:
        load_matrix(path)
    assert str(caught.value) == (
        f"{path}: config.no-fft.targets: no target 'mnie' (did you mean 'mine'?) (valid: "
        "targets, adapters (ptycho) or package.module:callable)"
    )
    # the harness's no-xla-translate names the harness's targets, which this file replaced
    assert "no-xla-translate" in load_matrix(project(tmp_path, "")).configs


# --- the quick default and the controls -------------------------------------------------


def test_the_quick_default_is_the_reference_and_one_control_per_verdict_it_does_not_show():
    """The first run's cells (matrix.toml's comment says why): 4 environments x 4 targets x
    2 scenarios x 8 cells; every control, whatever its tier, with -t controls."""
    from harness.config.selection import resolve_targets

    m = load_matrix(MATRIX)
    quick = select_cells(m, Selection(), m.quick_environments())
    assert len(quick) == 256 - 16  # the spike's switch is not plain's: 2 x 2 x 4 cells fewer
    assert list(dict.fromkeys(c.target for c in quick)) == [
        "reference",
        "singleton",
        "xla-fragile",
        "plain",
    ]
    expected = {t.name: t.expect for t in m.targets.values() if t.control}
    assert expected == {
        "singleton": "broken",
        "xla-fragile": "needed",
        "inert-switch": "inert",
        "plain": "vacuous",
        "jit-fallback": "harmful @ jit-compile",
        "complex-dtype": "broken",
        "recompiling": "not needed",
    }
    controls = resolve_targets(m, Selection(targets=["controls"]))
    assert list(controls) == list(expected)
    both = resolve_targets(m, Selection(targets=["reference", "controls", "plain"]))
    assert list(both) == ["reference", *expected]
    full = {c.target for c in select_cells(m, Selection(tier="full"), m.quick_environments())}
    assert full == set(m.targets)  # the nightly's full tier runs every control


def test_controls_keyword_needs_controls_and_is_listed_where_there_are(tmp_path):
    m = load_matrix(write(tmp_path, MINIMAL), base=None)
    with pytest.raises(UsageError, match=r"-t controls: .* has no control targets"):
        select_cells(m, Selection(targets=["controls"]), [])
    with pytest.raises(UsageError, match=r"valid: reference, singleton, controls, ptycho"):
        control = '[[target]]\nname = "singleton"\nfactory = "a.b:c"\ncontrol = true\n'
        select_cells(
            load_matrix(write(tmp_path, MINIMAL + control), base=None),
            Selection(targets=["nope"]),
            [],
        )


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            'control = true\nexpect = "Broken!"',
            'target.mine.expect: must be a verdict, optionally "@ context"',
        ),
        ('expect = "broken"', "target.mine.expect: only a control target (control = true)"),
        ("", ""),
        ('control = true\nexpect = "harmful @ jit-compile"', ""),
    ],
)
def test_expect_is_a_controls_verdict(tmp_path, entry, expected):
    text = MINIMAL + f'[[target]]\nname = "mine"\nfactory = "a.b:c"\n{entry}\n'
    if not expected:
        load_matrix(write(tmp_path, text), base=None)
        return
    with pytest.raises(UsageError, match=re.escape(expected)):
        load_matrix(write(tmp_path, text), base=None)


def test_controls_is_no_target_name(tmp_path):
    text = MINIMAL + '[[target]]\nname = "controls"\nfactory = "a.b:c"\n'
    with pytest.raises(UsageError, match="'controls' is reserved: -t controls selects every"):
        load_matrix(write(tmp_path, text), base=None)


def test_an_expectation_the_vocabulary_does_not_know_stops_the_run_and_the_report(tmp_path):
    from harness.report.controls import expectations

    text = MINIMAL + '[[target]]\nname = "mine"\nfactory = "a.b:c"\ncontrol = true\n'
    m = load_matrix(write(tmp_path, text + 'expect = "brokn"\n'), base=None)
    with pytest.raises(UsageError, match=r"target.mine.expect: unknown verdict 'brokn' \(did you"):
        expectations(m)
