"""Control: a workaround that only works where nothing forces XLA.

Its jit-compiled translation is fine everywhere. Its non-XLA fallback (taken with
`USE_XLA_TRANSLATE=0`) rounds the offsets in NumPy (`tf.numpy_function`), which TensorFlow
runs in a graph but XLA cannot compile ("Detected unsupported operations ... PyFunc"). So
the model passes at baseline, with the switch, and with `jit_compile=True`, and fails at
its first predict with the switch *and* `jit_compile=True`: what a GPU user under Keras 3
(which turns `jit_compile` on by itself) meets. The verdict must be harmful in the
jit-compile context and not needed in the default one.
"""

from __future__ import annotations

import numpy as np
import tensorflow as tf

from harness.targets.reference import (
    bilinear_shift,
    build_model,
    make_probe,
    translate_xla,
    use_xla_translate,
)


def _as_float32(offsets: np.ndarray) -> np.ndarray:
    return np.asarray(offsets, dtype=np.float32)


def translate_numpy(images: tf.Tensor, offsets: tf.Tensor) -> tf.Tensor:
    """The fallback: offsets pass through NumPy before the same bilinear shift."""
    host = tf.numpy_function(_as_float32, [offsets], tf.float32, stateful=False)
    host = tf.ensure_shape(host, offsets.shape)
    return bilinear_shift(images, host)


def create_model(n: int, gridsize: int) -> tf.keras.Model:
    translate = translate_xla if use_xla_translate() else translate_numpy
    return build_model(n, gridsize, make_probe(n), translate)
