"""Adapter for projects with the `ptycho` API, driven exactly as the original spike did.

Before each build: `ptycho.params.cfg` gets N, gridsize, offset=4, default_probe_scale=4.0,
probe=`ptycho.probe.get_default_probe(N, fmt='tf')`, intensity_scale=1.0, nphotons=1e9.
Then `ptycho.model.create_model_with_gridsize(gridsize, N=N)` returns
(autoencoder, diffraction_to_obj); the autoencoder is run on the spike's inputs,
[(b,N,N,g^2), (b,1,2,g^2)] (`make_inputs`, which the built-in targets declare too).

`ptycho.model` is imported only after the parameters of the first build are set, as the
spike did, and whether `ptycho.model._lazy_cache == {}` right after that import is recorded
as a fact of the cell (not asserted: a project without lazy loading is exactly what the
matrix must show).

Use: nox -s xla_matrix -- --target ptycho --target-path ../PtychoPINN
"""

from __future__ import annotations

import importlib
from typing import Any

import numpy as np

CFG_DEFAULTS = {"offset": 4, "default_probe_scale": 4.0, "intensity_scale": 1.0, "nphotons": 1e9}

FACTS: dict[str, Any] = {}


def set_params(n: int, gridsize: int) -> None:
    params = importlib.import_module("ptycho.params")
    probe = importlib.import_module("ptycho.probe")
    params.cfg["N"] = n
    params.cfg["gridsize"] = gridsize
    for key, value in CFG_DEFAULTS.items():
        params.cfg[key] = value
    params.cfg["probe"] = probe.get_default_probe(n, fmt="tf")


def _import_model() -> Any:
    """Import ptycho.model once, recording what it built at import."""
    first = "model_imported" not in FACTS
    model = importlib.import_module("ptycho.model")
    if first:
        FACTS["model_imported"] = True
        cache = getattr(model, "_lazy_cache", None)
        if cache is None:
            FACTS["lazy_cache"] = "absent"
            FACTS["lazy_loading"] = False
        else:
            FACTS["lazy_cache"] = sorted(map(str, cache))
            FACTS["lazy_loading"] = cache == {}
        FACTS["module_file"] = getattr(model, "__file__", None)
    return model


def make_inputs(n: int, gridsize: int, batch: int, seed: int, step: int) -> list[Any]:
    """The spike's inputs: diffraction (b, N, N, g^2) and positions (b, 1, 2, g^2), random
    normal, seeded per step."""
    rng = np.random.default_rng([seed, step])
    c = gridsize * gridsize
    return [
        rng.standard_normal((batch, n, n, c)).astype(np.float32),
        rng.standard_normal((batch, 1, 2, c)).astype(np.float32),
    ]


def create_model(n: int, gridsize: int) -> Any:
    set_params(n, gridsize)
    model = _import_model()
    built = model.create_model_with_gridsize(gridsize, N=n)
    return built


def xla_matrix_facts() -> dict[str, Any]:
    return dict(FACTS)
