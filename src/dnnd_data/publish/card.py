"""The dataset card (``README.md`` of a release) and its chart.

Takes: a release's Parquet files and its manifest. Gives: Hugging Face–style card text with
sources, coverage, tables and row counts, limitations, licence and citation, and an SVG
chart of review conferences per year (attendance, and who directed each).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq

from dnnd_data.publish.database import STORAGE_VERSION
from dnnd_data.schema.facts import Event
from dnnd_data.schema.tables import TABLES
from dnnd_data.sql import sql_string

CHART = "conferences_per_year.svg"

LIMITATIONS = """\
- Extraction is rule-based, from the grammar of Vietnamese news and reference lists
  (`src/dnnd_data/extract/lexicons/`, provinces from `vietnamadminunits`): people are
  recorded only when a position, an honorific or a rank anchors their name; an article
  yields at most one event (the first it reports).
- Roles come from cue phrases in the sentence; pronoun references ("Đồng chí nhấn mạnh")
  are not resolved.
- Dates written as day/month get their year from the article's dateline, the year
  reviewed, a congress's term, a year in the event's name, the new year it was held
  for or an anniversary (`held_on_basis`); a date whose year none of these gives is left
  empty.
- Facts are as the articles state them: positions reflect the article, not an official
  register, and different articles may disagree."""
# The extraction quality table (`make eval` writes it from the labelled dev corpus).
QUALITY = Path(__file__).resolve().parent / "quality.md"


def chart_svg(events: Sequence[Event], directors: Mapping[str, str]) -> str:
    """Bars of attendance per annual review (stated number; hatched when not stated)."""
    reviews = sorted(
        (e for e in events if e.kind.value == "annual_review"), key=lambda e: e.review_year or 0
    )
    # A true time axis: one slot per calendar year, so a missing year shows as a gap.
    first = min((e.review_year for e in reviews if e.review_year), default=0)
    last = max((e.review_year for e in reviews if e.review_year), default=0)
    slots = last - first + 1 if reviews else 0
    width, height, left, bottom, bar = max(480, 120 + 110 * slots), 340, 60, 270, 60
    top = max([e.attendance_count or 0 for e in reviews] + [100])
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        'font-family="sans-serif" font-size="12">',
        '<text x="10" y="20" font-size="14">Annual people\'s-diplomacy review conferences</text>',
        '<text x="10" y="38" fill="#555">'
        "bars: delegates attending · below each year: who directed</text>",
        f'<line x1="{left}" y1="{bottom}" x2="{width - 20}" y2="{bottom}" stroke="black"/>',
    ]
    for year in range(first, last + 1) if reviews else ():
        if not any(e.review_year == year for e in reviews):
            x = left + 20 + (year - first) * 110
            parts.append(f'<text x="{x}" y="{bottom + 16}" fill="#888">{year}</text>')
            parts.append(f'<text x="{x}" y="{bottom - 5}" fill="#888">no report</text>')
    for event in reviews:
        x = left + 20 + ((event.review_year or first) - first) * 110
        count = event.attendance_count
        h = int(200 * (count or 0) / top)
        if count:
            parts.append(
                f'<rect x="{x}" y="{bottom - h}" width="{bar}" height="{h}" fill="#4a78a8"/>'
            )
            label = f"{event.attendance_qualifier or ''} {count}".strip()
            parts.append(f'<text x="{x}" y="{bottom - h - 5}">{escape(label)}</text>')
        else:
            parts.append(f'<text x="{x}" y="{bottom - 5}" fill="#888">not stated</text>')
        parts.append(f'<text x="{x}" y="{bottom + 16}">{event.review_year}</text>')
        who = directors.get(event.event_id, "")
        parts.append(f'<text x="{x}" y="{bottom + 32}" font-size="10">{escape(who)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def covered_years(years: Sequence[int | None]) -> str:
    """ "2019–2025: 5 of 7 years (missing 2021, 2024)", or "none yet"."""
    have = sorted({y for y in years if y})
    if not have:
        return "none yet"
    span = range(have[0], have[-1] + 1)
    missing = [y for y in span if y not in have]
    text = f"{have[0]}–{have[-1]}: {len(have)} of {len(span)} years"
    return text + (f" (missing {', '.join(map(str, missing))})" if missing else "")


def dataset_card(events: Sequence[Event], outlets: Sequence[str], facts: Mapping[str, Any]) -> str:
    """The release's README.md (``facts``: the manifest, with rows per table)."""
    counts: Mapping[str, int] = facts["tables"]
    coverage = covered_years([e.review_year for e in events if e.kind.value == "annual_review"])
    rows = "\n".join(
        f"| `{spec.name}` | {counts.get(spec.name, 0)} | {spec.description_en} |"
        for spec in TABLES
        if spec.name in counts
    )
    version = facts["version"]
    return f"""---
pretty_name: dnnd-data — Vietnam people's diplomacy (đối ngoại nhân dân)
language: [vi]
license: cc-by-4.0
tags: [vietnam, diplomacy, events, people, news]
version: {version}
---

# dnnd-data {version}

A structured dataset about Vietnam's *đối ngoại nhân dân* (people's diplomacy) built from
news articles: the annual review conferences and other events, who directed and chaired
them and in which positions, the policy documents cited, the awards given, and how many
delegates attended. Every fact keeps its article, character span and sentence.

## Sources

- {counts.get("articles", 0)} articles ({counts.get("quarantine", 0)} further files set aside in \
`quarantine`).
- Outlets named in the articles: {", ".join(outlets) or "not stated"}.
- Annual national reviews covered: {coverage}.

## Tables

| table | rows | what |
|---|---:|---|
{rows}

Query with DuckDB: `duckdb dnnd.duckdb` or `select * from read_parquet('events.parquet')`.
Columns are documented in `data_dictionary.md` (English and Vietnamese).

![Conferences per year]({CHART})

## Quality

{_quality()}

## Known limitations

{LIMITATIONS}

## Licence

The facts (every table's values, the schemas, the dictionary) are released under
CC BY 4.0. The `articles.text` column and the `evidence` columns quote third-party news
articles for provenance; their copyright stays with the outlets, under the outlets' own
terms. The code that builds the dataset is Apache-2.0 (`LICENSE`).

The DuckDB file `dnnd.duckdb` opens in DuckDB {STORAGE_VERSION.lstrip("v")} and later;
`csv/` and `json/` hold every table as gzipped CSV and JSON Lines.

## How to cite

dnnd-data contributors. *dnnd-data: Vietnam people's diplomacy dataset*, version {version}
(content hash `{facts["content_hash"][:16]}`), {facts["created_at"][:10]}.

```bibtex
@misc{{dnnd_data_{version.replace(".", "_")},
  title = {{dnnd-data: Vietnam people's diplomacy (đối ngoại nhân dân) dataset}},
  author = {{{{dnnd-data contributors}}}},
  year = {{{facts["created_at"][:4]}}},
  version = {{{version}}},
  note = {{content hash {facts["content_hash"][:16]}}},
}}
```
"""


