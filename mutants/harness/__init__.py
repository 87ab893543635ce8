"""xla-matrix: in which environments does an XLA workaround still matter?"""

__version__ = "0.1.0"
