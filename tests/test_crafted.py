"""Crafted artifacts, second round: reproducers from untrusted records, fields of the wrong
type or depth, arrays whose header lies, quadratic reports, lost provenance, invisible
characters, credentials in URLs. Each test is a case a review reproduced; none needs
TensorFlow (the records, plans, archives and index pages are written by hand)."""

from __future__ import annotations

import json
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
