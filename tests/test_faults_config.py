"""Config faults: credentials in site URLs, FIFOs, devices and oversized files as the config."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsarchive.config import MAX_CONFIG_BYTES, load_config
from newsarchive.errors import ConfigError
from tests.crawl_helpers import run_cli

SECRET = "s3cr3t-Pa55word-value"


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        ([f"url: https://ops:{SECRET}@news.example/"], "'url'"),
        ([f"url: https://{SECRET}@news.example/"], "'url'"),
        (
            ["url: https://news.example/", f"feeds: ['https://a:{SECRET}@news.example/rss']"],
            "'feeds'",
        ),
        (
            ["url: https://news.example/", f"sitemaps: ['http://a:{SECRET}@x.example/s.xml']"],
            "'sitemaps'",
        ),
        (
            ["url: https://news.example/", f"start_urls: ['HTTPS://u:{SECRET}@news.example/']"],
            "'start_urls'",
        ),
    ],
)
def test_credentials_in_a_site_url_are_refused_without_echoing_them(
    tmp_path: Path, lines: list[str], field: str
) -> None:
    path = tmp_path / "sites.yaml"
    body = "".join(f"    {line}\n" for line in lines)
    path.write_text(f"sites:\n  - name: news\n{body}")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert f"site 'news', field {field}" in message and "credentials" in message
    assert "***@" in message and SECRET not in message


def test_crawl_with_a_secret_in_the_config_exits_2_and_leaks_nothing(tmp_path: Path) -> None:
    config = tmp_path / "sites.yaml"
    config.write_text(f"sites:\n  - name: news\n    url: https://editor:{SECRET}@127.0.0.1:9/\n")
    broken = tmp_path / "broken.yaml"  # a YAML syntax error on the line with the secret
    broken.write_text(f"sites:\n  - name: news\n    url: https://editor:{SECRET}@x.example/ a: b\n")
    archive = tmp_path / "archive"
    for path, words in ((config, "site 'news', field 'url'"), (broken, "line 3")):
        result = run_cli(["crawl", "--config", str(path), "--archive", str(archive)], tmp_path)
        assert result.code == 2, result.stderr
        assert words in result.stderr and str(path) in result.stderr
        assert SECRET not in result.stdout + result.stderr
        assert "Traceback" not in result.stderr
        assert result.reports == []
    assert not archive.exists() and not (tmp_path / "spool").exists()


def test_a_fifo_as_config_is_refused_at_once(tmp_path: Path) -> None:
    """Before: open() waited forever for a writer. run_cli's timeout fails the test on a hang."""
    fifo = tmp_path / "sites.yaml"
    os.mkfifo(fifo)
    result = run_cli(["crawl", "--config", str(fifo), "--archive", str(tmp_path / "a")], tmp_path)
    assert result.code == 2 and "not a regular file" in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_as_config_is_refused_without_reading_it(tmp_path: Path) -> None:
    """Before: /dev/zero was read until memory ran out (2.7 GiB, then a traceback)."""
    with pytest.raises(ConfigError, match="not a regular file"):
        load_config("/dev/zero")
    result = run_cli(["crawl", "--config", "/dev/zero", "--archive", str(tmp_path / "a")], tmp_path)
    assert result.code == 2 and "/dev/zero: cannot read config: not a regular file" in result.stderr


def test_oversized_folder_and_binary_configs_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:
        fh.write(b"sites:\n  - name: a\n    url: https://a.example/\n")
        fh.write(b"#" * MAX_CONFIG_BYTES + b"\n")
    with pytest.raises(ConfigError, match="byte limit"):
        load_config(big)
    with pytest.raises(ConfigError, match="a folder"):
        load_config(tmp_path)
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"sites: \xff\xfe\x00")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(binary)
    link = tmp_path / "link.yaml"  # a symlink to a regular file is fine
    real = tmp_path / "real.yaml"
    real.write_text("sites:\n  - name: a\n    url: https://a.example/path@x\n")
    link.symlink_to(real)
    assert load_config(link).sites[0].url == "https://a.example/path@x"
