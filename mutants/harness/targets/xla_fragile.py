"""Control: a translation TensorFlow runs but XLA cannot compile on CPU.

Its jit-compiled path calls ImageProjectiveTransformV3, which XLA_CPU_JIT rejects
("Detected unsupported operations when trying to compile graph ... ImageProjectiveTransformV3").
`USE_XLA_TRANSLATE=0` takes the plain path: the workaround is needed.
"""

from __future__ import annotations

import tensorflow as tf

from harness.targets.reference import (
    build_model,
    make_probe,
    translate_projective,
    use_xla_translate,
)


@tf.function(jit_compile=True)
def translate_fragile(images: tf.Tensor, offsets: tf.Tensor) -> tf.Tensor:
    return translate_projective(images, offsets)


def create_model(n: int, gridsize: int) -> tf.keras.Model:
    translate = translate_fragile if use_xla_translate() else translate_projective
    return build_model(n, gridsize, make_probe(n), translate)
