"""`dnnd fetch URLS_FILE --raw DIR`: fetch news pages into the raw folder, politely."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from dnnd_data.cli.app import EXIT_RELEASE_STOPPED, app, console, err_console, fail, safe
from dnnd_data.ingest.fetch import Fetcher, FetchPolicy, FetchResult, Outcome, read_url_list

MAX_URL_FILE_BYTES = 50 * 1024 * 1024


@app.command()
def fetch(
    urls_file: Annotated[
        Path, typer.Argument(help="URLs, one a line (# comments), or a CSV with a 'url' column.")
    ],
    *,
    raw: Annotated[Path, typer.Option(help="Raw folder the pages are saved into.")] = Path("raw"),
    cache: Annotated[
        Path | None,
        typer.Option(help="Where outcomes are remembered [default: RAW/../.fetch-cache]."),
    ] = None,
    timeout: Annotated[float, typer.Option(help="Seconds one page may take.")] = 20.0,
    max_bytes: Annotated[int, typer.Option(help="Largest page accepted, in bytes.")] = 5 << 20,
    per_host_interval: Annotated[
        float, typer.Option(help="Seconds between two requests to the same host.")
    ] = 1.0,
    retries: Annotated[int, typer.Option(help="Retries of a temporary failure.")] = 2,
) -> None:
    """Fetch pages (robots.txt honoured, per-host pause, retries, size cap, cache) into RAW
    as .html files with a .meta.json sidecar; exit 1 when some failed."""
    try:
        if urls_file.stat().st_size > MAX_URL_FILE_BYTES:
            fail(f"{urls_file} is larger than {MAX_URL_FILE_BYTES} bytes", "split the list")
        text = urls_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        fail(f"cannot read {urls_file}: {reason}", "pass a UTF-8 text or CSV file of URLs")
    urls, refused = read_url_list(text)
    if not urls and not refused:
        fail(f"{urls_file} lists no URLs", "write one http(s) URL a line")
    policy = FetchPolicy(
        timeout_seconds=timeout,
        max_bytes=max_bytes,
        per_host_interval_seconds=per_host_interval,
        retries=retries,
    )
    fetcher = Fetcher(raw, cache or raw.resolve().parent / ".fetch-cache", policy)
    columns = (TextColumn("fetching"), BarColumn(), MofNCompleteColumn())
    try:
        with Progress(*columns, console=err_console, transient=True) as progress:
            task = progress.add_task("fetch", total=len(urls))
            results = fetcher.fetch_all(urls, lambda _: progress.advance(task))
    finally:
        fetcher.close()
    _report([*refused, *results])
    if any(r.outcome is Outcome.FAILED for r in [*refused, *results]):
        raise typer.Exit(EXIT_RELEASE_STOPPED)


def _report(results: list[FetchResult]) -> None:
    counts = Counter(r.outcome.value for r in results)
    console.print(
        ", ".join(f"{counts[o.value]} {o.value}" for o in Outcome) + f" of {len(results)} URLs"
    )
    for result in results:
        if result.outcome is Outcome.FAILED:
            console.print(f"  failed {safe(result.url)}: {safe(result.detail)}")
