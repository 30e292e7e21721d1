"""The `verify` command: check the archive's records against their raw WARC responses."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from newsarchive.cli import ArchiveOpt, app, fail
from newsarchive.cli.crawl import parse_day
from newsarchive.settings import Settings

if TYPE_CHECKING:
    from rich.console import Console

    from newsarchive.archive.verify import VerifyResult

SHOWN_PROBLEMS = 50


def print_result(result: VerifyResult, console: Console) -> None:
    from rich.table import Table

    from newsarchive.archive.verify import PROBLEM_KINDS

    span = f"{result.since or 'start'} .. {result.until or 'end'}"
    table = Table(title=f"verify {result.archive} ({span})", title_justify="left")
    table.add_column("check")
    table.add_column("count", justify="right")
    table.add_row("sites", str(len(result.sites)))
    table.add_row("partitions (site, day)", str(result.partitions))
    table.add_row("records read", str(result.records))
    table.add_row("raw pointers ok", str(result.pointers_ok))
    table.add_row("WARC parts referenced", str(result.warc_parts))
    for kind in PROBLEM_KINDS:
        table.add_row(kind, str(result.by_kind.get(kind, 0)))
    console.print(table)
    for problem in result.problems[:SHOWN_PROBLEMS]:
        console.print(
            f"  {problem.kind}: {problem.key}: {problem.detail}",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
    if result.problem_count > SHOWN_PROBLEMS:
        console.print(f"  ... and {result.problem_count - SHOWN_PROBLEMS} more (see --json)")
    verdict = "ok" if result.ok else f"{result.problem_count} problems"
    console.print(f"verify: {verdict}", highlight=False)


@app.command()
def verify(
    since: Annotated[
        str | None, typer.Option(help="First partition day to check (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Last partition day to check (YYYY-MM-DD).")
    ] = None,
    site: Annotated[
        list[str] | None, typer.Option("--site", help="Site name (repeatable). Default: all.")
    ] = None,
    archive: ArchiveOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full result as JSON.")] = False,
    deep: Annotated[
        bool, typer.Option("--deep", help="Also read every referenced WARC part to its end.")
    ] = False,
) -> None:
    """Check that every record's raw pointer resolves to a WARC record whose digest matches,
    and that no article is archived twice. Exit status 1 when problems are found."""
    from rich.console import Console

    from newsarchive.archive.storage import open_storage
    from newsarchive.archive.verify import verify_archive

    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    if first and last and first > last:
        raise fail(f"--since {first} is after --until {last}")
    storage = open_storage(Settings.from_env(archive_uri=archive).archive_uri)
    storage.check()
    result = verify_archive(storage, since=first, until=last, sites=site, deep=deep)
    if as_json:
        sys.stdout.write(json.dumps(result.to_dict(), indent=2) + "\n")
    else:
        print_result(result, Console())
    if not result.ok:
        raise typer.Exit(1)
