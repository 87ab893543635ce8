"""The matrix, selection, companions and typed checking: importable before any venv
(the noxfile reads them with nox's own interpreter)."""
