"""The analysts' commands (export, show, stats, sql, reindex), registered on the main CLI app."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from newsarchive.cli import ArchiveOpt, app, fail, say
from newsarchive.errors import NewsarchiveError
from newsarchive.settings import Settings

if TYPE_CHECKING:
    from newsarchive.read.query import Archive

# newsarchive.read.export.FORMATS, spelled out so the help needs no pyarrow (a test compares)
FORMATS = ("jsonl", "csv", "parquet", "txt")

SiteOpt = Annotated[list[str] | None, typer.Option("--site", help="Only this site (repeatable).")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="First day, YYYY-MM-DD (inclusive).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Last day, YYYY-MM-DD (inclusive).")]


EXIT_PARTIAL = 3  # the output was written, but unreadable records were skipped (named on stderr)


def _open(archive: str | None) -> Archive:
    from newsarchive.read.query import open_archive

    arch = open_archive(Settings.from_env(archive_uri=archive).archive_uri)
    arch.warn = lambda message: say(f"warning: {message}")
    return arch


def _partial(arch: Archive) -> None:
    """Exit 3 when records were skipped: the output holds everything else."""
    skipped = len(arch.last_scan.unreadable)
    if skipped:
        say(f"error: {skipped} unreadable record(s) skipped (named above); the rest was written")
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")],
    site: SiteOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    query: Annotated[str | None, typer.Option("--query", help="All these words.")] = None,
    language: Annotated[str | None, typer.Option("--language", help="e.g. en")] = None,
    output: Annotated[str, typer.Option("--output", "-o", help="File, or - for stdout.")] = "-",
    archive: ArchiveOpt = None,
) -> None:
    """Export articles (latest version of each, by their day) as jsonl, csv, parquet or txt."""
    from newsarchive.read.export import export as run
    from newsarchive.read.query import Selection

    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    try:
        sel = Selection.make(site, since, until, language, query)
        arch = _open(archive)
        n = run(arch, sel, fmt, output)
    except NewsarchiveError as exc:
        raise fail(str(exc)) from None
    if output != "-":
        say(f"{n} articles written to {output}")
    _partial(arch)


@app.command()
def show(
    article: Annotated[str, typer.Argument(help="Article id or URL.")],
    raw: Annotated[bool, typer.Option("--raw", help="The page as fetched (from WARC).")] = False,
    versions: Annotated[
        bool, typer.Option("--versions", help="List its versions (earlier texts are kept).")
    ] = False,
    archive: ArchiveOpt = None,
) -> None:
    """Print one article with its metadata, its versions, or its raw page exactly as fetched."""
    try:
        arch = _open(archive)
        record = arch.get(article)
        if versions:
            from newsarchive.read.versions import article_versions

            for v in article_versions(arch.storage, record):
                print(
                    f"v{v.version}\t{v.fetched_at}\t{v.word_count} words\t"
                    f"sha256 {v.content_sha256[:12]}\t{v.title or ''}"
                )
            return
        if raw:
            from newsarchive.archive.warc import read_response

            if record.raw is None:
                raise fail(f"article {record.article_id} has no raw page pointer")
            response = read_response(arch.storage, record.raw)  # WarcError: one line
            if not response.digest_ok:
                say("warning: raw page digest mismatch")
            sys.stdout.buffer.write(response.body)
            sys.stdout.buffer.flush()
            return
    except NewsarchiveError as exc:
        raise fail(str(exc)) from None
    from rich.console import Console

    data = record.to_dict()
    text = data.pop("text")
    out = Console(highlight=False)
    for name, value in data.items():
        shown = json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        out.print(f"[bold]{name}:[/] {shown}", markup=True)
    out.print()
    out.print(text, markup=False)


@app.command()
def stats(
    site: SiteOpt = None, since: SinceOpt = None, until: UntilOpt = None, archive: ArchiveOpt = None
) -> None:
    """Articles per site and day; a day without articles shows as a gap. Where run reports
    accounted for a day, its URLs expected (dated by the site's sources) and missing too."""
    from rich.console import Console

    from newsarchive.read.coverage import accounted_days, reported_sites
    from newsarchive.read.query import Selection
    from newsarchive.read.stats import stats_table

    try:
        arch = _open(archive)
        sel = Selection.make(site, since, until)
        counts = arch.counts(sel)
        accounts = {}
        for name in site or reported_sites(arch.storage):
            days = accounted_days(arch.storage, name)
            accounts[name] = {
                d: row
                for d, row in days.items()
                if (sel.since or d) <= d <= (sel.until or d) and row.get("expected")
            }
            counts.setdefault(name, {})
            for day in accounts[name]:  # a day with URLs expected and no article is a gap too
                counts[name].setdefault(day, 0)
    except NewsarchiveError as exc:
        raise fail(str(exc)) from None
    Console().print(stats_table(counts, accounts))


@app.command()
def sql(
    statement: Annotated[
        str, typer.Argument(help='e.g. "SELECT site, count(*) FROM articles GROUP BY 1"')
    ],
    site: SiteOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", help="table, csv or jsonl (default: table on a terminal, else csv)."
        ),
    ] = None,
    allow_files: Annotated[
        bool,
        typer.Option(
            "--allow-files",
            help="Let the SQL read and write files and attach databases (COPY ... TO, "
            "read_csv, ATTACH). Off by default: only the archive's table is reachable.",
        ),
    ] = False,
    archive: ArchiveOpt = None,
) -> None:
    """Run DuckDB SQL over the archive's articles as table `articles` (narrow with --site...).

    Read-only by default: once `articles` is loaded, DuckDB's file system access is switched
    off and its configuration locked, so the SQL cannot read or write other files.
    """
    import duckdb
    import pyarrow as pa

    from newsarchive.cli.output import write_result
    from newsarchive.read.query import Selection, lock_down, one_line

    if fmt not in (None, "table", "csv", "jsonl"):
        raise fail(f"unknown format {fmt!r} (choose from table, csv, jsonl)")
    con = None
    try:
        arch = _open(archive)
        con = arch.duckdb(Selection.make(site, since, until))
        if not allow_files:
            lock_down(con)
        relation = con.sql(statement)
        result = relation.to_arrow_table() if relation is not None else pa.table({})
    except NewsarchiveError as exc:
        raise fail(str(exc)) from None
    except duckdb.Error as exc:
        raise fail(f"SQL: {one_line(str(exc))}") from None
    finally:
        if con is not None:
            con.close()  # DuckDB's threads stop now, not during interpreter shutdown
    write_result(result, fmt or ("table" if sys.stdout.isatty() else "csv"))
    _partial(arch)


