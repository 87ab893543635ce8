"""Result cache: unchanged cells are not rerun; a changed target source or --rerun reruns."""

from __future__ import annotations

import json

import pytest

from harness import store
from harness.cache import ResultCache
from harness.matrix import load_matrix
from harness.records import Cell
from harness.runner import plan
from harness.workflow import resolve_environment

from .conftest import FIXTURES, MATRIX, needs_tf, run_cells

pytestmark = [needs_tf, pytest.mark.tf]


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
    reports = tmp_path / "reports"

    _, first = run_cells(reports / "one", *args)
    _, second = run_cells(reports / "two", *args)
    _, forced = run_cells(reports / "three", *args, "--rerun")
    (target_dir / "tinymodel.py").write_text((FIXTURES / "faulty.py").read_text() + "\n# changed\n")
    _, changed = run_cells(reports / "four", *args)

    key = "tinymodel.noisy/n128-then-64/baseline"
    assert first[key].status == "pass" and not first[key].cached_from
    assert second[key].cached_from == "one"
    assert second[key].cache_key == first[key].cache_key
    assert (reports / "two" / second[key].log).read_text() == (
        reports / "one" / first[key].log
    ).read_text()
    assert not forced[key].cached_from
    assert not changed[key].cached_from
    assert changed[key].cache_key != first[key].cache_key


def test_timeouts_are_never_cached(tmp_path):
    args = (
        "-t",
        "faulty:hang",
        "--target-path",
        str(FIXTURES),
        "-c",
        "baseline",
        "-s",
        "n128-then-64",
        "--timeout",
        "8",
    )
    _, first = run_cells(tmp_path / "one", *args)
    _, second = run_cells(tmp_path / "two", *args)
    key = "faulty.hang/n128-then-64/baseline"
    assert first[key].status == second[key].status == "timeout"
    assert not second[key].cached_from


def plain_spec(environment: str = "local"):
    matrix = load_matrix(MATRIX)
    env = resolve_environment(matrix, environment)
    cells = [Cell(env.name, "plain", "n128-then-64", "baseline")]
    return plan(matrix, cells, env, {"plain": matrix.targets["plain"]})[0].spec


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
        "log": "logs/local/elsewhere.log",
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
