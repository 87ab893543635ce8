"""Result cache: a cell whose inputs have not changed is not run again.

A cell's key hashes everything its outcome depends on: the environment's resolved package
set, the config, the scenario, the target's source, the harness's own source and the memory
cap. Only settled outcomes are reused (pass, fail); timeouts, crashes and infra are always
run again. `--rerun` ignores the cache (and refreshes it).

Layout: <reports>/.cache/<key>.json (the record) and <key>.log (the cell's log).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from dataclasses import replace
from importlib import metadata
from pathlib import Path
from typing import Any

from harness import store
from harness.matrix import Target
from harness.records import CellRecord, CellSpec, Outputs, Status

CACHEABLE = (Status.PASS, Status.FAIL)
HARNESS_DIR = Path(__file__).resolve().parent


def _hash_files(root: Path, h: Any) -> None:
    files = (
        [root]
        if root.is_file()
        else sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)
    )
    for path in files:
        h.update(str(path.relative_to(root.parent)).encode())
        h.update(path.read_bytes())


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


def source_digest(target: Target) -> str:
    h = hashlib.sha256()
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


class ResultCache:
    def __init__(self, root: Path, memory_mb: int | None = None) -> None:
        self.root = root
        self.memory_mb = memory_mb
        self._packages = hashlib.sha256("\n".join(package_set()).encode()).hexdigest()
        self._harness = harness_digest()
        self._targets: dict[Target, str] = {}

    def key(self, spec: CellSpec) -> str:
        """Everything the cell's outcome depends on; the spec names its own cell, so two
        environments with the same packages never share a key."""
        if spec.target not in self._targets:
            self._targets[spec.target] = source_digest(spec.target)
        payload = {
            "packages": self._packages,
            "harness": self._harness,
            "target_source": self._targets[spec.target],
            "spec": replace(
                spec, result_path="", stage_path="", dump_dir=None, outputs_path=None
            ).to_json(),
            "memory_mb": self.memory_mb,
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:32]

    def get(self, key: str) -> tuple[CellRecord, Path] | None:
        record, _ = store.read_record(self.root / f"{key}.json")
        if record is None or record.status not in CACHEABLE:
            return None
        return record, self.root / f"{key}.log"

    def put(self, key: str, record: CellRecord, run_dir: Path) -> None:
        if record.status not in CACHEABLE:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        for name, rel in ((f"{key}.log", record.log), (f"{key}.npz", _file(record.outputs))):
            if rel and (run_dir / rel).is_file():
                shutil.copyfile(run_dir / rel, self.root / name)
        store.write_json_atomic(self.root / f"{key}.json", record.to_json())

    def restore(self, key: str, spec: CellSpec, run_dir: Path, run_id: str) -> CellRecord | None:
        """Write the cached record (and log) into this run under this cell's own id and
        paths, marked as cached."""
        hit = self.get(key)
        if hit is None:
            return None
        cached, log = hit
        if cached.cell != spec.cell:
            return None  # a key collision would be a bug; never show another cell's result
        record = replace(
            cached,
            cached_from=cached.run_id,
            run_id=run_id,
            cache_key=key,
            log=str(store.log_path(run_dir, spec.cell).relative_to(run_dir)),
        )
        dest = run_dir / record.log
        dest.parent.mkdir(parents=True, exist_ok=True)
        if log.is_file():
            shutil.copyfile(log, dest)
        arrays = self.root / f"{key}.npz"
        if record.outputs is not None:
            if arrays.is_file():
                out = store.outputs_path(run_dir, spec.cell)
                shutil.copyfile(arrays, out)
                record.outputs = replace(record.outputs, file=str(out.relative_to(run_dir)))
            else:
                record.outputs = None
        store.write_record(run_dir, record)
        return record


def _file(outputs: Outputs | None) -> str | None:
    return outputs.file if outputs else None