@app.command()
def reindex(site: SiteOpt = None, archive: ArchiveOpt = None) -> None:
    """Bring the Parquet index (parquet/site=S/month=M/articles.parquet) up to date with the JSON
    records: stale months are rewritten, per-day files of earlier versions migrated."""
    from newsarchive.read.parquet_index import reindex as run
    from newsarchive.read.query import Selection

    try:
        arch = _open(archive)
        if site:
            arch.check_sites(Selection.make(site))
        n = run(arch.storage, site or None)
    except NewsarchiveError as exc:
        raise fail(str(exc)) from None
    say(f"{n} Parquet month files rewritten or removed (fresh ones left as they were)")


@app.command()
def coverage(
    site: Annotated[str, typer.Option("--site", help="The site.")],
    since: Annotated[str, typer.Option("--since", help="First day, YYYY-MM-DD (inclusive).")],
    until: Annotated[str, typer.Option("--until", help="Last day, YYYY-MM-DD (inclusive).")],
    as_json: Annotated[
        bool, typer.Option("--json", help="A JSON list, one object per day.")
    ] = False,
    archive: ArchiveOpt = None,
) -> None:
    """Per day: URLs the site's dated sources offered, archived, already archived, skipped and
    missing (listed), from the stored crawl and import reports."""
    from rich.console import Console

    from newsarchive.cli.crawl import window_of
    from newsarchive.cli.importing import print_coverage
    from newsarchive.read.coverage import site_account

    window = window_of(since, until)
    assert window is not None
    try:
        rows = site_account(_open(archive).storage, site, *window)
    except NewsarchiveError as exc:
        raise fail(str(exc)) from None
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return
    print_coverage(rows, Console(), f"{site}: per-day account {since}..{until}")
    uncovered = [r["day"] for r in rows if not r.get("covered")]
    if uncovered:
        say(f"no stored report accounts for {len(uncovered)} day(s): {', '.join(uncovered[:10])}")
