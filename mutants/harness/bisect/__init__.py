"""Bisecting TensorFlow upgrades: the first release (or nightly build) where a cell changes.

search   the binary search over an ordered list of versions (pure: takes a probe)
index    which versions exist: the package index's simple API, file names parsed
probe    one version: its environment, its venv (harness.install.venv), one cell run there
judge    what counts as bad (--bad-if): a probe's cell records judged good, bad or skip
command  `xla-matrix bisect` and `xla-matrix check` (for `git bisect run`)
"""
