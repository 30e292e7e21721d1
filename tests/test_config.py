"""Config validation: unknown keys, wrong types, impossible values; file, site and field named."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsarchive.config import SiteConfig, load_config
from newsarchive.errors import ConfigError
from newsarchive.settings import Settings
from tests.crawl_helpers import run_cli

HEAD = """contact: https://ops.example/newsarchive
sites:
  - name: first
    url: https://first.example/
  - name: second
    url: https://second.example/
"""

# (case, lines added to the site "second", field named, words of the message)
SITE_CASES = [
    ("unknown key", "max_depht: 2", "max_depht", "unknown key"),
    ("unknown nested key", "quality: {min_artcles: 3}", "quality.min_artcles", "unknown key"),
    ("string for a number", "timeout: '30'", "timeout", "valid number"),
    ("word for an integer", "max_pages: many", "max_pages", "valid integer"),
    ("fraction for an integer", "retries: 2.5", "retries", "valid integer"),
    ("number for a boolean", "obey_robots: 1", "obey_robots", "valid boolean"),
    ("string for a list", "feeds: https://second.example/feed", "feeds", "valid list"),
    ("null for a number", "max_pages: null", "max_pages", "valid integer"),
    ("negative delay", "download_delay: -1", "download_delay", "greater than or equal to 0"),
    ("zero pages", "max_pages: 0", "max_pages", "greater than or equal to 1"),
    ("zero timeout", "timeout: 0", "timeout", "greater than 0"),
    ("not a number", "download_delay: .nan", "download_delay", "finite number"),
    ("infinite", "timeout: .inf", "timeout", "finite number"),
    ("ratio above 1", "quality: {max_error_ratio: 1.5}", "quality.max_error_ratio", "<= 1"),
    ("bad regex", "deny: ['(unclosed']", "deny", "invalid regular expression"),
    ("bad CSS selector", "drop_selectors: ['div[[']", "drop_selectors", "invalid selector"),
    ("bad XPath selector", "drop_selectors: ['//div[']", "drop_selectors", "invalid selector"),
    ("unknown time zone", "timezone: Mars/Olympus", "timezone", "unknown time zone"),
    ("time zone path", "timezone: ../../etc/passwd", "timezone", "unknown time zone"),
    ("cron, 4 fields", "schedule: '0 4 * *'", "schedule", "5-field cron"),
    ("cron, minute 99", "schedule: '99 4 * * *'", "schedule", "minute field '99'"),
    ("cron, words", "schedule: 'a b c d e'", "schedule", "minute field 'a'"),
    ("cron, day 0", "schedule: '0 4 0 * *'", "schedule", "day of month field '0'"),
    ("cron, step 0", "schedule: '*/0 * * * *'", "schedule", "minute field '*/0'"),
    ("cron, open range", "schedule: '0 4 * * 1-'", "schedule", "day of week field '1-'"),
    ("cron preset", "schedule: '@yearly'", "schedule", "unsupported preset"),
    ("ftp URL", "feeds: ['ftp://second.example/feed']", "feeds", "http:// or https://"),
]


def _yaml_messages(tmp_path: Path, extra: str) -> str:
    path = tmp_path / "sites.yaml"
    path.write_text(HEAD + "".join(f"    {line}\n" for line in extra.splitlines()))
    with pytest.raises(ConfigError) as err:
        load_config(path)
    return str(err.value)


@pytest.mark.parametrize(
    ("case", "extra", "field", "words"), SITE_CASES, ids=[c[0] for c in SITE_CASES]
)
def test_site_field_errors_name_file_site_and_field(
    tmp_path: Path, case: str, extra: str, field: str, words: str
) -> None:
    message = _yaml_messages(tmp_path, extra)
    assert str(tmp_path / "sites.yaml") in message
    line = next((x for x in message.splitlines() if f"field '{field}'" in x), "")
    assert "site 'second'" in line, message
    assert words.replace("<=", "less than or equal to") in line, message
    assert "'first'" not in message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (HEAD.replace("contact:", "contakt:"), "field 'contakt': unknown key"),
        (HEAD.replace("contact: https://ops.example/newsarchive", "contact: ''"), "'contact'"),
        (HEAD.replace("name: second", "name: first"), "'first' is used twice"),
        (HEAD.replace("name: second", "name: Second Site"), "site 'Second Site', field 'name'"),
        (HEAD.replace("url: https://second.example/", "url: 42"), "site 'second', field 'url'"),
        ("sites: {first: 1}\n", "field 'sites': Input should be a valid list"),
        ("sites:\n  - just-a-name\n", "site #1"),
        ("contact: x\n", "field 'sites': Field required"),
        ("", "expected a mapping"),
        ("sites: [\n", "not valid yaml"),
    ],
)
def test_file_level_errors(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "sites.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value) and words in str(err.value), str(err.value)


def test_toml_errors_name_the_file_too(tmp_path: Path) -> None:
    path = tmp_path / "sites.toml"
    path.write_text('[[sites]]\nname = "only"\nurl = "https://only.example/"\nretries = "3"\n')
    with pytest.raises(ConfigError, match=r"sites\.toml.*\n.*site 'only', field 'retries'"):
        load_config(path)


def test_valid_configs_still_load_and_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text(
        HEAD + "    schedule: '*/30 1-5,23 * jan-jun mon-fri'\n    download_delay: 1\n"
        "    drop_selectors: ['div.ads', '//aside']\n    deny: ['/tag/']\n"
        "    quality: {min_articles: 0, max_error_ratio: 1}\n"
    )
    config = load_config(path)
    second = config.site("second")
    assert second.download_delay == 1.0 and second.quality.max_error_ratio == 1
    # what the Airflow factory hands its operators (JSON-safe dicts) validates again
    again = SiteConfig.model_validate(json.loads(json.dumps(second.model_dump(mode="json"))))
    assert again == second
    assert load_config(Path(__file__).parents[1] / "config" / "sites.yaml").sites


@pytest.fixture
def listener() -> Iterator[tuple[int, list[object]]]:
    """A TCP port that records every connection: proof that nothing was contacted."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    sock.settimeout(0.2)
    seen: list[object] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            seen.append(conn)
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield sock.getsockname()[1], seen
    finally:
        stop.set()
        thread.join(2)
        sock.close()


