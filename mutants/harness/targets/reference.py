"""Reference target: a small physics-informed ptychography model, in the spirit of the seed.

Inputs are diffraction patterns (b, N, N, g^2) and scan positions (b, 1, 2, g^2). A CNN
encoder-decoder predicts a complex object patch per channel; the channels are expanded into
the batch (gridsize 2 turns b images into 4b); each patch is shifted by its position with a
bilinear projective warp, lit by an N x N complex probe and propagated to the far field by an
FFT. Outputs: far-field amplitude and intensity, (b, N, N, g^2) each.

The warp runs inside a module-level `tf.function(jit_compile=True)`, as real models of this
kind do; `USE_XLA_TRANSLATE=0` routes it to TensorFlow's non-XLA ImageProjectiveTransformV3.
The factory is lazy: nothing is built at import, every call builds fresh state.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable

import numpy as np
import tensorflow as tf

OFFSET = 4.0  # positions are in units of OFFSET pixels, like the seed's cfg['offset']


def use_xla_translate() -> bool:
    """The target's own switch, read when a model is built (not at import)."""
    return os.environ.get("USE_XLA_TRANSLATE", "1").strip().lower() not in ("0", "false", "no")


def bilinear_shift(images: tf.Tensor, offsets: tf.Tensor) -> tf.Tensor:
    """Shift each image by (dx, dy): out(y, x) = in(y - dy, x - dx), bilinear, zeros outside.

    Written with gather_nd so that XLA can compile it. images: (n, H, W, C); offsets: (n, 2).
    """
    shape = tf.shape(images)
    n, h, w = shape[0], shape[1], shape[2]
    xs = tf.cast(tf.range(w), tf.float32)[None, None, :]
    ys = tf.cast(tf.range(h), tf.float32)[None, :, None]
    src_x = tf.broadcast_to(xs - offsets[:, 0, None, None], [n, h, w])
    src_y = tf.broadcast_to(ys - offsets[:, 1, None, None], [n, h, w])
    x0 = tf.floor(src_x)
    y0 = tf.floor(src_y)
    wx = (src_x - x0)[..., None]
    wy = (src_y - y0)[..., None]
    x0 = tf.cast(x0, tf.int32)
    y0 = tf.cast(y0, tf.int32)
    rows = tf.broadcast_to(tf.range(n)[:, None, None], [n, h, w])

    def sample(yi: tf.Tensor, xi: tf.Tensor) -> tf.Tensor:
        inside = (xi >= 0) & (xi < w) & (yi >= 0) & (yi < h)
        idx = tf.stack(
            [rows, tf.clip_by_value(yi, 0, h - 1), tf.clip_by_value(xi, 0, w - 1)], axis=-1
        )
        return tf.gather_nd(images, idx) * tf.cast(inside, images.dtype)[..., None]

    top = (1.0 - wx) * sample(y0, x0) + wx * sample(y0, x0 + 1)
    bottom = (1.0 - wx) * sample(y0 + 1, x0) + wx * sample(y0 + 1, x0 + 1)
    return (1.0 - wy) * top + wy * bottom


@tf.function(jit_compile=True)
def translate_xla(images: tf.Tensor, offsets: tf.Tensor) -> tf.Tensor:
    """The jit-compiled warp: one XLA computation per input shape."""
    return bilinear_shift(images, offsets)


def translate_projective(images: tf.Tensor, offsets: tf.Tensor) -> tf.Tensor:
    """The non-XLA path: TensorFlow's own bilinear projective transform kernel."""
    n = tf.shape(offsets)[0]
    one = tf.ones([n], tf.float32)
    zero = tf.zeros([n], tf.float32)
    transforms = tf.stack(
        [one, zero, -offsets[:, 0], zero, one, -offsets[:, 1], zero, zero], axis=1
    )
    return tf.raw_ops.ImageProjectiveTransformV3(
        images=images,
        transforms=transforms,
        output_shape=tf.shape(images)[1:3],
        fill_value=0.0,
        interpolation="BILINEAR",
        fill_mode="CONSTANT",
    )


Translate = Callable[[tf.Tensor, tf.Tensor], tf.Tensor]


def make_probe(n: int) -> np.ndarray:
    """An N x N complex probe: soft disk amplitude with a quadratic phase."""
    y, x = np.mgrid[:n, :n].astype(np.float64)
    r2 = ((x - n / 2) ** 2 + (y - n / 2) ** 2) / (n / 4) ** 2
    amplitude = 1.0 / (1.0 + np.exp(4.0 * (r2 - 1.0)))
    return (amplitude * np.exp(0.5j * r2)).astype(np.complex64)


