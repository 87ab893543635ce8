"""Numerical parity: two cells' output arrays compared element by element.

Each cell keeps its outputs as an .npz beside its record (harness.cell.evidence.save_outputs).
A comparison loads both, checks `|a - b| <= atol + rtol * |b|` (b: the reference) on every
kept element, and says where the largest difference is and how it stands against the
tolerance, so a verdict that rests on outputs can quote its size. When the arrays cannot be
compared (not saved, unreadable, kept at different strides) the result says so: unchecked,
never "agree".
"""

from __future__ import annotations

import io
import math
import os
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from numpy.lib import format as npformat

from harness.config import defaults
from harness.results import untrusted
from harness.results.records import CellRecord, OutputArray

MAX_FILE_BYTES = 256 << 20  # an outputs file larger than this is not read (untrusted input)


@dataclass(frozen=True)
class Tolerance:
    rtol: float = defaults.RTOL
    atol: float = defaults.ATOL

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
    record names (harness.results.untrusted): from inside its run folder, no link followed, a regular
    file (a FIFO would hang the report), at most MAX_FILE_BYTES."""
    if record.outputs is None:
        return "no outputs saved"
    if record.source is None:
        return "outputs file without a folder"
    rel = record.outputs.file
    if untrusted.check_relative(rel):
        return f"outputs file {rel!r} is outside its run folder"
    declared = tuple((a.key, tuple(a.shape), a.dtype, a.stride) for a in record.outputs.arrays)
    try:
        st = os.lstat(record.source / rel)  # a link is refused by read_bytes, never followed
        return _load(str(record.source), rel, st.st_mtime_ns, st.st_size, declared)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


MAX_ARRAY_BYTES = 64 << 20  # what the arrays may take once unpacked (a small .npz can be a bomb)


Declared = tuple[tuple[str, tuple[int, ...], str, int], ...]  # (key, shape, dtype, stride)


def kept_shape(shape: tuple[int, ...], stride: int) -> tuple[int, ...]:
    """The shape save_outputs writes: the array itself, or every stride-th element of it
    flattened."""
    if stride <= 1:
        return shape
    return (-(-math.prod(shape) // stride),)


def _check_headers(archive: zipfile.ZipFile, declared: Declared) -> None:
    """Every array's .npy header (shape, dtype) read before numpy allocates anything, and
    checked against what the record declares and against the cap: a 1 KB member whose
    header claims shape (2**40,) would have numpy allocate 8 TiB. ValueError says which."""
    want = {f"{key}.npy": (shape, dtype, stride) for key, shape, dtype, stride in declared}
    total = 0
    for info in archive.infolist():
        if info.filename not in want:
            raise ValueError(f"{info.filename}: an array the record does not declare")
        shape, dtype, stride = want[info.filename]
        with archive.open(info) as member:
            version = npformat.read_magic(member)
            if version == (1, 0):
                got_shape, _, got_dtype = npformat.read_array_header_1_0(member)
            elif version == (2, 0):
                got_shape, _, got_dtype = npformat.read_array_header_2_0(member)
            else:
                raise ValueError(f"{info.filename}: .npy format {version} not read")
        if got_dtype.hasobject:
            raise ValueError(f"{info.filename}: holds Python objects")
        if str(got_dtype) != dtype or tuple(got_shape) != kept_shape(shape, stride):
            raise ValueError(
                f"{info.filename}: holds {got_dtype} {tuple(got_shape)}, the record declares "
                f"{dtype} {kept_shape(shape, stride)}"
            )
        total += math.prod(got_shape) * got_dtype.itemsize
        if total > MAX_ARRAY_BYTES:
            raise ValueError(
                f"more than {MAX_ARRAY_BYTES >> 20} MiB of arrays once loaded ({info.filename})"
            )


@lru_cache(maxsize=64)
def _load(root: str, rel: str, mtime: int, size: int, declared: Declared) -> dict[str, np.ndarray]:
    data = untrusted.read_bytes(Path(root), rel, MAX_FILE_BYTES)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_ARRAY_BYTES:
            raise ValueError(
                f"{unpacked >> 20} MiB once unpacked, more than {MAX_ARRAY_BYTES >> 20}"
            )
        _check_headers(archive, declared)
    with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
        return {key: arrays[key] for key in arrays.files}


def compare(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    skipped = record.outputs.skipped or reference.outputs.skipped  # (both read: not None)
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    # every array loaded is one its record declares (_check_headers)
    meta_a = {x.key: x for x in record.outputs.arrays}
    meta_b = {x.key: x for x in reference.outputs.arrays}
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], meta_a[key], meta_b[key], tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    assert worst is not None  # keys_a holds one key at least
    return Parity(True, True, f"agree within {tol} (largest |diff| {worst[0]:.3g} in {worst[1]})")


def _compare_array(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    meta_a: OutputArray,
    meta_b: OutputArray,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    # each kept array holds what its record declares (_check_headers): with the same shape
    # declared, only the stride can tell them apart
    if meta_a.stride != meta_b.stride:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    exact = {"b", "S", "U"}  # booleans, bytes and strings compare exactly
    if a.dtype.kind in exact or b.dtype.kind in exact:
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.ravel() == b.ravel()
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(
                True, False, f"{key} at {at}: {a.flat[i].item()!r} vs {b.flat[i].item()!r}"
            )
        return 0.0
    numeric = {"i", "u", "f", "c"}  # integers, floats and complex: by tolerance
    for odd in (a, b):
        if odd.dtype.kind not in numeric:
            return Parity.unchecked(f"{key}: {odd.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | ~np.isfinite(y)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _position(i, a, meta_a)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = diff / np.abs(y)  # 0/0 is NaN, not counted; some diff is > 0
        bad = int((excess > 0).sum())
        at = _position(i, a, meta_a)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept {'parts' if np.iscomplexobj(a) else 'values'} "
            f"beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def _position(i: int, a: np.ndarray, meta: OutputArray) -> str:
    """Where the i-th compared value is; complex values are compared as two parts."""
    if np.iscomplexobj(a):
        part = "imaginary" if i % 2 else "real"
        return f"{_where(i // 2, meta.stride, meta.shape)} ({part} part)"
    return _where(i, meta.stride, meta.shape)


def _as_real(a: np.ndarray) -> np.ndarray:
    """The values flat, as float64; a complex value as its real part then its imaginary."""
    if np.iscomplexobj(a):
        a = np.stack([a.real, a.imag], axis=-1)
    return a.astype(np.float64).ravel()


def _where(flat_index: int, stride: int, shape: list[int]) -> str:
    if not shape:
        return "[]"
    return str([int(i) for i in np.unravel_index(flat_index * stride, shape)])
