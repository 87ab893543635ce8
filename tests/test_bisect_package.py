"""Bisecting one package of an environment (--package NAME -e ENV): Keras, tf-keras,
tensorflow-probability, numpy or any other, every other pin held.

All but the last test run offline: the package index is tests/fakeindex.py, and any other
request goes to a closed port. The last one bisects real Keras releases on TF 2.16.2.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from importlib import metadata
from pathlib import Path

import pytest
from packaging.version import Version

from harness.bisect.command import report_lines
from harness.bisect.index import Index, index_releases, release_range, releases_between
from harness.bisect.probe import ensure_venv, pinned_environment, probe_steps
from harness.bisect.search import BAD, GOOD, SKIP, BisectError, BisectResult, Outcome, Step, search
from harness.config.matrix import Target, load_matrix
from harness.install.output import installer_reason, reason_line
from harness.install.venv import uv

from .conftest import MATRIX, REPO, needs_tf, run_cli
from .examples import example, with_option
from .test_bisect import OFFLINE, WHEEL_TAGS, index_env

DIAL, BASE = "xla-matrix-dial", "xla-matrix-base"
CELL = ["-t", "plain", "-s", "n128-then-64", "-c", "baseline"]
HARNESS = ["-e", str(REPO)]


# --- the environment of a probed package version (pure) ------------------------------------


def steps_for(env_name: str, dist: str, version: str, target: Target | None = None):
    env = pinned_environment(load_matrix(MATRIX).environment(env_name), dist, version)
    target = target or Target(name="t", factory="m:f")
    return env, *probe_steps(env, target, pre=env.nightly, held=dist)


def test_one_package_moves_and_every_other_pin_stays():
    env, name, steps = steps_for("tf2.16-keras3", "keras", "3.6.0")
    assert (name, steps) == (
        "tf2.16-keras3-keras-3.6.0",
        [["tensorflow-cpu==2.16.2", "keras==3.6.0"], HARNESS],
    )
    # TensorFlow itself, within the environment: Keras stays at the environment's pin
    _, _, steps = steps_for("tf2.16-keras3", "tensorflow-cpu", "2.17.1")
    assert steps[0] == ["tensorflow-cpu==2.17.1", "keras==3.3.3"]
    _, _, steps = steps_for("tf2.21-keras3-gpu", "tensorflow", "2.20.0")
    assert steps[0] == ["tensorflow[and-cuda]==2.20.0", "keras==3.15.1"]
    env, _, steps = steps_for("nightly", "tf-nightly", "2.23.0.dev20261026")
    assert steps[0] == ["--pre", "tf-nightly==2.23.0.dev20261026"]
    # any other package: one more pin, resolved with the environment's
    _, _, steps = steps_for("tf2.16-keras3", "NumPy", "1.26.4")
    assert steps[0] == ["tensorflow-cpu==2.16.2", "keras==3.3.3", "NumPy==1.26.4"]
    # tf-keras: the environment's no-deps pin moves, TF_USE_LEGACY_KERAS stays
    env, _, steps = steps_for("tf2.16-tfkeras", "tf-keras", "2.16.0")
    assert steps == [["tensorflow-cpu==2.16.2"], ["--no-deps", "tf-keras==2.16.0"], HARNESS]
    assert env.cell_env() == {"TF_USE_LEGACY_KERAS": "1"}


def test_a_held_package_wins_over_the_targets_requirement_and_its_companions():
    tfp = Target(name="tfp", factory="m:f", requires=("tensorflow-probability",))
    # the companion table says 0.24.0 (and tf-keras 2.16.0 without dependencies) for TF 2.16
    _, name, steps = steps_for("tf2.16-keras3", "tensorflow-probability", "0.23.0", tfp)
    assert steps == [
        ["tensorflow-cpu==2.16.2", "keras==3.3.3", "tensorflow-probability==0.23.0"],
        ["--no-deps", "tf-keras==2.16.0"],
        HARNESS,
    ]
    assert name.startswith("tf2.16-keras3-tensorflow-probability-0.23.0-")
    # tf-keras declares the full tensorflow wheel: pinned, it still goes in without dependencies
    _, _, steps = steps_for("tf2.16-keras3", "tf-keras", "2.17.0", tfp)
    assert steps == [
        ["tensorflow-cpu==2.16.2", "keras==3.3.3", "tensorflow-probability==0.24.0"],
        ["--no-deps", "tf-keras==2.17.0"],
        HARNESS,
    ]
    pinned = Target(name="p", factory="m:f", requires=("keras>=3.5",))
    _, _, steps = steps_for("tf2.16-keras3", "keras", "3.4.1", pinned)
    assert steps[0] == ["tensorflow-cpu==2.16.2", "keras==3.4.1"]


# --- the search over a package that is not TensorFlow, on a fake index -----------------------


def dial_index(fake_index) -> None:
    """xla-matrix-dial, fixed in 1.4 (GOOD = True from there). 1.1 (yanked) and 1.2rc1 (a
    pre-release) are good too: were either probed without being asked for, the answer
    would be wrong. 1.3 needs xla-matrix-base 2, which the environment's pin forbids."""
    for version in ("1.0", "2.0"):
        fake_index.add_wheel(BASE, version, {"xla_matrix_base/__init__.py": ""})
    for version, good, yanked in (
        ("1.0", False, False),
        ("1.1", True, "broken upload"),
        ("1.2rc1", True, False),
        ("1.2", False, False),
        ("1.3", False, False),
        ("1.4", True, False),
        ("1.5", True, False),
    ):
        requires = (f"{BASE}>=2",) if version == "1.3" else ()
        files = {"xla_matrix_dial/__init__.py": f"GOOD = {good}\n"}
        fake_index.add_wheel(DIAL, version, files, requires, yanked=yanked)


