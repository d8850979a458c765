"""One module per screen or dialog, each owning exactly one form from ui/ as `self.ui`."""
