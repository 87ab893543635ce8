"""Result cache: a cell whose inputs have not changed is not run again.

A cell's key hashes everything its outcome depends on: the environment's resolved package
set, the Python version, the cell (its environment's name too) with its config, scenario and
target (its requirements included), the target's source, the harness's own source, the
memory cap, and the variables inherited from the shell that change what TensorFlow does
(`behaviour_env`).

An external target's source is what the target can read of its tree at its path: every file
that is not Python (data, configuration, weights, extensions: code may read them by any
means, C libraries included, which no reading of the source can follow), and the Python
files its factory, setup and inputs modules import from the tree, followed statically from
module to module (`project_imports`). Two targets that share a tree (`path = "."`) so have
keys of their own: editing a module only one of them imports reruns its cells alone. Where
a module imports in a way that cannot be followed statically (`importlib.import_module` of
a computed name, `__import__`, `exec`, `runpy`, a change to `sys.path` ...), every Python
file of the tree counts. And since a static reading can miss what it cannot see, each cell
reports the tree's Python files it really imported (`ChildFacts.target_files`): a result
whose cell imported a file outside the graph is never cached (`ResultCache.put` says why).
A file's content is keyed by git's blob id: the index's where the path is in a git checkout
and the file is unchanged, else computed from the file (uncommitted changes, untracked
files, a tree outside git), so committing files as they are keeps the key. What no
one writes by hand is left out either way: bytecode (`__pycache__/`, *.pyc, which the cells
themselves write where PYTHONDONTWRITEBYTECODE is unset), tool caches (.pytest_cache,
.ruff_cache ...), version control folders and the reports. Only settled outcomes are reused
(pass, fail); timeouts, crashes and infra are always run again. `--rerun` ignores the cache
(and refreshes it). Records and logs are written atomically and read back as untrusted
files.

Layout: <reports>/.cache/<key>.json (the record) and <key>.log (the cell's log).
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterable
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


def git_files(root: Path, exclude: frozenset[Path]) -> dict[str, str] | None:
    """Each file git sees under `root` (tracked, and untracked but not ignored; generated
    ones left out) -> a key of its content: its blob id in the index where the worktree
    file matches it, else the file's own hash. None when `root` is not in a git checkout
    with a commit."""
    if _git(root, "rev-parse", "HEAD:./") is None:
        return None
    index = _git(root, "ls-files", "-s", "-z", "--", ".") or b""
    changed = _git(root, "diff", "--name-only", "--relative", "-z", "--", ".") or b""
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z", "--", ".") or b""
    read = {n for n in (changed + b"\0" + untracked).decode(errors="replace").split("\0") if n}
    files: dict[str, str] = {}
    for entry in index.decode(errors="replace").split("\0"):
        meta, _, name = entry.partition("\t")
        if name and name not in read:
            files[name] = meta.split(" ")[1] if " " in meta else meta
    for name in read:
        files[name] = _content_key(root / name)
    return {n: k for n, k in files.items() if not generated(n, root, exclude)}


def walked_files(root: Path, exclude: frozenset[Path]) -> dict[str, str]:
    """Every file under `root` (tool caches and `exclude` left out) -> its content's hash."""
    files: dict[str, str] = {}
    for folder, dirs, names in os.walk(root):
        here = Path(folder)
        dirs[:] = sorted(
            d for d in dirs if d not in SKIP_DIRS and (here / d).resolve() not in exclude
        )
        for name in names:
            if not name.endswith(GENERATED_SUFFIXES):
                rel = (here / name).relative_to(root).as_posix()
                files[rel] = _content_key(here / name)
    return files


def _content_key(path: Path) -> str:
    """The file's content as git's blob id (what the index names an unchanged file by, so a
    commit of the same content keeps the key); size and time for a file over BIG_FILE."""
    try:
        stat = path.stat()
        if stat.st_size > BIG_FILE:
            return f"big:{stat.st_size}:{stat.st_mtime_ns}"
        data = path.read_bytes()
    except OSError as exc:
        return f"unreadable: {exc.strerror}"
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def tree_digest(
    root: Path, exclude: tuple[Path, ...] = (), python: Iterable[str] | None = None
) -> str:
    """The files of an external target's tree (see the module's docstring): every file that
    is not Python, and of the Python files those in `python` (relative paths), or all of
    them where `python` is None."""
    root = root.expanduser().resolve()
    if not root.is_dir():
        return f"missing:{root}"
    skip = frozenset(p.resolve() for p in exclude)
    files = git_files(root, skip)
    if files is None:
        files = walked_files(root, skip)
    wanted = None if python is None else set(python)
    h = hashlib.sha256(b"tree\0")
    for name in sorted(files):
        if wanted is None or not name.endswith(".py") or name in wanted:
            h.update(f"{name}\0{files[name]}\0".encode())
    return h.hexdigest()


# Calls that import what a static reading cannot name (where their first argument is not a
# string literal, for import_module and __import__), or run code from a file, or change
# where modules are found.
DYNAMIC_CALLS = frozenset(
    {
        "exec",
        "run_path",
        "run_module",
        "spec_from_file_location",
        "module_from_spec",
        "SourceFileLoader",
        "load_source",
        "load_module",
        "iter_modules",
        "walk_packages",
        "extend_path",
        "addsitedir",
    }
)


