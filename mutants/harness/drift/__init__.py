"""Expectations, history and drift to culprit: what changed since an earlier run, and where."""
