"""Sort keys as bytes: one binary value per row whose byte order is the row order.

Takes: an Arrow table, its primary-key columns and the table position of its first row.
Gives: per row, bytes that compare like the key (nulls first, integers by value, text by
code point, dates by date), then by position, so every row's key is unique. One binary
column is what an external sort can compare, bucket and filter on cheaply (see
:class:`dnnd_data.assemble.table_store.TableStore`). Built column by column in Arrow, not
row by row in Python.

A key is the concatenation, per key column, of ``\\x00`` for null, or ``\\x01`` and the
value: text (and a date's ISO form) as UTF-8 with NUL escaped as ``\\x00\\xff`` and ended
by ``\\x00\\x00`` (so a prefix sorts before its extensions), an integer plus 2**63 as 8
big-endian bytes; then the position as 8 big-endian bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

NULL, VALUE = b"\x00", b"\x01"
_TEXT_END = b"\x00\x00"
_SIGN_BIT = np.uint64(1 << 63)


def sort_keys(table: pa.Table, key_columns: Sequence[str], first_position: int) -> pa.Array:
    """The sort key of each row of ``table``, the first row being at ``first_position``."""
    positions = np.arange(first_position, first_position + table.num_rows, dtype=np.uint64)
    parts = [_column_part(table.column(name)) for name in key_columns]
    parts.append(_big_endian(positions))
    if len(parts) == 1:
        return parts[0]
    return pc.binary_join_element_wise(*parts, b"")


def _column_part(column: pa.ChunkedArray) -> pa.Array:
    """One key column's bytes per row: the null marker, or the value marker and value."""
    values = column.combine_chunks()
    kind = values.type
    if pa.types.is_date(kind):
        values = values.cast(pa.string())
        kind = values.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        escaped = pc.replace_substring(values.cast(pa.binary()), NULL, b"\x00\xff")
        encoded = pc.binary_join_element_wise(VALUE, escaped, _TEXT_END, b"")
    elif pa.types.is_integer(kind) or pa.types.is_boolean(kind):
        numbers = values.cast(pa.int64()).fill_null(0).to_numpy(zero_copy_only=False)
        encoded = pc.binary_join_element_wise(
            VALUE, _big_endian(numbers.view(np.uint64) ^ _SIGN_BIT), b""
        )
    else:
        raise TypeError(f"no sort key for {kind} columns")
    return pc.if_else(values.is_null(), NULL, encoded)


def _big_endian(numbers: np.ndarray) -> pa.Array:
    """Unsigned 64-bit numbers as 8-byte big-endian binary values."""
    raw = numbers.astype(">u8").tobytes()
    fixed = pa.FixedSizeBinaryArray.from_buffers(
        pa.binary(8), len(numbers), [None, pa.py_buffer(raw)]
    )
    return fixed.cast(pa.binary())


# Keys sampled per bucket to place the bounds: more keeps buckets nearer their size.
SAMPLES_PER_BUCKET = 16
# And at least this many per chunk: a chunk's keys can span the whole key range (its
# rows are those of a few articles, whose ids are hashes).
SAMPLES_PER_CHUNK = 8


def bucket_bounds(files: Sequence[Path], key_column: str, per_bucket: int) -> list[bytes]:
    """Sort keys that split the rows of sorted Parquet chunks (their keys in ``key_column``)
    into buckets of about ``per_bucket`` rows.
    Each (sorted) chunk is cut into equal segments (of at most ``step`` rows, at least
    :data:`SAMPLES_PER_CHUNK` of them) and gives the key in the middle of each, weighted
    by the segment's rows; a bound goes wherever the sorted samples' weights add up to a
    bucket."""
    step = max(1, per_bucket // SAMPLES_PER_BUCKET)
    samples: list[tuple[bytes, float]] = []
    for path in files:
        keys = pq.read_table(path, columns=[key_column]).column(key_column)
        if len(keys) == 0:
            continue
        count = max(-(-len(keys) // step), min(len(keys), SAMPLES_PER_CHUNK))
        middles = ((np.arange(count) + 0.5) * len(keys) / count).astype(np.int64)
        weight = len(keys) / count
        samples += ((key, weight) for key in keys.take(pa.array(middles)).to_pylist())
    samples.sort()
    bounds: list[bytes] = []
    filled = 0.0
    for key, weight in samples:
        if filled >= per_bucket:
            bounds.append(key)
            filled = 0.0
        filled += weight
    return bounds
