"""Bisecting TensorFlow upgrades: the first release (or nightly build) where a cell changes.

search   the binary search over an ordered list of versions (pure: takes a probe)
index    which versions exist: the package index's simple API, file names parsed
probe    one version: its environment, a cached venv, one cell run, judged good or bad
command  `xla-matrix bisect` and `xla-matrix check` (for `git bisect run`)
"""
