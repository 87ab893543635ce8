"""Bisecting TensorFlow releases, and `check` for git bisect run.

Everything but one test runs offline: the package index is tests/fakeindex.py on
127.0.0.1, read through the same variables as a real one, and the CLI tests point the
proxy variables at a closed port so that any other request fails.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.version import Version

from harness.bisect.index import (
    Index,
    IndexFile,
    Release,
    file_version,
    nightlies_between,
    redact,
    releases,
    releases_between,
)
from harness.bisect.judge import BadIf, judge
from harness.bisect.probe import NIGHTLIES, RELEASES, ensure_venv, probe_environment
from harness.bisect.search import BAD, GOOD, SKIP, BisectError, Outcome, max_steps, search
from harness.config.errors import UsageError
from harness.config.matrix import MatrixError, load_matrix, parse_matrix
from harness.config.names import Cell
from harness.install import steps as install
from harness.install.venv import INSTALL_LOG, STAMP, build, uv
from harness.judge.vocabulary import VERDICTS
from harness.results import store
from harness.results.records import CellRecord, Status

from .conftest import (
    FIXTURES,
    MATRIX,
    REPO,
    crafted_record,
    missing_tool,
    needs_tf,
    nox,
    records_of,
    run_cli,
)
from .examples import example

VERSIONS = [f"2.{minor}.{patch}" for minor in range(12, 22) for patch in range(2)]  # 20 versions
TOKEN = "s3cr3t-T0KEN/with+chars"  # as it appears percent-encoded in a URL below
TOKEN_IN_URL = "s3cr3t-T0KEN%2Fwith%2Bchars"
WHEEL_TAGS = "cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"
# Any request that is not for 127.0.0.1 goes to a closed port and fails.
OFFLINE = {
    name: "http://127.0.0.1:9"
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")
} | {"no_proxy": "127.0.0.1,localhost", "NO_PROXY": "127.0.0.1,localhost"}


def index_env(url: str) -> dict[str, str]:
    """Variables that make bisect read `url` as the index, and nothing else online."""
    return {**OFFLINE, "UV_DEFAULT_INDEX": "", "UV_INDEX_URL": url, "PIP_INDEX_URL": ""}


# --- the search ----------------------------------------------------------------------------


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
    assert (result.before, result.after) == (
        VERSIONS[VERSIONS.index(first_bad) - 1],
        first_bad,
    )
    assert len(calls) <= max_steps(len(VERSIONS)) == 7
    assert len(set(calls)) == len(calls), "no version is probed twice"


def test_skips_are_stepped_around():
    skips = {"2.16.0", "2.16.1", "2.17.0"}
    probe, _ = prober("2.18.0", skips=skips)
    result = search(VERSIONS, probe)
    assert (result.before, result.after) == ("2.17.1", "2.18.0")
    assert not skips & {result.before, result.after}


def test_a_skip_next_to_the_boundary_is_reported():
    probe, _ = prober("2.18.0", skips={"2.17.1"})
    result = search(VERSIONS, probe)
    assert (result.before, result.after, result.skipped_between) == (
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
    assert str(BadIf.parse("timeout")) == "timeout"
    assert str(BadIf.parse("verdict=needed")) == "verdict=needed"
    assert BadIf.parse("verdict=not needed").value == "not needed"
    assert str(BadIf.parse("verdict=breaks")) == "verdict=breaks"
    assert str(BadIf.parse("stage=build")) == "stage=build"
    for bad in ("verdict=great", "stage=lunch", "sometimes", "verdict=infra", "verdict=flaky"):
        with pytest.raises(UsageError):
            BadIf.parse(bad)


def test_the_bad_if_error_lists_what_it_accepts_from_the_vocabulary():
    """The verdicts a cell can be judged by (workaround and probe ones, holds, breaks and
    vacuous included); infra, missing, flaky and inconclusive are never evidence: always
    skipped, never offered."""
    with pytest.raises(UsageError) as refused:
        BadIf.parse("verdict=great")
    never = ("infra", "missing", "flaky", "inconclusive")
    judged = [v.value for v in VERDICTS.values() if v.value not in never]
    assert {"holds", "breaks", "vacuous", "unfixed"} <= set(judged)
    assert str(refused.value) == (
        f"--bad-if 'verdict=great': use fail, timeout, oom, verdict=<{'|'.join(judged)}>, "
        "stage=<import|target|build|predict|collect|setup|call|teardown> or "
        "slower=<factor above 1, e.g. 1.5>"
    )
    for name in never:
        assert name not in str(refused.value)
    for name in judged:
        assert BadIf.parse(f"verdict={name}").value == name


def record(config: str = "baseline", status: str = "fail", stage: str = "build", **fields):
    """A judged record of the plain target as a probe's run writes it."""
    data = crafted_record(config, status, **fields)
    data["stage"] = {"name": stage, "step": 1, "N": 128} if status != "pass" else {"name": "done"}
    return CellRecord.from_json(data)


OOM = "ResourceExhaustedError at build step 1 (N=128): OOM when allocating tensor"
NO_TF = "ModuleNotFoundError importing TensorFlow: No module named 'tensorflow'"
RETRIED = {"notes": ["timed out after 10 s at build step 1 (N=128); retried with 20 s"]}


