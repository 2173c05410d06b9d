"""Prefect flows for dnnd-data: thin wrappers around the library's stage functions."""
