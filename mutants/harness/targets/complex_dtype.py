"""Control: a layer that computes in complex64, declared as `dtype=tf.complex64`.

Ptychography models build a complex object from a real amplitude, and Keras 3 before 3.6.0
refuses a layer whose dtype is a complex `tf.DType` ("Cannot interpret `dtype` argument ...
complex64") at the first build, in every config: with TF 2.16.2 and Keras 3.3.3 (the
tf2.16-keras3 pins) the verdict is broken; with Keras 2 and Keras 3.6.0 on it builds, runs
without any XLA computation on CPU, and the verdict is vacuous. Its one use is to show a
change that comes from Keras alone: `nox -s bisect -- --package keras` finds 3.6.0.
"""

from __future__ import annotations

import tensorflow as tf


class ComplexObject(tf.keras.layers.Layer):
    """amplitude -> amplitude * exp(i * amplitude), in complex64. Keras 3.6+ casts the float
    input to the layer's complex dtype, Keras 2 does not: the real part serves both."""

    def call(self, amplitude: tf.Tensor) -> tf.Tensor:
        a = tf.math.real(amplitude)
        return tf.complex(a * tf.cos(a), a * tf.sin(a))


class Intensity(tf.keras.layers.Layer):
    """|z|^2, back to float32."""

    def call(self, z: tf.Tensor) -> tf.Tensor:
        return tf.math.square(tf.math.abs(z))


def create_model(n: int, gridsize: int) -> tf.keras.Model:
    layers = tf.keras.layers
    c = gridsize * gridsize
    diffraction = tf.keras.Input((n, n, c), name="diffraction")
    positions = tf.keras.Input((1, 2, c), name="positions")
    amplitude = layers.Conv2D(c, 3, padding="same")(diffraction)
    obj = ComplexObject(dtype=tf.complex64, name="object")(amplitude)
    p = layers.Dense(c)(layers.Flatten()(positions))
    out = layers.Add()([Intensity()(obj), layers.Reshape((1, 1, c))(p)])
    return tf.keras.Model([diffraction, positions], out, name=f"complex_dtype_n{n}")
