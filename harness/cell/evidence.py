"""Facts a cell records about itself: XLA modules compiled, output digests, fingerprint.

Runs in the child; what TensorFlow says of itself comes through harness.cell.backend.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import resource
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from harness.cell import backend
from harness.config import companions
from harness.config.companions import split_requirement
from harness.results.records import OutputArray, Outputs, XlaModule

DOWNSAMPLE = 8  # the digest keeps an 8 x 8 average-pooled view of one image


_COUNTER = re.compile(r"_\d+_*$")  # a trailing trace counter: translate_xla_382__
_PREFIX = re.compile(r"^(a|__)?_?inference_")
# attributes that vary between identical compilations: source locations and op names,
# compile ids and other frontend annotations, channel ids
_ATTRIBUTES = re.compile(r",? (metadata|frontend_attributes)=\{[^{}]*\}|,? channel_id=\d+")
# an instruction, computation or parameter name with its unique number: constant.5,
# %region_0.4, Arg_1.2; renamed in order of first appearance
_NUMBERED = re.compile(r"%?\b([A-Za-z_][\w-]*)\.(\d+)\b")


def function_name(module: str) -> str:
    """`a_inference_translate_xla_382__.1` -> `translate_xla`: the same function in every
    process, whatever its trace counter."""
    name = _COUNTER.sub("", _PREFIX.sub("", module.split(".")[0]))
    return name.rstrip("_") or module


def normalised_hlo(text: str, module: str) -> str:
    """Canonical HLO: what varies between identical compilations of the same code taken
    out, so that two cells compare by what they compiled. The module's own name (trace
    counters), metadata (op names, source files and lines), frontend attributes (compile
    ids), channel ids, and the numbers XLA gives instructions, computations and parameters
    (renamed v0, v1, ... in order of first appearance: the structure stays, the counter
    that depends on what the process compiled before goes)."""
    text = _ATTRIBUTES.sub("", text).replace(module, function_name(module))
    names: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        return names.setdefault(match.group(0).lstrip("%"), f"v{len(names)}")

    text = _NUMBERED.sub(rename, text)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def xla_modules(dump_dir: str | Path, leave_out: Iterable[str] = ()) -> list[XlaModule]:
    """The XLA modules compiled so far, from `XLA_FLAGS=--xla_dump_to=DIR`, less those
    whose number (`module_NNNN`) is in `leave_out` (the steady state's: never evidence).

    XLA writes several files per compiled module, all starting with `module_NNNN.` and the
    computation's name; one prefix is one compilation. Its identity is the function's name
    and a hash of its HLO before optimisation, so two cells compare by what they compiled,
    not by how many modules.
    """
    return list(numbered_xla_modules(dump_dir, leave_out).values())


def module_numbers(dump_dir: str | Path) -> set[str]:
    """The `module_NNNN` prefixes in the dump so far (cheap: no file is read)."""
    try:
        return {e.partition(".")[0] for e in os.listdir(dump_dir) if e.startswith("module_")}
    except OSError:
        return set()


def numbered_xla_modules(
    dump_dir: str | Path, leave_out: Iterable[str] = ()
) -> dict[str, XlaModule]:
    """`xla_modules`, by their `module_NNNN` prefix, in the order XLA numbered them."""
    try:
        entries = sorted(os.listdir(dump_dir))
    except OSError:
        return {}
    skip = set(leave_out)
    found: dict[str, XlaModule] = {}
    for entry in entries:
        if not entry.startswith("module_"):
            continue
        number, _, rest = entry.partition(".")
        if number in skip:
            continue
        module = ".".join(rest.split(".")[:2]) if rest else ""
        if number in found and found[number].hlo:
            continue
        digest_ = ""
        if entry.endswith(".before_optimizations.txt"):
            try:
                text = (Path(dump_dir) / entry).read_text(errors="replace")
            except OSError:
                text = ""
            digest_ = hashlib.sha256(normalised_hlo(text, module).encode()).hexdigest()[:12]
        found[number] = XlaModule(function_name(module) if module else number, digest_)
    return {n: found[n] for n in sorted(found)}


def compilations(dump_dir: str | Path) -> dict[str, tuple[int, int]]:
    """Each XLA compilation in the dump folder (`module_NNNN`) with the times its first and
    last file were written (ns): XLA writes the unoptimised HLO as it starts optimising and
    the object code (or buffer assignment) last, so the span is XLA's own compile time; the
    lowering from TensorFlow to HLO before it is not in it."""
    found: dict[str, tuple[int, int]] = {}
    try:
        entries = list(os.scandir(dump_dir))
    except OSError:
        return found
    for entry in entries:
        if not entry.name.startswith("module_"):
            continue
        try:
            written = entry.stat().st_mtime_ns
        except OSError:
            continue
        number = entry.name.partition(".")[0]
        first, last = found.get(number, (written, written))
        found[number] = (min(first, written), max(last, written))
    return found


def peak_rss_mb() -> float:
    """This process's resident set size high-water mark (ru_maxrss), in MiB. A forked cell
    starts from the part of its fork server's that it inherited."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024  # bytes there, KiB here


def digest(array: Any) -> dict[str, Any]:
    """A small, comparable summary of one output: shape, statistics, a downsampled view."""
    a = np.asarray(array)
    info: dict[str, Any] = {"shape": list(a.shape), "dtype": str(a.dtype)}
    if a.size == 0 or not (np.issubdtype(a.dtype, np.number) or a.dtype == bool):
        return info
    x = np.abs(a) if np.iscomplexobj(a) else a.astype(np.float64)
    finite = np.isfinite(x)
    info["finite"] = float(finite.mean())
    xf = x[finite] if not finite.all() else x
    if xf.size:
        q = np.percentile(xf, [1, 50, 99])
        info.update(
            mean=float(xf.mean()),
            std=float(xf.std()),
            min=float(xf.min()),
            max=float(xf.max()),
            p01=float(q[0]),
            p50=float(q[1]),
            p99=float(q[2]),
        )
    info["view"] = _view(x)
    return info


def flatten_outputs(outputs: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """(key, array) for every leaf of a model's outputs: lists and tuples by index, dicts by
    key, so dict and list outputs compare element by element."""
    if isinstance(outputs, dict):
        items = [(str(k), v) for k, v in sorted(outputs.items(), key=lambda kv: str(kv[0]))]
    elif isinstance(outputs, list | tuple):
        items = [(str(i), v) for i, v in enumerate(outputs)]
    else:
        return [(prefix or "0", outputs)]
    out = []
    for key, value in items:
        out += flatten_outputs(value, f"{prefix}/{key}" if prefix else key)
    return out


def save_outputs(path: str, steps: list[list[tuple[str, Any]]], cap_bytes: int) -> Outputs:
    """Every step's outputs as one .npz, within `cap_bytes`: when they would not fit, each
    array keeps every k-th element of its flattened values (the same k for the same shapes
    in every cell, so two cells still compare element for element)."""
    keyed = [
        (f"step{i}/{key}", value) for i, outs in enumerate(steps, start=1) for key, value in outs
    ]
    return save_keyed_outputs(path, keyed, cap_bytes)


def save_keyed_outputs(path: str, outputs: list[tuple[str, Any]], cap_bytes: int) -> Outputs:
    """`save_outputs` for arrays named by the caller (a test target's `<node id>/<name>`)."""
    arrays, skipped = [], []
    for key, value in outputs:
        a = np.asarray(value)
        if a.dtype == object:  # e.g. tf.string outputs: kept as bytes when they are
            try:
                a = a.astype(np.bytes_)
            except (TypeError, ValueError):
                skipped.append(key)
                continue
        arrays.append((key, a))
    total = sum(a.nbytes for _, a in arrays)
    stride = max(1, -(-total // cap_bytes)) if cap_bytes > 0 else 1
    kept, manifest = {}, []
    for key, a in arrays:
        flat = a.reshape(-1)[::stride] if stride > 1 else a
        kept[key] = flat
        manifest.append(OutputArray(key, list(a.shape), str(a.dtype), stride))
    np.savez(path, **kept)
    return Outputs(Path(path).name, manifest, cap_bytes, capped=stride > 1, skipped=skipped)


def _view(x: np.ndarray) -> list[list[float]]:
    """First image's first channel, average-pooled to at most DOWNSAMPLE x DOWNSAMPLE."""
    img = x
    while img.ndim > 3:
        img = img[0]
    if img.ndim == 3:
        img = img[..., 0]
    if img.ndim == 1:
        img = img[None, :]
    if img.ndim != 2:
        return []
    img = np.where(np.isfinite(img), img, 0.0)
    h, w = img.shape
    rows = np.array_split(np.arange(h), min(DOWNSAMPLE, h))
    cols = np.array_split(np.arange(w), min(DOWNSAMPLE, w))
    return [[round(float(img[np.ix_(r, c)].mean()), 7) for c in cols] for r in rows]


def package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def fingerprint(tf: Any = None, requires: Iterable[str] = ()) -> dict[str, Any]:
    """What this cell really ran on: versions installed, devices TensorFlow sees, the
    TensorFlow companions installed and the versions of what the target requires."""
    fp: dict[str, Any] = {
        "python": platform.python_version(),
        "executable": sys.executable,
        "platform": platform.platform(),
        "tensorflow": None,
        "keras": None,
        "tf_keras": package_version("tf-keras") or package_version("tf_keras"),
        "numpy": np.__version__,
        "legacy_keras": os.environ.get("TF_USE_LEGACY_KERAS") in ("1", "true", "True"),
        "devices": [],
        "companions": {
            name: version
            for name, version in installed_versions(companions.distributions()).items()
            if version
        },
        "requires": installed_versions(split_requirement(r)[0] for r in requires),
    }
    for dist in ("tensorflow-cpu", "tensorflow", "tf-nightly", "tf-nightly-cpu"):
        version = package_version(dist)
        if version:
            fp["tensorflow_dist"] = dist
            break
    if tf is not None:
        fp["tensorflow"] = backend.tensorflow_version(tf)
        fp.update(keras_in_use(backend.keras_module(tf)))
        fp["devices"] = backend.devices(tf)
    return fp


def installed_versions(names: Iterable[str]) -> dict[str, str | None]:
    """name -> installed version (None: not installed)."""
    return {name: package_version(name) for name in names}


def keras_in_use(module: str | None) -> dict[str, Any]:
    """Which Keras `tf.keras` (the module `module`, None: unresolved) really is: Keras 2,
    Keras 3 or tf-keras, and its version."""
    if module is None:
        return {"keras": None, "keras_flavour": "unresolved"}
    if module.startswith("tf_keras"):
        version = package_version("tf-keras") or package_version("tf_keras")
        return {"keras": version, "keras_flavour": "tf-keras", "keras_module": module}
    version = package_version("keras") or package_version("keras-nightly")
    major = (version or "?").split(".")[0]
    return {"keras": version, "keras_flavour": f"keras{major}", "keras_module": module}