def test_search_over_a_package_with_yanked_pre_releases_and_an_uninstallable_version(
    fake_index, tmp_path, monkeypatch
):
    dial_index(fake_index)
    index = Index.parse(fake_index.serve())
    available = index_releases(DIAL, index)
    # the installers, offline (not urllib: its opener would keep these proxies for good)
    for name, value in OFFLINE.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("UV_CACHE_DIR", str(tmp_path / "uv-cache"))
    assert [str(r.version) for r in available if r.yanked] == ["1.1"]
    assert release_range("1.5", "1.0")[2], "--good newer than --bad: a fix"
    versions = releases_between("1.5", "1.0", available, dist=DIAL)
    assert versions == ["1.0", "1.2", "1.3", "1.4", "1.5"]
    with_pre = releases_between("1.5", "1.0", available, pre=True, dist=DIAL)
    assert with_pre == ["1.0", "1.2rc1", "1.2", "1.3", "1.4", "1.5"]

    def probe(version: str) -> Outcome:
        """The environment pins xla-matrix-base 1.0; the probed version goes in beside it."""
        steps = [[f"{BASE}==1.0", f"{DIAL}=={version}"]]
        python = ensure_venv(tmp_path / "venvs" / version, steps, index)
        if isinstance(python, str):
            return Outcome(SKIP, python)
        out = subprocess.run(
            [str(python), "-c", "import xla_matrix_dial as d; print(d.GOOD)"],
            capture_output=True,
            text=True,
        )
        return Outcome(GOOD if out.stdout.strip() == "True" else BAD, out.stdout.strip())

    result = search(versions, probe, fix=True)
    assert (result.before, result.after, result.labels) == ("1.2", "1.4", (BAD, GOOD))
    assert result.skipped_between == ["1.3"]
    skipped = next(s.outcome for s in result.steps if s.version == "1.3")
    assert skipped.summary.startswith(f"could not install {BASE}==1.0 {DIAL}==1.3: ")
    assert BASE in skipped.summary
    lines = report_lines(result, DIAL, 12.3, tmp_path / "out")
    # the reason (up to 600 characters) is on 1.3's probe line: named here by its head only
    assert lines[:3] == [
        "last bad: 1.2",
        f"first good: 1.4 (the fix: the first {DIAL} release where the cell is good)",
        f"skipped in between: 1.3 (could not install {BASE}==1.0 {DIAL}==1.3)",
    ]
    assert len(skipped.summary) > 100 and skipped.summary[40:] not in "\n".join(lines)
    assert (
        lines[-1]
        == f"{len(result.steps)} probes in 12 s; results and logs under {tmp_path / 'out'}"
    )


