"""A self-contained reproducer for one cell."""
