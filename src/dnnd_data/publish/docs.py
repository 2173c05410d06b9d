"""The release's documentation: data dictionary, JSON Schemas, data package, card, validation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dnnd_data.publish.card import card_files
from dnnd_data.publish.files import write_json
from dnnd_data.schema.datapackage import datapackage
from dnnd_data.schema.export import data_dictionary, data_dictionary_markdown, json_schema
from dnnd_data.schema.tables import TableSpec
from dnnd_data.validate.report import ValidationReport


def write_docs(
    folder: Path,
    report: ValidationReport,
    specs: tuple[TableSpec, ...],
    manifest: dict[str, Any],
) -> None:
    """Data dictionary, JSON Schemas, data package, dataset card and validation result."""
    write_json(folder / "data_dictionary.json", data_dictionary())
    (folder / "data_dictionary.md").write_text(data_dictionary_markdown(), encoding="utf-8")
    schemas = folder / "schemas"
    schemas.mkdir()
    for spec in specs:
        write_json(schemas / f"{spec.name}.schema.json", json_schema(spec))
    write_json(folder / "validation.json", report.to_json())
    write_json(folder / "datapackage.json", datapackage("dnnd-data", manifest["version"], specs))
    for name, text in card_files(folder, manifest).items():
        (folder / name).write_text(text, encoding="utf-8")
