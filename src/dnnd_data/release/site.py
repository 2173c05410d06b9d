"""A static dataset site: plain HTML pages that open from ``file://`` with no server.

Takes: a release folder (its ``dnnd.duckdb``). Gives: ``site/`` with ``index.html`` (the
release's figures, the years covered and the gaps, charts as SVG), a page per event, person
and organization (each fact with its article and source sentence, as ``dnnd show`` prints
it), and a table browser per table (rows embedded as JSON; filter and sort in the page).
Pages are written in a fixed order from sorted queries: the same release gives the same
bytes.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

import duckdb

from dnnd_data.background_io import BackgroundIO
from dnnd_data.publish.card import covered_years
from dnnd_data.release.show import CITATION_COLUMNS, Kind, RecordView, all_views
from dnnd_data.schema.tables import TABLES, TableSpec

STATIC = Path(__file__).resolve().parent / "site_static"
# Rows a table browser embeds at most (the page must stay small enough to open).
MAX_BROWSER_ROWS = 5000
# Facts a record page lists per section (an organization named in thousands of articles
# links to its table for the rest).
MAX_SECTION_ROWS = 100
# Columns too long to browse (the full text is in the Parquet and CSV files).
UNBROWSED = frozenset({"text", "offset_map_clean", "offset_map_raw"})
# A fact's citation and sentence are shown under it, not in its line.
UNLISTED = frozenset({*CITATION_COLUMNS, "evidence"})
FOLDERS = {Kind.EVENT: "events", Kind.PERSON: "people", Kind.ORG: "orgs"}
# Columns that name a record with a page: column -> (folder, id column).
LINKED = {"event_id": "events", "person_id": "people", "org_id": "orgs", "organizer_org_id": "orgs"}


# What the site's DuckDB may hold: a pass of record pages sorts its sections' rows (see
# dnnd_data.release.show.RECORDS_PER_PASS); past the limit, sorts spill and the database
# file's blocks are read again instead of kept.
SITE_MEMORY = "384MB"


def write_site(
    release_dir: Path,
    dest: Path | None = None,
    specs: Sequence[TableSpec] = TABLES,
    share: tuple[int, int] = (0, 1),
) -> list[Path]:
    """Render the site of a release into ``dest`` (default ``<release>/site``); ``specs``
    are the tables the release has (record pages need them all). ``share`` (part, parts):
    the part-th share of the record pages of each kind, the first share with the index,
    the table browsers and the assets; processes that render a share each (on as many
    cores) write the whole site, each page the same bytes."""
    target = dest or release_dir / "site"
    written: list[Path] = []
    part, _ = share
    spill = target.parent / f"{target.name}.spill{part}"
    con = duckdb.connect(
        str(release_dir / "dnnd.duckdb"),
        read_only=True,
        config={"memory_limit": SITE_MEMORY, "threads": 1, "temp_directory": str(spill)},
    )
    try:
        # Pages are written as rendered, on a thread while the next one renders: memory
        # holds a few pages, not the site.
        with BackgroundIO() as pages:

            def write(relative: str, html: str) -> None:
                pages.write_text(target / relative, html)
                written.append(target / relative)

            complete = {spec.name for spec in TABLES} <= {spec.name for spec in specs}
            if part == 0:
                write("index.html", _index(con, specs, complete))
            for kind, folder in FOLDERS.items() if complete else ():
                for view in all_views(con, kind, MAX_SECTION_ROWS, share):
                    write(f"{folder}/{view.record_id}.html", _record_page(view))
            # The whole tables are beside the site in a release; elsewhere, link back.
            files = Path(os.path.relpath(release_dir.resolve(), (target / "tables").resolve()))
            for spec in specs if part == 0 else ():
                write(f"tables/{spec.name}.html", _browser(con, spec.name, spec.columns, files))
    finally:
        con.close()
        shutil.rmtree(spill, ignore_errors=True)
    for asset in sorted(STATIC.iterdir()) if part == 0 else ():
        shutil.copyfile(asset, target / asset.name)
        written.append(target / asset.name)
    return sorted(written)


def _page(title: str, body: str, depth: int) -> str:
    up = "../" * depth
    return (
        '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8">'
        f"<title>{escape(title)} · dnnd-data</title>"
        f'<link rel="stylesheet" href="{up}site.css"></head><body>\n'
        f'<nav><a href="{up}index.html">dnnd-data</a>'
        f'<a href="{up}tables/events.html">events</a>'
        f'<a href="{up}tables/people.html">people</a>'
        f'<a href="{up}tables/organizations.html">organizations</a>'
        f'<a href="{up}tables/documents.html">documents</a></nav>\n'
        f"<h1>{escape(title)}</h1>\n{body}\n</body></html>\n"
    )


def _index(con: duckdb.DuckDBPyConnection, specs: Sequence[TableSpec], complete: bool) -> str:
    counts = "".join(
        f'<tr><td><a href="tables/{spec.name}.html">{spec.name}</a></td>'
        f"<td>{_scalar(con, f'SELECT count(*) FROM {spec.name}')}</td>"
        f"<td>{escape(spec.description_en)}</td></tr>"
        for spec in specs
    )
    if not complete:
        return _page("dnnd-data", f"<table>{counts}</table>", 0)
    reviews = con.execute("SELECT review_year FROM events WHERE kind = 'annual_review'")
    years = [row[0] for row in reviews.fetchall()]
    body = (
        "<p>Vietnam's people's diplomacy (<i>đối ngoại nhân dân</i>) from news articles: "
        "events, who directed and chaired them, documents cited, awards, attendance; every "
        "fact with its article and sentence.</p>\n"
        f"<p>Annual national reviews covered: {escape(covered_years(years))}.</p>\n"
        f"<h2>Events per year and kind</h2>\n{_events_chart(con)}\n"
        f"<h2>Attendance at the annual reviews</h2>\n{_attendance_chart(con)}\n"
        f"<h2>Tables</h2>\n<table><tr><th>table</th><th>rows</th><th>what</th></tr>{counts}</table>"
    )
    return _page("dnnd-data", body, 0)


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> Any:
    row = con.execute(sql).fetchone()
    return row[0] if row else None


def _bars(rows: Sequence[tuple[int, str, int]], caption: str) -> str:
    """A horizontal bar per (year, label, value) on a true time axis: every calendar year
    between the first and the last has its row, empty when nothing happened."""
    if not rows:
        return '<p class="dim">nothing yet</p>'
    first, last = min(r[0] for r in rows), max(r[0] for r in rows)
    top = max(r[2] for r in rows) or 1
    lines, y = [], 10
    for year in range(first, last + 1):
        found = [r for r in rows if r[0] == year] or [(year, "", 0)]
        for _, label, value in found:
            width = int(420 * value / top)
            lines.append(f'<text x="0" y="{y + 11}">{year}</text>')
            lines.append(f'<rect x="50" y="{y}" width="{width}" height="14" fill="#4a78a8"/>')
            shown = f"{label} {value}".strip() if value else "none"
            lines.append(f'<text x="{56 + width}" y="{y + 11}">{escape(shown)}</text>')
            y += 18
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(caption)}" '
        f'width="700" height="{y + 10}" font-family="sans-serif" font-size="11">'
        + "".join(lines)
        + "</svg>"
    )


def _events_chart(con: duckdb.DuckDBPyConnection) -> str:
    rows = con.execute(
        "SELECT year(held_on) AS y, CAST(kind AS VARCHAR) AS k, count(*) FROM events "
        "WHERE held_on IS NOT NULL GROUP BY ALL ORDER BY y, k"
    ).fetchall()
    return _bars([(int(y), str(k), int(n)) for y, k, n in rows], "events per year and kind")


def _attendance_chart(con: duckdb.DuckDBPyConnection) -> str:
    rows = con.execute(
        "SELECT review_year, coalesce(attendance_qualifier || ' ', '') || 'delegates', "
        "attendance_count FROM events WHERE kind = 'annual_review' AND review_year IS NOT NULL "
        "AND attendance_count IS NOT NULL ORDER BY review_year"
    ).fetchall()
    return _bars([(int(y), str(q), int(n)) for y, q, n in rows], "attendance per review year")


def _cell(name: str, value: Any, depth: int) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return escape(", ".join(str(v) for v in value))
    if name in LINKED:
        text = escape(str(value))
        return f'<a href="{"../" * depth}{LINKED[name]}/{text}.html">{text}</a>'
    return escape(str(value))


def _record_page(view: RecordView) -> str:
    fields = "".join(
        f"<tr><th>{escape(k)}</th><td>{_cell(k, v, 1)}</td></tr>"
        for k, v in view.fields.items()
        if v is not None and v != []
    )
    parts = [f"<table>{fields}</table>"]
    for section in view.sections:
        more = section.total or 0
        count = (
            f"{more}" if more == len(section.rows) else f"the first {len(section.rows)} of {more}"
        )
        parts.append(f"<h2>{escape(section.title)} ({count})</h2>")
        items = []
        for row in section.rows:
            facts = " — ".join(
                _cell(k, v, 1)
                for k, v in row.items()
                if k not in UNLISTED and v is not None and not isinstance(v, bool)
            )
            flags = " ".join(escape(k) for k, v in row.items() if v is True)
            item = f'{facts} <span class="dim">{flags}</span>' if flags else facts
            if "source_path" in row:
                cited = tuple(row.get(k) for k in CITATION_COLUMNS)
                item += f'<div class="cite">{_citation(cited)}</div>'
            if row.get("evidence"):
                item += f"<blockquote>{_sentence(str(row['evidence']))}</blockquote>"
            items.append(f"<li>{item}</li>")
        parts.append(f"<ul>{''.join(items)}</ul>" if items else '<p class="dim">none</p>')
    title = str(view.fields.get("name") or view.fields.get("full_name") or view.record_id)
    return _page(title, "\n".join(parts), 1)


# A release cites the same articles and sentences on many pages: each is rendered once.
@lru_cache(maxsize=1 << 14)
def _citation(cited: tuple[Any, ...]) -> str:
    row = dict(zip(CITATION_COLUMNS, cited, strict=True))
    title = escape(str(row.get("title") or "(untitled)"))
    if row.get("url"):
        title = f'<a href="{escape(str(row["url"]))}">{title}</a>'
    extra = [escape(str(row[k])) for k in ("outlet_name", "published_on") if row.get(k)]
    where = f"raw/{escape(str(row['source_path']))}"
    return ", ".join([title, *extra]) + f' <span class="dim">{where}</span>'


@lru_cache(maxsize=1 << 14)
def _sentence(evidence: str) -> str:
    return escape(" ".join(evidence.split()))


def _browser(con: duckdb.DuckDBPyConnection, table: str, columns: list[str], files: Path) -> str:
    shown = [c for c in columns if c not in UNBROWSED]
    total = _scalar(con, f"SELECT count(*) FROM {table}")
    quoted = ", ".join(f'"{c}"' for c in shown)
    rows = con.execute(
        f"SELECT {quoted} FROM {table} ORDER BY ALL LIMIT {MAX_BROWSER_ROWS}"
    ).fetchall()
    data = {
        "rows": [[_json_value(v) for v in row] for row in rows],
        "links": [f"../{LINKED[c]}/{{}}.html" if c in LINKED else None for c in shown],
    }
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    cut = f" (the first {MAX_BROWSER_ROWS} of {total})" if total > MAX_BROWSER_ROWS else ""
    headers = "".join(f'<th data-column="{escape(c)}">{escape(c)}</th>' for c in shown)
    body = (
        f'<p><span id="count"></span>{escape(cut)} · the whole table: '
        f'<a href="{escape((files / "csv" / f"{table}.csv.gz").as_posix())}">CSV</a>, '
        f'<a href="{escape((files / f"{table}.parquet").as_posix())}">Parquet</a></p>\n'
        '<input type="search" id="filter" placeholder="filter: words the row contains">\n'
        f'<table id="browser"><thead><tr>{headers}</tr></thead><tbody></tbody></table>\n'
        f'<script type="application/json" id="rows">{payload}</script>\n'
        '<script src="../browse.js"></script>'
    )
    return _page(table, body, 1)


def _json_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
