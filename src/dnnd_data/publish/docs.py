"""The release's documentation: data dictionary, JSON Schemas, data package, card, validation."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from dnnd_data.publish.card import card_files
from dnnd_data.publish.files import write_json
from dnnd_data.schema.datapackage import datapackage
from dnnd_data.schema.dictionary import data_dictionary, data_dictionary_markdown
from dnnd_data.schema.export import json_schema
from dnnd_data.schema.tables import TableSpec
from dnnd_data.validate.report import ValidationReport

EXAMPLE_CHARS = 60


def column_examples(folder: Path, specs: tuple[TableSpec, ...]) -> dict[str, dict[str, str]]:
    """Per table and column, the first non-null value of the release's Parquet file (file
    order is the table's stable sort order), as short text."""
    examples: dict[str, dict[str, str]] = {}
    for spec in specs:
        path = folder / f"{spec.name}.parquet"
        if not path.is_file():
            continue
        found: dict[str, str] = {}
        for batch in pq.ParquetFile(path).iter_batches(batch_size=256):
            for name in batch.schema.names:
                values = [] if name in found else batch.column(name).to_pylist()
                value = next((v for v in values if v not in (None, [])), None)
                if value is not None:
                    found[name] = _short(value)
            if len(found) == len(spec.columns):
                break
        examples[spec.name] = found
    return examples


def _short(value: object) -> str:
    if isinstance(value, list):
        text = json.dumps(value[:3], ensure_ascii=False, default=str)
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1] + "…"


def write_docs(
    folder: Path,
    report: ValidationReport,
    specs: tuple[TableSpec, ...],
    manifest: dict[str, Any],
) -> None:
    """Data dictionary, JSON Schemas, data package, dataset card and validation result."""
    examples = column_examples(folder, specs)
    write_json(folder / "data_dictionary.json", data_dictionary(examples))
    (folder / "data_dictionary.md").write_text(data_dictionary_markdown(examples), encoding="utf-8")
    schemas = folder / "schemas"
    schemas.mkdir()
    for spec in specs:
        write_json(schemas / f"{spec.name}.schema.json", json_schema(spec))
    write_json(folder / "validation.json", report.to_json())
    write_json(folder / "datapackage.json", datapackage("dnnd-data", manifest["version"], specs))
    for name, text in card_files(folder, manifest).items():
        (folder / name).write_text(text, encoding="utf-8")
