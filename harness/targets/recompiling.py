"""Control: a model fed a new input size on every call, so its jit-compiled code recompiles.

The model takes images of any size (`Input((None, None, C))`) and shifts them with the
reference's jit-compiled translation. Its inputs hook gives N x N for the scenario's own
predict and a larger size for every other seed, so the steady state (fresh inputs for seeds
seed + 1, seed + 2, ...) meets a new shape on every run: XLA compiles the translation once
per shape, and the predict function traces again for the first new shape. Its report shows
those compilations per step (docs/cost.md), what a model that recompiles on every new shape
until it runs out of memory looks like. `USE_XLA_TRANSLATE=0` takes the plain path, as the
reference's switch does.
"""

from __future__ import annotations

import numpy as np
import tensorflow as tf

from harness.targets.reference import (
    ExpandChannels,
    FarField,
    Translation,
    translate_projective,
    translate_xla,
    use_xla_translate,
)

GROWTH = 4  # pixels added to each side per seed: every run a size not seen before


def create_model(n: int, gridsize: int) -> tf.keras.Model:
    layers = tf.keras.layers
    c = gridsize * gridsize
    diffraction = tf.keras.Input((None, None, c), name="diffraction")
    positions = tf.keras.Input((1, 2, c), name="positions")
    x = layers.Conv2D(8, 3, padding="same", activation="relu")(diffraction)
    amp = layers.Conv2D(c, 3, padding="same", activation="sigmoid", name="amplitude")(x)
    phase = layers.Conv2D(c, 3, padding="same", activation="tanh", name="phase")(x)
    patches = ExpandChannels(name="expand_channels")([amp, phase])
    translate = translate_xla if use_xla_translate() else translate_projective
    shifted = Translation(translate, name="translation")([patches, positions])
    far_amp = FarField(c, name="far_field")(shifted)
    return tf.keras.Model([diffraction, positions], far_amp, name=f"recompiling_n{n}")


def make_inputs(n: int, gridsize: int, batch: int, seed: int, step: int) -> list[np.ndarray]:
    """The reference's inputs, at N + GROWTH * seed: N for the scenario's predict (seed 0),
    a new size for each steady-state run."""
    rng = np.random.default_rng([seed, step])
    size = n + GROWTH * seed
    c = gridsize * gridsize
    return [
        rng.standard_normal((batch, size, size, c)).astype(np.float32),
        rng.standard_normal((batch, 1, 2, c)).astype(np.float32),
    ]
