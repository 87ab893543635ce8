"""Result cache: unchanged cells are not rerun; a changed target source or --rerun reruns."""

from __future__ import annotations

import pytest

from .conftest import FIXTURES, needs_tf, run_cells

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
