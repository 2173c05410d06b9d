"""The static site of a release, opened from file:// in a real headless Chromium (the system
package, driven by Playwright): pages render without console errors, every local link
resolves, the table browser's filter filters and its headers sort."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from dnnd_data.cli.app import app
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.release import show
from dnnd_data.release.site import FOLDERS, write_site
from dnnd_data.schema.facts import Event, Person

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HREF = re.compile(r'href="([^"#:]+)"')


def _site(summary: BuildSummary) -> Path:
    assert summary.published is not None
    return summary.published.path / "site"


def test_every_release_has_a_site_whose_links_resolve(seed_build: BuildSummary) -> None:
    site = _site(seed_build)
    events = seed_build.dataset.rows("events", Event)
    people = seed_build.dataset.rows("people", Person)
    assert {p.name for p in (site / "events").iterdir()} == {f"{e.event_id}.html" for e in events}
    assert {p.name for p in (site / "people").iterdir()} == {f"{p.person_id}.html" for p in people}
    pages = sorted(site.rglob("*.html"))
    for page in pages:
        for link in HREF.findall(page.read_text("utf-8")):
            assert (page.parent / link).resolve().exists(), (page.relative_to(site), link)


def test_the_site_command_writes_elsewhere(seed_build: BuildSummary, tmp_path: Path) -> None:
    assert seed_build.published is not None
    dest = tmp_path / "site"
    args = ["site", "--release", str(seed_build.published.path), "--dest", str(dest)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    for page in dest.rglob("*.html"):
        for link in HREF.findall(page.read_text("utf-8")):
            assert (page.parent / link).resolve().exists(), (page, link)


def test_record_pages_read_in_passes_are_the_same_pages(
    seed_build: BuildSummary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The site reads records' sections a pass of keys at a time (so memory holds a
    pass's rows, not a release's): passes of one or two records give the same pages,
    byte for byte, and leave no spill folder behind."""
    assert seed_build.published is not None
    whole = {p.relative_to(_site(seed_build)): p.read_bytes() for p in _pages(_site(seed_build))}
    for records in (1, 2):
        monkeypatch.setattr(show, "RECORDS_PER_PASS", records)
        dest = tmp_path / f"site-{records}"
        write_site(seed_build.published.path, dest)
        assert {p.relative_to(dest): p.read_bytes() for p in _pages(dest)} == whole
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(dest.name)) == [
            dest.name
        ]


@pytest.mark.parametrize("parts", [2, 3])
def test_a_site_written_in_shares_is_the_whole_site(
    seed_build: BuildSummary, tmp_path: Path, parts: int
) -> None:
    """Processes that each render a share of the pages (one per core) write the site one
    process writes, file for file and byte for byte, and leave no spill folder behind."""
    assert seed_build.published is not None
    whole = _site(seed_build)
    dest = tmp_path / "site"
    pages = [write_site(seed_build.published.path, dest, share=(p, parts)) for p in range(parts)]
    assert sum(len(p) for p in pages) == len({path for share in pages for path in share})
    assert all(pages)
    mine = {p.relative_to(dest): p.read_bytes() for p in dest.rglob("*") if p.is_file()}
    theirs = {p.relative_to(whole): p.read_bytes() for p in whole.rglob("*") if p.is_file()}
    # A table page links to the release's files, relative to where the site is written.
    assert mine.keys() == theirs.keys()
    assert {k: v for k, v in mine.items() if k.parts[0] != "tables"} == {
        k: v for k, v in theirs.items() if k.parts[0] != "tables"
    }
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_a_section_cut_at_its_limit_keeps_its_first_rows_and_its_count(
    seed_build: BuildSummary,
) -> None:
    """Past the limit, a section's rows are counted in DuckDB, not fetched: the rows kept
    are the first ones of the whole section, and its total is the whole section's."""
    assert seed_build.published is not None
    with duckdb.connect(str(seed_build.published.path / "dnnd.duckdb"), read_only=True) as con:
        for kind in FOLDERS:
            whole = {v.record_id: v for v in show.all_views(con, kind)}
            cut = {v.record_id: v for v in show.all_views(con, kind, 1)}
            assert cut.keys() == whole.keys()
            for record_id, view in cut.items():
                for part, full in zip(view.sections, whole[record_id].sections, strict=True):
                    assert part.rows == full.rows[:1]
                    assert part.total == len(full.rows)
            assert any(len(s.rows) > 1 for v in whole.values() for s in v.sections)


def _pages(site: Path) -> list[Path]:
    """The record pages (a table page links to the release's files, relative to where the
    site is written)."""
    return sorted(p for folder in FOLDERS.values() for p in (site / folder).glob("*.html"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        pytest.skip("no system Chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


def _open(browser: Any, path: Path) -> tuple[Any, list[str]]:
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    return page, errors


def test_pages_render_without_errors(seed_build: BuildSummary, browser: Any) -> None:
    site = _site(seed_build)
    for relative in ["index.html", "tables/events.html", "tables/articles.html"]:
        page, errors = _open(browser, site / relative)
        assert page.title().endswith("dnnd-data")
        assert errors == [], (relative, errors)
        page.close()
    event = sorted((site / "events").iterdir())[0]
    page, errors = _open(browser, event)
    assert page.locator("blockquote").count() > 0  # source sentences
    assert errors == []
    page.close()


def test_the_table_browser_filters_and_sorts(seed_build: BuildSummary, browser: Any) -> None:
    people = seed_build.dataset.rows("people", Person)
    page, errors = _open(browser, _site(seed_build) / "tables" / "people.html")
    rows = page.locator("#browser tbody tr")
    assert rows.count() == len(people)
    surname = sorted(p.full_name for p in people)[0].split()[0]
    expected = sum(1 for p in people if surname.lower() in p.full_name.lower())
    page.fill("#filter", surname.lower())
    assert 0 < rows.count() == expected < len(people)
    page.fill("#filter", "")
    page.click("th[data-column=full_name]")
    names = page.locator("#browser tbody tr td:nth-child(2)").all_text_contents()
    assert sorted(names) == sorted(p.full_name for p in people)
    # Vietnamese collation (localeCompare "vi"): Bùi before Hoàng before Lê before Trần.
    assert names.index("Bùi Thị Minh Hoài") < names.index("Trần Quốc Vượng")
    page.click("th[data-column=full_name]")
    reversed_names = page.locator("#browser tbody tr td:nth-child(2)").all_text_contents()
    assert reversed_names == names[::-1]
    assert errors == []
    page.close()
