"""Control: a plain Keras model with no jitted code.

On CPU nothing in it asks for XLA (Keras 3 resolves jit_compile="auto" to False there), so a
pass says nothing about XLA: the verdict must be vacuous.
"""

from __future__ import annotations

import tensorflow as tf


def create_model(n: int, gridsize: int) -> tf.keras.Model:
    layers = tf.keras.layers
    c = gridsize * gridsize
    diffraction = tf.keras.Input((n, n, c), name="diffraction")
    positions = tf.keras.Input((1, 2, c), name="positions")
    x = layers.Conv2D(16, 3, padding="same", activation="relu")(diffraction)
    x = layers.Conv2D(c, 3, padding="same")(x)
    p = layers.Dense(c)(layers.Flatten()(positions))
    out = layers.Add()([x, layers.Reshape((1, 1, c))(p)])
    return tf.keras.Model([diffraction, positions], out, name=f"plain_n{n}")
