"""What a cell inherits from the shell that started the run, and what it never inherits.

A cell's config sets its variables on top of the shell's; a variable that any config of the
matrix sets is removed from the shell's first, so that a switch exported in the user's shell
(`USE_XLA_TRANSLATE=0`, a project's `PTYCHO_JIT_FFT=0`) never reaches the baseline or any
other cell that does not set it. What is inherited and can change a cell's outcome is
recorded in its fingerprint and covered by the cache key.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

# Always removed from the shell's variables, whatever the matrix says: the switches of the
# built-in configs and environments.
ALWAYS_SCRUBBED = frozenset(
    {"USE_XLA_TRANSLATE", "TF_XLA_FLAGS", "XLA_FLAGS", "TF_USE_LEGACY_KERAS"}
)

# Inherited variables that change what a cell does, by prefix: TensorFlow's and XLA's own
# switches (TF_ENABLE_ONEDNN_OPTS, TF_XLA_FLAGS, TF_CPP_*, XLA_FLAGS ...), Keras's
# (KERAS_BACKEND, KERAS_HOME), the devices a cell sees (CUDA_VISIBLE_DEVICES, HIP_*, ROCR_*,
# TPU_*, NVIDIA_*), and the math libraries' kernels and threads (oneDNN, MKL, OpenMP,
# OpenBLAS: OPENBLAS_CORETYPE picks other kernels, other rounding).
BEHAVIOUR_PREFIXES = (
    "TF_",
    "XLA_",
    "KERAS_",
    "CUDA_",
    "CUDNN_",
    "NVIDIA_",
    "HIP_",
    "ROCR_",
    "TPU_",
    "ONEDNN_",
    "DNNL_",
    "MKL_",
    "KMP_",
    "OMP_",
    "OPENBLAS_",
)
# ... and by name: what Python imports and how it hashes, which libraries load.
BEHAVIOUR_NAMES = frozenset({"PYTHONPATH", "PYTHONHASHSEED", "LD_LIBRARY_PATH", "LD_PRELOAD"})
# the harness's own variables (run ids, test hooks) say nothing about a cell's outcome
HARNESS_PREFIX = "XLA_MATRIX_"


def scrubbed(config_variables: Iterable[str]) -> frozenset[str]:
    """What no cell inherits: the always-scrubbed switches and every variable a config of
    the matrix sets."""
    return ALWAYS_SCRUBBED | frozenset(config_variables)


def behaviour_env(
    environ: Mapping[str, str] | None = None, scrub: Iterable[str] = ALWAYS_SCRUBBED
) -> dict[str, str]:
    """The inherited variables that reach a cell and can change its outcome."""
    environ = os.environ if environ is None else environ
    removed = ALWAYS_SCRUBBED | frozenset(scrub)
    return {
        k: v
        for k, v in sorted(environ.items())
        if (k.startswith(BEHAVIOUR_PREFIXES) or k in BEHAVIOUR_NAMES)
        and not k.startswith(HARNESS_PREFIX)
        and k not in removed
    }