class ExpandChannels(tf.keras.layers.Layer):
    """(b, N, N, C) amplitude and phase -> (b*C, N, N, 2) real and imaginary patches."""

    def call(self, inputs):
        amp, phase = inputs
        obj = tf.stack([amp * tf.cos(math.pi * phase), amp * tf.sin(math.pi * phase)], axis=-1)
        obj = tf.transpose(obj, [0, 3, 1, 2, 4])  # b, C, N, N, 2
        s = tf.shape(obj)
        return tf.reshape(obj, [s[0] * s[1], s[2], s[3], 2])


class Translation(tf.keras.layers.Layer):
    """Shift every patch by its scan position, broadcast to the channel-expanded batch."""

    def __init__(self, translate: Translate, **kwargs):
        super().__init__(**kwargs)
        self.translate = translate

    def call(self, inputs):
        patches, positions = inputs  # (b*C, N, N, 2), (b, 1, 2, C)
        offsets = tf.reshape(tf.transpose(positions[:, 0], [0, 2, 1]), [-1, 2]) * OFFSET
        return self.translate(patches, offsets)


class ProbeIllumination(tf.keras.layers.Layer):
    """Multiply each patch by the complex probe held by the layer."""

    def __init__(self, probe: np.ndarray, **kwargs):
        super().__init__(**kwargs)
        self.probe = probe

    def build(self, input_shape):
        init = tf.keras.initializers.Constant
        self.probe_re = self.add_weight(
            name="probe_re",
            shape=self.probe.shape,
            initializer=init(self.probe.real),
            trainable=False,
        )
        self.probe_im = self.add_weight(
            name="probe_im",
            shape=self.probe.shape,
            initializer=init(self.probe.imag),
            trainable=False,
        )
        super().build(input_shape)

    def call(self, patches):
        re, im = patches[..., 0], patches[..., 1]
        return tf.stack(
            [re * self.probe_re - im * self.probe_im, re * self.probe_im + im * self.probe_re],
            axis=-1,
        )


class FarField(tf.keras.layers.Layer):
    """FFT to the detector, centred; back to (b, N, N, C) amplitude."""

    def __init__(self, channels: int, **kwargs):
        super().__init__(**kwargs)
        self.channels = channels

    def call(self, patches):
        field = tf.complex(patches[..., 0], patches[..., 1])
        far = tf.signal.fftshift(tf.signal.fft2d(field), axes=(1, 2))
        n = tf.cast(tf.shape(field)[1], tf.float32)
        amp = tf.abs(far) / n
        s = tf.shape(amp)
        amp = tf.reshape(amp, [-1, self.channels, s[1], s[2]])
        return tf.transpose(amp, [0, 2, 3, 1])


class Square(tf.keras.layers.Layer):
    def call(self, x):
        return tf.square(x)


def build_model(n: int, gridsize: int, probe: np.ndarray, translate: Translate) -> tf.keras.Model:
    """Assemble the model; controls reuse this with a stale probe or another warp."""
    layers = tf.keras.layers
    c = gridsize * gridsize
    diffraction = tf.keras.Input((n, n, c), name="diffraction")
    positions = tf.keras.Input((1, 2, c), name="positions")
    x = layers.Conv2D(16, 3, padding="same", activation="relu")(diffraction)
    x = layers.MaxPooling2D(2)(x)
    x = layers.Conv2D(32, 3, padding="same", activation="relu")(x)
    x = layers.MaxPooling2D(2)(x)
    x = layers.Conv2D(32, 3, padding="same", activation="relu")(x)
    x = layers.UpSampling2D(2)(x)
    x = layers.Conv2D(16, 3, padding="same", activation="relu")(x)
    x = layers.UpSampling2D(2)(x)
    amp = layers.Conv2D(c, 3, padding="same", activation="sigmoid", name="amplitude")(x)
    phase = layers.Conv2D(c, 3, padding="same", activation="tanh", name="phase")(x)
    patches = ExpandChannels(name="expand_channels")([amp, phase])
    shifted = Translation(translate, name="translation")([patches, positions])
    lit = ProbeIllumination(probe, name="probe_illumination")(shifted)
    far_amp = FarField(c, name="far_field")(lit)
    intensity = Square(name="intensity")(far_amp)
    return tf.keras.Model([diffraction, positions], [far_amp, intensity], name=f"reference_n{n}")


def create_model(n: int, gridsize: int) -> tf.keras.Model:
    """Lazy factory: a fresh probe and model for this N on every call."""
    translate = translate_xla if use_xla_translate() else translate_projective
    return build_model(n, gridsize, make_probe(n), translate)
