"""The `newsarchive` command line: a thin layer over the library, one command per job."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console

from newsarchive.errors import NewsarchiveError
from newsarchive.report import EXIT_USAGE

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Crawl news sites, extract clean articles, archive them with their raw pages.",
)
err = Console(stderr=True)

ConfigOpt = Annotated[
    str | None,
    typer.Option(
        "--config",
        help="Site config (YAML/TOML). Default: $NEWSARCHIVE_CONFIG or config/sites.yaml.",
    ),
]
ArchiveOpt = Annotated[
    str | None,
    typer.Option(
        "--archive",
        help="Archive root: path, file:///... or s3://bucket/prefix. Default: $NEWSARCHIVE_ARCHIVE or ./archive.",
    ),
]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print an error for a person and return the Exit to raise."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    return typer.Exit(code)


def main() -> None:
    try:
        app()
    except NewsarchiveError as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(EXIT_USAGE)


# The analysts' commands live in cli_read.py; importing it registers them on `app`.
from newsarchive import cli_crawl as _cli_crawl  # noqa: E402, F401
from newsarchive import cli_read as _cli_read  # noqa: E402, F401
from newsarchive import cli_verify as _cli_verify  # noqa: E402, F401