CAUSE = (
    "Because tensorflow-cpu==2.16.2 depends on numpy>=1.23.5,<2.0.0 and you require "
    "tensorflow-cpu==2.16.2, we can conclude that you require numpy>=1.23.5,<2.0.0."
)
UNSATISFIABLE = "And because you require numpy==2.0.0, we can conclude that your requirements are unsatisfiable."


@pytest.mark.parametrize(
    ("output", "reason"),
    [
        (  # uv, not on a terminal
            f"error: No solution found when resolving dependencies\n  cause: {CAUSE}\n"
            f"         {UNSATISFIABLE}\n",
            f"{CAUSE} {UNSATISFIABLE}",
        ),
        (  # uv on a terminal
            f"  \u00d7 No solution found when resolving dependencies:\n  \u2570\u2500\u25b6 {CAUSE}\n"
            f"      {UNSATISFIABLE}\n",
            f"{CAUSE} {UNSATISFIABLE}",
        ),
        (
            "Collecting x\nERROR: No matching distribution found for x==9\n",
            "No matching distribution found for x==9",
        ),
        ("", ""),
    ],
)
def test_the_installers_reason_is_one_line_naming_the_pin_in_the_way(output, reason):
    """A probe's summary gives the resolver's causes without its headline."""
    assert reason_line(installer_reason(output), error=False) == reason


def steps_of(labels: dict[str, str]) -> list[Step]:
    return [Step(v, Outcome(label, "")) for v, label in labels.items()]


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        ({"1.0": BAD, "1.5": BAD}, "--bad 1.0 and --good 1.5 are both bad: nothing to find"),
        ({"1.0": GOOD, "1.5": GOOD}, "--bad 1.0 is already good: nothing to find (all good)"),
        ({"1.0": GOOD, "1.5": BAD}, "a regression, not a fix: swap --good and --bad"),
    ],
)
def test_a_fix_needs_bad_then_good(labels, message):
    with pytest.raises(BisectError, match=message.replace("(", r"\(").replace(")", r"\)")):
        search(["1.0", "1.2", "1.5"], lambda v: Outcome(labels[v], ""), fix=True)


def test_a_regression_reads_as_before():
    result = BisectResult("2.15.1", "2.16.1", steps_of({"2.15.1": GOOD}), [])
    assert report_lines(result, "tensorflow-cpu", 3, Path("out"))[:2] == [
        "last good: 2.15.1",
        "first bad: 2.16.1",
    ]


# --- bad input: one line, exit 2, nothing installed --------------------------------------


@pytest.fixture
def served(fake_index):
    for v in ("2.15.1", "2.16.2"):
        fake_index.add_file("tensorflow-cpu", f"tensorflow_cpu-{v}-{WHEEL_TAGS}")
    for v in ("3.3.3", "3.4.1", "3.6.0"):
        fake_index.add_file("keras", f"keras-{v}-py3-none-any.whl")
    for day in ("20261001", "20261002"):
        fake_index.add_file("tf-nightly", f"tf_nightly-2.23.0.dev{day}-{WHEEL_TAGS}")
    return fake_index.serve()


