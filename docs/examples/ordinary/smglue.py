"""segmentation-models' U-Net as an xla-matrix target (a Keras 2 library: tf.keras).

`segmentation_models.Unet(backbone_name='vgg16', input_shape=(None, None, 3), ...)` takes a
backbone, not N, so these lines are the glue: a ResNet-18 U-Net for RGB images of any size,
without downloading pretrained weights; the harness makes (batch, N, N, 3) inputs for it.
"""

import os

os.environ.setdefault("SM_FRAMEWORK", "tf.keras")

import segmentation_models as sm  # it reads SM_FRAMEWORK at import


def create_model(N):
    return sm.Unet("resnet18", input_shape=(None, None, 3), classes=1, encoder_weights=None)
