"""Extraction quality: precision and recall of a build against hand-labelled articles."""
