"""A real project adopting the harness, end to end through nox: its own xla-matrix.toml
outside the harness checkout, requirements and TensorFlow companions installed per
environment, a missing package named once per environment. Nested nox runs work in a
temporary copy of the checkout: never in this repository's .nox or reports/."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from harness.report.model import collect
from harness.results.records import CellRecord, Verdict

from .conftest import FIXTURES, REPO, nox, records_of
from .examples import example, with_option

QUICK = ("tf2.15", "tf2.16-keras3", "tf2.21-keras3", "tf2.21-tfkeras")
# what each quick environment must get for `requires = ["tensorflow-probability"]`
COMPANIONS = {
    "tf2.15": {"tensorflow-probability": "0.23.0"},
    "tf2.16-keras3": {"tensorflow-probability": "0.24.0", "tf-keras": "2.16.0"},
    "tf2.21-keras3": {"tensorflow-probability": "0.25.0", "tf-keras": "2.21.0"},
    "tf2.21-tfkeras": {"tensorflow-probability": "0.25.0", "tf-keras": "2.21.0"},
}
REAL_VERDICTS = {
    "no-xla-translate": "not needed",
    "autojit-off": "inert",
    "eager": "not needed",
    "jit-compile": "holds",
}


@pytest.fixture(scope="module")
def sandbox(checkout_copy, tmp_path_factory) -> tuple[Path, Path]:
    """The session's copy of the checkout, and the project beside it."""
    project = checkout_copy.parent / "myproject"
    shutil.copytree(FIXTURES / "tfp_project", project, ignore=shutil.ignore_patterns("__pycache__"))
    return checkout_copy, project


def latest(checkout: Path) -> list[CellRecord]:
    return records_of(checkout / "reports" / "latest")


def latest_verdicts(checkout: Path) -> list[Verdict]:
    """As the report judges them: with the run's own tolerance and reference."""
    report = collect([checkout / "reports" / "latest"])
    assert not report.problems, report.problems
    return report.verdicts


