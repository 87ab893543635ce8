"""Result cache: a cell whose inputs have not changed is not run again.

A cell's key hashes everything its outcome depends on: the environment's resolved package
set, the Python version, the cell (its environment's name too) with its config, scenario and
target (its requirements included), the target's source, the harness's own source, the
memory cap, and the variables inherited from the shell that change what TensorFlow does
(`behaviour_env`). An external target's source is its whole tree at its path: git HEAD's
tree plus every uncommitted change and untracked file where the path is in a git checkout,
every file's hash otherwise, so editing any file of it (data and configuration included)
reruns its cells. What no one writes by hand is left out either way: bytecode (`__pycache__/`,
*.pyc, which the cells themselves write where PYTHONDONTWRITEBYTECODE is unset), tool caches
(.pytest_cache, .ruff_cache ...), version control folders and the reports. Only settled outcomes are reused (pass, fail); timeouts, crashes and infra
are always run again. `--rerun` ignores the cache (and refreshes it). Records and logs are
written atomically and read back as untrusted files.

Layout: <reports>/.cache/<key>.json (the record) and <key>.log (the cell's log).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import subprocess
import sys
from dataclasses import replace
from importlib import metadata
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name

from harness.config.matrix import Target
from harness.results import store, untrusted
from harness.results.records import CellRecord, CellSpec, Status
from harness.run.environ import behaviour_env

CACHEABLE = (Status.PASS, Status.FAIL)
OUTPUTS_LIMIT = 256 * untrusted.MiB  # as harness.judge.parity reads them
HARNESS_DIR = Path(__file__).resolve().parents[1]


def _hash_files(root: Path, h: Any) -> None:
    files = (
        [root]
        if root.is_file()
        else sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)
    )
    for path in files:
        h.update(str(path.relative_to(root.parent)).encode())
        h.update(path.read_bytes())


def package_versions() -> dict[str, str]:
    """This interpreter's installed distributions by normalised name (the parent runs in the
    environment's venv)."""
    versions = {}
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if name:
            versions[canonicalize_name(name)] = dist.version
    return dict(sorted(versions.items()))


def package_set() -> list[str]:
    """This interpreter's installed distributions (the parent runs in the environment's venv)."""
    names = set()
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if name:
            names.add(f"{name.lower()}=={dist.version}")
    return sorted(names)


def find_module_root(module: str, extra_path: str | None) -> Path | None:
    """The file or top-level package directory of `module`, found without importing it
    (importing a target's package would import TensorFlow in the parent)."""
    top = module.split(".")[0]
    search = ([str(Path(extra_path).expanduser())] if extra_path else []) + sys.path
    for entry in search:
        base = Path(entry or ".")
        if (base / top / "__init__.py").is_file() or (base / top).is_dir():
            return base / top
        if (base / f"{top}.py").is_file():
            return base / f"{top}.py"
    return None


# Folders that are never a target's source: tool caches, environments, version control.
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".nox",
        ".tox",
        ".venv",
        "venv",
        "__pycache__",
        ".pytest_cache",
        ".ruff_cache",
        ".mypy_cache",
        ".ipynb_checkpoints",
        "node_modules",
    }
)
BIG_FILE = 64 * 1024 * 1024  # larger files are keyed by size and mtime, not read


def _git(root: Path, *args: str) -> bytes | None:
    try:
        proc = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout if proc.returncode == 0 else None


def _hash_file(path: Path, label: str, h: Any) -> None:
    h.update(label.encode() + b"\0")
    try:
        stat = path.stat()
        if stat.st_size > BIG_FILE:
            h.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
        else:
            h.update(path.read_bytes())
    except OSError as exc:
        h.update(f"unreadable: {exc.strerror}".encode())


GENERATED_SUFFIXES = (".pyc", ".pyo")


def generated(rel: str, root: Path, exclude: frozenset[Path] = frozenset()) -> bool:
    """True for a file no one writes by hand: bytecode, tool caches, version control, and
    what lies in an `exclude`d folder (the reports). Cells write `__pycache__/` into the
    target's tree when PYTHONDONTWRITEBYTECODE is unset: that must not change its key."""
    parts = Path(rel).parts
    if rel.endswith(GENERATED_SUFFIXES) or any(part in SKIP_DIRS for part in parts[:-1]):
        return True
    if exclude:
        path = (root / rel).resolve()
        return any(path.is_relative_to(folder) for folder in exclude)
    return False


def git_tree_digest(root: Path, exclude: tuple[Path, ...] = ()) -> str | None:
    """HEAD's tree at `root` plus uncommitted changes and untracked files (generated ones
    left out); None when `root` is not inside a git checkout with a commit."""
    tree = _git(root, "rev-parse", "HEAD:./")
    if tree is None:
        return None
    h = hashlib.sha256(b"git\0" + tree)
    h.update(_git(root, "diff", "HEAD", "--binary", "--", ".") or b"")
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z", "--", ".") or b""
    skip = frozenset(p.resolve() for p in exclude)
    names = (n for n in untracked.decode(errors="replace").split("\0") if n)
    for name in sorted(n for n in names if not generated(n, root, skip)):
        _hash_file(root / name, name, h)
    return h.hexdigest()