@pytest.mark.parametrize(
    ("records", "bad_if", "label", "summary"),
    [
        # a timeout, even after the retry at twice the time, says nothing about the version
        (
            [record(status="timeout", **RETRIED)],
            "fail",
            SKIP,
            "timed out after 10 s and again after 20 s: not judged; raise --timeout "
            "(--bad-if timeout counts it as bad)",
        ),
        ([record(status="timeout", **RETRIED)], "stage=build", SKIP, "timed out after 10 s"),
        ([record(status="timeout", **RETRIED)], "timeout", BAD, "timeout at build step 1"),
        ([record(status="pass")], "timeout", GOOD, "pass"),
        ([record(status="fail")], "timeout", SKIP, "failed before it could show a timeout"),
        ([record(status="oom", message=OOM)], "fail", SKIP, f"ran out of memory ({OOM}): not"),
        ([record(status="oom")], "oom", BAD, "oom at build step 1"),
        ([record(status="flaky")], "fail", SKIP, "cannot judge: flaky: "),
        ([record(status="infra", message=NO_TF)], "fail", SKIP, f"cannot judge: {NO_TF}"),
        # a crash or a failure at build or predict is evidence
        ([record(status="crash")], "fail", BAD, "crash at build step 1"),
        ([record(status="fail", stage="predict")], "fail", BAD, "fail at predict step 1"),
        # a cell that fails before the stage --bad-if names cannot say whether it is bad
        (
            [record(status="fail", stage="build")],
            "stage=predict",
            SKIP,
            "failed at build step 1 (N=128), before predict: cannot tell whether predict is bad",
        ),
        ([record(status="fail", stage="predict")], "stage=predict", BAD, "fail at predict"),
        ([record(status="fail", stage="predict")], "stage=build", GOOD, "fail at predict"),
        ([record(status="pass")], "stage=predict", GOOD, "pass"),
        # a verdict compares cells: a timed-out baseline leaves nothing to compare with
        (
            [record(status="timeout", **RETRIED), record("no-xla-translate", "pass")],
            "verdict=needed",
            SKIP,
            "baseline timed out after 10 s and again after 20 s: not judged",
        ),
    ],
)
def test_only_evidence_about_the_version_is_judged(records, bad_if, label, summary):
    config = records[-1].cell.config
    outcome = judge(records, config, BadIf.parse(bad_if), timeout=10)
    assert (outcome.label, summary in outcome.summary) == (label, True), outcome.summary


# --- versions from file names --------------------------------------------------------------


@pytest.mark.parametrize(
    ("dist", "filename", "version"),
    [
        ("tensorflow-cpu", f"tensorflow_cpu-2.16.1-{WHEEL_TAGS}", "2.16.1"),
        ("tensorflow-cpu", "tensorflow_cpu-2.17.0rc1-cp312-cp312-win_amd64.whl", "2.17.0rc1"),
        ("tensorflow-cpu", "tensorflow-cpu-2.16.1.tar.gz", "2.16.1"),  # an sdist: no regex had it
        ("tensorflow-cpu", "tensorflow_cpu-2.16.1.zip", "2.16.1"),
        ("tf-nightly", f"tf_nightly-2.23.0.dev20261026-{WHEEL_TAGS}", "2.23.0.dev20261026"),
        (
            "tf-nightly",
            "tf_nightly-2.23.0.dev20261026-cp312-cp312-macosx_12_0_arm64.whl",
            "2.23.0.dev20261026",
        ),
        ("tf-nightly", "tf-nightly-2.23.0.dev20261026.tar.gz", "2.23.0.dev20261026"),
        ("tf-nightly", f"tf_nightly_cpu-2.23.0.dev20261026-{WHEEL_TAGS}", None),  # another project
        ("tensorflow-cpu", f"tensorflow_cpu_aws-2.16.1-{WHEEL_TAGS}", None),
        ("tensorflow-cpu", f"tensorflow-2.16.1-{WHEEL_TAGS}", None),
        ("tensorflow-cpu", "tensorflow_cpu-notaversion-py3-none-any.whl", None),
        ("tensorflow-cpu", "tensorflow_cpu-2.16.1-py3-none.whl", None),  # no platform tag
        ("tensorflow-cpu", "tensorflow_cpu-2.16.1.egg", None),
        ("tensorflow-cpu", "README.txt", None),
    ],
)
def test_versions_come_from_wheel_and_sdist_names(dist, filename, version):
    assert file_version(dist, filename) == (Version(version) if version else None)


def test_a_version_is_yanked_only_when_every_file_of_it_is():
    files = [
        IndexFile(f"tensorflow_cpu-2.16.1-{WHEEL_TAGS}", yanked=True),
        IndexFile("tensorflow_cpu-2.16.1-cp312-cp312-win_amd64.whl", yanked=False),
        IndexFile(f"tensorflow_cpu-2.16.0-{WHEEL_TAGS}", yanked=True),
        IndexFile("tensorflow_cpu-2.16.0-cp312-cp312-win_amd64.whl", yanked=True),
        IndexFile(f"tensorflow_cpu-2.15.1-{WHEEL_TAGS}", yanked=False),
        IndexFile(f"tensorflow_cpu-2.17.0-{WHEEL_TAGS}", yanked=False),
    ]
    assert releases("tensorflow-cpu", files) == [
        Release(Version("2.15.1"), False),
        Release(Version("2.16.0"), True),
        Release(Version("2.16.1"), False),
        Release(Version("2.17.0"), False),
    ]
    between = releases_between("2.15.1", "2.17.0", releases("tensorflow-cpu", files))
    assert between == ["2.15.1", "2.16.1", "2.17.0"]
    # an endpoint asked for by name is kept: installers take an exact pin of a yanked file
    assert releases_between("2.15.1", "2.16.0", releases("tensorflow-cpu", files)) == [
        "2.15.1",
        "2.16.0",
    ]


