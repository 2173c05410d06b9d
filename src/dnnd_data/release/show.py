"""One record of a release with the source of each of its facts: for an event, a person or
an organization, the record's fields, then every article that states something about it
(title, URL, publication date, outlet) with the sentence it came from.

Takes: an open DuckDB connection to a release and a record id (or a name: a unique match of
the name decides). Gives: a :class:`RecordView` (plain data, printed by ``dnnd show``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import duckdb


class Kind(StrEnum):
    """What can be shown."""

    EVENT = "event"
    PERSON = "person"
    ORG = "org"


@dataclass(frozen=True)
class Section:
    """A list of facts about the record, each with its article and sentence."""

    title: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    # Rows the record has (more than ``rows`` when a page shows only the first ones).
    total: int | None = None

    def __post_init__(self) -> None:
        if self.total is None:
            object.__setattr__(self, "total", len(self.rows))


@dataclass(frozen=True)
class RecordView:
    """The record's own fields and its sourced facts."""

    kind: Kind
    record_id: str
    fields: dict[str, Any]
    sections: list[Section]


class NotFound(LookupError):
    """No record has this id or name; ``candidates`` lists close ones (id, label)."""

    def __init__(self, candidates: list[tuple[str, str]]) -> None:
        super().__init__("not found")
        self.candidates = candidates


# The citation of a fact: which article says it, where to read it.
CITATION_COLUMNS = ("title", "url", "published_on", "outlet_name", "source_path")
_CITED = ", ".join(f"a.{column}" for column in CITATION_COLUMNS)

_TABLE = {
    Kind.EVENT: ("events", "event_id", "name"),
    Kind.PERSON: ("people", "person_id", "full_name"),
    Kind.ORG: ("organizations", "org_id", "name"),
}

# Each section's ORDER BY covers its table's key (an article's source path stands for its
# id): ties would let two runs order the same rows differently.
_SECTIONS: dict[Kind, list[tuple[str, str]]] = {
    Kind.EVENT: [
        (
            "reported by",
            f"SELECT {_CITED}, s.evidence FROM event_sources s JOIN articles a USING (article_id) "
            "WHERE s.event_id = $id ORDER BY a.published_on NULLS LAST, a.source_path",
        ),
        (
            "stated facts (per article)",
            f"SELECT c.field, c.written, c.value, c.matches_event AS kept, {_CITED}, c.evidence "
            "FROM event_claims c JOIN articles a USING (article_id) WHERE c.event_id = $id "
            "ORDER BY c.field, a.published_on NULLS LAST, a.source_path",
        ),
        (
            "organizer named in",
            f"SELECT m.org_id, o.name AS organization, m.surface, {_CITED}, m.evidence "
            "FROM organization_mentions m JOIN organizations o USING (org_id) "
            "JOIN articles a USING (article_id) WHERE m.event_id = $id AND m.is_organizer "
            "ORDER BY a.source_path, m.span_start, m.org_id",
        ),
        (
            "people",
            f"SELECT x.person_id, p.full_name, x.role, x.position, {_CITED}, x.evidence "
            "FROM participations x JOIN people p USING (person_id) "
            "JOIN articles a USING (article_id) WHERE x.event_id = $id "
            "ORDER BY p.full_name, x.person_id, x.role, a.source_path",
        ),
        (
            "documents cited",
            f"SELECT d.doc_type, d.number, m.surface, {_CITED}, m.evidence "
            "FROM document_mentions m JOIN documents d USING (document_id) "
            "JOIN articles a USING (article_id) WHERE m.event_id = $id "
            "ORDER BY d.document_id, a.source_path, m.span_start",
        ),
        (
            "awards",
            "SELECT w.award_type, 'hạng ' || w.award_class AS award_class, w.award_title, "
            "w.recipient_kind, "
            f"w.recipient_count, {_CITED}, "
            "w.evidence FROM awards w JOIN articles a USING (article_id) WHERE w.event_id = $id "
            "ORDER BY w.award_type, a.source_path, w.span_start, w.recipient_kind, "
            "w.recipient_org_id",
        ),
    ],
    Kind.PERSON: [
        (
            "positions over time",
            "SELECT position, first_seen_on, last_seen_on, events FROM position_terms "
            "WHERE person_id = $id ORDER BY first_seen_on NULLS LAST, position",
        ),
        (
            "at events",
            f"SELECT x.event_id, e.name AS event, e.held_on, x.role, x.position, {_CITED}, "
            "x.evidence "
            "FROM participations x JOIN events e USING (event_id) "
            "JOIN articles a USING (article_id) WHERE x.person_id = $id "
            "ORDER BY e.held_on NULLS LAST, e.event_id, x.role, a.source_path",
        ),
        (
            "named in",
            f"SELECT m.position, {_CITED}, m.evidence FROM person_mentions m "
            "JOIN articles a USING (article_id) WHERE m.person_id = $id "
            "ORDER BY a.published_on NULLS LAST, a.source_path, m.span_start",
        ),
    ],
    Kind.ORG: [
        (
            "organized",
            "SELECT event_id, name, kind, held_on FROM events WHERE organizer_org_id = $id "
            "ORDER BY held_on NULLS LAST, event_id",
        ),
        (
            "named in",
            f"SELECT m.surface, m.is_organizer, {_CITED}, m.evidence "
            "FROM organization_mentions m JOIN articles a USING (article_id) "
            "WHERE m.org_id = $id ORDER BY a.published_on NULLS LAST, a.source_path, m.span_start",
        ),
    ],
}


