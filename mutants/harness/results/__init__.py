"""Records and the store: everything read from disk is untrusted and checked on read."""