def test_pre_releases_only_with_pre_or_as_endpoints():
    available = [Release(Version(v), False) for v in ("2.16.1", "2.17.0rc0", "2.17.0", "2.18.0rc1")]
    assert releases_between("2.16.1", "2.17.0", available) == ["2.16.1", "2.17.0"]
    assert releases_between("2.16.1", "2.17.0", available, pre=True) == [
        "2.16.1",
        "2.17.0rc0",
        "2.17.0",
    ]
    assert releases_between("2.17.0", "2.18.0rc1", available) == ["2.17.0", "2.18.0rc1"]


def test_nightlies_take_the_last_build_of_each_day():
    names = [
        f"tf_nightly-2.23.0.dev20261004-{WHEEL_TAGS}",
        f"tf_nightly-2.23.0.dev20261005-{WHEEL_TAGS}",
        f"tf_nightly-2.24.0.dev20261005-{WHEEL_TAGS}",  # the version moved on that day
        f"tf_nightly-2.24.0.dev20261006-{WHEEL_TAGS}",
        f"tf_nightly-2.24.0.dev20261008-{WHEEL_TAGS}",
        f"tf_nightly-2.24.0-{WHEEL_TAGS}",  # not a nightly build
    ]
    available = releases(
        "tf-nightly", [IndexFile(n, n.endswith("20261006-" + WHEEL_TAGS)) for n in names]
    )
    assert nightlies_between("20261005", "20261008", available) == [
        "2.24.0.dev20261005",
        "2.24.0.dev20261008",
    ]
    with pytest.raises(UsageError, match="fewer than two tf-nightly builds"):
        nightlies_between("20261006", "20261007", available)
    with pytest.raises(UsageError, match="--bad-date '20261332': expected YYYYMMDD"):
        nightlies_between("20261005", "20261332", available)


# --- the index: pages, credentials ---------------------------------------------------------


def tensorflow_releases(index, versions=("2.15.0", "2.15.1", "2.16.1", "2.16.2")) -> None:
    for v in versions:
        index.add_file("tensorflow-cpu", f"tensorflow_cpu-{v}-{WHEEL_TAGS}")
    index.add_file("tensorflow-cpu", f"tensorflow_cpu-2.16.0-{WHEEL_TAGS}", yanked="broken")


@pytest.mark.parametrize("page", ["json", "html", "file"])
def test_index_pages_in_both_formats_and_as_a_folder(fake_index, page):
    tensorflow_releases(fake_index)
    if page == "html":  # an index that only speaks PEP 503
        for json_page in fake_index.root.glob("simple/*/index.json"):
            json_page.unlink()
    url = fake_index.file_url if page == "file" else fake_index.serve()
    files = Index.parse(url).project_files("tensorflow_cpu")  # the name is normalised
    assert {f.filename: f.yanked for f in files} == {
        **{
            f"tensorflow_cpu-{v}-{WHEEL_TAGS}": False
            for v in ("2.15.0", "2.15.1", "2.16.1", "2.16.2")
        },
        f"tensorflow_cpu-2.16.0-{WHEEL_TAGS}": True,
    }
    if page != "file":
        assert [path for path, _ in fake_index.requests] == ["/simple/tensorflow-cpu/"]


def test_malformed_and_missing_pages_are_one_line(fake_index):
    tensorflow_releases(fake_index)
    (fake_index.root / "simple" / "tensorflow-cpu" / "index.json").write_text(
        '{"files": [{"yanked": 1}]}'
    )
    url = fake_index.serve()
    with pytest.raises(
        UsageError, match=r"not a simple API page: page.files\[0\]: missing required key 'filename'"
    ):
        Index.parse(url).project_files("tensorflow-cpu")
    with pytest.raises(UsageError, match=f"cannot list tf-nightly versions from {url}: HTTP 404"):
        Index.parse(url).project_files("tf-nightly")


def test_credentials_go_in_a_header_never_in_the_url(fake_index):
    tensorflow_releases(fake_index)
    url = fake_index.serve(auth=("user", TOKEN))
    with_credentials = url.replace("http://", f"http://user:{TOKEN_IN_URL}@")
    index = Index.from_environment(environ={"PIP_INDEX_URL": with_credentials})
    assert index.url == url and TOKEN not in repr(index)
    assert len(index.project_files("tensorflow-cpu")) == 5
    path, headers = fake_index.requests[-1]
    assert path == "/simple/tensorflow-cpu/" and headers["Authorization"].startswith("Basic ")

    for wrong in (url, url.replace("http://", "http://user:nope@")):
        with pytest.raises(UsageError) as failed:
            Index.parse(wrong).project_files("tensorflow-cpu")
        assert (
            str(failed.value)
            == f"cannot list tensorflow-cpu versions from {url}: HTTP 401 Unauthorized"
        )