def show(con: duckdb.DuckDBPyConnection, kind: Kind, wanted: str) -> RecordView:
    """The record ``wanted`` (an id, or a name matching one record) with its sources."""
    table, key, label = _TABLE[kind]
    record_id = _resolve(con, table, key, label, wanted.strip())
    fields = _rows(con, f"SELECT * FROM {table} WHERE {key} = $id", record_id)[0]
    sections = [Section(title, _rows(con, sql, record_id)) for title, sql in _SECTIONS[kind]]
    return RecordView(kind, record_id, fields, sections)


_KEYED = re.compile(r"WHERE (?P<key>[\w.]+) = \$id")


# Records whose sections one pass reads: DuckDB sorts each section's rows of a pass (their
# sentences included) and holds them until read, so a pass, not the release, sets the size.
RECORDS_PER_PASS = 10_000


def all_views(
    con: duckdb.DuckDBPyConnection,
    kind: Kind,
    limit: int | None = None,
    share: tuple[int, int] = (0, 1),
) -> Iterator[RecordView]:
    """Every record of a kind with its sections, by one query per section and pass of
    :data:`RECORDS_PER_PASS` records (for the site: the same content as :func:`show`,
    without a query per record). Records and section rows are read as streams in key
    order and joined as they come: memory holds a pass's sorted rows, however large the
    release. ``share`` (part, parts): only the part-th of as many runs of records in key
    order (processes that render a share each render them all)."""
    table, key, _ = _TABLE[kind]
    every = [str(k) for (k,) in con.execute(f"SELECT {key} FROM {table} ORDER BY {key}").fetchall()]
    part, parts = share
    keys = every[len(every) * part // parts : len(every) * (part + 1) // parts]
    for first in range(0, len(keys), RECORDS_PER_PASS):
        last = keys[min(first + RECORDS_PER_PASS, len(keys)) - 1]
        yield from _views_between(con, kind, {"low": keys[first], "high": last}, limit)


def _views_between(
    con: duckdb.DuckDBPyConnection, kind: Kind, bounds: dict[str, str], limit: int | None
) -> Iterator[RecordView]:
    """The views of the records whose keys are within ``bounds`` (low and high included)."""
    table, key, _ = _TABLE[kind]
    records = _Stream(
        con.cursor(),
        f"SELECT {key} AS _key, * FROM {table} WHERE {key} BETWEEN $low AND $high ORDER BY {key}",
        bounds,
    )
    sections = [
        (title, _Stream(con.cursor(), _bulk(sql, limit), bounds, counted=limit is not None))
        for title, sql in _SECTIONS[kind]
    ]
    while (fields := records.take_next()) is not None:
        record_id = str(fields.pop("_key"))
        found = [Section(title, *stream.take(record_id, limit)) for title, stream in sections]
        yield RecordView(kind, record_id, fields, found)


class _Stream:
    """Rows of a query ordered by ``_key``, read in batches."""

    BATCH = 2000

    def __init__(
        self,
        cursor: duckdb.DuckDBPyConnection,
        sql: str,
        parameters: dict[str, str],
        *,
        counted: bool = False,
    ) -> None:
        self.cursor = cursor.execute(sql, parameters)
        self.columns = [d[0] for d in self.cursor.description or []]
        # A counted query ends each row with its key's row count (see :func:`_bulk`).
        self.counted = counted
        self.buffer: list[tuple[Any, ...]] = []
        self.position = 0

    def _peek(self) -> tuple[Any, ...] | None:
        if self.position >= len(self.buffer):
            self.buffer, self.position = self.cursor.fetchmany(self.BATCH), 0
        return self.buffer[self.position] if self.buffer else None

    def take_next(self) -> dict[str, Any] | None:
        """The next row."""
        row = self._peek()
        if row is None:
            return None
        self.position += 1
        return dict(zip(self.columns, row, strict=True))

    def take(self, key: str, limit: int | None) -> tuple[list[dict[str, Any]], int]:
        """The first ``limit`` rows of ``key`` and how many it has (the stream is at or
        before them; keys come in order)."""
        rows: list[dict[str, Any]] = []
        total = 0
        columns = self.columns[1:-1] if self.counted else self.columns[1:]
        while (row := self._peek()) is not None and str(row[0]) <= key:
            self.position += 1
            if str(row[0]) == key:
                total = row[-1] if self.counted else total + 1
                if limit is None or len(rows) < limit:
                    rows.append(dict(zip(columns, row[1 : 1 + len(columns)], strict=True)))
        return rows, total


def _bulk(sql: str, limit: int | None = None) -> str:
    """A section's query for the records of a pass (keys from ``$low`` to ``$high``):
    the key selected first. With a ``limit``, each key's first ``limit`` rows only, each
    ending with the key's row count: the rows past the limit are counted in DuckDB, not
    fetched (an organization named in thousands of articles has thousands)."""
    found = _KEYED.search(sql)
    if found is None:
        raise ValueError(f"section query without its key: {sql}")
    key = found.group("key")
    sql = _KEYED.sub(f"WHERE {key} BETWEEN $low AND $high", sql, count=1)
    sql = sql.replace("SELECT ", f"SELECT {key} AS _key, ", 1)
    if limit is None:
        return sql.replace(" ORDER BY ", " ORDER BY _key, ", 1)
    body, order = sql.rsplit(" ORDER BY ", 1)
    windows = (
        f", count(*) OVER (PARTITION BY {key}) AS _total, "
        f"row_number() OVER (PARTITION BY {key} ORDER BY {order}) AS _n FROM "
    )
    body = body.replace(" FROM ", windows, 1)
    return f"SELECT * EXCLUDE (_n) FROM ({body}) WHERE _n <= {int(limit)} ORDER BY _key, _n"


def _resolve(con: duckdb.DuckDBPyConnection, table: str, key: str, label: str, wanted: str) -> str:
    exact = con.execute(f"SELECT {key} FROM {table} WHERE {key} = $w", {"w": wanted}).fetchall()
    if exact:
        return str(exact[0][0])
    # A name: accents and case do not matter ("nguyen van a" finds "Nguyễn Văn A").
    matches = con.execute(
        f"SELECT {key}, {label} FROM {table} "
        f"WHERE {_folded(label)} LIKE '%' || {_folded('$w')} || '%' "
        f"ORDER BY {label}, {key} LIMIT 11",
        {"w": wanted},
    ).fetchall()
    if len(matches) == 1 and wanted:
        return str(matches[0][0])
    raise NotFound([(str(i), str(n)) for i, n in matches] if wanted else [])


def _folded(expression: str) -> str:
    """SQL folding case and accents; đ is a letter of its own, not an accent."""
    return f"replace(strip_accents(lower({expression})), 'đ', 'd')"


def _rows(con: duckdb.DuckDBPyConnection, sql: str, record_id: str) -> list[dict[str, Any]]:
    cursor = con.execute(sql, {"id": record_id}) if "$id" in sql else con.execute(sql)
    columns = [d[0] for d in cursor.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
