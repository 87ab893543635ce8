"""The layers of harness/ are a contract (pyproject.toml, [tool.importlinter]), checked by
`nox -s lint`: here it is seen holding on the code, and failing on a copy where a lower layer
imports a higher one."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_parent_imports_cell_modules_but_never_tensorflow() -> None:
    """TensorFlow is imported inside backend's functions only: importing any module of the
    parent or of cell/ asks for no TensorFlow or Keras module (installed or not)."""
    probe = textwrap.dedent(
        """
        import importlib, sys
        asked = []

        class Watch:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("tensorflow", "keras", "tf_keras"):
                    asked.append(name)
                return None

        sys.meta_path.insert(0, Watch())
        for module in sys.argv[1:]:
            importlib.import_module(module)
        print(asked)
        """
    )
    modules = [
        "harness.cli",
        "harness.run.pipeline",
        "harness.run.scheduler",
        "harness.repro.reproducer",
        "harness.bisect.command",
        "harness.cell.backend",
        "harness.cell.child",
        "harness.cell.preflight",
        "harness.cell.evidence",
        "harness.cell.forkserver",
    ]
    done = subprocess.run(
        [sys.executable, "-c", probe, *modules], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_backend_copied_into_reproducers_needs_only_the_standard_library() -> None:
    """repro.py carries cell/backend.py's source and must run without xla-matrix: at module
    level it imports the standard library only, and its code never names the package."""
    tree = ast.parse((ROOT / "harness" / "cell" / "backend.py").read_text())
    imported = {
        (node.module if isinstance(node, ast.ImportFrom) else alias.name).split(".")[0]
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported <= {"__future__", *sys.stdlib_module_names}, imported
    body = tree.body[1:]  # the module docstring is left out of the copy
    assert not any("harness" in ast.unparse(node) for node in body)


needs_importlinter = pytest.mark.skipif(
    importlib.util.find_spec("importlinter") is None,
    reason="import-linter is not installed (pip install -e '.[test]')",
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


@needs_importlinter
def test_the_layers_hold() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@needs_importlinter
@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        ("config/errors.py", "from harness.results import store", "layers"),
        ("results/store.py", "from harness.judge import verdicts", "layers"),
        ("judge/decision.py", "from harness.report import model", "layers"),
        ("results/untrusted.py", "import numpy", "import no numpy"),
        ("report/table.py", "import tensorflow", "TensorFlow"),
        ("cell/child.py", "import tensorflow", "TensorFlow"),
        ("cell/evidence.py", "import keras", "TensorFlow"),
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