def test_credentials_are_not_sent_on_to_a_redirect(fake_index, tmp_path):
    from .fakeindex import FakeIndex

    elsewhere = FakeIndex(tmp_path / "elsewhere")
    try:
        tensorflow_releases(elsewhere)
        url = fake_index.serve(
            auth=("user", TOKEN), redirect_to=elsewhere.serve().removesuffix("/simple")
        )
        index = Index.parse(url.replace("http://", f"http://user:{TOKEN_IN_URL}@"))
        assert len(index.project_files("tensorflow-cpu")) == 5
        assert "Authorization" in fake_index.requests[-1][1]
        assert [(p, "Authorization" in h) for p, h in elsewhere.requests] == [
            ("/simple/tensorflow-cpu/", False)
        ]
    finally:
        elsewhere.close()


def test_redact_hides_every_url_user_part_and_known_secret():
    environ = {
        "UV_INDEX_URL": f"https://user:{TOKEN_IN_URL}@example.invalid/simple",
        "UV_INDEX": "corp=https://tok3nonly@corp.invalid/simple other=https://pypi.org/simple",
    }
    index = Index.from_environment(environ=environ)
    assert index.url == "https://example.invalid/simple"
    assert index.installer_environment()["PIP_INDEX_URL"] == environ["UV_INDEX_URL"]
    text = (
        f"GET {environ['UV_INDEX_URL']} failed; token {TOKEN} decoded, {TOKEN_IN_URL} raw; "
        "https://tok3nonly@corp.invalid/simple and tok3nonly alone"
    )
    shown = index.redact(text)
    for secret in (TOKEN, TOKEN_IN_URL, "tok3nonly"):
        assert secret not in shown
    assert "https://***@example.invalid/simple" in shown and "https://***@corp.invalid" in shown
    assert redact("ssh://git@host/x and plain text") == "ssh://***@host/x and plain text"


def test_index_url_choice_and_bad_urls():
    env = {"PIP_INDEX_URL": "https://b.invalid/simple", "UV_INDEX_URL": "https://a.invalid/simple/"}
    assert Index.from_environment(environ=env).url == "https://a.invalid/simple"
    assert (
        Index.from_environment("https://c.invalid/simple", environ=env).url
        == "https://c.invalid/simple"
    )
    assert Index.from_environment(environ={}).url == "https://pypi.org/simple"
    with pytest.raises(UsageError) as bad:
        Index.parse(f"ftp://user:{TOKEN_IN_URL}@host/simple")
    assert (
        str(bad.value)
        == "index URL 'ftp://***@host/simple': must be an http://, https:// or file:// URL"
    )


# --- the command line, offline ------------------------------------------------------------


@pytest.fixture
def served(fake_index):
    """The fake index with tensorflow-cpu releases and tf-nightly builds, served."""
    tensorflow_releases(fake_index)
    for day in ("20261001", "20261002", "20261003"):
        fake_index.add_file("tf-nightly", f"tf_nightly-2.23.0.dev{day}-{WHEEL_TAGS}")
    return fake_index.serve()


CELL = ["-t", "plain", "-s", "n128-then-64", "-c", "baseline"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--good", "2.15.9", "--bad", "2.16.2"],
            "--good 2.15.9: no such tensorflow-cpu release on the index (same minor: 2.15.0, 2.15.1)",
        ),
        (
            ["--good", "2.16.2", "--bad", "2.16.2"],
            "--good and --bad are the same version (2.16.2): nothing to bisect",
        ),
        (["--good", "two", "--bad", "2.15.1"], "not a version: Invalid version: 'two'"),
        (["--good", "2.15.1"], "give --good and --bad"),
        (
            ["--good", "2.15.1", "--bad", "2.16.2", "--bad-if", "verdict=great"],
            "--bad-if 'verdict=great'",
        ),
        (["--nightly", "--good-date", "20261001"], "--nightly needs --good-date and --bad-date"),
        (
            ["--nightly", "--good-date", "2026-10-01", "--bad-date", "20261003"],
            "--good-date '2026-10-01': expected YYYYMMDD",
        ),
        (
            ["--nightly", "--good-date", "20261002", "--bad-date", "20261002"],
            "--good-date and --bad-date are the same day (20261002)",
        ),
        (
            ["--nightly", "--good-date", "20261003", "--bad-date", "20261031"],
            "fewer than two tf-nightly builds between 20261003 and 20261031",
        ),
    ],
)
def test_bad_bisect_input_is_one_line_exit_2(served, args, message):
    proc = run_cli("bisect", *args, *CELL, env=index_env(served))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and message in proc.stderr, proc.stderr
    assert proc.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["-t", "plain", "-t", "reference", "-s", "n128-then-64", "-c", "baseline"],
            "--target: give exactly one (got 2)",
        ),
        (["-t", "plain", "-c", "baseline"], "--scenario: give exactly one (got 0)"),
        ([*CELL, "--shard", "1/2"], "--shard: bisect and check run one cell"),
        (
            ["-t", "plain", "-s", "n128-then-64", "-c", "basline"],
            "unknown config 'basline'; valid: baseline,",
        ),
        (
            [*CELL, "--bad-if", "verdict=needed"],
            "--bad-if verdict=... needs a workaround or probe --config",
        ),
        ([*CELL, "--timeout", "0"], "--timeout must be positive, got 0.0"),
    ],
)
@pytest.mark.parametrize("command", ["bisect", "check"])
def test_bad_cell_input_is_one_line_exit_2_before_the_index_is_asked(
    fake_index, command, args, message
):
    url = fake_index.serve()
    extra = ["--good", "2.15.1", "--bad", "2.16.2"] if command == "bisect" else []
    proc = run_cli(command, *extra, *args, env=index_env(url))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("xla-matrix: error: ") and message in line
    assert fake_index.requests == []


