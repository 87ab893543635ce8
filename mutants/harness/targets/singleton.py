"""Control: stale import-time state.

The probe and a model are built at import for N=128 and the factory reuses that probe, as
projects did before lazy loading. Building for any other N fails on a shape mismatch in the
probe illumination, under every XLA setting: the verdict must be broken, not needed.
"""

from __future__ import annotations

import tensorflow as tf

from harness.targets.reference import (
    build_model,
    make_probe,
    translate_projective,
    translate_xla,
    use_xla_translate,
)

IMPORT_N = 128
PROBE = make_probe(IMPORT_N)
MODEL = build_model(IMPORT_N, 2, PROBE, translate_xla)


def create_model(n: int, gridsize: int) -> tf.keras.Model:
    translate = translate_xla if use_xla_translate() else translate_projective
    return build_model(n, gridsize, PROBE, translate)


def xla_matrix_facts() -> dict:
    return {"models_at_import": 1, "probe_shape": list(PROBE.shape)}
