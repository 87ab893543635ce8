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
import os
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from harness.config import defaults
from harness.results import untrusted
from harness.results.records import CellRecord

MAX_FILE_BYTES = 256 << 20  # an outputs file larger than this is not read (untrusted input)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class Tolerance:
    rtol: float = defaults.RTOL
    atol: float = defaults.ATOL

    def __str__(self) -> str:
        return f"atol {self.atol:g} + rtol {self.rtol:g}"
mutants_xǁParityǁunchecked__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Parity:
    checked: bool  # False: the arrays could not be compared (text says why)
    agree: bool
    text: str  # one line: where and how large the largest difference is

    @classmethod
    @_mutmut_mutated(mutants_xǁParityǁunchecked__mutmut, is_classmethod = True)
    def unchecked(cls, why: str) -> Parity:
        return cls(False, False, why)

    @classmethod
    def xǁParityǁunchecked__mutmut_orig(cls, why: str) -> Parity:
        return cls(False, False, why)

    @classmethod
    def xǁParityǁunchecked__mutmut_1(cls, why: str) -> Parity:
        return cls(None, False, why)

    @classmethod
    def xǁParityǁunchecked__mutmut_2(cls, why: str) -> Parity:
        return cls(False, None, why)

    @classmethod
    def xǁParityǁunchecked__mutmut_3(cls, why: str) -> Parity:
        return cls(False, False, None)

    @classmethod
    def xǁParityǁunchecked__mutmut_4(cls, why: str) -> Parity:
        return cls(False, why)

    @classmethod
    def xǁParityǁunchecked__mutmut_5(cls, why: str) -> Parity:
        return cls(False, why)

    @classmethod
    def xǁParityǁunchecked__mutmut_6(cls, why: str) -> Parity:
        return cls(False, False, )

    @classmethod
    def xǁParityǁunchecked__mutmut_7(cls, why: str) -> Parity:
        return cls(True, False, why)

    @classmethod
    def xǁParityǁunchecked__mutmut_8(cls, why: str) -> Parity:
        return cls(False, True, why)

