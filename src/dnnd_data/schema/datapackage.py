"""The Frictionless Data Package descriptor of a release, generated from the models: one
resource per table (and its CSV export), types, required columns, keys, foreign keys,
licences."""

from __future__ import annotations

from typing import Any

from pydantic.fields import FieldInfo

from dnnd_data.schema.export import type_label, unwrap_optional
from dnnd_data.schema.tables import TABLES, TableSpec

_FRICTIONLESS_TYPES = {
    "VARCHAR": "string",
    "BIGINT": "integer",
    "DOUBLE": "number",
    "BOOLEAN": "boolean",
    "DATE": "date",
    "TIMESTAMPTZ": "datetime",
}


def _frictionless_type(info: FieldInfo) -> str:
    # List columns are "any": Frictionless reads Parquet through pandas, which turns a list
    # into a numpy array its "array" type rejects; the description names the element type.
    label = type_label(info).removesuffix(" NOT NULL")
    return "any" if label.endswith("[]") else _FRICTIONLESS_TYPES[label]


def _list_note(info: FieldInfo) -> str:
    label = type_label(info).removesuffix(" NOT NULL")
    return f"List of {label.removesuffix('[]')}. " if label.endswith("[]") else ""


def datapackage(name: str, version: str, specs: tuple[TableSpec, ...] = TABLES) -> dict[str, Any]:
    """A Frictionless Data Package descriptor for a release's Parquet files."""
    resources = []
    for spec in specs:
        fields = [
            {
                "name": column,
                "type": _frictionless_type(info),
                "description": _list_note(info) + (info.description or ""),
                **(
                    {"constraints": {"required": True}}
                    if not unwrap_optional(info.annotation)[1]
                    else {}
                ),
            }
            for column, info in spec.model.model_fields.items()
        ]
        # Readers that go through pandas see a null integer as NaN.
        schema: dict[str, Any] = {
            "fields": fields,
            "primaryKey": list(spec.primary_key),
            "missingValues": ["", "nan", "NaN", "None", "NaT"],
        }
        if spec.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": column, "reference": {"resource": other, "fields": other_column}}
                for column, other, other_column in spec.foreign_keys
            ]
        quoted = spec.name == "articles"
        resources.append(
            {
                "name": spec.name,
                "path": f"{spec.name}.parquet",
                # Article text is quoted for provenance: its owners' terms, not CC BY.
                **(
                    {
                        "licenses": [
                            {
                                "name": "other",
                                "title": "quoted news text: copyright stays with the outlets",
                            }
                        ]
                    }
                    if quoted
                    else {}
                ),
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                "description": spec.description_en,
                "schema": schema,
            }
        )
        resources.append(
            {
                "name": f"{spec.name}-csv",
                "path": f"csv/{spec.name}.csv.gz",
                "format": "csv",
                "compression": "gz",
                "mediatype": "text/csv",
                "description": f"{spec.description_en} (CSV export of {spec.name}.parquet)",
            }
        )
    return {
        "name": name,
        "title": "dnnd-data: Vietnam people's diplomacy (đối ngoại nhân dân)",
        "version": version,
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "resources": resources,
    }