def _module_files(root: Path, module: str) -> list[tuple[Path, str]]:
    """The files of the tree that importing `module` executes, each with the module it is:
    each package's __init__.py on the way and the module's own file. [] for a module that is
    not the tree's (an installed package)."""
    files: list[tuple[Path, str]] = []
    here = root
    parts = module.split(".")
    for i, part in enumerate(parts):
        name = ".".join(parts[: i + 1])
        if (here / part).is_dir():
            here = here / part
            if (here / "__init__.py").is_file():
                files.append((here / "__init__.py", name))
            continue
        if i == len(parts) - 1 and (here / f"{part}.py").is_file():
            files.append((here / f"{part}.py", name))
        break
    return files


def _imports_of(source: bytes, module: str, is_package: bool) -> list[str] | None:
    """Every module a file names in an import statement (anywhere, functions included), by
    absolute name; for `from m import a`, m and m.a (a may be a submodule). None when it
    imports in a way that cannot be followed statically, or cannot be parsed."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return None
    package = module if is_package else module.rpartition(".")[0]
    names: list[str] = []
    for node in ast.walk(tree):
        if _changes_sys_path(node):
            return None
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".") if package else []
                if node.level - 1 > len(parts):
                    continue
                base = ".".join(parts[: len(parts) - (node.level - 1)])
                base = ".".join(p for p in (base, node.module or "") if p)
            else:
                base = node.module or ""
            names.append(base)
            names += [f"{base}.{alias.name}" for alias in node.names if alias.name != "*"]
        elif isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__"):
                first = node.args[0] if node.args else None
                literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
                if not literal or str(first.value).startswith("."):  # type: ignore[union-attr]
                    return None
                names.append(str(first.value))  # type: ignore[union-attr]
            elif called in DYNAMIC_CALLS:
                return None
    return [n for n in names if n]


def _is_sys_path(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "path"
        and isinstance(node.value, ast.Name)
        and node.value.id == "sys"
    )


def _changes_sys_path(node: ast.AST) -> bool:
    """sys.path = ..., sys.path += ..., sys.path.insert(...), .append, .extend: where
    modules are found changes."""
    if _is_sys_path(node):
        return not isinstance(node.ctx, ast.Load)  # type: ignore[attr-defined]
    if isinstance(node, ast.AugAssign):
        return _is_sys_path(node.target)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        target = node.func.value
        return node.func.attr in ("insert", "append", "extend") and _is_sys_path(target)
    return False


def project_imports(root: Path, modules: Iterable[str]) -> set[str] | None:
    """The Python files of the tree at `root` (relative paths) that importing `modules`
    executes, followed from module to module; None when one of them imports in a way that
    cannot be followed statically (then every Python file of the tree counts). A module
    that is not the tree's (an installed package) is not followed: its version is in the
    environment's packages."""
    root = root.resolve()
    found: set[str] = set()
    todo, seen = list(modules), set()
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        for file, name in _module_files(root, module):
            rel = file.relative_to(root).as_posix()
            if rel in found:
                continue
            found.add(rel)
            try:
                source = file.read_bytes()
            except OSError:
                return None
            names = _imports_of(source, name, file.name == "__init__.py")
            if names is None:
                return None
            todo += names
    return found


def source_digest(target: Target, exclude: tuple[Path, ...] = ()) -> str:
    """The target's source: what it can read of its tree (see the module's docstring), and
    the files of a module it names that lies outside the tree."""
    h = hashlib.sha256()
    root = Path(target.path).expanduser().resolve() if target.path else None
    if root is not None:
        python = project_imports(root, target.modules) if root.is_dir() else None
        h.update(tree_digest(root, exclude, python).encode())
    refs = [target.factory, *(ref for ref in (target.setup, target.inputs) if ref)]
    for ref in refs:
        found = find_module_root(ref.partition(":")[0], target.path)
        h.update(ref.encode())
        if found is not None and not (root is not None and found.resolve().is_relative_to(root)):
            _hash_files(found, h)
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
        self._imports: dict[Target, set[str] | None] = {}

    def key(self, spec: CellSpec) -> str:
        """Everything the cell's outcome depends on; the spec names its own cell, so two
        environments with the same packages never share a key."""
        if spec.target not in self._targets:
            # the reports folder may sit inside a target's tree: never part of its source
            self._targets[spec.target] = source_digest(spec.target, (self.root.parent,))
            path = spec.target.path
            root = Path(path).expanduser().resolve() if path else None
            self._imports[spec.target] = (
                project_imports(root, spec.target.modules) if root and root.is_dir() else None
            )
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

    def uncacheable(self, record: CellRecord) -> str | None:
        """Why a settled record must not be cached: its cell imported Python files of the
        target's tree that the key's static reading of its imports did not see (the key would
        not change when they do)."""
        spec = record.spec
        known = self._imports.get(spec.target) if spec is not None else None
        missed = sorted(set(record.target_files) - known) if known is not None else []
        if not missed:
            return None
        return (
            f"{', '.join(missed[:3])}{' ...' if len(missed) > 3 else ''} imported by "
            f"{record.id} in a way the cache cannot see: its results are not cached"
        )

    def put(self, key: str, record: CellRecord, run_dir: Path) -> str | None:
        """Keep a settled record (pass, fail); the reason it is not kept, where it is not
        for a reason a reader should know (`uncacheable`)."""
        if record.status not in CACHEABLE:
            return None
        why = self.uncacheable(record)
        if why is not None:
            return why
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
        return None

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
