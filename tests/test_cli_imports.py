"""The CLI imports only what a command uses: no data, crawl or cloud libraries for --help or extract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "fixtures" / "golden"
HEAVY = ("pyarrow", "pandas", "duckdb", "scrapy", "twisted", "trafilatura", "boto3", "airflow")
CONFIG = ("yaml", "pydantic")  # only when a config is read (typer >= 0.29 converts arguments with
# pydantic: pyproject keeps typer below it)

_PROBE = """
import json, sys
from newsarchive.cli import app
try:
    app(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if '.' not in m)))
"""


def _loaded(*argv: str) -> set[str]:
    """Top-level modules in sys.modules after running the CLI with argv in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_importing_the_cli_loads_no_heavy_library() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys, newsarchive.cli; print(json.dumps(list(sys.modules)))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout))
    assert not loaded & set(HEAVY + CONFIG)
    assert "newsarchive.cli.crawl" in loaded  # the commands are registered all the same


def test_help_loads_no_heavy_library_and_no_config_reader() -> None:
    loaded = _loaded("--help")
    assert not loaded & set(HEAVY + CONFIG)
    assert "typer" in loaded


@pytest.mark.parametrize("command", ["crawl", "sql", "verify", "export", "demo"])
def test_command_help_loads_no_heavy_library(command: str) -> None:
    loaded = _loaded(command, "--help")
    assert not loaded & set(HEAVY)
    assert "yaml" not in loaded


# extract needs trafilatura (and what trafilatura itself imports: py3langid, and with it numpy,
# since it is installed for pages that declare no language), never these
NOT_FOR_EXTRACT = (
    *(m for m in HEAVY if m != "trafilatura"),
    *CONFIG,
    "rich",
    "botocore",
)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_extract_loads_trafilatura_but_no_data_crawl_or_console_library(fmt: str) -> None:
    loaded = _loaded("extract", "--format", fmt, str(GOLDEN / "flat_markup.html"))
    assert "trafilatura" in loaded  # the command did run its extraction
    # json builds the full record: its schema module needs pyarrow (and so numpy), and the
    # page's site is a SiteConfig (pydantic)
    unwanted = set(NOT_FOR_EXTRACT) - ({"pyarrow", "pydantic"} if fmt == "json" else set())
    assert not loaded & unwanted, sorted(loaded & unwanted)


def test_profile_help_loads_neither_lxml_nor_rich() -> None:
    loaded = _loaded("profile", "--help")
    assert not loaded & {"lxml", "rich", *HEAVY}


def test_cli_format_list_matches_the_exporter() -> None:
    from newsarchive.cli.read import FORMATS
    from newsarchive.read.export import FORMATS as EXPORT_FORMATS

    assert FORMATS == EXPORT_FORMATS


def test_building_a_records_table_does_not_import_pandas() -> None:
    # pa.array on Python lists imports pandas when installed (0.7 s of CPU in each crawl process)
    probe = (
        "import sys\n"
        "from newsarchive.schema import ArticleRecord, records_to_table\n"
        "rec = ArticleRecord.from_dict({'article_id': 'a', 'url': 'http://x/',\n"
        "    'canonical_url': 'http://x/', 'site': 's', 'title': None, 'author': None,\n"
        "    'published': None, 'modified': None, 'date': '2026-01-01', 'date_source': 'fetched',\n"
        "    'language': None, 'text': 't', 'fetched_at': '2026-01-01T00:00:00Z',\n"
        "    'content_sha256': 'c', 'word_count': 1, 'tags': ['x']})\n"
        "table = records_to_table([rec])\n"
        "assert table.num_rows == 1 and table['tags'].to_pylist() == [['x']], table\n"
        "print('pandas' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
