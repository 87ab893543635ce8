"""CSBDeep's CARE as an xla-matrix target: the network CARE builds for 2D one-channel images.

CARE's own entry point is a class configured by a `Config`, not a function of N, so these
few lines are the glue: the harness calls `create_model(N)`, the model CARE builds takes
images of any size, `Input((None, None, 1))`, and the harness makes (batch, N, N, 1) inputs
for it from that signature.
"""

from csbdeep.models import CARE, Config


def create_model(N):
    config = Config(axes="YX", n_channel_in=1, n_channel_out=1)
    return CARE(config, name=None, basedir=None).keras_model
