"""What output parity promises, over generated arrays: `|a - b| <= atol + rtol * |b|` with b
the reference, element by element, the edge included; shapes, keys and infinities compare
exactly; what cannot be compared is unchecked, never "agree"."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("hypothesis")
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from harness.judge.parity import Parity, Tolerance, compare

from .test_judge_properties import SETTINGS
from .test_verdicts import Run

_counter = itertools.count()


def pair(a: np.ndarray | dict, b: np.ndarray | dict) -> tuple:
    root = Path(tempfile.mkdtemp(prefix="parity-"))
    run = Run(root)
    run.cell("fix", out=a).cell("eager", out=b, modules=())
    return run.records[0], run.records[1]


def check(a: np.ndarray | dict, b: np.ndarray | dict, tol: Tolerance) -> Parity:
    record, reference = pair(a, b)
    return compare(record, reference, tol)


FLOATS = st.floats(-1e6, 1e6, allow_nan=False, width=32)
ARRAYS = hnp.arrays(
    np.float32, hnp.array_shapes(min_dims=1, max_dims=3, max_side=4), elements=FLOATS
)
TOLS = st.builds(
    Tolerance,
    rtol=st.sampled_from([0.0, 1e-3, 0.5]),
    atol=st.sampled_from([0.0, 1e-4, 0.25]),
)


@SETTINGS
@given(ARRAYS, TOLS)
def test_an_array_agrees_with_itself(a: np.ndarray, tol: Tolerance) -> None:
    p = check(a, a, tol)
    assert p.checked and p.agree


@st.composite
def same_shape(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    shape = draw(hnp.array_shapes(min_dims=1, max_dims=3, max_side=4))
    a = draw(hnp.arrays(np.float32, shape, elements=FLOATS))
    near = a + draw(hnp.arrays(np.float32, shape, elements=st.floats(-1, 1, width=32)))
    b = draw(
        st.one_of(st.just(near.astype(np.float32)), hnp.arrays(np.float32, shape, elements=FLOATS))
    )
    return a, b


@SETTINGS
@given(same_shape(), TOLS)
def test_agreement_is_exactly_the_tolerance_rule_on_the_reference(
    ab: tuple[np.ndarray, np.ndarray], tol: Tolerance
) -> None:
    a, b = ab
    p = check(a, b, tol)
    x, y = a.astype(np.float64), b.astype(np.float64)
    expected = bool(np.all(np.abs(x - y) <= tol.atol + tol.rtol * np.abs(y)))
    assert p.checked and p.agree == expected, p.text


@SETTINGS
@given(ARRAYS, ARRAYS)
def test_a_different_shape_differs(a: np.ndarray, b: np.ndarray) -> None:
    assume(a.shape != b.shape)
    p = check(a, b, Tolerance(rtol=1e9, atol=1e9))
    assert p.checked and not p.agree and "shape" in p.text


def test_different_keys_differ() -> None:
    one = np.ones((2, 2), np.float32)
    p = check({"a": one}, {"b": one}, Tolerance())
    assert p.checked and not p.agree and "only one of them" in p.text


@pytest.mark.parametrize(
    ("x", "y", "agree"),
    [
        (np.inf, np.inf, True),
        (-np.inf, -np.inf, True),
        (np.inf, -np.inf, False),
        (np.inf, 1e30, False),
        (1e30, np.inf, False),
        (np.nan, 1.0, False),
    ],
)
def test_an_infinity_agrees_only_with_the_same_infinity(x: float, y: float, agree: bool) -> None:
    a = np.array([1.0, x], np.float32)
    b = np.array([1.0, y], np.float32)
    p = check(a, b, Tolerance(rtol=1e9, atol=1e30))
    assert p.checked and p.agree is agree, p.text


def test_a_nan_in_the_reference_cannot_judge() -> None:
    p = check(np.array([1.0], np.float32), np.array([np.nan], np.float32), Tolerance())
    assert not p.checked and "NaN" in p.text


def test_only_values_beyond_the_edge_are_counted() -> None:
    a, b = np.array([3.25, 5.0, 2.0]), np.array([2.0, 2.0, 2.0])  # at the edge, beyond, equal
    p = check(a, b, Tolerance(rtol=0.5, atol=0.25))
    assert p.text.endswith("; 1 of 3 kept values beyond tolerance"), p.text


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        # |a - b| == atol + rtol * |b| exactly (representable): the edge is inside
        (3.25, 2.0, True),
        (3.25 + 2**-20, 2.0, False),
        # rtol scales the reference's magnitude, not the record's: 1.0 vs 2.0 with rtol 0.5
        # agrees (|diff| 1 <= 0.5 * 2); 2.0 vs 1.0 does not (1 > 0.5 * 1)
        (1.0, 2.0, True),
        (2.0, 1.0, False),
    ],
)
def test_the_tolerance_edge_is_inclusive_and_rtol_scales_the_reference(
    a: float, b: float, agree: bool
) -> None:
    tol = Tolerance(rtol=0.5, atol=0.25 if a == 3.25 or a > 3 else 0.0)
    p = check(np.array([a], np.float64), np.array([b], np.float64), tol)
    assert p.checked and p.agree is agree, p.text


@SETTINGS
@given(ARRAYS, st.integers(0, 10_000), st.floats(1e-2, 1e3))
def test_a_difference_beyond_tolerance_is_found_wherever_it_is(
    a: np.ndarray, at: int, by: float
) -> None:
    b = a.copy()
    i = at % a.size
    b.flat[i] = np.float32(b.flat[i] + by + 1.0)
    assume(abs(float(b.flat[i]) - float(a.flat[i])) > 1e-4 + 1e-3 * abs(float(b.flat[i])))
    p = check(a, b, Tolerance())
    assert p.checked and not p.agree
    assert "beyond tolerance" in p.text


def test_booleans_and_integers_compare_exactly_and_by_tolerance() -> None:
    t = np.array([True, False])
    assert check(t, t, Tolerance()).agree
    assert not check(t, ~t, Tolerance()).agree
    ints = np.array([1, 2, 3], np.int32)
    assert check(ints, ints, Tolerance()).agree
    assert not check(ints, ints + 1, Tolerance(rtol=0.0, atol=0.5)).agree


def test_complex_values_compare_by_real_and_imaginary_part() -> None:
    a = np.array([1 + 1j], np.complex64)
    b = np.array([1 - 1j], np.complex64)  # same magnitude, different value
    assert not check(a, b, Tolerance()).agree
    assert check(a, a.copy(), Tolerance()).agree


# What a reader of a verdict sees: the whole text of each kind of difference.
TEXTS = [
    (
        np.ones((2, 3), np.float32),
        np.ones((3, 2), np.float32),
        True,
        False,
        "step1/0: shape [2, 3] vs [3, 2]",
    ),
    (
        {"a": np.ones(2, np.float32)},
        {"b": np.ones(2, np.float32)},
        True,
        False,
        "outputs differ: step1/a is in only one of them",
    ),
    (
        np.array([1.0, np.inf], np.float32),
        np.array([1.0, 2.0], np.float32),
        True,
        False,
        "step1/0 at [1]: inf vs 2 (not finite)",
    ),
    (
        np.arange(12, dtype=np.float32).reshape(3, 4),
        np.arange(12, dtype=np.float32).reshape(3, 4) + np.eye(3, 4, dtype=np.float32) * 0.5,
        True,
        False,
        "step1/0 at [0, 0]: 0 vs 0.5; largest |diff| 0.5, largest rel 1, against atol 0.0001 + "
        "rtol 0.001; 3 of 12 kept values beyond tolerance",
    ),
    (
        np.ones(3, np.float32),
        np.array([1, np.nan, np.nan], np.float32),
        False,
        False,
        "the reference's step1/0 holds 2 NaN values: it cannot judge",
    ),
    (
        np.array([True, False, True]),
        np.array([True, True, True]),
        True,
        False,
        "step1/0 at [1]: False vs True",
    ),
    (np.array(["a", "b"]), np.array(["a", "c"]), True, False, "step1/0 at [1]: 'b' vs 'c'"),
    (np.array([True]), np.array([1.0], np.float32), True, False, "step1/0: bool vs float32"),
    (np.array([1.0], np.float32), np.array([True]), True, False, "step1/0: float32 vs bool"),
    (np.array(["a"]), np.array([1.0], np.float32), True, False, "step1/0: <U1 vs float32"),
    (np.array([1.0], np.float32), np.array([b"a"]), True, False, "step1/0: float32 vs |S1"),
    (
        np.array([[True, False], [True, True]]),
        np.array([[True, False], [True, False]]),
        True,
        False,
        "step1/0 at [1, 1]: True vs False",
    ),
    (
        np.array([True, False]),
        np.array([True, False]),
        True,
        True,
        "agree within atol 0.0001 + rtol 0.001 (largest |diff| 0 in step1/0)",
    ),
    (
        np.array([1, 200], np.uint8),
        np.array([1, 100], np.uint8),
        True,
        False,
        "step1/0 at [1]: 200 vs 100; largest |diff| 100, largest rel 1, against atol 0.0001 + "
        "rtol 0.001; 1 of 2 kept values beyond tolerance",
    ),
    (
        np.array([1 + 1j, complex(2, np.inf)], np.complex64),
        np.array([1 + 1j, 2 + 2j], np.complex64),
        True,
        False,
        "step1/0 at [1] (imaginary part): inf vs 2 (not finite)",
    ),
    (
        np.array([1 + 1j, 2 + 2j], np.complex64),
        np.array([1 + 1j, 2 - 2j], np.complex64),
        True,
        False,
        "step1/0 at [1] (imaginary part): 2 vs -2; largest |diff| 4, largest rel 2, against "
        "atol 0.0001 + rtol 0.001; 1 of 4 kept parts beyond tolerance",
    ),
    (
        np.array([[1 + 1j, 2 + 2j], [3 + 3j, 4 + 4j]], np.complex64),
        np.array([[1 + 1j, 5 + 2j], [3 + 3j, 4 + 4j]], np.complex64),
        True,
        False,
        "step1/0 at [0, 1] (real part): 2 vs 5; largest |diff| 3, largest rel 0.6, against "
        "atol 0.0001 + rtol 0.001; 1 of 8 kept parts beyond tolerance",
    ),
    (
        np.array(1.0, np.float32),
        np.array(2.0, np.float32),
        True,
        False,
        "step1/0 at []: 1 vs 2; largest |diff| 1, largest rel 0.5, against atol 0.0001 + "
        "rtol 0.001; 1 of 1 kept values beyond tolerance",
    ),
    (  # integers are compared as float64: no wrap-around
        np.array([127], np.int8),
        np.array([-128], np.int8),
        True,
        False,
        "step1/0 at [0]: 127 vs -128; largest |diff| 255, largest rel 1.99, against "
        "atol 0.0001 + rtol 0.001; 1 of 1 kept values beyond tolerance",
    ),
    (
        {},
        {"a": np.ones(2, np.float32)},
        True,
        False,
        "outputs differ: step1/a is in only one of them",
    ),
    (  # the first of the outputs that differ most is named
        {"a": np.ones(2, np.float32), "b": np.ones(2, np.float32)},
        {"a": np.ones(2, np.float32), "b": np.ones(2, np.float32)},
        True,
        True,
        "agree within atol 0.0001 + rtol 0.001 (largest |diff| 0 in step1/a)",
    ),
    (
        np.ones(0, np.float32),
        np.ones(0, np.float32),
        True,
        True,
        "agree within atol 0.0001 + rtol 0.001 (largest |diff| 0 in step1/0)",
    ),
    (
        np.arange(4, dtype=np.float32),
        np.arange(4, dtype=np.float32) + np.float32(1e-6),
        True,
        True,
        "agree within atol 0.0001 + rtol 0.001 (largest |diff| 1e-06 in step1/0)",
    ),
]


@pytest.mark.parametrize(("a", "b", "checked", "agree", "text"), TEXTS)
def test_each_kind_of_difference_is_said_in_full(a, b, checked, agree, text) -> None:
    p = check(a, b, Tolerance())
    assert (p.checked, p.agree, p.text) == (checked, agree, text)


# --- what cannot be compared says why, never "agree" -----------------------------------------


def _rewrite(record, arrays: dict[str, np.ndarray], version: tuple[int, int] = (1, 0)) -> None:
    """Replace the record's .npz with these arrays (as .npy members of the given format)."""
    import io
    import zipfile

    from numpy.lib import format as npformat

    path = record.source / record.outputs.file
    path.unlink()
    with zipfile.ZipFile(path, "w") as archive:
        for key, a in arrays.items():
            member = io.BytesIO()
            npformat.write_array(member, a, version=version, allow_pickle=True)
            archive.writestr(f"{key}.npy", member.getvalue())


