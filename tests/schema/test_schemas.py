"""Generated files stay in sync with the models; the dictionary covers every column."""

from __future__ import annotations

import json

import pyarrow as pa

from dnnd_data.schema.dictionary import data_dictionary
from dnnd_data.schema.export import arrow_schema, duckdb_comments
from dnnd_data.schema.files import drifted, render_schema_files
from dnnd_data.schema.tables import TABLES


def test_schema_files_have_not_drifted() -> None:
    assert drifted() == [], "run `make schemas` and commit the result"


def test_every_column_is_documented_in_both_languages() -> None:
    for table in data_dictionary():
        for column in table["columns"]:
            assert column["description_en"], (table["table"], column["name"])
            assert column["description_vi"], (table["table"], column["name"])


def test_arrow_schema_matches_model_fields() -> None:
    for spec in TABLES:
        schema = arrow_schema(spec)
        assert schema.names == spec.columns
        assert all(isinstance(f, pa.Field) for f in schema)


def test_generated_json_is_valid_and_has_primary_keys() -> None:
    files = render_schema_files()
    for spec in TABLES:
        schema = json.loads(files[f"{spec.name}.schema.json"])
        assert schema["x-primary-key"] == list(spec.primary_key)
        assert set(schema["properties"]) == set(spec.columns)


def test_duckdb_comments_quote_literals() -> None:
    statements = duckdb_comments(TABLES[0])
    assert len(statements) == len(TABLES[0].columns) + 1
    assert any("''a_''" in s for s in statements)
