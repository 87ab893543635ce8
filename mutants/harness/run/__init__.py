"""The parent side of a run: pipeline, scheduler, launchers, cache, classification, progress."""