ONES = np.ones(4, np.float32)


def _tampered(how: str):
    """A record and its reference, the record's outputs tampered with as `how` says."""
    record, reference = pair(ONES, ONES)
    declared = record.outputs.arrays[0]
    if how == "no outputs":
        record.outputs = None
    elif how == "no folder":
        record.source = None
    elif how == "not a zip":
        (record.source / record.outputs.file).write_bytes(b"not a zip")
    elif how == "undeclared":
        _rewrite(record, {"step1/0": ONES, "step1/1": ONES})
    elif how == "objects":
        _rewrite(record, {"step1/0": np.array([{}, {}, {}, {}], dtype=object)})
    elif how == "other dtype":
        _rewrite(record, {"step1/0": ONES.astype(np.float64)})
    elif how == "other shape":
        _rewrite(record, {"step1/0": np.ones(5, np.float32)})
    elif how == "format 2.0":
        _rewrite(record, {"step1/0": ONES}, version=(2, 0))
    elif how == "format 3.0":
        _rewrite(record, {"step1/0": ONES}, version=(3, 0))
    elif how == "link":
        path = record.source / record.outputs.file
        path.rename(path.with_suffix(".real"))
        path.symlink_to(path.with_suffix(".real").name)
    elif how == "dangling link":
        path = record.source / record.outputs.file
        path.unlink()
        path.symlink_to("gone.npz")
    elif how == "skipped":
        reference.outputs.skipped = ["step1/1"]
    elif how == "other stride":  # two of eight values kept, as a cap would
        _rewrite(record, {"step1/0": np.ones(2, np.float32)})
        declared.shape, declared.stride = [8], 4
        reference.outputs.arrays[0].shape = [8]
        _rewrite(reference, {"step1/0": np.ones(8, np.float32)})
    elif how == "dates in the reference":
        _rewrite(reference, {"step1/0": np.array(["2026-01-01"] * 4, dtype="datetime64[D]")})
        reference.outputs.arrays[0].dtype = "datetime64[D]"
    elif how == "dates":
        dates = np.array(["2026-01-01"] * 4, dtype="datetime64[D]")
        _rewrite(record, {"step1/0": dates})
        _rewrite(reference, {"step1/0": dates})
        declared.dtype = reference.outputs.arrays[0].dtype = "datetime64[D]"
    return record, reference


