"""Vocabulary, verdict rules, output parity and the decision: pure functions over records."""
