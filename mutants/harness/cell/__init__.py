"""The child side: the only code that imports TensorFlow. A cell runs in a process of its own."""