@pytest.mark.parametrize(
    ("how", "text"),
    [
        ("no outputs", "e/t/s/fix: no outputs saved"),
        ("no folder", "e/t/s/fix: outputs file without a folder"),
        ("not a zip", "e/t/s/fix: outputs file unreadable: File is not a zip file"),
        (
            "undeclared",
            "e/t/s/fix: outputs file unreadable: step1/1.npy: an array the record does not declare",
        ),
        ("objects", "e/t/s/fix: outputs file unreadable: step1/0.npy: holds Python objects"),
        (
            "other dtype",
            "e/t/s/fix: outputs file unreadable: step1/0.npy: holds float64 (4,), the record "
            "declares float32 (4,)",
        ),
        (
            "other shape",
            "e/t/s/fix: outputs file unreadable: step1/0.npy: holds float32 (5,), the record "
            "declares float32 (4,)",
        ),
        (
            "format 3.0",
            "e/t/s/fix: outputs file unreadable: step1/0.npy: .npy format (3, 0) not read",
        ),
        ("link", "e/t/s/fix: outputs file 'results/e/t.s.fix.npz' not read: a symbolic link"),
        (
            "dangling link",
            "e/t/s/fix: outputs file 'results/e/t.s.fix.npz' not read: a symbolic link",
        ),
        ("skipped", "step1/1 could not be kept as an array"),
        ("other stride", "step1/0: the kept arrays do not match their records"),
        ("dates", "step1/0: datetime64[D] values cannot be compared"),
        ("dates in the reference", "step1/0: datetime64[D] values cannot be compared"),
    ],
)
def test_what_cannot_be_compared_is_unchecked_and_says_why(how: str, text: str) -> None:
    record, reference = _tampered(how)
    p = compare(record, reference, Tolerance())
    assert (p.checked, p.text) == (False, text)
    if how in ("no outputs", "no folder", "not a zip"):  # and the same of the reference
        p = compare(reference, record, Tolerance())
        assert (p.checked, p.text) == (False, text)


