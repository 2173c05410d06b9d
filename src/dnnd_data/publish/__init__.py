"""Stage 6, publish: one writer per artefact (Parquet, DuckDB, docs, card) into a staging
folder that becomes the release.
"""
