"""Result cache: unchanged cells are not rerun; whatever a cell's outcome depends on (its
target's source, the harness's source, the packages, the config's variables, the memory cap,
the inherited variables) changes its key; --rerun reruns."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import harness.run.cache
from harness.config.matrix import Matrix, Target, load_matrix
from harness.config.names import Cell
from harness.results import store
from harness.results.records import CellRecord, CellSpec
from harness.run.cache import ResultCache
from harness.run.pipeline import resolve_environment
from harness.run.scheduler import plan

from .conftest import FIXTURES, MATRIX, needs_tf, run_cells


@needs_tf
@pytest.mark.tf
def test_unchanged_cells_come_from_the_cache(tmp_path):
    target_dir = tmp_path / "src"
    target_dir.mkdir()
    (target_dir / "tinymodel.py").write_text((FIXTURES / "faulty.py").read_text())
    args = (
        "-t",
        "tinymodel:noisy",
        "--target-path",
        str(target_dir),
        "-s",
        "n128-then-64",
        "-c",
        "baseline",
    )
    reports, cache = tmp_path / "reports", tmp_path / "cache"

    _, first = run_cells(reports / "one", *args, cache=cache)
    _, second = run_cells(reports / "two", *args, cache=cache)
    _, forced = run_cells(reports / "three", *args, "--rerun", cache=cache)
    _, capped = run_cells(reports / "capped", *args, "--memory-mb", "8000", cache=cache)
    (target_dir / "tinymodel.py").write_text((FIXTURES / "faulty.py").read_text() + "\n# changed\n")
    _, changed = run_cells(reports / "four", *args, cache=cache)

    key = "tinymodel.noisy/n128-then-64/baseline"
    assert first[key].status == "pass" and not first[key].cached_from
    assert first[key].target_files == ["tinymodel.py"], "what the cell imported of its tree"
    assert second[key].cached_from == "one"
    assert second[key].cache_key == first[key].cache_key
    assert (reports / "two" / second[key].log).read_text() == (
        reports / "one" / first[key].log
    ).read_text()
    assert not forced[key].cached_from
    assert not capped[key].cached_from, "a memory cap is part of the key"
    assert not changed[key].cached_from
    assert changed[key].cache_key != first[key].cache_key


def plain_spec(
    environment: str = "local", matrix: Matrix | None = None, config: str = "baseline"
) -> CellSpec:
    matrix = matrix or load_matrix(MATRIX)
    env = resolve_environment(matrix, environment)
    cells = [Cell(env.name, "plain", "n128-then-64", config)]
    return plan(matrix, cells, env, {"plain": matrix.targets["plain"]})[0].spec


def test_every_input_of_a_cell_changes_its_key(tmp_path, monkeypatch):
    """One change at a time against the same cell: each gives a key of its own."""
    copy = tmp_path / "harness"
    shutil.copytree(
        harness.run.cache.HARNESS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__")
    )
    monkeypatch.setattr(harness.run.cache, "HARNESS_DIR", copy)
    cache = tmp_path / "cache"
    matrix = load_matrix(MATRIX)
    tree = tmp_path / "project"
    tree.mkdir()
    (tree / "tinymodel.py").write_text("def create_model(n, gridsize): ...\n")
    mine = Target(name="mine", factory="tinymodel:create_model", path=str(tree))
    env = resolve_environment(matrix, "local")

    def spec_of(target: Target = mine, m: Matrix = matrix, memory_mb: int | None = None) -> str:
        cell = Cell("local", target.name, "n128-then-64", "autojit-off")
        spec = plan(m, [cell], env, {target.name: target})[0].spec
        return ResultCache(cache, memory_mb).key(spec)

    base = spec_of()
    assert spec_of() == base, "the key is a function of the inputs"
    keys = {}

    source = (copy / "judge" / "verdicts.py").read_text()
    (copy / "judge" / "verdicts.py").write_text(source + "\n# edited\n")
    keys["the harness's source"] = spec_of()
    (copy / "judge" / "verdicts.py").write_text(source)
    assert spec_of() == base

    installed = harness.run.cache.package_set()
    with monkeypatch.context() as m:
        m.setattr(harness.run.cache, "package_set", lambda: sorted([*installed, "tabulate==0.9.0"]))
        keys["a package added"] = spec_of()
        numpy = [p.replace("==", "==0.0.1+") if p.startswith("numpy==") else p for p in installed]
        m.setattr(harness.run.cache, "package_set", lambda: numpy)
        keys["a package's version"] = spec_of()
    assert spec_of() == base

    changed = tmp_path / "matrix.toml"
    changed.write_text(
        MATRIX.read_text().replace(
            'TF_XLA_FLAGS = "--tf_xla_auto_jit=0"',
            'TF_XLA_FLAGS = "--tf_xla_auto_jit=0 --tf_xla_min_cluster_size=4"',
        )
    )
    keys["the config's variables"] = spec_of(m=load_matrix(changed))
    keys["the memory cap"] = spec_of(memory_mb=4000)
    (tree / "tinymodel.py").write_text("def create_model(n, gridsize): return None\n")
    keys["the target's source"] = spec_of()
    (tree / "weights.json").write_text("{}\n")
    keys["a data file of the target's tree"] = spec_of()
    keys["the target's requirements"] = spec_of(replace(mine, requires=("tabulate",)))
    for what, key in keys.items():
        assert key != base, f"{what} did not change the key"
    assert len(set(keys.values())) == len(keys), keys


def test_inherited_variables_that_change_tensorflow_are_in_the_key(tmp_path, monkeypatch):
    spec = plain_spec()
    changes = (
        "TF_ENABLE_ONEDNN_OPTS",
        "CUDA_VISIBLE_DEVICES",
        "KERAS_BACKEND",
        "OPENBLAS_CORETYPE",
    )
    for name in (*changes, "XLA_MATRIX_RUN_ID"):
        monkeypatch.delenv(name, raising=False)
    plain = ResultCache(tmp_path).key(spec)
    keys = set()
    for name, value in (
        ("TF_ENABLE_ONEDNN_OPTS", "0"),
        ("CUDA_VISIBLE_DEVICES", ""),
        ("KERAS_BACKEND", "jax"),
        ("OPENBLAS_CORETYPE", "Haswell"),
    ):
        with monkeypatch.context() as m:
            m.setenv(name, value)
            keys.add(ResultCache(tmp_path).key(spec))
    assert plain not in keys and len(keys) == 4
    monkeypatch.setenv("XLA_MATRIX_RUN_ID", "another-run")  # the harness's own: no change
    assert ResultCache(tmp_path).key(spec) == plain
    assert ResultCache(tmp_path).key(plain_spec("tf2.21-keras3")) != plain  # the cell's own


def test_restore_writes_under_this_cell_and_follows_no_link(tmp_path):
    spec = plain_spec()
    cache = ResultCache(tmp_path / "cache")
    key = cache.key(spec)
    secret = tmp_path / "secret.txt"
    secret.write_text("GITHUB_TOKEN=ghs_secret\n")
    cached = {
        "id": spec.cell.id,
        "cell": {
            "environment": "local",
            "target": "plain",
            "scenario": "n128-then-64",
            "config": "baseline",
        },
        "role": "baseline",
        "status": "pass",
        "run_id": "earlier",
        "log": "logs/local/plain.n128-then-64.baseline.log",  # in the run it came from
    }
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / f"{key}.json").write_text(json.dumps(cached))
    (tmp_path / "cache" / f"{key}.log").write_text("the cached log\n")
    run = tmp_path / "run"
    record = cache.restore(key, spec, run, "now")
    assert record is not None and record.cached_from == "earlier" and record.run_id == "now"
    assert record.log == "logs/local/plain.n128-then-64.baseline.log"
    assert (run / record.log).read_text() == "the cached log\n"
    assert store.read_record(store.result_path(run, spec.cell), run)[0] == record

    (tmp_path / "cache" / f"{key}.log").unlink()
    (tmp_path / "cache" / f"{key}.log").symlink_to(secret)
    linked = cache.restore(key, spec, tmp_path / "run2", "now")
    assert linked is not None and linked.log is None
    assert "ghs_secret" not in "".join(p.read_text() for p in (tmp_path / "run2").rglob("*.*"))

    other = {**cached, "id": "tf2.15/plain/n128-then-64/baseline"}
    other["cell"] = {**cached["cell"], "environment": "tf2.15"}
    (tmp_path / "cache" / f"{key}.json").write_text(json.dumps(other))
    assert cache.restore(key, spec, tmp_path / "run3", "now") is None
    assert not (tmp_path / "run3").exists()

    # a cached record that names another cell's log is malformed: the cell runs again
    elsewhere = {**cached, "log": "logs/local/elsewhere.log"}
    (tmp_path / "cache" / f"{key}.json").write_text(json.dumps(elsewhere))
    assert cache.restore(key, spec, tmp_path / "run4", "now") is None
    assert not (tmp_path / "run4").exists()


def test_the_shells_legacy_keras_switch_belongs_to_the_local_environment(monkeypatch):
    """TF_USE_LEGACY_KERAS says which Keras this interpreter's tf.keras is (a tf-keras venv,
    bisect's --keras legacy probes): kept for every cell of `local`, in their keys too,
    where the variables a config sets are scrubbed from the shell."""
    monkeypatch.delenv("TF_USE_LEGACY_KERAS", raising=False)
    plain = plain_spec()
    assert "TF_USE_LEGACY_KERAS" not in plain.env
    monkeypatch.setenv("TF_USE_LEGACY_KERAS", "1")
    legacy = plain_spec()
    assert legacy.env["TF_USE_LEGACY_KERAS"] == "1"
    assert resolve_environment(load_matrix(MATRIX), None).cell_env() == {"TF_USE_LEGACY_KERAS": "1"}
    cache = ResultCache(Path("/nonexistent"))
    assert cache.key(legacy) != cache.key(plain)
    # a matrix environment keeps its own pins: the shell does not change tf2.15
    assert "TF_USE_LEGACY_KERAS" not in plain_spec("tf2.15").env


# --- a target's source: what it imports from its tree, and every file that is not Python ---


def two_targets(tree: Path) -> tuple[Target, Target]:
    """A project with two models in one tree (path = "."), as one adopting the harness has."""
    (tree / "pkg").mkdir(parents=True)
    (tree / "pkg" / "__init__.py").write_text("")
    (tree / "pkg" / "layers.py").write_text("import numpy\n\nWIDTH = 4\n")
    (tree / "pkg" / "unused.py").write_text("X = 1\n")
    (tree / "care.py").write_text(
        "from pkg.layers import WIDTH\n\n\ndef create_model(N):\n    from . import nothing\n"
    )
    (tree / "smglue.py").write_text("def create_model(N):\n    from pkg import layers\n")
    (tree / "weights.json").write_text("{}\n")
    care = Target(name="care", factory="care:create_model", path=str(tree))
    sm = Target(name="sm", factory="smglue:create_model", path=str(tree))
    return care, sm


def digests(*targets: Target) -> list[str]:
    return [harness.run.cache.source_digest(t) for t in targets]


@pytest.mark.parametrize("git", [False, True])
def test_two_targets_of_one_tree_are_keyed_by_what_each_imports(tmp_path, git):
    import subprocess

    tree = tmp_path / "project"
    care, sm = two_targets(tree)
    if git:
        for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "first"]):
            subprocess.run(
                ["git", "-C", str(tree), "-c", "user.name=t", "-c", "user.email=t@t", *args],
                check=True,
                capture_output=True,
            )
    assert harness.run.cache.project_imports(tree, care.modules) == {
        "care.py",
        "pkg/__init__.py",
        "pkg/layers.py",
    }
    first = digests(care, sm)

    (tree / "smglue.py").write_text("def create_model(N):\n    from pkg import layers  # edited\n")
    edited_sm = digests(care, sm)
    assert edited_sm[0] == first[0] and edited_sm[1] != first[1], "only sm imports smglue"

    (tree / "newglue.py").write_text("def create_model(N): ...\n")
    (tree / "pkg" / "unused.py").write_text("X = 2\n")
    assert digests(care, sm) == edited_sm, "Python neither imports: no rerun"

    (tree / "pkg" / "layers.py").write_text("import numpy\n\nWIDTH = 8\n")
    both = digests(care, sm)
    assert both[0] != edited_sm[0] and both[1] != edited_sm[1], "both import pkg.layers"

    (tree / "weights.json").write_text('{"w": 1}\n')
    data = digests(care, sm)
    assert data[0] != both[0] and data[1] != both[1], "a file that is not Python: both"

    (tree / "numpy.py").write_text("")  # now `import numpy` in pkg/layers.py finds this one
    shadowed = digests(care, sm)
    assert shadowed[0] != data[0] and shadowed[1] != data[1]


def test_an_import_a_static_reading_cannot_follow_keys_every_python_file(tmp_path):
    tree = tmp_path / "project"
    care, _ = two_targets(tree)
    read = harness.run.cache.project_imports
    for dynamic in (
        "import importlib\nimportlib.import_module(NAME)\n",
        "__import__(name)\n",
        "import sys\nsys.path.insert(0, 'lib')\n",
        "import sys\nsys.path += ['lib']\n",
        "import runpy\nrunpy.run_path('x.py')\n",
        "exec(open('x.py').read())\n",
        "def broken(:\n",
    ):
        (tree / "pkg" / "layers.py").write_text(dynamic)
        assert read(tree, care.modules) is None, dynamic
    (tree / "pkg" / "layers.py").write_text(
        "import importlib\nimportlib.import_module('pkg.unused')\n"
    )
    assert "pkg/unused.py" in read(tree, care.modules), "a literal name is followed"
    (tree / "pkg" / "layers.py").write_text("from .unused import X\nfrom . import *\n")
    assert {"pkg/unused.py", "pkg/__init__.py"} <= read(tree, care.modules)
    (tree / "pkg" / "layers.py").write_text("import importlib\nimportlib.import_module(NAME)\n")
    before = digests(care)
    (tree / "newglue.py").write_text("def create_model(N): ...\n")
    assert digests(care) != before, "every Python file counts then"


def test_a_cell_that_imported_what_the_reading_missed_is_not_cached(tmp_path):
    tree = tmp_path / "project"
    care, _ = two_targets(tree)
    matrix = load_matrix(MATRIX)
    env = resolve_environment(matrix, "local")
    (spec,) = [
        j.spec
        for j in plan(
            matrix, [Cell("local", "care", "n128-then-64", "baseline")], env, {"care": care}
        )
    ]
    cache = ResultCache(tmp_path / "cache")
    key = cache.key(spec)
    record = CellRecord(spec.cell, "baseline", "pass", spec=spec, log=None)
    record.target_files = ["care.py", "pkg/__init__.py", "pkg/layers.py"]
    assert cache.put(key, record, tmp_path) is None and cache.get(key) is not None
    (tmp_path / "cache" / f"{key}.json").unlink()
    record.target_files = [*record.target_files, "pkg/unused.py"]
    why = cache.put(key, record, tmp_path)
    assert why == (
        "pkg/unused.py imported by local/care/n128-then-64/baseline in a way the cache cannot "
        "see: its results are not cached"
    )
    assert cache.get(key) is None