def test_arrays_of_either_npy_format_are_read() -> None:
    p = compare(*_tampered("format 2.0"), Tolerance())
    assert p.checked and p.agree, p.text


def test_nothing_to_compare_is_unchecked() -> None:
    p = check({}, {}, Tolerance())
    assert (p.checked, p.text) == (False, "no outputs to compare")


def test_a_strided_difference_is_placed_in_the_whole_array() -> None:
    """A cap keeps every stride-th element: the position said is the element's own."""
    record, reference = pair(np.ones(2, np.float32), np.array([1.0, 3.0], np.float32))
    for r in (record, reference):
        r.outputs.arrays[0].shape, r.outputs.arrays[0].stride = [3, 2], 4
    p = compare(record, reference, Tolerance())
    assert p.text.startswith("step1/0 at [2, 0]: 1 vs 3;"), p.text
    p = compare(record, record, Tolerance())
    assert p.agree and p.text.endswith("(largest |diff| 0 in step1/0)"), p.text
    record, reference = pair(np.ones(2, np.float32), np.array([1.0, 3.0], np.float32))
    for r in (record, reference):  # every other element of a 2 x 2 array
        r.outputs.arrays[0].shape, r.outputs.arrays[0].stride = [2, 2], 2
    p = compare(record, reference, Tolerance())
    assert p.text.startswith("step1/0 at [1, 0]: 1 vs 3;"), p.text


