"""Facts a cell records about itself: XLA modules compiled, output digests, fingerprint.

Runs in the child. Imports numpy only; TensorFlow is passed in by the caller.
"""

from __future__ import annotations

import os
import platform
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

DOWNSAMPLE = 8  # the digest keeps an 8 x 8 average-pooled view of one image


def xla_modules(dump_dir: str | Path) -> list[str]:
    """Names of the XLA modules compiled so far, from `XLA_FLAGS=--xla_dump_to=DIR`.

    XLA writes several files per compiled module, all starting with `module_NNNN.`
    followed by the computation's name; one prefix is one compilation.
    """
    try:
        entries = os.listdir(dump_dir)
    except OSError:
        return []
    names = set()
    for entry in entries:
        if entry.startswith("module_"):
            head, _, rest = entry.partition(".")
            names.add(f"{head}.{rest.split('.')[0]}" if rest else head)
    by_number: dict[str, str] = {}
    for name in sorted(names):
        by_number.setdefault(name.split(".")[0], name)
    return sorted(by_number.values())


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


def fingerprint(tf: Any = None) -> dict[str, Any]:
    """What this cell really ran on: versions installed, devices TensorFlow sees."""
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
    }
    for dist in ("tensorflow-cpu", "tensorflow", "tf-nightly", "tf-nightly-cpu"):
        version = package_version(dist)
        if version:
            fp["tensorflow_dist"] = dist
            break
    if tf is not None:
        fp["tensorflow"] = tf.__version__
        fp.update(keras_in_use(tf))
        fp["devices"] = [f"{d.device_type}:{d.name}" for d in tf.config.list_physical_devices()]
    return fp


def keras_in_use(tf: Any) -> dict[str, Any]:
    """Which Keras `tf.keras` really is: Keras 2, Keras 3 or tf-keras, and its version."""
    try:
        module = tf.keras.__name__
    except Exception:  # noqa: BLE001 - tf.keras is lazy and can fail to resolve
        return {"keras": None, "keras_flavour": "unresolved"}
    if module.startswith("tf_keras"):
        version = package_version("tf-keras") or package_version("tf_keras")
        return {"keras": version, "keras_flavour": "tf-keras", "keras_module": module}
    version = package_version("keras") or package_version("keras-nightly")
    major = (version or "?").split(".")[0]
    return {"keras": version, "keras_flavour": f"keras{major}", "keras_module": module}
