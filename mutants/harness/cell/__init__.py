"""The child side: a cell runs in a process of its own, and reaches TensorFlow through backend.py."""