def test_check_runs_in_its_own_environment_and_bisect_holds_one(fake_index):
    url = fake_index.serve()
    check = run_cli("check", *CELL, "-e", "tf2.15", env=index_env(url))
    bisect = run_cli(
        "bisect", "--good", "2.15.1", "--bad", "2.16.2", *CELL, "-e", "tf2.15", "-e", "nightly",
        env=index_env(url),
    )  # fmt: skip
    for proc, message in (
        (check, "--environment: check runs the cell in this interpreter's environment"),
        (bisect, "--environment: bisect holds the pins of one environment (got 2)"),
    ):
        assert proc.returncode == 2, proc.stdout + proc.stderr
        (line,) = proc.stderr.strip().splitlines()
        assert line.startswith("xla-matrix: error: ") and message in line
    assert fake_index.requests == []


def test_an_unreachable_index_is_one_line_and_nothing_else_is_asked():
    """PyPI by default; the proxy variables make every request fail here, so this also shows
    that the other CLI tests could not have used the network."""
    proc = run_cli(
        "bisect",
        "--good",
        "2.15.1",
        "--bad",
        "2.16.2",
        *CELL,
        env={**OFFLINE, "UV_DEFAULT_INDEX": "", "UV_INDEX_URL": "", "PIP_INDEX_URL": ""},
    )
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith(
        "xla-matrix: error: cannot list tensorflow-cpu versions from https://pypi.org/simple: "
    )


def test_an_authenticated_index_works_and_its_token_is_never_printed(fake_index):
    tensorflow_releases(fake_index)
    url = fake_index.serve(auth=("user", TOKEN))
    with_credentials = url.replace("http://", f"http://user:{TOKEN_IN_URL}@")
    listed = run_cli(
        "bisect", "--good", "2.15.9", "--bad", "2.16.2", *CELL, env=index_env(with_credentials)
    )
    assert listed.returncode == 2
    assert (
        "no such tensorflow-cpu release on the index (same minor: 2.15.0, 2.15.1)" in listed.stderr
    )
    assert "Authorization" in fake_index.requests[-1][1]

    wrong = with_credentials.replace(TOKEN_IN_URL, TOKEN_IN_URL + "x")
    refused = run_cli(
        "bisect", "--good", "2.15.1", "--bad", "2.16.2", *CELL, "--index-url", wrong, env=OFFLINE
    )
    assert (
        refused.stderr.strip()
        == f"xla-matrix: error: cannot list tensorflow-cpu versions from {url}: HTTP 401 Unauthorized"
    )
    for proc in (listed, refused):
        out = proc.stdout + proc.stderr
        assert TOKEN not in out and TOKEN_IN_URL not in out and "user:" not in out


PASSWORD = "pa55-w0rd-SECRET"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("session", "args", "option"),
    [
        ("bisect", ["--good", "2.15.1", "--bad", "2.16.2", *CELL], ["--index-url", "{url}"]),
        ("bisect", ["--good", "2.15.1", "--bad", "2.16.2", *CELL], ["--index={url}"]),  # argparse's
        ("report", ["--check", "--bisect", "--run-dir", "reports/none"], ["--index-url={url}"]),
    ],
)
def test_nox_never_prints_an_index_password(checkout_copy, session, args, option):
    """nox prints each command it runs, and again when it fails: --index-url reaches the
    harness as XLA_MATRIX_INDEX_URL instead, which nox never prints."""
    url = f"http://user:{PASSWORD}@127.0.0.1:9/simple"  # a closed port: the listing fails
    offline = {**OFFLINE, "UV_OFFLINE": "1"}  # the harness's venv from uv's cache
    given = [a.format(url=url) for a in option]
    proc = nox(checkout_copy, "-s", session, "--", *args, *given, env=offline)
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out
    assert f"nox > python -m harness {session} --matrix" in out, "the command line is printed"
    assert f"nox > Command python -m harness {session} --matrix" in out, "and its failure"
    assert PASSWORD not in out and "user:" not in out, out
    if session == "bisect":  # the harness got the URL, and names it without its user part
        assert "cannot list tensorflow-cpu versions from http://127.0.0.1:9/simple: " in out


def test_the_index_url_variable_comes_after_the_option_and_before_the_installers():
    env = {"XLA_MATRIX_INDEX_URL": f"https://user:{TOKEN_IN_URL}@x.invalid/simple"}
    env["UV_INDEX_URL"] = "https://a.invalid/simple"
    index = Index.from_environment(environ=env)
    assert index.url == "https://x.invalid/simple"
    assert TOKEN not in index.redact(f"{TOKEN} {TOKEN_IN_URL}")
    assert Index.from_environment("https://c.invalid/simple", environ=env).url == (
        "https://c.invalid/simple"
    )


# --- a probed version's environment and venv ---------------------------------------------