def distributions(venv: Path) -> set[str]:
    out = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import json, re; from importlib import metadata; print(json.dumps("
            "[re.sub(r'[-_.]+', '-', d.metadata['Name']).lower() for d in metadata.distributions()]))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(json.loads(out))


def test_a_project_matrix_file_lists_its_own_environments(tmp_path):
    project = tmp_path / "other"
    project.mkdir()
    (project / "xla-matrix.toml").write_text(
        '[[environment]]\nname = "ours-2.21"\ntensorflow = "2.21.0"\nkeras = "keras3"\n'
        'keras_version = "3.15.1"\ntier = "quick"\n'
    )
    proc = nox(REPO, "-l", "--json", matrix_file=str(project / "xla-matrix.toml"))
    assert proc.returncode == 0, proc.stderr
    assert [s["session"] for s in json.loads(proc.stdout)] == ["xla_matrix(ours-2.21)"]
    proc = nox(REPO, "-l", matrix_file=str(project / "missing.toml"))
    assert proc.returncode == 2
    assert f"xla-matrix: error: {project / 'missing.toml'}: cannot read" in proc.stderr


@pytest.mark.slow
def test_a_project_with_requires_gets_real_verdicts_in_every_quick_environment(sandbox):
    checkout, project = sandbox
    before = set((REPO / "reports").glob("*")) if (REPO / "reports").is_dir() else set()
    # docs/adopting.md's first command, from the checkout with the project beside it as the
    # docs lay them out (XLA_MATRIX_FILE relative to the folder nox is started in), narrowed
    # to one scenario
    documented = example("project-matrix").commands[0]
    assert documented.cwd == "." and not documented.posargs
    proc = nox(
        checkout,
        *documented.nox_args,
        "--",
        "-s",
        "n128-then-64",
        matrix_file=documented.env["XLA_MATRIX_FILE"],
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "target tfp-project" in proc.stdout
    records = latest(checkout)
    assert {r.cell.environment for r in records} == set(QUICK)
    # every cell ran (a failure under the jit-compile context is a real result, not infra)
    assert all(r.passed or r.status.failing for r in records), [
        (r.id, r.message) for r in records if not (r.passed or r.status.failing)
    ]
    assert all(r.passed for r in records if not r.cell.context), [r.id for r in records]
    for env in QUICK:
        verdicts = [v for v in latest_verdicts(checkout) if v.environment == env]
        assert {v.config: v.verdict for v in verdicts if not v.context} == REAL_VERDICTS, env
        assert not {v.verdict for v in verdicts} & {"infra", "missing", "flaky", "broken"}
        baseline = next(r for r in records if r.cell.environment == env and r.role == "baseline")
        fp = baseline.fingerprint
        assert fp["companions"] == COMPANIONS[env], env
        assert fp["requires"]["tabulate"] and fp["requires"]["tensorflow-probability"]
        names = distributions(checkout / ".nox" / f"xla_matrix-{env.replace('.', '-')}")
        assert "tensorflow-cpu" in names and "tensorflow" not in names, env
    tf215 = next(r for r in records if r.cell.environment == "tf2.15").fingerprint
    assert (tf215["keras_flavour"], tf215["numpy"].split(".")[0]) == ("keras2", "1")
    after = set((REPO / "reports").glob("*")) if (REPO / "reports").is_dir() else set()
    assert after == before, "the nested run wrote into the repository's reports/"

    # unchanged: every cell from the cache, no installer call
    proc = nox(
        checkout,
        "-s",
        "xla_matrix",
        "--",
        "-s",
        "n128-then-64",
        matrix_file="../myproject/xla-matrix.toml",
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "uv pip install" not in proc.stderr and "pip install" not in proc.stderr
    assert all(r.cached_from for r in latest(checkout))

    # editing a file of the project's tree reruns its cells
    with open(project / "tfpmodels.py", "a") as f:
        f.write("\n# edited\n")
    proc = nox(
        checkout,
        "-s",
        "xla_matrix(tf2.21-keras3)",
        "--",
        "-s",
        "n128-then-64",
        "-c",
        "baseline",
        matrix_file=str(project / "xla-matrix.toml"),
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    (record,) = latest(checkout)
    assert record.passed and not record.cached_from


@pytest.mark.slow
def test_without_requirements_every_quick_environment_is_infra_with_one_line(sandbox):
    checkout, project = sandbox
    proc = nox(
        checkout,
        "-s",
        "xla_matrix",
        "--",
        "-t",
        "tfpmodels:create_model",
        "--target-path",
        str(project),
        "-s",
        "n128-then-64",
        "-c",
        "baseline",
        "-c",
        "autojit-off",
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0
    line = "missing dependency 'tabulate': add --with tabulate or requires in matrix.toml"
    for env in QUICK:
        # once per environment, with the cells it makes infra (2 configs: 5 cells)
        line_here = f"xla-matrix: {env} / tfpmodels.create_model: 5 cells infra: {line}"
        assert output.count(line_here) == 1, output[-3000:]
    records = latest(checkout)
    assert {r.cell.environment for r in records} == set(QUICK)
    assert {(r.status, r.failure_class, r.message) for r in records} == {
        ("infra", "missing-dependency", line)
    }
    assert {v.verdict for v in latest_verdicts(checkout)} == {"infra"}


@pytest.mark.slow
def test_a_requirement_that_conflicts_with_one_environment_leaves_the_others_running(sandbox):
    checkout, project = sandbox
    # docs/targets.md's `external` example (the fixture project, its requirements by --with)
    # with the sandbox's copy of the project, in two of its sessions, one scenario and the
    # baseline, and one more requirement, which conflicts with tf2.15
    (documented,) = example("external").commands
    assert documented.nox_args == ["-s", "xla_matrix"]
    proc = nox(
        checkout,
        "-s",
        "xla_matrix(tf2.15)",
        "xla_matrix(tf2.21-keras3)",
        "--",
        *with_option(documented.posargs, "--target-path", str(project)),
        "--with",
        "numpy>=2",  # tensorflow-cpu 2.15.1 requires numpy<2
        "-s",
        "n128-then-64",
        "-c",
        "baseline",
    )
    output = proc.stdout + proc.stderr
    reason = "could not install 'numpy>=2' in tf2.15 (pins: tensorflow-cpu==2.15.1): "
    # the installer's reason, once, with the cells it makes infra; the other environment runs
    # and the run exits 0 (docs/exit-codes.md)
    assert proc.returncode == 0, output[-3000:]
    assert output.count("your requirements are unsatisfiable") == 1, output[-3000:]
    assert output.count(f"xla-matrix: tf2.15 / tfpmodels.create_model: 1 cell infra: {reason}") == 1
    records = {r.cell.environment: r for r in latest(checkout)}
    assert records["tf2.15"].status == "infra"
    assert records["tf2.15"].message.startswith(reason)
    # uv's own reason: tensorflow-cpu 2.15.1 requires numpy<2
    assert "numpy>=1.23.5,<2.0.0" in records["tf2.15"].message
    assert records["tf2.21-keras3"].passed, records["tf2.21-keras3"].message
    assert records["tf2.21-keras3"].fingerprint["requires"]["numpy"].startswith("2.")


FLAVOURS = {
    "tf2.15": "keras2",
    "tf2.16-keras3": "keras3",
    "tf2.21-keras3": "keras3",
    "tf2.21-tfkeras": "tf-keras",
}


@pytest.mark.slow
def test_the_quick_default_judges_the_controls_alike_in_every_quick_environment(sandbox):
    """The harness's own quick default through nox, narrowed to three controls, in all four
    quick environments: Keras 2 bundled, Keras 3 twice, tf-keras with TF_USE_LEGACY_KERAS.
    Each cell runs its environment's own Keras; the verdicts, failure classes and stages are
    the same everywhere; only an uncompiled model's resolved jit_compile differs."""
    checkout, _ = sandbox
    # the README's main job (`nox -s xla_matrix`) narrowed as docs/matrix.md's `narrow`
    # example narrows it, without the result cache
    main_job = next(c for c in example("quickstart").commands if c.argv[0] == "nox")
    (documented,) = example("narrow").commands
    assert main_job.nox_args == documented.nox_args == ["-s", "xla_matrix"]
    proc = nox(checkout, *documented.argv[1:], "--no-cache")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    records = {r.id: r for r in latest(checkout)}
    assert {r.cell.environment for r in records.values()} == set(QUICK)
    verdicts = {(v.environment, v.target, v.label): v.verdict for v in latest_verdicts(checkout)}
    for env in QUICK:
        plain = records[f"{env}/plain/n128-then-64/baseline"]
        assert plain.fingerprint["keras_flavour"] == FLAVOURS[env], plain.fingerprint
        resolved = False if FLAVOURS[env] == "keras3" else None
        assert [s.jit_compile for s in plain.steps] == [resolved, resolved], env
        singleton = records[f"{env}/singleton/n128-then-64/baseline"]
        assert (singleton.status, singleton.failure_class) == ("fail", "shape-mismatch"), (
            env,
            singleton.message,
        )
        assert (singleton.stage.name, singleton.stage.step) == ("build", 2), env
        fragile = records[f"{env}/xla-fragile/n128-then-64/baseline"]
        assert fragile.failure_class == "xla-unsupported-op", (env, fragile.message)
        assert {
            (target, label): verdict
            for (e, target, label), verdict in verdicts.items()
            if e == env and label in ("no-xla-translate", "jit-compile")
        } == {
            ("plain", "jit-compile"): "holds",
            ("singleton", "no-xla-translate"): "broken",
            ("singleton", "jit-compile"): "breaks",
            ("xla-fragile", "no-xla-translate"): "needed",
            ("xla-fragile", "jit-compile"): "breaks",
        }, env
    tfkeras = records["tf2.21-tfkeras/plain/n128-then-64/baseline"].fingerprint
    assert tfkeras["legacy_keras"] is True, tfkeras


@pytest.mark.slow
def test_a_registry_outage_is_infra_with_its_reason_and_the_next_run_installs(
    checkout_copy, tmp_path, fake_index
):
    """A target's requirement that the registry did not serve (503): its cells are infra,
    the record and the log say uv's reason in neutral words, nothing of it is cached, and
    the next run tries the install again instead of remembering the failure."""
    project = tmp_path / "flaky"
    project.mkdir()
    (project / "flakymodels.py").write_text(
        "import xla_matrix_flaky  # noqa: F401  (the test's own index serves it)\n"
        "from harness.targets.plain import create_model  # noqa: F401\n"
    )
    (project / "xla-matrix.toml").write_text(
        '[[target]]\nname = "flaky"\npath = "."\nfactory = "flakymodels:create_model"\n'
        'requires = ["xla-matrix-flaky==1.0"]\n'
    )
    fake_index.add_wheel("xla-matrix-flaky", "1.0", {"xla_matrix_flaky/__init__.py": ""})
    fake_index.unavailable.add("xla-matrix-flaky")
    env = {"UV_EXTRA_INDEX_URL": fake_index.serve(), "UV_HTTP_RETRIES": "0"}
    args = ("-s", "xla_matrix(tf2.21-keras3)", "--", "-c", "baseline", "-s", "n128-then-64")
    matrix_file = str(project / "xla-matrix.toml")

    proc = nox(checkout_copy, *args, matrix_file=matrix_file, env=env, timeout=900)
    assert proc.returncode != 0
    (record,) = latest(checkout_copy)
    assert (record.status, record.failure_class) == ("infra", "install"), record.message
    assert record.message.startswith(
        "could not install 'xla-matrix-flaky==1.0' in tf2.21-keras3 (pins: tensorflow-cpu=="
    ), record.message
    assert "beside" not in record.message  # a registry's outage is no conflict with the pins
    assert "503 Service Unavailable" in record.message
    assert record.exception is not None and record.exception.type == "InstallError"
    assert "503 Service Unavailable" in record.exception.message
    log = (checkout_copy / "reports" / "latest" / record.log).read_text()
    assert "# InstallError: " in log and "503 Service Unavailable" in log
    cached = [p.read_text() for p in (checkout_copy / "reports" / ".cache").glob("*.json")]
    assert not [c for c in cached if '"flaky"' in c], "an infra result is never cached"

    fake_index.unavailable.clear()  # the registry is back
    proc = nox(checkout_copy, *args, matrix_file=matrix_file, env=env, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "target requirements unchanged since the last run" not in proc.stderr
    assert "trying again what the last run could not install for flaky" in proc.stderr
    (record,) = latest(checkout_copy)
    assert record.passed and record.fingerprint["requires"]["xla-matrix-flaky"] == "1.0"


@pytest.mark.slow
def test_a_target_path_that_is_no_folder_stops_nox_before_anything_installs(checkout_copy):
    proc = nox(
        checkout_copy,
        "-s",
        "xla_matrix(tf2.21-keras3)",
        "--",
        *("-t", "plain", "--target-path", "../nonexistent"),
    )
    assert proc.returncode == 2
    assert (
        f"xla-matrix: error: --target-path: no folder '../nonexistent' (from {checkout_copy})"
        in (proc.stderr)
    )
    assert "pip install" not in proc.stderr and "Traceback" not in proc.stderr


def test_every_command_finds_the_project_matrix_file_through_the_variable(tmp_path):
    """XLA_MATRIX_FILE names a project's matrix file for run, as for report and repro: the
    names a command accepts are the project's (here one it does not have is refused, and the
    refusal lists the project's targets, not the harness's)."""
    from .conftest import run_cli

    project = FIXTURES / "tfp_project" / "xla-matrix.toml"
    run_dir = str(tmp_path / "run")
    env = {"XLA_MATRIX_FILE": str(project)}
    proc = run_cli("run", "-t", "tfp-projec", "--run-dir", run_dir, env=env, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "valid: tfp-project, ptycho (did you mean 'tfp-project'?)" in proc.stderr
    named = run_cli(
        "run", "-t", "tfp-projec", "--matrix", "matrix.toml", "--run-dir", run_dir, env=env
    )
    assert named.returncode == 2 and "valid: reference, singleton" in named.stderr, named.stderr
