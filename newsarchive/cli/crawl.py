"""CLI commands that fetch: crawl, extract (one saved page) and the demo."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsarchive.archive.report import EXIT_OK, RunReport, budget_message, exit_status
from newsarchive.cli import ArchiveOpt, ConfigOpt, app, fail, say
from newsarchive.settings import Settings

if TYPE_CHECKING:
    from rich.console import Console


def console(stderr: bool = False) -> Console:
    """A rich console, imported when a command prints (rich costs start-up time)."""
    from rich.console import Console

    return Console(stderr=stderr)


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"{option} must be a date as YYYY-MM-DD, got {value!r}") from None


def window_of(since: str | None, until: str | None) -> tuple[date, date] | None:
    """The inclusive day window; one bound alone means up to today / from the beginning."""
    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    if first is None and last is None:
        return None
    first = first or date(1970, 1, 1)
    last = last or date.today()
    if first > last:
        raise fail(f"--since {first} is after --until {last}")
    return first, last


def print_runs(reports: list[RunReport]) -> None:
    """One error line per run refused (another holds the site's lease), the table of the rest."""
    for refused in (r for r in reports if r.status == "refused"):
        say(f"error: {refused.message}")
    ran = [r for r in reports if r.status != "refused"]
    if ran:
        print_reports(ran, console(stderr=not sys.stdout.isatty()))


def print_reports(reports: list[RunReport], console: Console, title: str = "crawl report") -> None:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    table.add_column("site", no_wrap=True)
    table.add_column("status", no_wrap=True)
    for col in ("pages", "new", "updated", "already", "skipped", "errors"):
        table.add_column(col, justify="right")
    for r in reports:
        already = r.skipped.get("known", 0) + r.skipped.get("unchanged", 0)
        skipped = sum(v for k, v in r.skipped.items() if k not in ("known", "unchanged"))
        table.add_row(
            r.site,
            r.status,
            str(r.pages_fetched),
            str(r.articles_archived),
            str(r.articles_updated),
            str(already),
            str(skipped),
            str(r.error_count),
        )
    console.print(table)
    for r in reports:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(r.skipped.items()) if v)
        if reasons:
            console.print(
                f"  {r.site} skipped: {reasons}", highlight=False, markup=False, soft_wrap=True
            )
        for message in (r.message, budget_message(r)):
            if message:
                console.print(
                    f"  {r.site}: {message}", highlight=False, markup=False, soft_wrap=True
                )
        for e in r.errors[:5]:
            console.print(
                f"  {r.site} error: {e['reason']} {e['url']} {e['detail']}",
                highlight=False,
                markup=False,
                soft_wrap=True,
            )


