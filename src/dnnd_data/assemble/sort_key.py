"""Sort keys as bytes: one binary value per row whose byte order is the row order.

Takes: a row's primary-key values and its position in the table. Gives: bytes that
compare like the key (nulls first, integers by value, text by code point, dates by date),
then by position, so every row's key is unique. One binary column is what an external
sort can compare, bucket and filter on cheaply (see :class:`dnnd_data.table_store.TableStore`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import Enum

NULL, VALUE = b"\x00", b"\x01"
_INT_OFFSET = 1 << 63


def sort_key(values: Sequence[object], position: int) -> bytes:
    """The key of a row with these primary-key values at this position."""
    out = bytearray()
    for value in values:
        if value is None:
            out += NULL
            continue
        out += VALUE + _encode(value.value if isinstance(value, Enum) else value)
    out += position.to_bytes(8, "big")
    return bytes(out)


def _encode(value: object) -> bytes:
    if isinstance(value, bool | int):
        return (int(value) + _INT_OFFSET).to_bytes(8, "big")
    if isinstance(value, date):
        return _text(value.isoformat())
    if isinstance(value, str):
        return _text(value)
    raise TypeError(f"no sort key for {type(value).__name__} values")


def _text(text: str) -> bytes:
    # Escaping NUL and ending with two NULs keeps a prefix before its extensions.
    return text.encode("utf-8").replace(b"\x00", b"\x00\xff") + b"\x00\x00"
