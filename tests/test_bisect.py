"""Bisecting TensorFlow releases, and `check` for git bisect run."""

from __future__ import annotations

import json

import pytest

from harness.bisect import BAD, GOOD, SKIP, BadIf, BisectError, Outcome, max_steps, search
from harness.errors import UsageError

from .conftest import FIXTURES, REPO, needs_tf, run_cli

VERSIONS = [f"2.{minor}.{patch}" for minor in range(12, 22) for patch in range(2)]  # 20 versions


def prober(first_bad: str | None, skips=(), bad_from_start=False):
    calls = []

    def probe(version: str) -> Outcome:
        calls.append(version)
        if version in skips:
            return Outcome(SKIP, "could not install")
        if bad_from_start:
            return Outcome(BAD, "")
        bad = first_bad is not None and VERSIONS.index(version) >= VERSIONS.index(first_bad)
        return Outcome(BAD if bad else GOOD, "")

    return probe, calls


@pytest.mark.parametrize("first_bad", VERSIONS[1:])
def test_finds_every_boundary_in_log2_steps(first_bad):
    probe, calls = prober(first_bad)
    result = search(VERSIONS, probe)
    assert (result.last_good, result.first_bad) == (
        VERSIONS[VERSIONS.index(first_bad) - 1],
        first_bad,
    )
    assert len(calls) <= max_steps(len(VERSIONS)) == 7
    assert len(set(calls)) == len(calls), "no version is probed twice"


def test_skips_are_stepped_around():
    skips = {"2.16.0", "2.16.1", "2.17.0"}
    probe, _ = prober("2.18.0", skips=skips)
    result = search(VERSIONS, probe)
    assert (result.last_good, result.first_bad) == ("2.17.1", "2.18.0")
    assert not skips & {result.last_good, result.first_bad}


def test_a_skip_next_to_the_boundary_is_reported():
    probe, _ = prober("2.18.0", skips={"2.17.1"})
    result = search(VERSIONS, probe)
    assert (result.last_good, result.first_bad, result.skipped_between) == (
        "2.17.0",
        "2.18.0",
        ["2.17.1"],
    )


@pytest.mark.parametrize(
    ("probe_args", "message"),
    [
        ({"first_bad": None}, "are both good: nothing to find"),
        ({"first_bad": None, "bad_from_start": True}, "is already bad: nothing to find (all bad)"),
        ({"first_bad": "2.18.0", "skips": {"2.12.0"}}, "cannot test endpoint 2.12.0"),
    ],
)
def test_endpoints_must_bracket_a_change(probe_args, message):
    probe, calls = prober(**probe_args)
    with pytest.raises(BisectError, match=message.replace("(", r"\(").replace(")", r"\)")):
        search(VERSIONS, probe)
    assert len(calls) == 2


def test_a_good_found_after_a_bad_is_an_error():
    def probe(version: str) -> Outcome:
        return Outcome(BAD if version == VERSIONS[0] else GOOD, "")

    with pytest.raises(BisectError, match="a good version found after a bad one"):
        search(VERSIONS, probe)


def test_bad_if_parsing():
    assert str(BadIf.parse("fail")) == "fail"
    assert str(BadIf.parse("verdict=needed")) == "verdict=needed"
    assert BadIf.parse("verdict=not needed").value == "not needed"
    assert str(BadIf.parse("stage=build")) == "stage=build"
    for bad in ("verdict=great", "stage=lunch", "sometimes"):
        with pytest.raises(UsageError):
            BadIf.parse(bad)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--good", "2.15.9", "--bad", "2.16.2"],
            "--good 2.15.9: no such tensorflow-cpu release on the index",
        ),
        (["--good", "2.16.2", "--bad", "2.15.1"], "--good 2.16.2 must be older than --bad 2.15.1"),
        (["--good", "2.15.1"], "give --good and --bad"),
        (
            ["--good", "2.15.1", "--bad", "2.16.2", "--bad-if", "verdict=great"],
            "--bad-if 'verdict=great'",
        ),
    ],
)
def test_bad_bisect_input_is_one_line_exit_2(args, message):
    proc = run_cli("bisect", *args, "-t", "plain", "-s", "n128-then-64", "-c", "baseline")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and message in proc.stderr


@needs_tf
@pytest.mark.tf
@pytest.mark.parametrize(
    ("target", "bad_if", "code"),
    [
        ("faulty:noisy", "fail", 0),
        ("faulty:raise_at_64", "fail", 1),
        ("faulty:raise_at_64", "stage=build", 0),
        ("faulty:raise_at_64", "stage=predict", 1),
        ("faulty:abort", "fail", 1),  # SIGABRT in the cell is "bad", never 134
        ("no_such_module:create_model", "fail", 125),
    ],
)
def test_check_exit_codes_for_git_bisect(target, bad_if, code):
    proc = run_cli(
        "check",
        "-t",
        target,
        "--target-path",
        str(FIXTURES),
        "-s",
        "n128-then-64",
        "-c",
        "baseline",
        "--bad-if",
        bad_if,
    )
    assert proc.returncode == code, proc.stdout + proc.stderr
    assert proc.stdout.startswith(
        f"xla-matrix check: {({0: 'good', 1: 'bad', 125: 'skip'})[code]}:"
    )


@pytest.mark.slow
def test_real_bisect_finds_the_keras_3_boundary(tmp_path):
    """keras_versions builds with raw TF ops on Keras tensors: fine in Keras 2 (TF 2.15),
    refused by Keras 3 (TF 2.16+). Three real tensorflow-cpu releases, each in its own venv."""
    venvs = REPO / ".nox" / "bisect-envs"
    common = ["-s", "n128-then-64", "-c", "baseline", "--venvs", str(venvs)]
    proc = run_cli(
        "bisect",
        "--good",
        "2.15.1",
        "--bad",
        "2.16.2",
        "-t",
        "keras_versions:create_model",
        "--target-path",
        str(FIXTURES),
        "--run-dir",
        str(tmp_path / "b"),
        *common,
        timeout=1800,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "last good: 2.15.1" in proc.stdout and "first bad: 2.16.1" in proc.stdout
    report = json.loads((tmp_path / "b" / "bisect.json").read_text())
    assert [s["version"] for s in report["steps"]] == ["2.15.1", "2.16.2", "2.16.1"]
    assert (
        "A KerasTensor cannot be used as input to a TensorFlow function"
        in report["steps"][1]["summary"]
    )

    both_good = run_cli(
        "bisect", "--good", "2.15.1", "--bad", "2.16.2", "-t", "plain", *common, timeout=900
    )
    assert both_good.returncode == 2
    assert both_good.stderr.strip().splitlines()[-1].endswith("are both good: nothing to find")