@app.command()
def crawl(
    site: Annotated[
        list[str] | None,
        typer.Option("--site", help="Site name (repeatable). Default: all enabled sites."),
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="First day to archive (YYYY-MM-DD, inclusive).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Last day to archive (YYYY-MM-DD, inclusive).")
    ] = None,
    config: ConfigOpt = None,
    archive: ArchiveOpt = None,
    report_json: Annotated[
        Path | None,
        typer.Option("--report-json", help="Also write the run reports (a JSON list) here."),
    ] = None,
    log_level: Annotated[
        str | None, typer.Option("--log-level", help="Scrapy log level (default WARNING).")
    ] = None,
    progress_every: Annotated[
        float | None,
        typer.Option(
            "--progress-every",
            help="Off a terminal: seconds between plain progress lines per site on stderr "
            "(default 30; 0: none). On a terminal: a live table.",
        ),
    ] = None,
) -> None:
    """Crawl configured sites and archive their articles; ends with a report.

    Exit status: 0 all ok; 1 a site failed (unreachable site or archive); 2 bad usage, config
    or archive root (nothing crawled); 3 partial: everything fetched is kept, but some objects
    wait in the local spool because the archive was unreachable; the next run uploads them;
    4 interrupted (SIGTERM/SIGINT): what was fetched is kept, run the window again.
    """
    from newsarchive.config import load_config
    from newsarchive.crawl import run_crawl

    window = window_of(since, until)
    level = log_level or os.environ.get("NEWSARCHIVE_LOG_LEVEL") or "WARNING"
    settings = Settings.from_env(
        config_path=config,
        archive_uri=archive,
        log_level=level.upper(),
        progress_every=progress_every,
    )
    cfg = load_config(settings.config_path)
    sites = cfg.select(site)
    if since is not None and window is not None:
        for s in sites:
            s.check_since(window[0])
    reports = run_crawl(cfg, sites, settings, window)
    if report_json:
        report_json.write_text(
            json.dumps([r.to_dict() for r in reports], indent=2), encoding="utf-8"
        )
    print_runs(reports)
    status = exit_status(reports)
    if status != EXIT_OK:
        raise typer.Exit(status)


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="A saved page, or - for standard input.")],
    url: Annotated[
        str, typer.Option(help="The page's URL (resolves links, picks the site).")
    ] = "http://localhost/page",
    format: Annotated[
        str, typer.Option("--format", help="text or json (the full record).")
    ] = "text",
    content_type: Annotated[
        str | None, typer.Option("--content-type", help="The HTTP Content-Type (for its charset).")
    ] = None,
    profile_site: Annotated[
        str | None,
        typer.Option("--profile-from-archive", help="Extract with this site's learned profile."),
    ] = None,
    archive: ArchiveOpt = None,
) -> None:
    """Show what the pipeline would archive for one saved page (no profile unless asked)."""
    from newsarchive.extraction.extract import extract_page

    if format not in ("text", "json"):
        raise fail(f"--format must be text or json, got {format!r}")
    try:
        body = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        raise fail(f"cannot read {file}: {exc.strerror}") from None
    learned = None
    if profile_site:
        from newsarchive.cli.profile import stored_profile

        learned = stored_profile(profile_site, archive)
    extraction = extract_page(body, url, content_type=content_type, profile=learned)
    if format == "text":
        if extraction.page_kind != "article":
            say(f"not an article ({extraction.page_kind}: {extraction.kind_reason})")
        if extraction.title:
            sys.stdout.write(extraction.title + "\n\n")
        sys.stdout.write(extraction.text + "\n")  # plain text: no rich to import
        return

    from datetime import UTC, datetime

    from newsarchive.config import SiteConfig
    from newsarchive.page import Page
    from newsarchive.records import build_record  # the record's schema needs pyarrow
    from newsarchive.urls import origin

    try:
        site = SiteConfig(name="local", url=origin(url) + "/")
    except ValueError as exc:
        raise fail(f"--url: {exc}") from None
    page = Page(
        url=url,
        requested_url=url,
        status=200,
        headers=[("Content-Type", content_type)] if content_type else [],
        body=body,
        fetched_at=datetime.now(UTC),
    )
    data = build_record(page, extraction, site, run_id="").to_dict()
    data["page_kind"] = extraction.page_kind
    data["kind_reason"] = extraction.kind_reason
    data["charset"] = extraction.charset
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command()
def demo(
    archive: ArchiveOpt = None,
    days: Annotated[int, typer.Option(help="Days of articles the local sites publish.")] = 3,
    per_day: Annotated[int, typer.Option(help="Articles per site and day.")] = 3,
    show: Annotated[int, typer.Option(help="How many archived articles to print.")] = 3,
) -> None:
    """Serve the bundled local news sites on 127.0.0.1, crawl them, and show what was archived."""
    from newsarchive.config import load_config
    from newsarchive.crawl import run_crawl
    from newsarchive.demo import DemoSites
    from newsarchive.read.query import open_archive

    out = console()
    settings = Settings.from_env(archive_uri=archive, log_level="WARNING")
    workdir = Path(".newsarchive")
    workdir.mkdir(exist_ok=True)
    with DemoSites(days=days, per_day=per_day) as sites:
        config_path = sites.write_config(workdir / "demo-sites.yaml")
        out.print(f"serving {len(sites.urls)} local news sites:", highlight=False)
        for name, url in sites.urls.items():
            out.print(f"  {name:10} {url}", highlight=False)
        cfg = load_config(config_path)
        reports = run_crawl(cfg, cfg.sites, settings)
    print_reports(reports, out)
    out.print(f"\narchive: {settings.archive_uri}", highlight=False)
    for shown, record in enumerate(open_archive(settings.archive_uri).articles()):
        if shown >= show:
            break
        out.rule(f"{record.site} {record.date}  {record.title}")
        out.print(
            record.text[:600] + ("..." if len(record.text) > 600 else ""),
            highlight=False,
            markup=False,
        )
    out.print(
        "\nNext: newsarchive stats / newsarchive export --format jsonl / newsarchive sql "
        '"SELECT site, count(*) FROM articles GROUP BY site"',
        highlight=False,
    )
    if exit_status(reports) != EXIT_OK:
        raise typer.Exit(exit_status(reports))


@app.command()
def reextract(
    site: Annotated[
        list[str] | None,
        typer.Option("--site", help="Site name (repeatable). Default: all enabled sites."),
    ] = None,
    since: Annotated[str | None, typer.Option(help="First day to rebuild (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Last day to rebuild (YYYY-MM-DD).")] = None,
    config: ConfigOpt = None,
    archive: ArchiveOpt = None,
) -> None:
    """Rebuild article records from the raw pages already archived (WARC); fetches nothing."""
    from newsarchive.config import load_config
    from newsarchive.reextract import reextract as run

    window = window_of(since, until)
    settings = Settings.from_env(config_path=config, archive_uri=archive)
    cfg = load_config(settings.config_path)
    reports = [run(s, settings, window) for s in cfg.select(site)]
    print_runs(reports)
    if exit_status(reports) != EXIT_OK:
        raise typer.Exit(exit_status(reports))