def _quality() -> str:
    if QUALITY.is_file():
        return QUALITY.read_text(encoding="utf-8").strip()
    return "Not measured for this release (`make eval` writes the figures)."


def card_files(folder: Path, facts: Mapping[str, Any]) -> dict[str, str]:
    """``README.md`` and the chart, keyed by file name, from the release's Parquet files
    in ``folder`` (DuckDB reads only the columns it needs)."""
    events = [
        Event.model_validate(row) for row in pq.read_table(folder / "events.parquet").to_pylist()
    ]
    with duckdb.connect() as con:
        outlets = [
            str(name)
            for (name,) in con.execute(
                "SELECT DISTINCT coalesce(outlet_name, outlet) AS name "
                f"FROM {_parquet(folder, 'articles')} WHERE outlet IS NOT NULL ORDER BY name"
            ).fetchall()
        ]
        # The first directing participant of each event, in article order.
        directors = dict(
            con.execute(
                "SELECT p.event_id, coalesce(arg_min(h.full_name, "
                "(p.article_id, p.span_start)), '?') "
                f"FROM {_parquet(folder, 'participations')} AS p "
                f"LEFT JOIN {_parquet(folder, 'people')} AS h USING (person_id) "
                "WHERE p.role = 'directing' GROUP BY p.event_id"
            ).fetchall()
        )
    return {
        "README.md": dataset_card(events, outlets, facts),
        CHART: chart_svg(events, directors),
    }


def _parquet(folder: Path, table: str) -> str:
    return "read_parquet(" + sql_string(str(folder / f"{table}.parquet")) + ")"
