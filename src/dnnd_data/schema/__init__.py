"""The one source of truth for the published tables: pydantic models, the table registry,
id minting, and everything generated from them (JSON Schema, Arrow schemas, the data
dictionary, DuckDB comments, expectation suites).
"""
