"""Extraction: one module per kind of record, each a pure function of an article."""
