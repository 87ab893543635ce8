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
from importlib import metadata
from pathlib import Path
from typing import Any

from harness import store

CACHEABLE = ("pass", "fail")
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


def source_digest(target: dict[str, Any]) -> str:
    h = hashlib.sha256()
    refs = [target["factory"], *(target[k] for k in ("setup", "inputs") if target.get(k))]
    for ref in refs:
        root = find_module_root(ref.partition(":")[0], target.get("path"))
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
        self._targets: dict[str, str] = {}

    def key(self, spec: dict[str, Any]) -> str:
        target = spec["target"]
        tkey = json.dumps(target, sort_keys=True)
        if tkey not in self._targets:
            self._targets[tkey] = source_digest(target)
        payload = {
            "packages": self._packages,
            "harness": self._harness,
            "target_source": self._targets[tkey],
            "config": spec["config"],
            "scenario": spec["scenario"],
            "target": target,
            "env": spec["env"],
            "memory_mb": self.memory_mb,
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:32]

    def get(self, key: str) -> tuple[dict[str, Any], Path] | None:
        record, _ = store.read_json(self.root / f"{key}.json")
        if not isinstance(record, dict) or record.get("status") not in CACHEABLE:
            return None
        return record, self.root / f"{key}.log"

    def put(self, key: str, record: dict[str, Any], run_dir: Path) -> None:
        if record.get("status") not in CACHEABLE:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        log = run_dir / record["log"]
        if log.is_file():
            shutil.copyfile(log, self.root / f"{key}.log")
        store.write_json_atomic(self.root / f"{key}.json", record)

    def restore(self, key: str, run_dir: Path, run_id: str) -> dict[str, Any] | None:
        """Write the cached record (and log) into this run, marked as cached."""
        hit = self.get(key)
        if hit is None:
            return None
        record, log = hit
        record = dict(record)
        record.update(cached_from=record.get("run_id"), run_id=run_id, cache_key=key)
        dest = run_dir / record["log"]
        dest.parent.mkdir(parents=True, exist_ok=True)
        if log.is_file():
            shutil.copyfile(log, dest)
        store.write_record(run_dir, record)
        return record
