"""The layers of harness/ are a contract (pyproject.toml, [tool.importlinter]), checked by
`nox -s lint`: here it is seen holding on the code, and failing on a copy where a lower layer
imports a higher one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip(
    "importlinter", reason="import-linter is not installed (pip install -e '.[test]')"
)


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command; "
            "sys.exit(lint_imports_command())",
            "--no-cache",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_layers_hold() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        ("config/errors.py", "from harness.results import store", "layers"),
        ("results/store.py", "from harness.judge import verdicts", "layers"),
        ("judge/decision.py", "from harness.report import model", "layers"),
        ("results/untrusted.py", "import numpy", "import no numpy"),
        ("report/table.py", "import tensorflow", "TensorFlow"),
    ],
)
def test_a_layer_that_imports_above_itself_breaks_the_contract(
    tmp_path: Path, module: str, line: str, broken: str
) -> None:
    shutil.copytree(
        ROOT / "harness", tmp_path / "harness", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    planted = tmp_path / "harness" / module
    planted.write_text(planted.read_text() + f"\n{line}  # planted\n")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BROKEN" in result.stdout and broken in result.stdout
    assert module.removesuffix(".py").replace("/", ".") in result.stdout
