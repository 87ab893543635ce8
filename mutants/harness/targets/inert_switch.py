"""Control: a switch that no longer reaches the code it was meant to bypass.

The factory ignores `USE_XLA_TRANSLATE` and always takes the jit-compiled warp, so the
workaround changes neither the XLA evidence nor the outputs: the verdict must be inert.
"""

from __future__ import annotations

import tensorflow as tf

from harness.targets.reference import build_model, make_probe, translate_xla


def create_model(n: int, gridsize: int) -> tf.keras.Model:
    return build_model(n, gridsize, make_probe(n), translate_xla)