@pytest.mark.parametrize(
    ("dist", "version", "keras", "requirements", "no_deps", "cell_env"),
    [
        (RELEASES, "2.15.1", "auto", ["tensorflow-cpu==2.15.1"], [], {}),
        (RELEASES, "2.15.1", "legacy", ["tensorflow-cpu==2.15.1"], [], {}),  # Keras 2 bundled
        (RELEASES, "2.16.1", "auto", ["tensorflow-cpu==2.16.1", "keras==3.3.3"], [], {}),
        (RELEASES, "2.19.0", "auto", ["tensorflow-cpu==2.19.0", "keras==3.9.2"], [], {}),
        (RELEASES, "2.22.0", "auto", ["tensorflow-cpu==2.22.0"], [], {}),  # no pin: floats
        (
            RELEASES,
            "2.16.2",
            "legacy",
            ["tensorflow-cpu==2.16.2"],
            ["tf-keras==2.16.*"],
            {"TF_USE_LEGACY_KERAS": "1"},
        ),
        (NIGHTLIES, "2.23.0.dev20261026", "auto", ["tf-nightly==2.23.0.dev20261026"], [], {}),
        (
            NIGHTLIES,
            "2.23.0.dev20261026",
            "legacy",
            ["tf-nightly==2.23.0.dev20261026"],
            ["tf-keras-nightly"],
            {"TF_USE_LEGACY_KERAS": "1"},
        ),
    ],
)
def test_a_probed_version_is_a_matrix_environment(
    dist, version, keras, requirements, no_deps, cell_env
):
    env = probe_environment(load_matrix(MATRIX), dist, version, keras)
    assert (env.requirements(), env.requirements_no_deps(), env.cell_env()) == (
        requirements,
        no_deps,
        cell_env,
    )
    assert not install.floating(env), "an exact build is installed once, like a release"
    steps = install.environment_steps(env)
    pre = ["--pre"] if dist == NIGHTLIES else []
    assert steps[0] == [*pre, *requirements]
    assert steps[-1] == ["-e", str(REPO)]
    assert (["--no-deps", *pre, *no_deps] in steps) == bool(no_deps)


def test_the_matrix_nightly_floats_and_build_is_for_nightlies_only():
    matrix = load_matrix(MATRIX)
    assert matrix.environment("nightly").requirements() == ["tf-nightly"]
    assert install.floating(matrix.environment("nightly"))
    table = {
        "config": [{"name": "baseline", "role": "baseline"}],
        "scenario": [{"name": "s", "sizes": [1]}],
        "target": [{"name": "t", "factory": "a.b:c"}],
    }
    nightly = {"name": "n", "tensorflow": "nightly", "build": "2.23.0.dev20261026"}
    built = parse_matrix({**table, "environment": [nightly]}, Path("m.toml"))
    assert built.environment("n").requirements() == ["tf-nightly==2.23.0.dev20261026"]
    for env, message in (
        (
            {**nightly, "tensorflow": "2.16.1"},
            'environment.n.build: only for tensorflow = "nightly"',
        ),
        ({**nightly, "build": "--pre"}, "environment.n.build: must be a tf-nightly version"),
    ):
        with pytest.raises(MatrixError, match=message):
            parse_matrix({**table, "environment": [env]}, Path("m.toml"))


def test_the_venv_builder_keeps_a_stamp_keyed_by_the_steps(tmp_path):
    calls = []
    steps = [["pkg==1"], ["-e", str(REPO)]]
    assert build(tmp_path, steps, calls.append)
    assert not build(tmp_path, steps, calls.append), "warm: no installer call"
    assert build(tmp_path, [["pkg==2"], steps[1]], calls.append)
    assert build(tmp_path, [["pkg==2"], steps[1]], calls.append, floating=True)
    assert calls == [["pkg==1"], steps[1], ["pkg==2"], steps[1], ["pkg==2"], steps[1]]

    def fail(step):
        raise RuntimeError("network blip")

    with pytest.raises(RuntimeError):
        build(tmp_path, [["pkg==3"]], fail)
    assert not (tmp_path / STAMP).exists(), "a failed install leaves no stamp"
    assert build(tmp_path, [["pkg==2"], steps[1]], calls.append)


def flipper_nightlies(index) -> list[str]:
    """A tiny package whose nightlies flip on a known day (20261003)."""
    return index.add_nightlies(
        "flipper",
        "1.0",
        ["20261001", "20261002", "20261003", "20261004"],
        lambda day: {"flipper/__init__.py": f"FLIPPED = {day >= '20261003'}\nDAY = {day!r}\n"},
    )


@pytest.mark.parametrize("installer", ["uv", pytest.param("pip", marks=pytest.mark.slow)])
def test_probe_venvs_install_real_wheels_from_an_authenticated_index(
    fake_index, tmp_path, monkeypatch, installer
):
    assert flipper_nightlies(fake_index)[2] == "1.0.dev20261003"
    url = fake_index.serve(auth=("user", TOKEN))
    index = Index.parse(url.replace("http://", f"http://user:{TOKEN_IN_URL}@"))
    for name, value in OFFLINE.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("UV_CACHE_DIR", str(tmp_path / "uv-cache"))
    monkeypatch.setenv("PIP_NO_CACHE_DIR", "1")
    if installer == "pip":  # no uv on PATH: venv + pip, as bisect does then
        monkeypatch.setenv("PATH", "/usr/bin:/bin")
    assert (uv() is not None) == (installer == "uv"), f"uv on PATH: {uv()}"

    venv = tmp_path / "venvs" / "flipper"
    steps = [["--pre", "flipper==1.0.dev20261003"]]
    python = ensure_venv(venv, steps, index)
    assert isinstance(python, Path), python
    flipped = subprocess.run(
        [str(python), "-c", "import flipper; print(flipper.FLIPPED, flipper.DAY)"],
        capture_output=True,
        text=True,
    )
    assert flipped.stdout.split() == ["True", "20261003"], flipped.stderr
    assert all("Authorization" in headers for _, headers in fake_index.requests)
    served = len(fake_index.requests)
    assert ensure_venv(venv, steps, index) == python
    assert len(fake_index.requests) == served, "a warm venv asks nothing"

    failed = ensure_venv(tmp_path / "venvs" / "missing", [["flipper==9"]], index)
    assert isinstance(failed, str) and failed.startswith("could not install flipper==9: ")
    log = (tmp_path / "venvs" / "missing" / INSTALL_LOG).read_text()
    for text in (failed, log, (venv / INSTALL_LOG).read_text()):
        assert TOKEN not in text and TOKEN_IN_URL not in text


