"""`dnnd diff` and `dnnd download`: compare releases, fetch and verify one."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
)
from rich.table import Table

from dnnd_data.cli.app import app, console, fail


@app.command()
def diff(
    version_a: Annotated[str, typer.Argument(help="Older release, e.g. 1.0.0.")],
    version_b: Annotated[str, typer.Argument(help="Newer release, e.g. 1.0.1 (or 'latest').")],
    out: Annotated[Path, typer.Option(help="Output folder holding releases/.")] = Path("output"),
) -> None:
    """Rows added, removed and modified (by stable id) between two releases."""
    from dnnd_data.release.changes import compare  # noqa: PLC0415

    folders = []
    for version in (version_a, version_b):
        folder = out / "latest" if version == "latest" else out / "releases" / version
        if not (folder / "manifest.json").is_file():
            fail(
                f"no release {version!r} in {out / 'releases'}", "list them in output/releases.json"
            )
        folders.append(folder.resolve())
    table = Table("table", "added", "removed", "modified", title=f"{version_a} → {version_b}")
    for change in compare(folders[0], folders[1]):
        table.add_row(
            change.table,
            str(change.counts["added"]),
            str(change.counts["removed"]),
            str(change.counts["modified"]),
        )
    console.print(table)


@app.command()
def download(
    version: Annotated[str, typer.Argument(help="Release version, or 'latest'.")] = "latest",
    *,
    base_url: Annotated[
        str, typer.Option(help="URL (http, https or file) of a served output/ folder.")
    ] = "",
    source: Annotated[
        str,
        typer.Option(
            "--from", help="Where releases are published: github:OWNER/REPO, or a base URL."
        ),
    ] = "",
    dest: Annotated[Path, typer.Option(help="Folder to put the release in.")] = Path(
        "dnnd-release"
    ),
    timeout: Annotated[float, typer.Option(help="Seconds the whole download may take.")] = 1800.0,
    allow_redirects_to_other_hosts: Annotated[
        bool, typer.Option(help="Follow redirects to another host (refused by default).")
    ] = False,
) -> None:
    """Download a release, verifying every file's sha256 before it is put in place."""
    from dnnd_data.release.download import DownloadError  # noqa: PLC0415
    from dnnd_data.release.download import download as fetch_release  # noqa: PLC0415

    if base_url and source:
        fail("both --base-url and --from given", "pass one of them")
    base_url = base_url or source
    if not base_url:
        fail(
            "no --from or --base-url given",
            "pass --from github:OWNER/REPO, or the address of a published output/ folder, "
            "e.g. --base-url https://host/dnnd",
        )
    bars = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        disable=not console.is_terminal,
    )
    try:
        with bars:
            task = bars.add_task("download", total=None)
            result = fetch_release(
                base_url,
                version,
                dest,
                advance=lambda n: bars.advance(task, n),
                set_total=lambda n: bars.update(task, total=n),
                deadline_seconds=timeout,
                allow_other_hosts=allow_redirects_to_other_hosts,
            )
    except DownloadError as exc:
        fail(
            str(exc),
            "check --base-url and the version; the destination is replaced only by a whole, "
            "verified release",
        )
    except OSError as exc:
        fail(f"cannot write {dest}: {exc.strerror or exc}", "pass a writable --dest folder")
    console.print(
        f"release {result.version} in {dest}: {len(result.fetched)} file(s) downloaded, "
        f"{len(result.reused)} already verified"
    )


@app.command()
def restore(
    source: Annotated[
        str,
        typer.Option(
            "--from", help="Where releases are published: github:OWNER/REPO, or a base URL."
        ),
    ],
    out: Annotated[Path, typer.Option(help="Output folder to restore into.")] = Path("output"),
    timeout: Annotated[float, typer.Option(help="Seconds the whole download may take.")] = 1800.0,
) -> None:
    """Restore the release history (releases.json and the newest release, verified) from
    where releases are published, so a fresh checkout continues the version sequence."""
    from dnnd_data.release.download import DownloadError  # noqa: PLC0415
    from dnnd_data.release.restore import restore as restore_history  # noqa: PLC0415

    try:
        version = restore_history(source, out, deadline_seconds=timeout)
    except DownloadError as exc:
        fail(str(exc), "check --from; a history that cannot be read stops the release")
    except OSError as exc:
        fail(f"cannot write {out}: {exc.strerror or exc}", "pass a writable --out folder")
    if version is None:
        console.print(f"nothing published at {source} yet: the next release is the first")
    else:
        console.print(f"restored release {version} into {out} (latest)")


@app.command()
def assets(
    version: Annotated[str, typer.Argument(help="Release version, or 'latest'.")] = "latest",
    out: Annotated[Path, typer.Option(help="Output folder holding releases/.")] = Path("output"),
    dest: Annotated[Path, typer.Option(help="Folder for the flat asset files.")] = Path(
        "release-assets"
    ),
) -> None:
    """Lay a release out as GitHub release assets: flat names keeping the folders
    (csv/events.csv.gz → csv__events.csv.gz) plus releases.json."""
    from dnnd_data.release.sources import release_assets  # noqa: PLC0415
    from dnnd_data.release.versioning import RELEASES_INDEX, read_index  # noqa: PLC0415

    index = read_index(out) if (out / RELEASES_INDEX).is_file() else []
    chosen = index[0]["version"] if version == "latest" and index else version
    folder = out / "releases" / chosen
    if not (folder / "manifest.json").is_file():
        fail(f"no release {version!r} in {out / 'releases'}", "build one with `make run`")
    try:
        written = release_assets(folder, out / RELEASES_INDEX, dest)
    except OSError as exc:
        fail(f"cannot write {dest}: {exc.strerror or exc}", "pass a writable --dest folder")
    console.print(f"{len(written)} asset(s) of release {chosen} in {dest}")


@app.command()
def site(
    release: Annotated[
        str, typer.Option(help="A version under OUT/releases, or a release folder.")
    ] = "latest",
    out: Annotated[Path, typer.Option(help="Output folder holding latest/.")] = Path("output"),
    dest: Annotated[Path, typer.Option(help="Folder to write the site into.")] = Path("site"),
) -> None:
    """Render a release's static site (also in every release's site/): open index.html."""
    from dnnd_data.cli.query import database_of  # noqa: PLC0415
    from dnnd_data.release.site import write_site  # noqa: PLC0415

    folder = database_of(out, release).parent
    try:
        written = write_site(folder, dest)
    except OSError as exc:
        fail(f"cannot write {dest}: {exc.strerror or exc}", "pass a writable --dest folder")
    console.print(f"{len(written)} file(s) in {dest}; open {dest / 'index.html'}")
