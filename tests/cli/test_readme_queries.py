"""The SQL examples in README.md run against a real release and answer sensibly."""

from __future__ import annotations

import re

import duckdb
import pytest

from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.settings import PROJECT_ROOT

QUERIES = re.findall(
    r"```sql\n(.*?)```", (PROJECT_ROOT / "README.md").read_text("utf-8"), re.DOTALL
)
EXAMPLES = [q for q in QUERIES if "read_parquet" not in q]


def test_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("sql", EXAMPLES)
def test_readme_query_runs(sql: str, seed_build: BuildSummary) -> None:
    assert seed_build.published is not None
    con = duckdb.connect(str(seed_build.published.path / "dnnd.duckdb"), read_only=True)
    rows = con.execute(sql).fetchall()
    assert rows, sql


def test_directive_switch_is_visible(seed_build: BuildSummary) -> None:
    assert seed_build.published is not None
    con = duckdb.connect(str(seed_build.published.path / "dnnd.duckdb"), read_only=True)
    (sql,) = [q for q in EXAMPLES if "Chỉ thị" in q]
    rows = con.execute(sql).fetchall()
    by_year = {}
    for year, document, _ in rows:
        by_year.setdefault(year, set()).add(document)
    assert "Chỉ thị 04-CT/TW" in by_year[2019] and "Chỉ thị 04-CT/TW" in by_year[2020]
    assert by_year[2022] == {"Chỉ thị 12-CT/TW"} and by_year[2025] == {"Chỉ thị 12-CT/TW"}


def test_directing_leaders_per_year(seed_build: BuildSummary) -> None:
    assert seed_build.published is not None
    con = duckdb.connect(str(seed_build.published.path / "dnnd.duckdb"), read_only=True)
    (sql,) = [q for q in EXAMPLES if "'directing'" in q]
    rows = {year: (name, position) for year, _, name, position in con.execute(sql).fetchall()}
    assert rows[2020] == ("Trần Quốc Vượng", "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư")
    assert rows[2025] == ("Trần Cẩm Tú", "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư")
    assert rows[2022][0] == "Bùi Thị Minh Hoài"
    assert rows[2019][0] == "Trương Thị Mai"