KERAS = ["--package", "keras", "-e", "tf2.16-keras3"]
DATES = ["--good-date", "20261001", "--bad-date", "20261002"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--package", "keras", "--good", "3.6.0", "--bad", "3.3.3"],
            "--package keras: name the environment whose other pins stay, -e NAME",
        ),
        (
            ["--package", "kears", "-e", "tf2.16-keras3", "--good", "3.6.0", "--bad", "3.3.3"],
            "cannot list kears versions from {url}: HTTP 404 Not Found (no such project on the index)",
        ),
        (
            [*KERAS, "--good", "3.3.3", "--bad", "3.3.3"],
            "--good and --bad are the same version (3.3.3): nothing to bisect",
        ),
        (
            [*KERAS, "--good", "3.6.1", "--bad", "3.3.3"],
            "--good 3.6.1: no such keras release on the index (same minor: 3.6.0)",
        ),
        (
            [
                "--package",
                "keras==3.3.3",
                "-e",
                "tf2.16-keras3",
                "--good",
                "3.6.0",
                "--bad",
                "3.3.3",
            ],
            "--package 'keras==3.3.3': a distribution name only",
        ),
        (
            [*KERAS, "--good", "3.6.0", "--bad", "3.3.3", "--keras", "legacy"],
            "--keras legacy: environment tf2.16-keras3 says which Keras",
        ),
        (
            ["--package", "keras", "-e", "tf2.16-kerass", "--good", "3.6.0", "--bad", "3.3.3"],
            "unknown environment 'tf2.16-kerass'",
        ),
        (
            ["--package", "tensorflow-cpu", "--nightly", *DATES],
            "--nightly bisects tf-nightly builds, --package tensorflow-cpu another distribution",
        ),
        (
            ["--package", "tensorflow-cpu", "-e", "nightly", "--good", "2.15.1", "--bad", "2.16.2"],
            "--package tensorflow-cpu: environment nightly installs TensorFlow from tf-nightly, "
            "not tensorflow-cpu",
        ),
        (
            ["--nightly", "-e", "tf2.16-keras3", *DATES],
            "--package tf-nightly: environment tf2.16-keras3 installs TensorFlow from "
            "tensorflow-cpu, not tf-nightly (drop --nightly)",
        ),
        (
            ["--package", "tensorflow-cpu", "--good", "2.15.1", "--bad", "2.16.2", *DATES],
            "--good-date and --bad-date are for tf-nightly builds (--nightly)",
        ),
        (
            ["--package", "tf-nightly", "--good", "2.23.0.dev20261001", *DATES],
            "give --good-date and --bad-date, or --good and --bad: not both",
        ),
    ],
)
def test_bad_package_input_is_one_line_exit_2(served, tmp_path, args, message):
    venvs = tmp_path / "venvs"
    proc = run_cli("bisect", *args, *CELL, "--venvs", str(venvs), env=index_env(served))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("xla-matrix: error: ") and message.format(url=served) in line, line
    assert proc.stdout == "" and not venvs.exists(), "nothing listed as probed, nothing installed"


@pytest.mark.slow  # builds two probe venvs that uv then fails to fill: 20 s
def test_ends_that_bracket_nothing_still_leave_bisect_json(served, tmp_path):
    """Neither end can be installed (the index lists empty files): an error, and the
    bisect.json that says so, with both end probes and their reasons."""
    out, venvs = tmp_path / "out", tmp_path / "venvs"
    env = {**index_env(served), "UV_CACHE_DIR": str(tmp_path / "uv-cache")}
    args = ["--good", "3.6.0", "--bad", "3.3.3", "--run-dir", str(out), "--venvs", str(venvs)]
    proc = run_cli("bisect", *KERAS, *args, *CELL, env=env)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("xla-matrix: error: cannot test endpoint 3.3.3: could not install ")
    report = json.loads((out / "bisect.json").read_text())
    assert report["outcome"] == line.removeprefix("xla-matrix: error: ")
    assert [(s["version"], s["outcome"]) for s in report["steps"]] == [
        ("3.3.3", "skip"),
        ("3.6.0", "skip"),
    ]
    assert all(s["summary"].startswith("could not install ") for s in report["steps"])
    assert "last_bad" not in report and "first_good" not in report
    assert f"2 probes; results and logs under {out}" in proc.stdout


# --- one package nothing needs, in real venvs (offline) ---------------------------------------

DIAL_MATRIX = """\
[settings]
timeout = 180

[[environment]]
name = "tf-dial"
tensorflow = "{tensorflow}"
keras = "keras3"
keras_version = "{keras}"

[[config]]
name = "baseline"
role = "baseline"

[[config]]
name = "eager"
role = "workaround"
run_functions_eagerly = true

[[scenario]]
name = "tiny"
sizes = [32]
gridsize = 1

[[target]]
name = "plain"
control = true
factory = "harness.targets.plain:create_model"
"""


