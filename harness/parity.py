"""Numerical parity: two cells' output arrays compared element by element.

Each cell keeps its outputs as an .npz beside its record (harness.evidence.save_outputs).
A comparison loads both, checks `|a - b| <= atol + rtol * |b|` (b: the reference) on every
kept element, and says where the largest difference is and how it stands against the
tolerance, so a verdict that rests on outputs can quote its size. When the arrays cannot be
compared (not saved, unreadable, kept at different strides) the result says so: unchecked,
never "agree".
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from harness import untrusted
from harness.records import CellRecord

MAX_FILE_BYTES = 256 << 20  # an outputs file larger than this is not read (untrusted input)


@dataclass(frozen=True)
class Tolerance:
    rtol: float = 1e-3
    atol: float = 1e-4

    def __str__(self) -> str:
        return f"atol {self.atol:g} + rtol {self.rtol:g}"


@dataclass(frozen=True)
class Parity:
    checked: bool  # False: the arrays could not be compared (text says why)
    agree: bool
    text: str  # one line: where and how large the largest difference is

    @classmethod
    def unchecked(cls, why: str) -> Parity:
        return cls(False, False, why)


def _arrays(record: CellRecord) -> dict[str, np.ndarray] | str:
    """The record's saved arrays, or why there are none. The file is read as any file a
    record names (harness.untrusted): from inside its run folder, no link followed, a regular
    file (a FIFO would hang the report), at most MAX_FILE_BYTES."""
    if record.outputs is None:
        return "no outputs saved"
    if record.source is None:
        return "outputs file without a folder"
    rel = record.outputs.file
    if untrusted.check_relative(rel):
        return f"outputs file {rel!r} is outside its run folder"
    try:
        st = os.stat(record.source / rel, follow_symlinks=False)
        return _load(str(record.source), rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


@lru_cache(maxsize=512)
def _load(root: str, rel: str, mtime: int, size: int) -> dict[str, np.ndarray]:
    data = untrusted.read_bytes(Path(root), rel, MAX_FILE_BYTES)
    with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
        return {key: arrays[key] for key in arrays.files}


def compare(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    for key in sorted(keys_a):
        meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
        if meta_a is None or meta_b is None:
            return Parity.unchecked(f"{key}: not described in the record")
        if meta_a.shape != meta_b.shape:
            return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
        if meta_a.stride != meta_b.stride or a[key].shape != b[key].shape:
            return Parity.unchecked(f"{key}: kept at different strides, cannot be compared")
        x, y = a[key].astype(np.float64), b[key].astype(np.float64)
        if np.iscomplexobj(a[key]) or np.iscomplexobj(b[key]):
            x, y = np.abs(a[key]).astype(np.float64), np.abs(b[key]).astype(np.float64)
        nan_a, nan_b = np.isnan(x), np.isnan(y)
        if (nan_a != nan_b).any():
            i = int(np.argmax(nan_a != nan_b))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (NaN)")
        diff = np.where(nan_a, 0.0, np.abs(x - y))
        allowed = tol.atol + tol.rtol * np.abs(np.where(nan_b, 0.0, y))
        excess = diff - allowed
        if excess.size == 0:
            continue
        i = int(np.argmax(excess))
        if excess.flat[i] > 0:
            with np.errstate(divide="ignore", invalid="ignore"):
                rel = np.where(diff > 0, diff / np.abs(np.where(nan_b, 0.0, y)), 0.0)
            bad = int((excess > 0).sum())
            text = (
                f"{key} at {_where(i, meta_a.stride, meta_a.shape)}: {x.flat[i]:.6g} vs "
                f"{y.flat[i]:.6g}; largest |diff| {diff.max():.3g}, largest rel "
                f"{float(np.nanmax(rel)):.3g}, against {tol}; {bad} of {excess.size} kept "
                f"elements beyond tolerance"
            )
            return Parity(True, False, text)
        largest = float(diff.max())
        if worst is None or largest > worst[0]:
            worst = (largest, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def _where(flat_index: int, stride: int, shape: list[int]) -> str:
    if not shape:
        return "[]"
    return str([int(i) for i in np.unravel_index(flat_index * stride, shape)])
