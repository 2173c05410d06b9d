"""Rows to Arrow tables, with the schema generated from the models.

Takes: a :class:`TableSpec` and its rows. Gives: a ``pyarrow.Table`` sorted by primary
key, the form both validation (as pandas) and publishing (as Parquet) start from.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa

from dnnd_data.models import Record
from dnnd_data.schema_export import arrow_schema
from dnnd_data.tables import TableSpec


def to_arrow(spec: TableSpec, rows: Sequence[Record]) -> pa.Table:
    """An Arrow table of ``rows``, sorted by the table's primary key."""
    key = spec.primary_key
    ordered = sorted(rows, key=lambda r: tuple(str(getattr(r, k)) for k in key))
    columns = spec.columns
    data = {name: [getattr(row, name) for row in ordered] for name in columns}
    return pa.table(data, schema=arrow_schema(spec))