def test_a_venv_without_its_stamp_is_built_again_from_scratch(fake_index, tmp_path, monkeypatch):
    """kill -9 during an install leaves files half-copied and bytecode unwritten, and no
    stamp (written last). An installer asked again sees the distribution present and leaves
    it so: the venv is removed and installed again, bytecode and all."""
    flipper_nightlies(fake_index)
    index = Index.parse(fake_index.file_url)
    for name, value in OFFLINE.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("UV_CACHE_DIR", str(tmp_path / "uv-cache"))
    if uv() is None:
        missing_tool("uv is not installed")
    venv = tmp_path / "venvs" / "flipper"
    steps = [["--pre", "flipper==1.0.dev20261003"]]
    python = ensure_venv(venv, steps, index)
    assert isinstance(python, Path), python
    (module,) = [p / "flipper" for p in venv.glob("lib/python*/site-packages")]
    assert list(module.glob("__pycache__/__init__.*.pyc")), "byte-compiled at install"

    (venv / STAMP).unlink()  # the install killed half-way: a file half-copied
    (module / "__init__.py").unlink()  # (a new file: uv's cache may be linked to the old one)
    (module / "__init__.py").write_text("FLIPPED = Tr")
    shutil.rmtree(module / "__pycache__")
    assert ensure_venv(venv, steps, index) == python
    flipped = subprocess.run(
        [str(python), "-c", "import flipper; print(flipper.FLIPPED)"],
        capture_output=True,
        text=True,
    )
    assert flipped.stdout.strip() == "True", flipped.stderr
    assert list(module.glob("__pycache__/__init__.*.pyc")), "byte-compiled again"
    assert (venv / STAMP).is_file()
    assert "built again from scratch (no stamp of these steps" in (venv / INSTALL_LOG).read_text()


# --- check ---------------------------------------------------------------------------------


def test_check_never_judges_a_stale_record(tmp_path):
    """A run folder holds a passing record from an earlier commit; this run writes nothing
    (its plan folder cannot be made): skip, never good."""
    run_dir = tmp_path / "check"
    cell = Cell("local", "plain", "n128-then-64", "baseline")
    store.write_record(run_dir, store.new_record(cell, "baseline", Status.PASS))
    (run_dir / "plan").write_text("not a folder")
    proc = run_cli("check", *CELL, "--run-dir", str(run_dir))
    assert proc.returncode == 125, proc.stdout + proc.stderr
    assert proc.stdout.startswith(
        "xla-matrix check: skip: no result for the cell (the run exited 3;"
    )
    assert not store.result_path(run_dir, cell).exists()


@needs_tf
@pytest.mark.tf
@pytest.mark.parametrize(
    ("target", "config", "bad_if", "code"),
    [
        ("faulty:noisy", "baseline", "fail", 0),
        ("faulty:raise_at_64", "baseline", "fail", 1),
        ("faulty:raise_at_64", "baseline", "stage=build", 0),
        ("faulty:raise_at_64", "baseline", "stage=predict", 1),
        # refused at build: it never reached predict, so it cannot say whether predict is bad
        ("faulty:factory_raises", "baseline", "stage=predict", 125),
        ("faulty:factory_raises", "baseline", "stage=build", 1),
        ("faulty:abort", "baseline", "fail", 1),  # SIGABRT in the cell is "bad", never 134
        ("no_such_module:create_model", "baseline", "fail", 125),
        # the workaround against the baseline, where no context probe is in force
        ("xla-fragile", "no-xla-translate", "verdict=needed", 1),
        ("xla-fragile", "no-xla-translate", "verdict=harmful", 0),
    ],
)
def test_check_exit_codes_for_git_bisect(tmp_path, target, config, bad_if, code):
    run_dir = tmp_path / "check"
    proc = run_cli(
        "check",
        "-t",
        target,
        "--target-path",
        str(FIXTURES),
        "-s",
        "n128-then-64",
        "-c",
        config,
        "--bad-if",
        bad_if,
        "--run-dir",
        str(run_dir),
        # the spike's inputs: raise_at_64 is a subclassed model at N=64 (it declares none)
        *(
            ("--inputs", "harness.targets.ptycho:make_inputs")
            if target.startswith("faulty:")
            else ()
        ),
    )
    assert proc.returncode == code, proc.stdout + proc.stderr
    assert proc.stdout.startswith(
        f"xla-matrix check: {({0: 'good', 1: 'bad', 125: 'skip'})[code]}:"
    )
    if bad_if.startswith("verdict="):
        assert "verdict needed:" in proc.stdout
        assert "outputs unchecked" not in proc.stdout, "the eager reference ran and was read"
        ran = sorted(p.stem for p in (run_dir / "results" / "local").glob("*.json"))
        assert ran == [f"{target}.n128-then-64.{c}" for c in ("baseline", "eager", config)]


