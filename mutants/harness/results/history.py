"""History across runs: what earlier runs judged, and on which builds and sources.

Two kinds of past run are read:
- a run folder (reports/<run-id>/verdicts.json), as every local run keeps one: the HTML
  report shows for each cell when its verdict last changed and a short timeline;
- a history entry (<history dir>/<entry>.json): the same facts without the evidence, small
  enough for CI to carry from one nightly run to the next (`report --history DIR` adds the
  run it reports on).

Besides the verdicts, each past run keeps per environment the exact version of what was
installed (the cells' fingerprints, and the plan's package list) and the source hashes of
the harness and the targets: drift bisects between real builds and says what moved.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from harness.config.typed import ShapeError, from_dict, to_dict
from harness.results import store
from harness.results.records import Provenance, VerdictsFile

MAX_RUNS = 12  # what the HTML timeline shows
MAX_ENTRIES = 90  # history entries kept in a history folder (about three months of nightlies)
ENTRY_SUFFIX = ".history.json"
ENTRY_NAME = re.compile(r"\d{14}-[0-9a-f]{8}" + re.escape(ENTRY_SUFFIX))


@dataclass
class Past:
    run_id: str  # the run folder's name, or the history entry's
    generated: str  # when the run started (its plans), else when its report was made
    verdicts: dict[str, str]  # verdict key -> verdict
    fingerprints: dict[str, dict[str, Any]] = field(default_factory=dict)  # per environment
    provenance: dict[str, Provenance] = field(default_factory=dict)  # per environment
    runs: str = ""  # the run ids its plans name

    @property
    def identity(self) -> str:
        """The same run reported twice (a folder, then merged, then kept as an entry) has
        the same start and run ids."""
        return f"{self.generated}|{self.runs}"

    def version(self, environment: str, dist: str) -> str | None:
        """The exact version of `dist` this run had in `environment`: the package list of its
        plan, else the TensorFlow its cells imported (tf-nightly's 2.23.0-dev20261026 is the
        distribution's 2.23.0.dev20261026)."""
        name = canonicalize_name(dist)
        prov = self.provenance.get(environment)
        if prov and prov.packages.get(name):
            return prov.packages[name]
        fp = self.fingerprints.get(environment) or {}
        tf = fp.get("tensorflow")
        if fp.get("tensorflow_dist") == name and isinstance(tf, str):
            try:
                return str(Version(tf))
            except InvalidVersion:
                return None
        return None

    def to_json(self) -> dict[str, Any]:
        return to_dict(self)

    @classmethod
    def from_json(cls, data: Any) -> Past:
        return from_dict(cls, data, "history", strict=False)


def from_verdicts(run_id: str, data: VerdictsFile) -> Past:
    """A past run from a verdicts.json; malformed provenance or fingerprints are left out
    (the file is untrusted), the verdicts are kept."""
    meta = data.meta
    provenance = {}
    for env, entry in (meta.get("provenance") or {}).items():
        try:
            provenance[str(env)] = from_dict(Provenance, entry, f"provenance.{env}", strict=False)
        except ShapeError:
            continue
    fingerprints = meta.get("fingerprints")
    if not isinstance(fingerprints, dict):
        fingerprints = {}
    return Past(
        run_id,
        str(meta.get("started") or meta.get("generated") or ""),
        {v.key: v.verdict for v in data.verdicts},
        {str(k): v for k, v in fingerprints.items() if isinstance(v, dict)},
        provenance,
        str(meta.get("run_id") or ""),
    )


def _read_folder(folder: Path) -> Past | None:
    """A sibling run folder's verdicts, read as untrusted: it may be a downloaded artifact
    (no links followed, a regular file only: a FIFO would hang the report; size-capped)."""
    data, error = store.read_json_inside(folder, "verdicts.json")
    if error or data is None:
        return None
    try:
        return from_verdicts(folder.name, VerdictsFile.from_json(data))
    except ValueError:  # not a verdicts file
        return None


def _read_entry(path: Path) -> Past | None:
    data, error = store.read_json_inside(path.parent, path.name)
    if error or data is None:
        return None
    try:
        return Past.from_json(data)
    except ShapeError:
        return None


def past_runs(
    reports_root: Path,
    exclude: Path | list[Path] | None = None,
    limit: int | None = MAX_RUNS,
    exclude_identity: str | None = None,
) -> list[Past]:
    """Earlier runs under reports_root (run folders and history entries), oldest first;
    not the folders in `exclude` (this run, what it merged) nor a run of `exclude_identity`."""
    runs: list[Past] = []
    if not reports_root.is_dir():
        return runs
    skip = {p.resolve() for p in ([exclude] if isinstance(exclude, Path) else exclude or [])}
    for path in reports_root.iterdir():
        if path.is_symlink() or path.name.startswith("."):
            continue
        if path.is_dir() and path.resolve() not in skip:
            past = _read_folder(path)
        elif path.is_file() and path.name.endswith(ENTRY_SUFFIX):
            past = _read_entry(path)
        else:
            continue
        if past is not None and not (exclude_identity and past.identity == exclude_identity):
            runs.append(past)
    runs.sort(key=lambda p: (p.generated, p.run_id))
    return runs[-limit:] if limit else runs


def entry_name(past: Past) -> str:
    """A file name for the run: its start time, then a short hash of its identity."""
    stamp = (re.sub(r"[^0-9]", "", past.generated) + "0" * 14)[:14]
    digest = hashlib.sha256(past.identity.encode()).hexdigest()[:8]
    return f"{stamp}-{digest}"


def keep(history_dir: Path, data: VerdictsFile, keep_at_most: int = MAX_ENTRIES) -> Path:
    """Add a reported run to a history folder (the same run again replaces its entry) and
    drop the oldest entries beyond `keep_at_most`."""
    past = from_verdicts("", data)
    past.run_id = entry_name(past)
    path = history_dir / f"{past.run_id}{ENTRY_SUFFIX}"
    store.write_json_atomic(path, past.to_json())
    # names start with the start time; files of other names are not ours to remove
    entries = sorted(p for p in history_dir.iterdir() if ENTRY_NAME.fullmatch(p.name))
    for old in entries[: max(0, len(entries) - keep_at_most)]:
        old.unlink(missing_ok=True)
    return path


def timeline(key: str, current: str, past: list[Past]) -> tuple[list[tuple[str, str]], str | None]:
    """[(run_id, verdict)] for runs that had this cell, then the current one; and the run in
    which the verdict last changed (None if it never did)."""
    points = [(p.run_id, p.verdicts[key]) for p in past if key in p.verdicts]
    points.append(("this run", current))
    changed = None
    for (_, before), (run_id, after) in itertools.pairwise(points):
        if before != after:
            changed = run_id
    return points, changed