@pytest.fixture(scope="module")
def dial_bisect(tmp_path_factory):
    """`bisect --package xla-matrix-dial` 1.0 .. 2.0 in an environment of this interpreter's
    TensorFlow and Keras (installed from the package cache, offline): dial 1.0 wants
    xla-matrix-base 1, 2.0 wants base 2, nothing else wants dial and the cell never imports
    it. Both ends good. Returns a function that runs it again (into `out`)."""
    from .fakeindex import FakeIndex
    from .test_drift import offline_installs

    tmp = tmp_path_factory.mktemp("dial")
    index = FakeIndex(tmp / "index")
    for version in ("1.0", "2.0"):
        index.add_wheel(BASE, version, {"xla_matrix_base/__init__.py": ""})
        major = version.split(".")[0]
        wants = (f"{BASE}>={major},<{int(major) + 1}",)
        index.add_wheel(DIAL, version, {"xla_matrix_dial/__init__.py": ""}, wants)
    matrix = tmp / "matrix.toml"
    versions = {
        "tensorflow": metadata.version("tensorflow-cpu"),
        "keras": metadata.version("keras"),
    }
    matrix.write_text(DIAL_MATRIX.format(**versions))
    env = {**offline_installs(tmp), "UV_DEFAULT_INDEX": "", "UV_INDEX_URL": "", "PIP_INDEX_URL": ""}

    def run(out: Path) -> subprocess.CompletedProcess[str]:
        return run_cli(
            "bisect", "--matrix", str(matrix), "--package", DIAL, "--good", "1.0", "--bad", "2.0",
            "-e", "tf-dial", "-t", "plain", "-s", "tiny", "-c", "baseline",
            "--venvs", str(tmp / "venvs"), "--run-dir", str(out), "--index-url", index.file_url,
            env=env, timeout=1200,
        )  # fmt: skip

    first = run(tmp / "first")
    return first, tmp, run, index


@needs_tf
@pytest.mark.tf
@pytest.mark.slow
def test_a_package_nothing_needs_is_warned_of_and_what_else_moved_is_said(dial_bisect):
    proc, tmp, _, _ = dial_bisect
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    # one warning, before the first probe
    assert lines[1] == (
        f"warning: {DIAL} is not a pin of tf-dial, not a requirement of target plain, and "
        "nothing installed beside it depends on it: its versions may not change this cell"
    ), lines
    assert lines[2].split()[:2] == ["1.0", "good"] and lines[3].split()[:2] == ["2.0", "good"]
    assert lines[4].strip() == f"also moved (against 1.0): {BASE} 1.0 -> 2.0"
    assert sum("warning:" in line for line in lines) == 1
    assert proc.stderr.strip() == (
        "xla-matrix: error: --good 1.0 and --bad 2.0 are both good: nothing to find"
    )
    # no change between the ends: bisect.json all the same, with both end probes
    report = json.loads((tmp / "first" / "bisect.json").read_text())
    assert report["outcome"] == "--good 1.0 and --bad 2.0 are both good: nothing to find"
    assert report["also_moved_against"] == "1.0"
    ends = {s["version"]: s for s in report["steps"]}
    assert [(v, s["outcome"]) for v, s in ends.items()] == [("1.0", "good"), ("2.0", "good")]
    # every distribution each probe ran on, from its run's provenance
    for version, step in ends.items():
        installed = step["installed"]
        assert (installed[DIAL], installed[BASE]) == (version, version), installed
        assert installed["tensorflow-cpu"] == metadata.version("tensorflow-cpu")
        assert {"numpy", "keras", "ml-dtypes", "xla-matrix"} <= installed.keys()
    assert (ends["1.0"]["also_moved"], ends["2.0"]["also_moved"]) == ([], [f"{BASE} 1.0 -> 2.0"])