def files_digest(root: Path, exclude: tuple[Path, ...] = ()) -> str:
    """Every file under `root` (tool caches and `exclude` left out), by path and content."""
    h = hashlib.sha256(b"files\0")
    skip = {p.resolve() for p in exclude}
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and (here / d).resolve() not in skip)
        for name in sorted(files):
            if not name.endswith(GENERATED_SUFFIXES):
                _hash_file(here / name, str((here / name).relative_to(root)), h)
    return h.hexdigest()


def tree_digest(root: Path, exclude: tuple[Path, ...] = ()) -> str:
    """The whole source tree of an external target (see the module's docstring)."""
    root = root.expanduser().resolve()
    if not root.is_dir():
        return f"missing:{root}"
    return git_tree_digest(root, exclude) or files_digest(root, exclude)


def source_digest(target: Target, exclude: tuple[Path, ...] = ()) -> str:
    h = hashlib.sha256()
    if target.path:
        h.update(tree_digest(Path(target.path), exclude).encode())
    refs = [target.factory, *(ref for ref in (target.setup, target.inputs) if ref)]
    for ref in refs:
        root = find_module_root(ref.partition(":")[0], target.path)
        h.update(ref.encode())
        if root is not None:
            _hash_files(root, h)
    return h.hexdigest()


def harness_digest() -> str:
    h = hashlib.sha256()
    _hash_files(HARNESS_DIR, h)
    return h.hexdigest()


def definition_digest(spec: CellSpec) -> str:
    """The cell as matrix.toml defines it: its config, scenario and target entries and the
    variables it sets (not the per-attempt paths)."""
    bare = replace(spec, result_path="", stage_path="", dump_dir=None, threads=None)
    return hashlib.sha256(json.dumps(bare.to_json(), sort_keys=True).encode()).hexdigest()[:16]


class ResultCache:
    def __init__(
        self, root: Path, memory_mb: int | None = None, scrub: frozenset[str] = frozenset()
    ) -> None:
        self.root = root
        self.memory_mb = memory_mb
        self._packages = hashlib.sha256("\n".join(package_set()).encode()).hexdigest()
        self._harness = harness_digest()
        self._inherited = behaviour_env(scrub=scrub)
        self._python = sys.version
        self._targets: dict[Target, str] = {}

    def key(self, spec: CellSpec) -> str:
        """Everything the cell's outcome depends on; the spec names its own cell, so two
        environments with the same packages never share a key."""
        if spec.target not in self._targets:
            # the reports folder may sit inside a target's tree: never part of its source
            self._targets[spec.target] = source_digest(spec.target, (self.root.parent,))
        payload = {
            "python": self._python,
            "packages": self._packages,
            "harness": self._harness,
            "target_source": self._targets[spec.target],
            "spec": replace(
                spec, result_path="", stage_path="", dump_dir=None, outputs_path=None
            ).to_json(),
            "memory_mb": self.memory_mb,
            "inherited_env": self._inherited,
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:32]

    def get(self, key: str) -> CellRecord | None:
        record, _ = store.read_record(self.root / f"{key}.json", self.root)
        if record is None or record.status not in CACHEABLE:
            return None
        return record

    def put(self, key: str, record: CellRecord, run_dir: Path) -> None:
        if record.status not in CACHEABLE:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        if record.log:  # a cell that left no log is cached without one
            with contextlib.suppress(untrusted.Refused):
                untrusted.copy_capped(run_dir, record.log, self.root, f"{key}.log")
        if record.outputs is not None:
            with contextlib.suppress(untrusted.Refused):
                untrusted.copy_whole(
                    run_dir, record.outputs.file, self.root, f"{key}.npz", OUTPUTS_LIMIT
                )
        store.write_json_atomic(self.root / f"{key}.json", record.to_json())

    def restore(self, key: str, spec: CellSpec, run_dir: Path, run_id: str) -> CellRecord | None:
        """Write the cached record (and log) into this run under this cell's own id and
        paths, marked as cached."""
        cached = self.get(key)
        if cached is None:
            return None
        if cached.cell != spec.cell:
            return None  # a key collision would be a bug; never show another cell's result
        log = store.log_path(run_dir, spec.cell)
        record = replace(
            cached,
            cell=spec.cell,
            cached_from=cached.run_id,
            run_id=run_id,
            cache_key=key,
            log=log.relative_to(run_dir).as_posix(),
            repeats=[],
            source=run_dir,
        )
        try:
            untrusted.copy_capped(self.root, f"{key}.log", run_dir, record.log)
        except untrusted.Refused:
            record.log = None
        if record.outputs is not None:
            rel = store.outputs_path(run_dir, spec.cell).relative_to(run_dir).as_posix()
            try:
                untrusted.copy_whole(self.root, f"{key}.npz", run_dir, rel, OUTPUTS_LIMIT)
                record.outputs = replace(record.outputs, file=rel)
            except untrusted.Refused:
                record.outputs = None
        store.write_record(run_dir, record)
        return record
