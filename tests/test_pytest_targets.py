"""Test targets: a project's own pytest nodes as a target (docs/test-targets.md).

Without TensorFlow: the matrix and command-line forms, the selection (one scenario), how the
judge sees a test cell (failure identity, skips), bisect's defaults. With TensorFlow: the
fixture project tests/fixtures/pytest_project run in real cells, a collection error named
once by the preflight, the reproducer's pytest command.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from harness.config.errors import UsageError
from harness.config.matrix import MatrixError, load_matrix
from harness.config.selection import Selection, resolve_targets, select_cells
from harness.judge.facts import Evidence, reached, side_of
from harness.judge.verdicts import derive_verdicts
from harness.results.nodes import NodeOutcome, NodeResult, skipped_only_in_one, tally
from harness.results.records import (
    CellRecord,
    ChildFacts,
    ExceptionInfo,
    FailureClass,
    Stage,
    StageName,
    Status,
)
from harness.run.classify import Exit, classify

from .conftest import FIXTURES, MATRIX, needs_tf, run_cells, run_cli, verdicts_of

PROJECT = FIXTURES / "pytest_project"
PROJECT_MATRIX = PROJECT / "xla-matrix.toml"


def write_matrix(tmp_path: Path, target: str) -> Path:
    path = tmp_path / "xla-matrix.toml"
    path.write_text(target)
    return path


# --- the matrix and the command line ---------------------------------------------------------


def test_a_test_target_in_a_matrix_file_gets_its_path_and_pytest():
    matrix = load_matrix(PROJECT_MATRIX)
    target = matrix.target("shiftnet-spike")
    assert target.is_test and target.pytest == ("tests/test_models.py", "-m", "spike")
    assert target.path == str(PROJECT.resolve())  # relative to the matrix file
    assert target.requires == ("pytest",)  # installed with what it requires
    assert not target.factory and target.modules == ()


def test_a_test_target_keeps_its_own_pytest_requirement(tmp_path):
    path = write_matrix(
        tmp_path,
        '[[target]]\nname = "t"\npath = "."\npytest = ["tests"]\nrequires = ["PyTest>=8"]\n',
    )
    assert load_matrix(path).target("t").requires == ("PyTest>=8",)


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ('pytest = ["tests"]\nfactory = "m:f"\npath = "."', "has both pytest = [...] and factory"),
        ('pytest = ["tests"]', 'a test target needs path = "..."'),
        ('pytest = ["tests", " "]\npath = "."', "must be pytest arguments"),
    ],
)
def test_a_malformed_test_target_is_one_line_naming_it(tmp_path, table, words):
    path = write_matrix(tmp_path, f'[[target]]\nname = "t"\n{table}\n')
    with pytest.raises(MatrixError, match=r"target\.t") as info:
        load_matrix(path)
    assert words in str(info.value)


def test_the_scenario_name_of_test_targets_is_reserved(tmp_path):
    path = write_matrix(tmp_path, '[[scenario]]\nname = "pytest"\nsizes = [1]\n')
    with pytest.raises(MatrixError, match=r"scenario\.pytest: the name is the scenario of test"):
        load_matrix(path)


def test_a_test_target_from_the_command_line_needs_its_folder():
    matrix = load_matrix(MATRIX)
    spec = "pytest:tests/test_models.py::test_multi_n -k 'not gpu'"
    with pytest.raises(UsageError, match="needs --target-path"):
        resolve_targets(matrix, Selection(targets=[spec]))
    targets = resolve_targets(
        matrix, Selection(targets=[spec], target_path=str(PROJECT), with_=["tabulate"])
    )
    (target,) = targets.values()
    assert target.pytest == ("tests/test_models.py::test_multi_n", "-k", "not gpu")
    assert target.requires == ("pytest", "tabulate")
    assert target.name == "pytest.tests.test_models.py..test_multi_n_-k_not.gpu"
    with pytest.raises(UsageError, match="name the tests"):
        resolve_targets(matrix, Selection(targets=["pytest:"], target_path=str(PROJECT)))


def test_with_pytest_pinned_replaces_the_bare_requirement():
    matrix = load_matrix(MATRIX)
    selection = Selection(targets=["pytest:tests"], target_path=str(PROJECT), with_=["pytest<9"])
    (target,) = resolve_targets(matrix, selection).values()
    assert target.requires == ("pytest<9",)


def test_a_test_target_runs_one_scenario_beside_factory_targets():
    matrix = load_matrix(MATRIX)
    selection = Selection(
        targets=["reference", "pytest:tests"], target_path=str(PROJECT), configs=["baseline"]
    )
    cells = select_cells(matrix, selection, [matrix.environment("tf2.15")])
    scenarios = {(c.target, c.scenario) for c in cells}
    assert scenarios == {
        ("reference", "n128-then-64"),
        ("reference", "n128-then-64-b8"),
        ("pytest.tests", "pytest"),
    }
    assert matrix.scenario("pytest").name == "pytest"
    only = select_cells(
        matrix,
        Selection(targets=["pytest:tests"], target_path=str(PROJECT), scenarios=["pytest"]),
        [matrix.environment("tf2.15")],
    )
    assert {c.scenario for c in only} == {"pytest"}


# --- how the judge sees a test cell ---------------------------------------------------------


def record(
    config: str,
    status: str = "pass",
    nodes: list[NodeResult] | None = None,
    *,
    modules: int = 2,
    stage: Stage | None = None,
    exception: str | None = None,
    failure_class: str | None = None,
) -> CellRecord:
    ids = [f"shift#{i:012d}" for i in range(modules)]
    return CellRecord.from_json(
        {
            "id": f"tf2.21-keras3/proj/pytest/{config}",
            "cell": {
                "environment": "tf2.21-keras3",
                "target": "proj",
                "scenario": "pytest",
                "config": config,
            },
            "role": "baseline" if config == "baseline" else "workaround",
            "status": status,
            "failure_class": failure_class,
            "stage": json.loads(json.dumps(stage.__dict__)) if stage else {"name": "done"},
            "exception": {"type": exception} if exception else None,
            "fingerprint": {"tensorflow": "2.21.0", "keras": "3.15.1", "python": "3.11.7"},
            "xla": {"modules": modules, "names": ["shift"] * modules, "identities": ids},
            "nodes": [json.loads(json.dumps(n.__dict__)) for n in (nodes or [])],
        }
    )


A = "tests/test_x.py::test_a"
B = "tests/test_x.py::test_b"


def test_a_failing_test_cell_is_known_by_its_node_exception_class_and_stage():
    nodes = [NodeResult(A, NodeOutcome.FAILED, "call", exception_type="AssertionError")]
    stage = Stage(StageName.CALL, 1, None, A)
    side = side_of(
        record(
            "baseline",
            "fail",
            nodes,
            stage=stage,
            exception="AssertionError",
            failure_class="exception",
        )
    )
    assert side.evidence is Evidence.OK and side.failed
    assert side.failure == ("exception", StageName.CALL, 1, A, "AssertionError")
    assert side.stage == f"call of {A}"
    # a later node, and a later phase of the same node, got further
    later = side_of(
        record(
            "fix",
            "fail",
            nodes,
            stage=Stage(StageName.TEARDOWN, 1, None, A),
            exception="AssertionError",
            failure_class="exception",
        )
    )
    assert reached(later) > reached(side)
    assert reached(side) > reached(
        side_of(
            record(
                "x",
                "fail",
                nodes,
                stage=Stage(StageName.SETUP, 1, None, A),
                exception="E",
                failure_class="exception",
            )
        )
    )


def test_a_test_file_that_cannot_be_collected_is_no_evidence():
    stage = Stage(StageName.COLLECT, node="tests/test_x.py")
    assert side_of(record("baseline", "infra", stage=stage)).evidence is Evidence.INFRA
    facts = ChildFacts.from_json(
        {
            "cell": {"environment": "e", "target": "t", "scenario": "pytest", "config": "c"},
            "stage": {"name": "collect", "node": "tests/test_x.py"},
            "exception": {
                "type": "ModuleNotFoundError",
                "message": "No module named 'nope'",
                "missing_module": "nope",
                "missing_kind": "dependency",
            },
        }
    )
    c = classify(facts, Exit(0), None, 60)
    assert (c.status, c.failure_class) == (Status.INFRA, FailureClass.MISSING_DEPENDENCY)
    facts.exception = ExceptionInfo("NameError", message="name 'x' is not defined")
    c = classify(facts, Exit(0), None, 60)
    assert (c.status, c.failure_class) == (Status.INFRA, FailureClass.TARGET_IMPORT)
    assert c.message == "NameError loading the target: name 'x' is not defined"


def test_a_test_skipped_under_the_workaround_only_makes_no_verdict_about_it():
    ran = [NodeResult(A, NodeOutcome.PASSED), NodeResult(B, NodeOutcome.PASSED)]
    skipped = [NodeResult(A, NodeOutcome.SKIPPED, "setup", message="needs XLA"), ran[1]]
    assert skipped_only_in_one(ran, skipped) == f"{A} skipped in one cell only (needs XLA)"
    assert skipped_only_in_one(ran, ran[:1]) is None  # a node one cell never reached
    verdicts = derive_verdicts(
        [record("baseline", nodes=ran), record("no-xla-translate", nodes=skipped, modules=1)]
    )
    (v,) = verdicts
    assert v.verdict == "infra"
    assert v.reason == (
        f"the tests that ran differ: {A} skipped in one cell only (needs XLA): "
        "tf2.21-keras3/proj/pytest/baseline and tf2.21-keras3/proj/pytest/no-xla-translate"
    )


def test_every_test_skipped_is_a_vacuous_pass():
    skipped = [NodeResult(A, NodeOutcome.SKIPPED, "setup", message="needs a GPU")]
    verdicts = derive_verdicts(
        [record("baseline", nodes=skipped, modules=0), record("eager", nodes=skipped, modules=0)]
    )
    assert [v.verdict for v in verdicts] == ["vacuous"]
    assert verdicts[0].evidence["baseline"]["tests"] == "1 skipped"


def test_node_outcomes_read_as_a_tally():
    nodes = [
        NodeResult(A, NodeOutcome.FAILED, "call", exception_type="ValueError"),
        NodeResult(B, NodeOutcome.PASSED),
        NodeResult("c", NodeOutcome.SKIPPED),
        NodeResult("d", NodeOutcome.PASSED),
    ]
    assert tally(nodes) == "2 passed, 1 failed, 1 skipped"
    assert nodes[0].text == f"{A} failed at call: ValueError"
    assert not NodeOutcome.SKIPPED.ran and NodeOutcome.XFAILED.ran
    assert NodeOutcome.ERROR.failing and not NodeOutcome.XPASSED.failing
    # a verdict's evidence names the failing tests of each cell, and no file it does not have
    stage = Stage(StageName.CALL, 1, None, A)
    failing = record("fix", "fail", nodes, stage=stage, failure_class="exception")
    (v,) = derive_verdicts([record("baseline", nodes=nodes[1:]), failing])
    assert v.evidence["config"]["tests"] == "2 passed, 1 failed, 1 skipped"
    assert v.evidence["config"]["failing_tests"] == [f"{A} failed at call: ValueError"]
    assert v.evidence["baseline"]["failing_tests"] == []
    assert v.evidence["config"]["source"] is None


def test_bisect_by_a_test_target_needs_no_scenario_or_config(tmp_path):
    from harness.bisect.command import cell_query
    from harness.cli import build_parser

    args = build_parser().parse_args(
        ["check", "--matrix", str(PROJECT_MATRIX), "-t", "shiftnet-projective"]
    )
    query = cell_query(args)
    assert (query.scenario, query.config) == ("pytest", "baseline")
    args = build_parser().parse_args(["check", "--matrix", str(MATRIX), "-t", "reference"])
    with pytest.raises(UsageError, match="--scenario: give exactly one"):
        cell_query(args)


# --- real cells ---------------------------------------------------------------------------------


@needs_tf
@pytest.mark.tf
@pytest.mark.versions
def test_the_fixture_projects_tests_get_real_verdicts(tmp_path):
    """Each test of the fixture project as a target: needed, vacuous (skipped), outputs
    checked against eager, and the probe breaking what XLA on CPU cannot compile."""
    proc, records = run_cells(
        tmp_path / "run",
        "-t", "shiftnet-projective", "-t", "shiftnet-gpu", "-t", "shiftnet-outputs",
        "-c", "no-xla-translate", "-c", "jit-compile", "--no-contexts", "-j", "2",
        matrix=PROJECT_MATRIX,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    verdicts = {(v.target, v.config): v for v in verdicts_of(tmp_path / "run")}
    got = {key: v.verdict for key, v in verdicts.items()}
    assert got == {
        ("shiftnet-projective", "eager"): "needed",
        ("shiftnet-projective", "no-xla-translate"): "needed",
        ("shiftnet-projective", "jit-compile"): "breaks",
        ("shiftnet-gpu", "eager"): "vacuous",
        ("shiftnet-gpu", "no-xla-translate"): "vacuous",
        ("shiftnet-gpu", "jit-compile"): "vacuous",
        ("shiftnet-outputs", "eager"): "not needed",
        ("shiftnet-outputs", "no-xla-translate"): "not needed",
        ("shiftnet-outputs", "jit-compile"): "holds",
    }
    baseline = records["shiftnet-projective/pytest/baseline"]
    assert baseline.failure_class == "xla-unsupported-op"
    assert baseline.stage == Stage(
        StageName.CALL, 1, None, "tests/test_models.py::test_projective_shift"
    )
    (node,) = baseline.nodes
    assert (node.outcome, node.exception_type) == (NodeOutcome.FAILED, "InvalidArgumentError")
    assert "ImageProjectiveTransformV3" in node.message
    (skip,) = records["shiftnet-gpu/pytest/baseline"].nodes
    assert (skip.outcome, skip.message) == (NodeOutcome.SKIPPED, "needs a GPU")
    probe = records["shiftnet-outputs/pytest/jit-compile"]
    assert probe.target_facts["jit_compile_forced_on"]  # the Keras Model class patched
    assert all(
        i.startswith(("one_step_on_data", "predict_function", "run_step")) or "roll_shift" in i
        for i in probe.xla.identities
    ), probe.xla.identities
    assert "outputs agree" in verdicts[("shiftnet-outputs", "jit-compile")].reason
    (out,) = probe.nodes
    assert out.outputs == ["n64", "n32"] and out.xla_modules
    assert [a.key for a in probe.outputs.arrays] == [
        "tests/test_models.py::test_outputs/n64",
        "tests/test_models.py::test_outputs/n32",
    ]


@needs_tf
@pytest.mark.tf
def test_a_test_file_that_cannot_be_collected_is_infra_named_once(tmp_path):
    project = tmp_path / "broken"
    (project / "tests").mkdir(parents=True)
    (project / "tests" / "test_a.py").write_text(
        "import not_installed_here\n\ndef test_a():\n    pass\n"
    )
    proc, records = run_cells(
        tmp_path / "run", "-t", "pytest:tests", "-t", "pytest:tests -k nomatch",
        "--target-path", str(project), "-c", "baseline",
    )  # fmt: skip
    assert proc.returncode == 0, "--no-report records; the report says nothing ran (4)"
    output = proc.stdout + proc.stderr
    lines = [line for line in output.splitlines() if " cell infra: " in line]
    assert len(lines) == 2, output[-3000:]
    assert "missing dependency 'not_installed_here'" in lines[0]
    assert all(r.status is Status.INFRA and r.stage.name == "preflight" for r in records.values())
    nomatch = records["pytest.tests_-k_nomatch/pytest/baseline"]
    assert "missing dependency 'not_installed_here'" in nomatch.message  # collected first


@needs_tf
@pytest.mark.tf
def test_the_reproducer_of_a_test_cell_is_its_pytest_command(tmp_path):
    run = tmp_path / "run"
    proc, records = run_cells(
        run, "-t", "shiftnet-projective", "-c", "baseline", "--isolation", "spawn",
        matrix=PROJECT_MATRIX,
    )  # fmt: skip
    assert records["shiftnet-projective/pytest/baseline"].isolation == "spawn"
    cell = next(iter(records.values())).id
    proc = run_cli("repro", cell, "--run-dir", str(run))
    assert proc.returncode == 0, proc.stderr
    folder = run / "repro" / "local" / "shiftnet-projective.pytest.baseline"
    readme = (folder / "README.md").read_text()
    assert f"cd {PROJECT.resolve()} && PYTHONPATH=" in readme
    assert (
        "python -m pytest -p xla_matrix_repro tests/test_models.py::test_projective_shift" in readme
    )
    repro = subprocess.run(
        [sys.executable, "repro.py"], cwd=folder, capture_output=True, text=True, timeout=600
    )
    assert repro.returncode == 1, repro.stdout[-2000:]
    assert "ImageProjectiveTransformV3" in repro.stdout


# --- the documented commands ----------------------------------------------------------------


def test_the_documented_test_target_commands_select_test_cells(monkeypatch):
    """docs/test-targets.md's commands, parsed as the noxfile parses posargs."""
    from harness.bisect.command import cell_query
    from harness.cli import build_parser, run_parser
    from harness.config.selection import parse_posargs, selection_from_args

    from .examples import example

    monkeypatch.chdir(MATRIX.parent)
    matrix = load_matrix(MATRIX)
    for cmd in example("test-target-cli").commands:
        selection = selection_from_args(parse_posargs(run_parser(), cmd.posargs))
        cells = select_cells(matrix, selection, [matrix.environment("tf2.15")])
        assert cells and {c.scenario for c in cells} == {"pytest"}, cmd
    (project,) = example("test-target-project").commands
    assert load_matrix(project.env["XLA_MATRIX_FILE"]).target("shiftnet-spike").is_test
    (bisect,) = example("test-target-bisect").commands
    args = build_parser().parse_args(
        ["check", "--matrix", bisect.env["XLA_MATRIX_FILE"], "-t", bisect.posargs[-1]]
    )
    assert cell_query(args).scenario == "pytest"