def test_crawl_refuses_bad_config_before_any_io(
    tmp_path: Path, listener: tuple[int, list[object]]
) -> None:
    port, seen = listener
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        f"sites:\n  - name: site-a\n    url: http://127.0.0.1:{port}/\n"
        "    allow_private_network: true\n  - name: site-b\n"
        f"    url: http://127.0.0.1:{port}/\n    allow_private_network: true\n"
        "    schedule: '0 25 * * *'\n"
    )
    endpoint = {"AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}", "AWS_ACCESS_KEY_ID": "x"}
    for archive in (str(tmp_path / "archive"), "s3://never-touched/x"):
        result = run_cli(
            ["crawl", "--config", str(bad), "--archive", archive], tmp_path, env=endpoint
        )
        assert result.code == 2, result.stderr
        assert str(bad) in result.stderr.replace("\n", "")
        assert "site 'site-b', field 'schedule'" in result.stderr
        assert "hour field '25'" in result.stderr
    assert not seen, "the site or the S3 endpoint was contacted"
    assert not (tmp_path / "archive").exists() and not (tmp_path / "spool").exists()


@pytest.mark.parametrize(
    ("env", "args", "words"),
    [
        ({"NEWSARCHIVE_PART_RECORDS": "0"}, [], "NEWSARCHIVE_PART_RECORDS"),
        ({"NEWSARCHIVE_UPLOAD_WAIT": "soon"}, [], "NEWSARCHIVE_UPLOAD_WAIT"),
        ({"NEWSARCHIVE_EXTRACT_WORKERS": "two"}, [], "NEWSARCHIVE_EXTRACT_WORKERS"),
        ({}, ["--log-level", "LOUD"], "log level"),
        ({}, ["--since", "2026-02-30"], "--since must be a date"),
    ],
)
def test_bad_settings_are_refused_before_any_io(
    tmp_path: Path, env: dict[str, str], args: list[str], words: str
) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("sites:\n  - name: a\n    url: http://127.0.0.1:9/\n")
    archive = tmp_path / "archive"
    result = run_cli(
        ["crawl", "--config", str(good), "--archive", str(archive), *args], tmp_path, env=env
    )
    assert result.code == 2 and words in result.stderr, result.stderr
    assert not archive.exists() and not (tmp_path / "spool").exists()


def test_settings_reject_bad_numbers_in_process() -> None:
    with pytest.raises(ConfigError, match="NEWSARCHIVE_PART_BYTES"):
        Settings.from_env({"NEWSARCHIVE_PART_BYTES": "-5"})
    assert Settings.from_env({"NEWSARCHIVE_UPLOAD_WAIT": "0"}).upload_wait == 0