def test_a_record_whose_shape_numpy_cannot_index_is_unchecked() -> None:
    record, reference = pair(np.ones(1, np.float32), np.array([3.0], np.float32))
    for r in (record, reference):  # one value kept of 2**80 declared
        r.outputs.arrays[0].shape, r.outputs.arrays[0].stride = [2**40, 2**40], 2**80
    p = compare(record, reference, Tolerance())
    assert not p.checked and p.text.startswith("step1/0: cannot be compared (dimensions"), p.text


def test_arrays_beyond_the_cap_are_never_loaded(monkeypatch) -> None:
    """What the archive says it unpacks to, and what each .npy header says it holds, are
    both capped before numpy allocates anything."""
    import io
    import zipfile

    from numpy.lib import format as npformat

    from harness.judge import parity

    record, reference = pair(ONES, ONES)  # a 1 KB member whose header claims 8 TiB
    record.outputs.arrays[0].shape, record.outputs.arrays[0].dtype = [2**40], "float64"
    member = io.BytesIO()
    npformat.write_array_header_1_0(
        member, {"descr": "<f8", "fortran_order": False, "shape": (2**40,)}
    )
    member.write(b"\0" * 1024)
    path = record.source / record.outputs.file
    path.unlink()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("step1/0.npy", member.getvalue())
    p = compare(record, reference, Tolerance())
    assert p.text == (
        "e/t/s/fix: outputs file unreadable: more than 64 MiB of arrays once loaded (step1/0.npy)"
    )
    # the arrays together: two members of 40 MiB each
    record, reference = pair({"a": ONES, "b": ONES}, {"a": ONES, "b": ONES})
    for declared in record.outputs.arrays:
        declared.shape, declared.dtype = [5 << 20], "float64"
    path = record.source / record.outputs.file
    path.unlink()
    with zipfile.ZipFile(path, "w") as archive:
        for key in ("a", "b"):
            member = io.BytesIO()
            header = {"descr": "<f8", "fortran_order": False, "shape": (5 << 20,)}
            npformat.write_array_header_1_0(member, header)
            archive.writestr(f"step1/{key}.npy", member.getvalue())
    p = compare(record, reference, Tolerance())
    assert p.text == (
        "e/t/s/fix: outputs file unreadable: more than 64 MiB of arrays once loaded (step1/b.npy)"
    )
    big, same = pair(np.ones(3 << 20, np.uint8), np.ones(3 << 20, np.uint8))  # 1 MiB kept
    monkeypatch.setattr(parity, "MAX_ARRAY_BYTES", 1 << 20)  # less than 1 MiB and a header
    p = compare(big, same, Tolerance())
    assert p.text == "e/t/s/fix: outputs file unreadable: 1 MiB once unpacked, more than 1"


def test_comparing_outputs_warns_of_nothing() -> None:
    """A zero or an infinity in the outputs is a value to compare, not a numpy warning on
    the terminal of whoever reads the report."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        p = check(np.array([1.0, np.inf, 0.0]), np.array([0.0, np.inf, 0.0]), Tolerance())
    assert p.text.startswith("step1/0 at [0]: 1 vs 0; largest |diff| 1, largest rel inf"), p.text