@needs_tf
@pytest.mark.tf
@pytest.mark.slow
def test_a_tampered_or_half_installed_probe_venv_is_rebuilt_once(dial_bisect):
    """One venv given another dial (its stamp intact), the other without TensorFlow's
    package: each probe sees it, rebuilds that venv from scratch and probes again."""
    _, tmp, run, index = dial_bisect
    venvs = tmp / "venvs"
    tampered, broken = venvs / f"tf-dial-{DIAL}-2.0", venvs / f"tf-dial-{DIAL}-1.0"
    installer = [uv(), "pip", "install", "-q", "--offline", "-p", str(tampered / "bin" / "python")]
    subprocess.run(
        [*installer, "--index-url", index.file_url, f"{DIAL}==1.0", f"{BASE}==1.0"], check=True
    )
    for packages in broken.glob("lib/python*/site-packages"):
        shutil.rmtree(packages / "tensorflow")
    proc = run(tmp / "again")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.strip().endswith("are both good: nothing to find"), proc.stderr
    probes = {line.split()[0]: line for line in proc.stdout.splitlines() if "good" in line[:40]}
    assert probes["2.0"].endswith(
        f"(venv rebuilt from scratch after: the probe ran {DIAL} 1.0, not 2.0)"
    ), probes
    assert (
        "(venv rebuilt from scratch after: cannot judge: missing dependency 'tensorflow'"
        in probes["1.0"]
    ), probes
    report = json.loads((tmp / "again" / "bisect.json").read_text())
    assert {s["version"]: s["installed"][DIAL] for s in report["steps"]} == {
        "1.0": "1.0",
        "2.0": "2.0",
    }


# --- the one real Keras bisect -------------------------------------------------------------


@needs_tf
@pytest.mark.tf
@pytest.mark.network
@pytest.mark.slow
def test_real_bisect_finds_the_keras_release_that_accepts_a_complex_layer(tmp_path):
    """The complex-dtype control on TF 2.16.2 (tf2.16-keras3, Keras 3.3.3): refused at build
    step 1 up to Keras 3.5.0, fine from 3.6.0. Real keras wheels from the real index, TF from
    the installer's cache, one venv per probed release; five probes."""
    out = tmp_path / "b"
    # docs/bisect.md's `bisect-keras` example as `nox -s bisect` runs it (`python -m harness
    # bisect`), with a nearer good end: 3.7.0 instead of 3.9.2, six versions instead of ten
    (documented,) = example("bisect-keras").commands
    assert documented.sessions == ["bisect"]
    proc = run_cli(
        "bisect", *with_option(documented.posargs, "--good", "3.7.0"),
        "--venvs", str(tmp_path / "venvs"), "--run-dir", str(out),
        env={"UV_DEFAULT_INDEX": "", "UV_INDEX_URL": "", "PIP_INDEX_URL": ""},
        timeout=1800,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "looking for a fix" in proc.stdout
    assert "last bad: 3.5.0\n" in proc.stdout
    assert "first good: 3.6.0 (the fix: the first keras release where the cell is good)" in (
        proc.stdout
    )
    report = json.loads((out / "bisect.json").read_text())
    assert (report["package"], report["environment"], report["change"]) == (
        "keras",
        "tf2.16-keras3",
        "fix",
    )
    assert (report["last_bad"], report["first_good"]) == ("3.5.0", "3.6.0")
    assert report["versions"] == ["3.3.3", "3.4.0", "3.4.1", "3.5.0", "3.6.0", "3.7.0"]
    steps = {s["version"]: s for s in report["steps"]}
    assert list(steps) == ["3.3.3", "3.7.0", "3.4.1", "3.5.0", "3.6.0"]
    for version, step in steps.items():
        # what each probe really ran on (every distribution), from its run's provenance
        ran = step["installed"]
        assert (ran["keras"], ran["tensorflow-cpu"]) == (version, "2.16.2"), step
        assert {"numpy", "ml-dtypes", "xla-matrix"} <= ran.keys(), step
        assert step["outcome"] == ("good" if Version(version) >= Version("3.6") else "bad"), step
    assert "Cannot interpret `dtype` argument" in steps["3.3.3"]["summary"]
    from harness.results.store import read_record

    cell = "results/local/complex-dtype.n128-then-64.baseline.json"
    refused, _ = read_record(out / "3.5.0" / cell)
    assert refused is not None and (refused.failure_class, refused.stage.name) == ("value", "build")
    assert (refused.stage.step, refused.fingerprint["keras"]) == (1, "3.5.0")
    accepted, _ = read_record(out / "3.6.0" / cell)
    assert accepted is not None and accepted.passed and accepted.fingerprint["keras"] == "3.6.0"