@needs_tf
@pytest.mark.tf
@pytest.mark.slow
def test_check_skips_a_cell_that_timed_out_twice(tmp_path):
    """A hang at build: 10 s, then the retry at 20 s. A loaded machine is not a broken
    version: skip (125) with the reason, never bad."""
    run_dir = tmp_path / "check"
    args = ["-t", "faulty:hang", "--target-path", str(FIXTURES), "-s", "n128-then-64"]
    proc = run_cli("check", *args, "-c", "baseline", "--timeout", "10", "--run-dir", str(run_dir))
    assert proc.returncode == 125, proc.stdout + proc.stderr
    assert proc.stdout.startswith(
        "xla-matrix check: skip: timed out after 10 s and again after 20 s: not judged; "
        "raise --timeout (--bad-if timeout counts it as bad)"
    ), proc.stdout
    (timed_out,) = records_of(run_dir)
    assert (timed_out.status, timed_out.stage.name) == (Status.TIMEOUT, "build")


# --- the one test on the real index ---------------------------------------------------------


@pytest.mark.network
@pytest.mark.slow
def test_real_bisect_finds_the_keras_3_boundary(tmp_path):
    """keras_versions builds with raw TF ops on Keras tensors: fine in Keras 2 (TF 2.15),
    refused by Keras 3 (TF 2.16+). Three real tensorflow-cpu releases from the real index,
    each in its own venv."""
    venvs = tmp_path / "bisect-envs"  # never the checkout's .nox
    common = ["-s", "n128-then-64", "-c", "baseline", "--venvs", str(venvs)]
    real = {"UV_DEFAULT_INDEX": "", "UV_INDEX_URL": "", "PIP_INDEX_URL": ""}
    unknown = run_cli(
        "bisect", "--good", "2.15.9", "--bad", "2.16.2", "-t", "plain", *common, env=real
    )
    assert unknown.returncode == 2
    assert (
        "--good 2.15.9: no such tensorflow-cpu release on the index (same minor: 2.15.0"
        in unknown.stderr
    )

    # docs/bisect.md's `bisect-tf` example, its two commands as `nox -s bisect` runs them
    # (`python -m harness bisect`, from the checkout), into venvs and run folders of the test's
    released, with_tf_keras = example("bisect-tf").commands
    assert released.sessions == with_tf_keras.sessions == ["bisect"]
    own = ["--venvs", str(venvs)]
    proc = run_cli(
        "bisect",
        *released.posargs,
        *("--run-dir", str(tmp_path / "b"), *own),
        env=real,
        timeout=1800,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "last good: 2.15.1" in proc.stdout and "first bad: 2.16.1" in proc.stdout
    report = json.loads((tmp_path / "b" / "bisect.json").read_text())
    assert report["index"] == "https://pypi.org/simple"
    assert [s["version"] for s in report["steps"]] == ["2.15.1", "2.16.2", "2.16.1"]
    assert (
        "A KerasTensor cannot be used as input to a TensorFlow function"
        in report["steps"][1]["summary"]
    )

    # with tf-keras (--keras legacy) the same model keeps working on 2.16.2: nothing to find
    assert with_tf_keras.posargs == [*released.posargs, "--keras", "legacy"]
    legacy = run_cli(
        "bisect",
        *with_tf_keras.posargs,
        *("--run-dir", str(tmp_path / "legacy"), *own),
        env=real,
        timeout=1800,
    )
    assert legacy.returncode == 2, legacy.stdout + legacy.stderr
    assert legacy.stderr.strip().splitlines()[-1].endswith("are both good: nothing to find")
    assert (venvs / "tensorflow-cpu-2.16.2-legacy").is_dir(), sorted(venvs.iterdir())


def test_python_m_harness_bisect_help_lists_the_documented_options():
    proc = subprocess.run(
        [sys.executable, "-m", "harness", "bisect", "--help"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    for option in (
        "--good",
        "--bad",
        "--nightly",
        "--good-date",
        "--keras",
        "--bad-if",
        "--index-url",
    ):
        assert option in proc.stdout


@pytest.mark.parametrize("command", ["check", "bisect"])
def test_an_inputs_hook_reaches_the_cell_a_check_or_bisect_runs(tmp_path, command):
    """`--inputs` on check and bisect is the run's: the cell's target takes it, and the
    command line a probe venv runs passes it on (it was dropped, and a model that declares no
    inputs was skipped as "cannot judge")."""
    from harness.bisect.command import cell_query
    from harness.cli import build_parser

    argv = [command, "--matrix", str(MATRIX), "-t", "faulty:raise_at_64"]
    argv += ["--target-path", str(FIXTURES), "-s", "n128-then-64", "-c", "baseline"]
    argv += ["--inputs", "harness.targets.ptycho:make_inputs"]
    if command == "bisect":
        argv += ["--package", "tensorflow", "--good", "2.15.1", "--bad", "2.21.0"]
    query = cell_query(build_parser().parse_args(argv), environment=command == "bisect")
    assert query.resolved_target().inputs == "harness.targets.ptycho:make_inputs"
    run_args = query.run_arguments(tmp_path / "run")
    at = run_args.index("--inputs")
    assert run_args[at + 1] == "harness.targets.ptycho:make_inputs"
