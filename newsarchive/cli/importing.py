"""CLI command `import`: archive the news articles of WARC files other crawlers wrote."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated

import typer

from newsarchive.archive.report import EXIT_INTERRUPTED, EXIT_OK, exit_status
from newsarchive.cli import ArchiveOpt, ConfigOpt, app, fail, say
from newsarchive.cli.crawl import print_reports, window_of
from newsarchive.settings import Settings

if TYPE_CHECKING:  # heavy modules load inside the command: `--help` stays fast
    from rich.console import Console

    from newsarchive.warc_import import ImportTally

PROGRESS_EVERY = 30.0  # seconds between plain progress lines off a terminal


def _line(tally: ImportTally) -> str:
    return (
        f"import: {tally.files} file(s), {tally.records} records read, {tally.pages} pages "
        f"of configured sites, {sum(tally.problem_counts.values())} problems"
    )


class _Plain:
    """A progress line on stderr every `every` seconds (for logs: no terminal)."""

    def __init__(self, every: float) -> None:
        self.every = every
        self.next = time.monotonic() + every

    def __call__(self, tally: ImportTally) -> None:
        if time.monotonic() >= self.next:
            self.next = time.monotonic() + self.every
            say(_line(tally))


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def print_coverage(rows: list[dict], console: Console, title: str) -> None:
    """The per-day account as a table, then the missing URLs (as many as stored)."""
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    table.add_column("day", no_wrap=True)
    for col in ("expected", "archived", "already", "skipped", "missing"):
        table.add_column(col, justify="right")
    for row in rows:
        missing = row.get("missing_count", len(row.get("missing", [])))
        table.add_row(
            row["day"],
            str(row["expected"]),
            str(row["archived"]),
            str(row.get("already", 0)),
            str(sum(row.get("skipped", {}).values())),
            str(missing),
        )
    console.print(table)
    for row in rows:
        for url in row.get("missing", []):
            console.print(f"  missing {row['day']} {url}", highlight=False, markup=False)


@app.command("import")
def import_(
    warcs: Annotated[
        list[str], typer.Argument(help="WARC files (gzip or not): paths, file:// or s3:// URIs.")
    ],
    site: Annotated[
        list[str] | None,
        typer.Option("--site", help="Site name (repeatable). Default: every configured site."),
    ] = None,
    since: Annotated[str | None, typer.Option(help="First day to archive (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Last day to archive (YYYY-MM-DD).")] = None,
    reference: Annotated[
        bool,
        typer.Option(
            "--reference",
            help="The source WARCs are permanent: records point into them (URI + offset) "
            "instead of a copy in the archive's raw area.",
        ),
    ] = False,
    config: ConfigOpt = None,
    archive: ArchiveOpt = None,
    report_json: Annotated[
        Path | None,
        typer.Option("--report-json", help="Also write the run reports (a JSON list) here."),
    ] = None,
) -> None:
    """Archive the news articles in WARC files from other crawlers (CC-NEWS, Browsertrix ...).

    Same extraction, identity and window rules as a crawl; importing a file twice adds
    nothing. Exit status as `crawl`: 0 ok; 1 the archive was unreachable; 2 bad usage or
    config; 3 partial (objects wait in the local spool); 4 interrupted. Bad input (corrupt
    or truncated files, broken records) is listed at the end and does not change it.
    """
    from newsarchive.importer import import_warcs

    window = window_of(since, until)
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from newsarchive.config import load_config

    settings = Settings.from_env(config_path=config, archive_uri=archive)
    cfg = load_config(settings.config_path)
    sites = cfg.select(site) if site else list(cfg.sites)
    if not sites:
        raise fail(f"no sites configured in {settings.config_path}")
    if since is not None and window is not None:
        for s in sites:
            s.check_since(window[0])
    for uri in warcs:
        if "://" not in uri and not Path(uri).is_file():
            raise fail(f"{uri}: no such file")
    console = Console(stderr=True)
    signal.signal(signal.SIGTERM, _interrupt)
    if console.is_terminal:
        with Progress(
            SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console
        ) as bar:
            task = bar.add_task("import", total=None)
            result = import_warcs(
                warcs,
                sites,
                settings,
                window,
                reference=reference,
                progress=lambda t: bar.update(task, description=_line(t)),
            )
    else:
        every = float(os.environ.get("NEWSARCHIVE_PROGRESS_EVERY") or PROGRESS_EVERY)
        result = import_warcs(
            warcs, sites, settings, window, reference=reference, progress=_Plain(every)
        )
    if report_json:
        report_json.write_text(
            json.dumps([r.to_dict() for r in result.reports], indent=2), encoding="utf-8"
        )
    out = Console() if sys.stdout.isatty() else console
    say(_line(result.tally))
    if result.reports:
        print_reports(result.reports, out, "import report")
    else:
        say("no page of the selected sites in these files: nothing imported")
    for report in result.reports:
        if report.coverage:
            print_coverage(report.coverage, out, f"{report.site}: per-day account")
    tally = result.tally
    skipped = ", ".join(f"{k} {v}" for k, v in sorted(tally.skipped.items()))
    if skipped:
        say(f"records not imported: {skipped}")
    for problem in tally.problems:
        say(f"problem: {problem}")
    hidden = sum(tally.problem_counts.values()) - len(tally.problems)
    if hidden > 0:
        say(f"... and {hidden} more problems (counted, not listed)")
    status = EXIT_INTERRUPTED if result.interrupted else exit_status(result.reports)
    if result.interrupted:
        say("import interrupted: what was read is archived; import the files again to finish")
    if status != EXIT_OK:
        raise typer.Exit(status)
