"""Per cell, the seed's approach: a subprocess runs the scenario, the test checks its exit code."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

TARGETS = ["reference", "singleton", "xla_fragile", "inert_switch", "plain"]
SCENARIOS = {"n128-then-64": 1, "n128-then-64-b8": 8}
CONFIGS = {
    "baseline": ({}, ""),
    "no-xla-translate": ({"USE_XLA_TRANSLATE": "0"}, ""),
    "autojit-off": ({"TF_XLA_FLAGS": "--tf_xla_auto_jit=0"}, ""),
    "eager": ({}, "tf.config.run_functions_eagerly(True)"),
    "jit-compile": ({}, "JIT = True"),
}

CODE = """
import os, sys
import numpy as np
import tensorflow as tf
JIT = False
{switch}
from harness.targets.{target} import create_model
for n in (128, 64):
    tf.keras.backend.clear_session()
    model = create_model(n, 2)
    if JIT:
        model.jit_compile = True
    inputs = [np.random.randn({batch}, n, n, 4).astype(np.float32), np.random.randn({batch}, 1, 2, 4).astype(np.float32)]
    try:
        model.predict(inputs, verbose=0)
    except Exception as e:
        print(f"FAIL: {{type(e).__name__}}: {{e}}")
        sys.exit(1)
print("PASS")
"""


@pytest.mark.parametrize("config", list(CONFIGS))
@pytest.mark.parametrize("scenario", list(SCENARIOS))
@pytest.mark.parametrize("target", TARGETS)
def test_cell(target, scenario, config):
    env_vars, switch = CONFIGS[config]
    code = CODE.format(switch=switch, target=target, batch=SCENARIOS[scenario])
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, **env_vars},
        timeout=300,
    )
    # The peer records the outcome; a cell failing is a result, not a bench error.
    assert result.returncode in (0, 1), result.stderr[-2000:]
