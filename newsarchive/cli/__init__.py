"""The `newsarchive` command line: a thin layer over the library, one command per job."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from newsarchive.archive.report import EXIT_USAGE
from newsarchive.errors import NewsarchiveError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,  # plain help and usage errors: no rich formatting to import
    pretty_exceptions_enable=False,
    help="Crawl news sites, extract clean articles, archive them with their raw pages.",
)

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


def say(message: str) -> None:
    """One plain, unwrapped line on stderr (errors, warnings, notes): never cut by a console width."""
    sys.stderr.write(message + "\n")  # one write: a log record from another thread cannot split it
    sys.stderr.flush()


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print an error for a person and return the Exit to raise."""
    say(f"error: {message}")
    return typer.Exit(code)


def main() -> None:
    try:
        app()
    except NewsarchiveError as exc:
        say(f"error: {exc}")
        sys.exit(EXIT_USAGE)


# Each submodule registers its commands on `app` when imported.
from newsarchive.cli import crawl as _cli_crawl  # noqa: E402, F401
from newsarchive.cli import importing as _cli_importing  # noqa: E402, F401
from newsarchive.cli import profile as _cli_profile  # noqa: E402, F401
from newsarchive.cli import read as _cli_read  # noqa: E402, F401
from newsarchive.cli import verify as _cli_verify  # noqa: E402, F401