mutants_xǁParityǁunchecked__mutmut['_mutmut_orig'] = Parity.xǁParityǁunchecked__mutmut_orig # type: ignore # mutmut generated
mutants_xǁParityǁunchecked__mutmut['xǁParityǁunchecked__mutmut_1'] = Parity.xǁParityǁunchecked__mutmut_1 # type: ignore # mutmut generated
mutants_xǁParityǁunchecked__mutmut['xǁParityǁunchecked__mutmut_2'] = Parity.xǁParityǁunchecked__mutmut_2 # type: ignore # mutmut generated
mutants_xǁParityǁunchecked__mutmut['xǁParityǁunchecked__mutmut_3'] = Parity.xǁParityǁunchecked__mutmut_3 # type: ignore # mutmut generated
mutants_xǁParityǁunchecked__mutmut['xǁParityǁunchecked__mutmut_4'] = Parity.xǁParityǁunchecked__mutmut_4 # type: ignore # mutmut generated
mutants_xǁParityǁunchecked__mutmut['xǁParityǁunchecked__mutmut_5'] = Parity.xǁParityǁunchecked__mutmut_5 # type: ignore # mutmut generated
mutants_xǁParityǁunchecked__mutmut['xǁParityǁunchecked__mutmut_6'] = Parity.xǁParityǁunchecked__mutmut_6 # type: ignore # mutmut generated
mutants_xǁParityǁunchecked__mutmut['xǁParityǁunchecked__mutmut_7'] = Parity.xǁParityǁunchecked__mutmut_7 # type: ignore # mutmut generated
mutants_xǁParityǁunchecked__mutmut['xǁParityǁunchecked__mutmut_8'] = Parity.xǁParityǁunchecked__mutmut_8 # type: ignore # mutmut generated
mutants_x__arrays__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__arrays__mutmut)
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
    try:
        st = os.stat(record.source / rel, follow_symlinks=False)
        return _load(str(record.source), rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_orig(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(record.source / rel, follow_symlinks=False)
        return _load(str(record.source), rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_1(record: CellRecord) -> dict[str, np.ndarray] | str:
    """The record's saved arrays, or why there are none. The file is read as any file a
    record names (harness.results.untrusted): from inside its run folder, no link followed, a regular
    file (a FIFO would hang the report), at most MAX_FILE_BYTES."""
    if record.outputs is not None:
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


def x__arrays__mutmut_2(record: CellRecord) -> dict[str, np.ndarray] | str:
    """The record's saved arrays, or why there are none. The file is read as any file a
    record names (harness.results.untrusted): from inside its run folder, no link followed, a regular
    file (a FIFO would hang the report), at most MAX_FILE_BYTES."""
    if record.outputs is None:
        return "XXno outputs savedXX"
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


def x__arrays__mutmut_3(record: CellRecord) -> dict[str, np.ndarray] | str:
    """The record's saved arrays, or why there are none. The file is read as any file a
    record names (harness.results.untrusted): from inside its run folder, no link followed, a regular
    file (a FIFO would hang the report), at most MAX_FILE_BYTES."""
    if record.outputs is None:
        return "NO OUTPUTS SAVED"
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


def x__arrays__mutmut_4(record: CellRecord) -> dict[str, np.ndarray] | str:
    """The record's saved arrays, or why there are none. The file is read as any file a
    record names (harness.results.untrusted): from inside its run folder, no link followed, a regular
    file (a FIFO would hang the report), at most MAX_FILE_BYTES."""
    if record.outputs is None:
        return "no outputs saved"
    if record.source is not None:
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


def x__arrays__mutmut_5(record: CellRecord) -> dict[str, np.ndarray] | str:
    """The record's saved arrays, or why there are none. The file is read as any file a
    record names (harness.results.untrusted): from inside its run folder, no link followed, a regular
    file (a FIFO would hang the report), at most MAX_FILE_BYTES."""
    if record.outputs is None:
        return "no outputs saved"
    if record.source is None:
        return "XXoutputs file without a folderXX"
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


def x__arrays__mutmut_6(record: CellRecord) -> dict[str, np.ndarray] | str:
    """The record's saved arrays, or why there are none. The file is read as any file a
    record names (harness.results.untrusted): from inside its run folder, no link followed, a regular
    file (a FIFO would hang the report), at most MAX_FILE_BYTES."""
    if record.outputs is None:
        return "no outputs saved"
    if record.source is None:
        return "OUTPUTS FILE WITHOUT A FOLDER"
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


def x__arrays__mutmut_7(record: CellRecord) -> dict[str, np.ndarray] | str:
    """The record's saved arrays, or why there are none. The file is read as any file a
    record names (harness.results.untrusted): from inside its run folder, no link followed, a regular
    file (a FIFO would hang the report), at most MAX_FILE_BYTES."""
    if record.outputs is None:
        return "no outputs saved"
    if record.source is None:
        return "outputs file without a folder"
    rel = None
    if untrusted.check_relative(rel):
        return f"outputs file {rel!r} is outside its run folder"
    try:
        st = os.stat(record.source / rel, follow_symlinks=False)
        return _load(str(record.source), rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_8(record: CellRecord) -> dict[str, np.ndarray] | str:
    """The record's saved arrays, or why there are none. The file is read as any file a
    record names (harness.results.untrusted): from inside its run folder, no link followed, a regular
    file (a FIFO would hang the report), at most MAX_FILE_BYTES."""
    if record.outputs is None:
        return "no outputs saved"
    if record.source is None:
        return "outputs file without a folder"
    rel = record.outputs.file
    if untrusted.check_relative(None):
        return f"outputs file {rel!r} is outside its run folder"
    try:
        st = os.stat(record.source / rel, follow_symlinks=False)
        return _load(str(record.source), rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_9(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = None
        return _load(str(record.source), rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_10(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(None, follow_symlinks=False)
        return _load(str(record.source), rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_11(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(record.source / rel, follow_symlinks=None)
        return _load(str(record.source), rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_12(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(follow_symlinks=False)
        return _load(str(record.source), rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_13(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(record.source / rel, )
        return _load(str(record.source), rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_14(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(record.source * rel, follow_symlinks=False)
        return _load(str(record.source), rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_15(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(record.source / rel, follow_symlinks=True)
        return _load(str(record.source), rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_16(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(record.source / rel, follow_symlinks=False)
        return _load(None, rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_17(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(record.source / rel, follow_symlinks=False)
        return _load(str(record.source), None, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_18(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(record.source / rel, follow_symlinks=False)
        return _load(str(record.source), rel, None, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_19(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(record.source / rel, follow_symlinks=False)
        return _load(str(record.source), rel, st.st_mtime_ns, None)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_20(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(record.source / rel, follow_symlinks=False)
        return _load(rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_21(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(record.source / rel, follow_symlinks=False)
        return _load(str(record.source), st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_22(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(record.source / rel, follow_symlinks=False)
        return _load(str(record.source), rel, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_23(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(record.source / rel, follow_symlinks=False)
        return _load(str(record.source), rel, st.st_mtime_ns, )
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"


def x__arrays__mutmut_24(record: CellRecord) -> dict[str, np.ndarray] | str:
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
    try:
        st = os.stat(record.source / rel, follow_symlinks=False)
        return _load(str(None), rel, st.st_mtime_ns, st.st_size)
    except untrusted.Refused as exc:
        return f"outputs file {rel!r} not read: {exc}"
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        return f"outputs file unreadable: {exc}"

mutants_x__arrays__mutmut['_mutmut_orig'] = x__arrays__mutmut_orig # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_1'] = x__arrays__mutmut_1 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_2'] = x__arrays__mutmut_2 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_3'] = x__arrays__mutmut_3 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_4'] = x__arrays__mutmut_4 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_5'] = x__arrays__mutmut_5 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_6'] = x__arrays__mutmut_6 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_7'] = x__arrays__mutmut_7 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_8'] = x__arrays__mutmut_8 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_9'] = x__arrays__mutmut_9 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_10'] = x__arrays__mutmut_10 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_11'] = x__arrays__mutmut_11 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_12'] = x__arrays__mutmut_12 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_13'] = x__arrays__mutmut_13 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_14'] = x__arrays__mutmut_14 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_15'] = x__arrays__mutmut_15 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_16'] = x__arrays__mutmut_16 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_17'] = x__arrays__mutmut_17 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_18'] = x__arrays__mutmut_18 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_19'] = x__arrays__mutmut_19 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_20'] = x__arrays__mutmut_20 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_21'] = x__arrays__mutmut_21 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_22'] = x__arrays__mutmut_22 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_23'] = x__arrays__mutmut_23 # type: ignore # mutmut generated
mutants_x__arrays__mutmut['x__arrays__mutmut_24'] = x__arrays__mutmut_24 # type: ignore # mutmut generated


MAX_ARRAY_BYTES = 64 << 20  # what the arrays may take once unpacked (a small .npz can be a bomb)


@lru_cache(maxsize=64)
def _load(root: str, rel: str, mtime: int, size: int) -> dict[str, np.ndarray]:
    data = untrusted.read_bytes(Path(root), rel, MAX_FILE_BYTES)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_ARRAY_BYTES:
        raise ValueError(f"{unpacked >> 20} MiB once unpacked, more than {MAX_ARRAY_BYTES >> 20}")
    with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
        return {key: arrays[key] for key in arrays.files}
mutants_x_compare__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_compare__mutmut)
def compare(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_orig(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_1(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = None
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_2(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(None), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_3(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(None)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_4(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(None)
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_5(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(None)
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_6(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None or reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_7(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_8(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_9(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = None
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_10(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped and reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_11(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(None)
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_12(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[1]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_13(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a or not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_14(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_15(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_16(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked(None)
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_17(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("XXno outputs to compareXX")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_18(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("NO OUTPUTS TO COMPARE")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_19(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = None
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_20(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(None), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_21(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(None)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_22(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a == keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_23(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = None
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_24(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(None)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_25(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a & keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_26(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[1]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_27(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(None, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_28(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, None, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_29(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, None)
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_30(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_31(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_32(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, )
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_33(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(False, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_34(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, True, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_35(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = ""
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_36(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all=None):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_37(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="XXignoreXX"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_38(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="IGNORE"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_39(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(None):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_40(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = None
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_41(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(None, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_42(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, None, b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_43(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], None, record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_44(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], None, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_45(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, None, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_46(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, None)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_47(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_48(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_49(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_50(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_51(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_52(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, )
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_53(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(None)
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_54(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None and result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_55(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is not None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_56(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result >= worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_57(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[1]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_58(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = None
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_59(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = None
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_60(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if (worst) and False else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_61(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if (worst) or True else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_62(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[1]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_63(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[2]})" if worst else ""
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_64(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else "XXXX"
    return Parity(True, True, f"agree within {tol}{tail}")


def x_compare__mutmut_65(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(None, True, f"agree within {tol}{tail}")


def x_compare__mutmut_66(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, None, f"agree within {tol}{tail}")


def x_compare__mutmut_67(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, None)


def x_compare__mutmut_68(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, f"agree within {tol}{tail}")


def x_compare__mutmut_69(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, f"agree within {tol}{tail}")


def x_compare__mutmut_70(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, True, )


def x_compare__mutmut_71(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(False, True, f"agree within {tol}{tail}")


def x_compare__mutmut_72(record: CellRecord, reference: CellRecord, tol: Tolerance) -> Parity:
    """`record`'s outputs against `reference`'s, every step and output. Whatever the files
    hold, the answer is a Parity: arrays that cannot be compared make it unchecked."""
    a, b = _arrays(record), _arrays(reference)
    if isinstance(a, str):
        return Parity.unchecked(f"{record.id}: {a}")
    if isinstance(b, str):
        return Parity.unchecked(f"{reference.id}: {b}")
    assert record.outputs is not None and reference.outputs is not None
    skipped = record.outputs.skipped or reference.outputs.skipped
    if skipped:
        return Parity.unchecked(f"{skipped[0]} could not be kept as an array")
    if not a and not b:
        return Parity.unchecked("no outputs to compare")
    keys_a, keys_b = set(a), set(b)
    if keys_a != keys_b:
        extra = sorted(keys_a ^ keys_b)[0]
        return Parity(True, False, f"outputs differ: {extra} is in only one of them")
    worst: tuple[float, str] | None = None
    with np.errstate(all="ignore"):
        for key in sorted(keys_a):
            try:
                result = _compare_array(key, a[key], b[key], record, reference, tol)
            except (ValueError, TypeError) as exc:  # shapes or dtypes a record lied about
                return Parity.unchecked(f"{key}: cannot be compared ({exc})")
            if isinstance(result, Parity):
                return result
            if worst is None or result > worst[0]:
                worst = (result, key)
    tail = f" (largest |diff| {worst[0]:.3g} in {worst[1]})" if worst else ""
    return Parity(True, False, f"agree within {tol}{tail}")

mutants_x_compare__mutmut['_mutmut_orig'] = x_compare__mutmut_orig # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_1'] = x_compare__mutmut_1 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_2'] = x_compare__mutmut_2 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_3'] = x_compare__mutmut_3 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_4'] = x_compare__mutmut_4 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_5'] = x_compare__mutmut_5 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_6'] = x_compare__mutmut_6 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_7'] = x_compare__mutmut_7 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_8'] = x_compare__mutmut_8 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_9'] = x_compare__mutmut_9 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_10'] = x_compare__mutmut_10 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_11'] = x_compare__mutmut_11 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_12'] = x_compare__mutmut_12 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_13'] = x_compare__mutmut_13 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_14'] = x_compare__mutmut_14 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_15'] = x_compare__mutmut_15 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_16'] = x_compare__mutmut_16 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_17'] = x_compare__mutmut_17 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_18'] = x_compare__mutmut_18 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_19'] = x_compare__mutmut_19 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_20'] = x_compare__mutmut_20 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_21'] = x_compare__mutmut_21 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_22'] = x_compare__mutmut_22 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_23'] = x_compare__mutmut_23 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_24'] = x_compare__mutmut_24 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_25'] = x_compare__mutmut_25 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_26'] = x_compare__mutmut_26 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_27'] = x_compare__mutmut_27 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_28'] = x_compare__mutmut_28 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_29'] = x_compare__mutmut_29 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_30'] = x_compare__mutmut_30 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_31'] = x_compare__mutmut_31 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_32'] = x_compare__mutmut_32 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_33'] = x_compare__mutmut_33 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_34'] = x_compare__mutmut_34 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_35'] = x_compare__mutmut_35 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_36'] = x_compare__mutmut_36 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_37'] = x_compare__mutmut_37 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_38'] = x_compare__mutmut_38 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_39'] = x_compare__mutmut_39 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_40'] = x_compare__mutmut_40 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_41'] = x_compare__mutmut_41 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_42'] = x_compare__mutmut_42 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_43'] = x_compare__mutmut_43 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_44'] = x_compare__mutmut_44 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_45'] = x_compare__mutmut_45 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_46'] = x_compare__mutmut_46 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_47'] = x_compare__mutmut_47 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_48'] = x_compare__mutmut_48 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_49'] = x_compare__mutmut_49 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_50'] = x_compare__mutmut_50 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_51'] = x_compare__mutmut_51 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_52'] = x_compare__mutmut_52 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_53'] = x_compare__mutmut_53 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_54'] = x_compare__mutmut_54 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_55'] = x_compare__mutmut_55 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_56'] = x_compare__mutmut_56 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_57'] = x_compare__mutmut_57 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_58'] = x_compare__mutmut_58 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_59'] = x_compare__mutmut_59 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_60'] = x_compare__mutmut_60 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_61'] = x_compare__mutmut_61 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_62'] = x_compare__mutmut_62 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_63'] = x_compare__mutmut_63 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_64'] = x_compare__mutmut_64 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_65'] = x_compare__mutmut_65 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_66'] = x_compare__mutmut_66 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_67'] = x_compare__mutmut_67 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_68'] = x_compare__mutmut_68 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_69'] = x_compare__mutmut_69 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_70'] = x_compare__mutmut_70 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_71'] = x_compare__mutmut_71 # type: ignore # mutmut generated
mutants_x_compare__mutmut['x_compare__mutmut_72'] = x_compare__mutmut_72 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__compare_array__mutmut)
def _compare_array(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_orig(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_1(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None or reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_2(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_3(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_4(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = None
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_5(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(None), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_6(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(None)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_7(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None and meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_8(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is not None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_9(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is not None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_10(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(None)
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_11(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape == meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_12(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(None, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_13(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, None, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_14(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, None)
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_15(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_16(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_17(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, )
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_18(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(False, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_19(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, True, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_20(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = None
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_21(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = +(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_22(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) / max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_23(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(+int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_24(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(None) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_25(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(None, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_26(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=None)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_27(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_28(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, )) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_29(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(None, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_30(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, None))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_31(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_32(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, ))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_33(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(2, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_34(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape and a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_35(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride and a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_36(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride == meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_37(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape == b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_38(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size == kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_39(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(None)
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_40(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" and b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_41(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind not in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_42(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "XXbSUXX" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_43(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bsu" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_44(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "BSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_45(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind not in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_46(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "XXbSUXX":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_47(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bsu":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_48(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "BSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_49(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind == b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_50(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(None, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_51(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, None, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_52(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, None)
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_53(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_54(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_55(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, )
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_56(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(False, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_57(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, True, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_58(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = None
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_59(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(None) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_60(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(+1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_61(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-2) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_62(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) != b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_63(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(None)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_64(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(+1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_65(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-2)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_66(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_67(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(None):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_68(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = None
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_69(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(None)
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_70(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(None))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_71(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = None
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_72(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(None, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_73(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, None, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_74(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, None)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_75(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_76(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_77(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, )
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_78(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(None, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_79(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, None, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_80(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, None)
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_81(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_82(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_83(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, )
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_84(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(False, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_85(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, True, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_86(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 1.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_87(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" and b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_88(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_89(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "XXiufcXX" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_90(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "IUFC" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_91(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_92(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "XXiufcXX":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_93(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "IUFC":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_94(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(None)
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_95(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = None
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | ~np.isfinite(y)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_96(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(None)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | ~np.isfinite(y)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_97(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = None
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | ~np.isfinite(y)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_98(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(None)
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | ~np.isfinite(y)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_99(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(None).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | ~np.isfinite(y)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_100(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = None
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | ~np.isfinite(y)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_101(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(None)
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | ~np.isfinite(y)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_102(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(np.isnan(None).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | ~np.isfinite(y)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_103(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(None)
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | ~np.isfinite(y)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_104(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = None
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_105(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) & ~np.isfinite(y)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_106(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = np.isfinite(x) | ~np.isfinite(y)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_107(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(None) | ~np.isfinite(y)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_108(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | np.isfinite(y)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_109(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | ~np.isfinite(None)
    mismatch = odd & (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_110(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | ~np.isfinite(y)
    mismatch = None
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_111(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | ~np.isfinite(y)
    mismatch = odd | (x != y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_112(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
    # complex values compare by real and imaginary part, never by magnitude alone
    x = _as_real(a)
    y = _as_real(b)
    if np.isnan(y).any():
        bad = int(np.isnan(y).sum())
        return Parity.unchecked(f"the reference's {key} holds {bad} NaN values: it cannot judge")
    # an infinity agrees only with the same infinity; a finite value never with one
    odd = ~np.isfinite(x) | ~np.isfinite(y)
    mismatch = odd & (x == y)
    if mismatch.any():
        i = int(np.argmax(mismatch))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_113(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        i = None
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_114(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        i = int(None)
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_115(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        i = int(np.argmax(None))
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_116(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = None
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_117(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(None, meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_118(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), None, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_119(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, None)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_120(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_121(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_122(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, )
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_123(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i / (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_124(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if (np.iscomplexobj(a)) and False else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_125(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if (np.iscomplexobj(a)) or True else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_126(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (3 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_127(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(None) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_128(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 2), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_129(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            None, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_130(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, None, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_131(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, None
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_132(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_133(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_134(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_135(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            False, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_136(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, True, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_137(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = None
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_138(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(None, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_139(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, None, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_140(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, None), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_141(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_142(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_143(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, ), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_144(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 1.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_145(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(None, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_146(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, None, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_147(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, None)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_148(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_149(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_150(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, )
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_151(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 1.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_152(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = None
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_153(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(None)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_154(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x + y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_155(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = None
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_156(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff + (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_157(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol - tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_158(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol / np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_159(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(None))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_160(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size != 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_161(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 1:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_162(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 1.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_163(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = None
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_164(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(None)
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_165(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(None))
    if excess.flat[i] > 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_166(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] >= 0:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_167(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        return Parity(
            True, False, f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g} (not finite)"
        )
    x, y = np.where(odd, 0.0, x), np.where(odd, 0.0, y)
    diff = np.abs(x - y)
    excess = diff - (tol.atol + tol.rtol * np.abs(y))
    if excess.size == 0:
        return 0.0
    i = int(np.argmax(excess))
    if excess.flat[i] > 1:
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_168(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = None
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_169(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(None, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_170(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, None, 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_171(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), None)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_172(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_173(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_174(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), )
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_175(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff >= 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_176(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 1, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_177(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff * np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_178(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(None), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_179(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 1.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_180(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = None
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_181(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int(None)
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_182(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess >= 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_183(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 1).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_184(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = None
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_185(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(None, meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_186(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), None, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_187(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, None)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_188(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_189(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_190(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, )
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_191(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i / (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_192(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if (np.iscomplexobj(a)) and False else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_193(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if (np.iscomplexobj(a)) or True else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_194(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (3 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_195(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(None) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_196(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 2), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_197(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = None
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_198(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(None):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_199(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(None)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(diff.max())


def x__compare_array__mutmut_200(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(None, False, text)
    return float(diff.max())


def x__compare_array__mutmut_201(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, None, text)
    return float(diff.max())


def x__compare_array__mutmut_202(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, None)
    return float(diff.max())


def x__compare_array__mutmut_203(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(False, text)
    return float(diff.max())


def x__compare_array__mutmut_204(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, text)
    return float(diff.max())


def x__compare_array__mutmut_205(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, )
    return float(diff.max())


def x__compare_array__mutmut_206(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(False, False, text)
    return float(diff.max())


def x__compare_array__mutmut_207(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, True, text)
    return float(diff.max())


def x__compare_array__mutmut_208(
    key: str,
    a: np.ndarray,
    b: np.ndarray,
    record: CellRecord,
    reference: CellRecord,
    tol: Tolerance,
) -> Parity | float:
    """A Parity when this output decides the comparison, else its largest |diff|."""
    assert record.outputs is not None and reference.outputs is not None
    meta_a, meta_b = record.outputs.array(key), reference.outputs.array(key)
    if meta_a is None or meta_b is None:
        return Parity.unchecked(f"{key}: not described in the record")
    if meta_a.shape != meta_b.shape:
        return Parity(True, False, f"{key}: shape {meta_a.shape} vs {meta_b.shape}")
    kept = -(-int(np.prod(meta_a.shape, dtype=np.int64)) // max(1, meta_a.stride))
    if meta_a.stride != meta_b.stride or a.shape != b.shape or a.size != kept:
        return Parity.unchecked(f"{key}: the kept arrays do not match their records")
    if a.dtype.kind in "bSU" or b.dtype.kind in "bSU":  # booleans and strings: exactly
        if a.dtype.kind != b.dtype.kind:
            return Parity(True, False, f"{key}: {a.dtype} vs {b.dtype}")
        same = a.reshape(-1) == b.reshape(-1)
        if not np.all(same):
            i = int(np.argmin(same))
            at = _where(i, meta_a.stride, meta_a.shape)
            return Parity(True, False, f"{key} at {at}: {a.flat[i]!r} vs {b.flat[i]!r}")
        return 0.0
    if a.dtype.kind not in "iufc" or b.dtype.kind not in "iufc":
        return Parity.unchecked(f"{key}: {a.dtype} values cannot be compared")
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
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
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
        rel = np.where(diff > 0, diff / np.abs(y), 0.0)
        bad = int((excess > 0).sum())
        at = _where(i // (2 if np.iscomplexobj(a) else 1), meta_a.stride, meta_a.shape)
        text = (
            f"{key} at {at}: {x.flat[i]:.6g} vs {y.flat[i]:.6g}; largest |diff| "
            f"{diff.max():.3g}, largest rel {float(np.nanmax(rel)):.3g}, against {tol}; "
            f"{bad} of {excess.size} kept values beyond tolerance"
        )
        return Parity(True, False, text)
    return float(None)

mutants_x__compare_array__mutmut['_mutmut_orig'] = x__compare_array__mutmut_orig # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_1'] = x__compare_array__mutmut_1 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_2'] = x__compare_array__mutmut_2 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_3'] = x__compare_array__mutmut_3 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_4'] = x__compare_array__mutmut_4 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_5'] = x__compare_array__mutmut_5 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_6'] = x__compare_array__mutmut_6 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_7'] = x__compare_array__mutmut_7 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_8'] = x__compare_array__mutmut_8 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_9'] = x__compare_array__mutmut_9 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_10'] = x__compare_array__mutmut_10 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_11'] = x__compare_array__mutmut_11 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_12'] = x__compare_array__mutmut_12 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_13'] = x__compare_array__mutmut_13 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_14'] = x__compare_array__mutmut_14 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_15'] = x__compare_array__mutmut_15 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_16'] = x__compare_array__mutmut_16 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_17'] = x__compare_array__mutmut_17 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_18'] = x__compare_array__mutmut_18 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_19'] = x__compare_array__mutmut_19 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_20'] = x__compare_array__mutmut_20 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_21'] = x__compare_array__mutmut_21 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_22'] = x__compare_array__mutmut_22 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_23'] = x__compare_array__mutmut_23 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_24'] = x__compare_array__mutmut_24 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_25'] = x__compare_array__mutmut_25 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_26'] = x__compare_array__mutmut_26 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_27'] = x__compare_array__mutmut_27 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_28'] = x__compare_array__mutmut_28 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_29'] = x__compare_array__mutmut_29 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_30'] = x__compare_array__mutmut_30 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_31'] = x__compare_array__mutmut_31 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_32'] = x__compare_array__mutmut_32 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_33'] = x__compare_array__mutmut_33 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_34'] = x__compare_array__mutmut_34 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_35'] = x__compare_array__mutmut_35 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_36'] = x__compare_array__mutmut_36 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_37'] = x__compare_array__mutmut_37 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_38'] = x__compare_array__mutmut_38 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_39'] = x__compare_array__mutmut_39 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_40'] = x__compare_array__mutmut_40 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_41'] = x__compare_array__mutmut_41 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_42'] = x__compare_array__mutmut_42 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_43'] = x__compare_array__mutmut_43 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_44'] = x__compare_array__mutmut_44 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_45'] = x__compare_array__mutmut_45 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_46'] = x__compare_array__mutmut_46 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_47'] = x__compare_array__mutmut_47 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_48'] = x__compare_array__mutmut_48 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_49'] = x__compare_array__mutmut_49 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_50'] = x__compare_array__mutmut_50 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_51'] = x__compare_array__mutmut_51 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_52'] = x__compare_array__mutmut_52 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_53'] = x__compare_array__mutmut_53 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_54'] = x__compare_array__mutmut_54 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_55'] = x__compare_array__mutmut_55 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_56'] = x__compare_array__mutmut_56 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_57'] = x__compare_array__mutmut_57 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_58'] = x__compare_array__mutmut_58 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_59'] = x__compare_array__mutmut_59 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_60'] = x__compare_array__mutmut_60 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_61'] = x__compare_array__mutmut_61 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_62'] = x__compare_array__mutmut_62 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_63'] = x__compare_array__mutmut_63 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_64'] = x__compare_array__mutmut_64 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_65'] = x__compare_array__mutmut_65 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_66'] = x__compare_array__mutmut_66 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_67'] = x__compare_array__mutmut_67 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_68'] = x__compare_array__mutmut_68 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_69'] = x__compare_array__mutmut_69 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_70'] = x__compare_array__mutmut_70 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_71'] = x__compare_array__mutmut_71 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_72'] = x__compare_array__mutmut_72 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_73'] = x__compare_array__mutmut_73 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_74'] = x__compare_array__mutmut_74 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_75'] = x__compare_array__mutmut_75 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_76'] = x__compare_array__mutmut_76 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_77'] = x__compare_array__mutmut_77 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_78'] = x__compare_array__mutmut_78 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_79'] = x__compare_array__mutmut_79 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_80'] = x__compare_array__mutmut_80 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_81'] = x__compare_array__mutmut_81 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_82'] = x__compare_array__mutmut_82 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_83'] = x__compare_array__mutmut_83 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_84'] = x__compare_array__mutmut_84 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_85'] = x__compare_array__mutmut_85 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_86'] = x__compare_array__mutmut_86 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_87'] = x__compare_array__mutmut_87 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_88'] = x__compare_array__mutmut_88 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_89'] = x__compare_array__mutmut_89 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_90'] = x__compare_array__mutmut_90 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_91'] = x__compare_array__mutmut_91 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_92'] = x__compare_array__mutmut_92 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_93'] = x__compare_array__mutmut_93 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_94'] = x__compare_array__mutmut_94 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_95'] = x__compare_array__mutmut_95 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_96'] = x__compare_array__mutmut_96 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_97'] = x__compare_array__mutmut_97 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_98'] = x__compare_array__mutmut_98 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_99'] = x__compare_array__mutmut_99 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_100'] = x__compare_array__mutmut_100 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_101'] = x__compare_array__mutmut_101 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_102'] = x__compare_array__mutmut_102 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_103'] = x__compare_array__mutmut_103 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_104'] = x__compare_array__mutmut_104 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_105'] = x__compare_array__mutmut_105 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_106'] = x__compare_array__mutmut_106 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_107'] = x__compare_array__mutmut_107 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_108'] = x__compare_array__mutmut_108 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_109'] = x__compare_array__mutmut_109 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_110'] = x__compare_array__mutmut_110 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_111'] = x__compare_array__mutmut_111 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_112'] = x__compare_array__mutmut_112 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_113'] = x__compare_array__mutmut_113 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_114'] = x__compare_array__mutmut_114 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_115'] = x__compare_array__mutmut_115 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_116'] = x__compare_array__mutmut_116 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_117'] = x__compare_array__mutmut_117 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_118'] = x__compare_array__mutmut_118 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_119'] = x__compare_array__mutmut_119 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_120'] = x__compare_array__mutmut_120 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_121'] = x__compare_array__mutmut_121 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_122'] = x__compare_array__mutmut_122 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_123'] = x__compare_array__mutmut_123 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_124'] = x__compare_array__mutmut_124 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_125'] = x__compare_array__mutmut_125 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_126'] = x__compare_array__mutmut_126 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_127'] = x__compare_array__mutmut_127 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_128'] = x__compare_array__mutmut_128 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_129'] = x__compare_array__mutmut_129 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_130'] = x__compare_array__mutmut_130 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_131'] = x__compare_array__mutmut_131 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_132'] = x__compare_array__mutmut_132 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_133'] = x__compare_array__mutmut_133 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_134'] = x__compare_array__mutmut_134 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_135'] = x__compare_array__mutmut_135 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_136'] = x__compare_array__mutmut_136 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_137'] = x__compare_array__mutmut_137 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_138'] = x__compare_array__mutmut_138 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_139'] = x__compare_array__mutmut_139 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_140'] = x__compare_array__mutmut_140 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_141'] = x__compare_array__mutmut_141 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_142'] = x__compare_array__mutmut_142 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_143'] = x__compare_array__mutmut_143 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_144'] = x__compare_array__mutmut_144 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_145'] = x__compare_array__mutmut_145 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_146'] = x__compare_array__mutmut_146 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_147'] = x__compare_array__mutmut_147 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_148'] = x__compare_array__mutmut_148 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_149'] = x__compare_array__mutmut_149 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_150'] = x__compare_array__mutmut_150 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_151'] = x__compare_array__mutmut_151 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_152'] = x__compare_array__mutmut_152 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_153'] = x__compare_array__mutmut_153 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_154'] = x__compare_array__mutmut_154 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_155'] = x__compare_array__mutmut_155 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_156'] = x__compare_array__mutmut_156 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_157'] = x__compare_array__mutmut_157 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_158'] = x__compare_array__mutmut_158 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_159'] = x__compare_array__mutmut_159 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_160'] = x__compare_array__mutmut_160 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_161'] = x__compare_array__mutmut_161 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_162'] = x__compare_array__mutmut_162 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_163'] = x__compare_array__mutmut_163 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_164'] = x__compare_array__mutmut_164 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_165'] = x__compare_array__mutmut_165 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_166'] = x__compare_array__mutmut_166 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_167'] = x__compare_array__mutmut_167 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_168'] = x__compare_array__mutmut_168 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_169'] = x__compare_array__mutmut_169 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_170'] = x__compare_array__mutmut_170 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_171'] = x__compare_array__mutmut_171 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_172'] = x__compare_array__mutmut_172 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_173'] = x__compare_array__mutmut_173 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_174'] = x__compare_array__mutmut_174 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_175'] = x__compare_array__mutmut_175 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_176'] = x__compare_array__mutmut_176 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_177'] = x__compare_array__mutmut_177 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_178'] = x__compare_array__mutmut_178 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_179'] = x__compare_array__mutmut_179 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_180'] = x__compare_array__mutmut_180 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_181'] = x__compare_array__mutmut_181 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_182'] = x__compare_array__mutmut_182 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_183'] = x__compare_array__mutmut_183 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_184'] = x__compare_array__mutmut_184 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_185'] = x__compare_array__mutmut_185 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_186'] = x__compare_array__mutmut_186 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_187'] = x__compare_array__mutmut_187 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_188'] = x__compare_array__mutmut_188 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_189'] = x__compare_array__mutmut_189 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_190'] = x__compare_array__mutmut_190 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_191'] = x__compare_array__mutmut_191 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_192'] = x__compare_array__mutmut_192 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_193'] = x__compare_array__mutmut_193 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_194'] = x__compare_array__mutmut_194 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_195'] = x__compare_array__mutmut_195 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_196'] = x__compare_array__mutmut_196 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_197'] = x__compare_array__mutmut_197 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_198'] = x__compare_array__mutmut_198 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_199'] = x__compare_array__mutmut_199 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_200'] = x__compare_array__mutmut_200 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_201'] = x__compare_array__mutmut_201 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_202'] = x__compare_array__mutmut_202 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_203'] = x__compare_array__mutmut_203 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_204'] = x__compare_array__mutmut_204 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_205'] = x__compare_array__mutmut_205 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_206'] = x__compare_array__mutmut_206 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_207'] = x__compare_array__mutmut_207 # type: ignore # mutmut generated
mutants_x__compare_array__mutmut['x__compare_array__mutmut_208'] = x__compare_array__mutmut_208 # type: ignore # mutmut generated
mutants_x__as_real__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__as_real__mutmut)
def _as_real(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], axis=-1).reshape(-1).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_orig(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], axis=-1).reshape(-1).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_1(a: np.ndarray) -> np.ndarray:
    flat = None
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], axis=-1).reshape(-1).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_2(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(None)
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], axis=-1).reshape(-1).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_3(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(+1)
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], axis=-1).reshape(-1).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_4(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-2)
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], axis=-1).reshape(-1).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_5(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    if np.iscomplexobj(None):
        return np.stack([flat.real, flat.imag], axis=-1).reshape(-1).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_6(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], axis=-1).reshape(-1).astype(None)
    return flat.astype(np.float64)


def x__as_real__mutmut_7(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], axis=-1).reshape(None).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_8(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    if np.iscomplexobj(flat):
        return np.stack(None, axis=-1).reshape(-1).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_9(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], axis=None).reshape(-1).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_10(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    if np.iscomplexobj(flat):
        return np.stack(axis=-1).reshape(-1).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_11(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], ).reshape(-1).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_12(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], axis=+1).reshape(-1).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_13(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], axis=-2).reshape(-1).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_14(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], axis=-1).reshape(+1).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_15(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], axis=-1).reshape(-2).astype(np.float64)
    return flat.astype(np.float64)


def x__as_real__mutmut_16(a: np.ndarray) -> np.ndarray:
    flat = a.reshape(-1)
    if np.iscomplexobj(flat):
        return np.stack([flat.real, flat.imag], axis=-1).reshape(-1).astype(np.float64)
    return flat.astype(None)

mutants_x__as_real__mutmut['_mutmut_orig'] = x__as_real__mutmut_orig # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_1'] = x__as_real__mutmut_1 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_2'] = x__as_real__mutmut_2 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_3'] = x__as_real__mutmut_3 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_4'] = x__as_real__mutmut_4 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_5'] = x__as_real__mutmut_5 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_6'] = x__as_real__mutmut_6 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_7'] = x__as_real__mutmut_7 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_8'] = x__as_real__mutmut_8 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_9'] = x__as_real__mutmut_9 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_10'] = x__as_real__mutmut_10 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_11'] = x__as_real__mutmut_11 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_12'] = x__as_real__mutmut_12 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_13'] = x__as_real__mutmut_13 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_14'] = x__as_real__mutmut_14 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_15'] = x__as_real__mutmut_15 # type: ignore # mutmut generated
mutants_x__as_real__mutmut['x__as_real__mutmut_16'] = x__as_real__mutmut_16 # type: ignore # mutmut generated
mutants_x__where__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__where__mutmut)
def _where(flat_index: int, stride: int, shape: list[int]) -> str:
    if not shape:
        return "[]"
    return str([int(i) for i in np.unravel_index(flat_index * stride, shape)])


def x__where__mutmut_orig(flat_index: int, stride: int, shape: list[int]) -> str:
    if not shape:
        return "[]"
    return str([int(i) for i in np.unravel_index(flat_index * stride, shape)])


def x__where__mutmut_1(flat_index: int, stride: int, shape: list[int]) -> str:
    if shape:
        return "[]"
    return str([int(i) for i in np.unravel_index(flat_index * stride, shape)])


def x__where__mutmut_2(flat_index: int, stride: int, shape: list[int]) -> str:
    if not shape:
        return "XX[]XX"
    return str([int(i) for i in np.unravel_index(flat_index * stride, shape)])


def x__where__mutmut_3(flat_index: int, stride: int, shape: list[int]) -> str:
    if not shape:
        return "[]"
    return str(None)


def x__where__mutmut_4(flat_index: int, stride: int, shape: list[int]) -> str:
    if not shape:
        return "[]"
    return str([int(None) for i in np.unravel_index(flat_index * stride, shape)])


def x__where__mutmut_5(flat_index: int, stride: int, shape: list[int]) -> str:
    if not shape:
        return "[]"
    return str([int(i) for i in np.unravel_index(None, shape)])


def x__where__mutmut_6(flat_index: int, stride: int, shape: list[int]) -> str:
    if not shape:
        return "[]"
    return str([int(i) for i in np.unravel_index(flat_index * stride, None)])


def x__where__mutmut_7(flat_index: int, stride: int, shape: list[int]) -> str:
    if not shape:
        return "[]"
    return str([int(i) for i in np.unravel_index(shape)])


def x__where__mutmut_8(flat_index: int, stride: int, shape: list[int]) -> str:
    if not shape:
        return "[]"
    return str([int(i) for i in np.unravel_index(flat_index * stride, )])


def x__where__mutmut_9(flat_index: int, stride: int, shape: list[int]) -> str:
    if not shape:
        return "[]"
    return str([int(i) for i in np.unravel_index(flat_index / stride, shape)])

mutants_x__where__mutmut['_mutmut_orig'] = x__where__mutmut_orig # type: ignore # mutmut generated
mutants_x__where__mutmut['x__where__mutmut_1'] = x__where__mutmut_1 # type: ignore # mutmut generated
mutants_x__where__mutmut['x__where__mutmut_2'] = x__where__mutmut_2 # type: ignore # mutmut generated
mutants_x__where__mutmut['x__where__mutmut_3'] = x__where__mutmut_3 # type: ignore # mutmut generated
mutants_x__where__mutmut['x__where__mutmut_4'] = x__where__mutmut_4 # type: ignore # mutmut generated
mutants_x__where__mutmut['x__where__mutmut_5'] = x__where__mutmut_5 # type: ignore # mutmut generated
mutants_x__where__mutmut['x__where__mutmut_6'] = x__where__mutmut_6 # type: ignore # mutmut generated
mutants_x__where__mutmut['x__where__mutmut_7'] = x__where__mutmut_7 # type: ignore # mutmut generated
mutants_x__where__mutmut['x__where__mutmut_8'] = x__where__mutmut_8 # type: ignore # mutmut generated
mutants_x__where__mutmut['x__where__mutmut_9'] = x__where__mutmut_9 # type: ignore # mutmut generated
