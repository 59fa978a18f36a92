"""osaid's version, kept here so that reading it needs no package metadata at run time."""

__version__ = "0.1.0.dev0"
