"""Built-in targets: the reference model and controls that are known to break.

Each module exposes `create_model(N, gridsize)`; nothing heavy happens at import except
where a control imitates exactly that mistake (singleton).
"""
