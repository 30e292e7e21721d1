"""Property tests: nothing from a URL, page or config makes a storage key escape its prefix."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import boto3
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsarchive.archive import keys
from newsarchive.archive.storage.local import LocalStorage
from newsarchive.archive.storage.s3 import S3Storage
from newsarchive.errors import StorageError, UnsafeKeyError
from newsarchive.urls import canonicalize

# What an attacker would put in a URL path, a title or a site name to climb out of a prefix.
HOSTILE = [
    "..",
    "../",
    "/..",
    "../../etc/passwd",
    "/etc/passwd",
    "//",
    "./",
    "%2e%2e",
    "%2E%2E%2F",
    "..%2f",
    "%252e%252e%252f",
    "..\\",
    "\\..\\..\\windows",
    "C:\\Windows",
    "\x00",
    "%00",
    "\n",
    "~",
    "\u2024\u2024",  # one-dot leader x2
    "\uff0e\uff0e\uff0f",  # fullwidth ../
    "\u2215",  # division slash
    "\u202e",  # right-to-left override
    "\u0131",  # dotless i
    "." * 300,
    "a" * 1500,
    "site=x",
    "date=2026-01-01",
]
piece = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12))
hostile_text = st.lists(piece, min_size=1, max_size=6).map("".join)
hostile_path = st.lists(piece, min_size=0, max_size=6).map("/".join)
hosts = st.sampled_from(
    ["news.example", "127.0.0.1:8080", "xn--nws-kla.example", "\u0430pple.example", "[::1]"]
)
urls = st.builds(lambda h, p: f"http://{h}/{p}", hosts, hostile_path)
site_names = st.one_of(st.sampled_from(["demo-wordpress", "a", "news_1"]), hostile_text)
days = st.one_of(st.dates(min_value=date(1, 1, 1)), hostile_text)
run_ids = st.one_of(st.just(keys.new_run_id()), hostile_text)

VALID = re.compile(r"\A[A-Za-z0-9][A-Za-z0-9._=/-]{0,1023}\Z")


def _valid_under(key: str, prefix: str) -> None:
    """A built key stays under its prefix and has no empty, '.' or '..' part."""
    assert key.startswith(prefix), (key, prefix)
    parts = key.split("/")
    assert all(p not in ("", ".", "..") for p in parts), key
    assert VALID.match(key), key


def _built(build: Callable[[], str], prefix: str) -> str | None:
    """The key build() gives, checked; None when it refused with UnsafeKeyError."""
    try:
        key = build()
    except UnsafeKeyError:
        return None
    _valid_under(key, prefix)
    return key


@settings(max_examples=300, deadline=None)
@given(url=urls, site=site_names, day=days, run_id=run_ids, title=hostile_text)
def test_key_builders_stay_under_their_prefix(
    url: str, site: str, day: Any, run_id: str, title: str
) -> None:
    article_id = keys.article_id_for(canonicalize(url) or url)
    site_prefix = f"site={site}/"
    _built(lambda: keys.article_key(site, day, article_id), f"articles/{site_prefix}")
    _built(lambda: keys.article_key(site, day, title), f"articles/{site_prefix}")
    _built(lambda: keys.warc_key(site, run_id, 3), f"raw/{site_prefix}")
    _built(lambda: keys.report_key(site, run_id), f"runs/{site_prefix}")
    _built(lambda: keys.report_key(site, run_id, (day, day)), f"runs/{site_prefix}")
    _built(lambda: keys.parquet_key(site, day), f"parquet/{site_prefix}")
    _built(lambda: keys.state_key(site, title), f"state/{site_prefix}")
    _built(lambda: keys.version_key(site, article_id, 2), f"versions/{site_prefix}")
    _built(lambda: keys.version_key(site, title, 1), f"versions/{site_prefix}")
    for prefix_of in (keys.articles_prefix, keys.reports_prefix):
        try:
            prefix = prefix_of(site)
        except UnsafeKeyError:
            continue
        assert ".." not in prefix.split("/") and prefix.endswith(f"{site_prefix}")
    # the key of a well-named site is never refused because of what the URL says
    assert keys.article_key("demo-wordpress", date(2026, 11, 18), article_id)


def _candidate_keys(url: str, site: str, day: Any, raw: str) -> list[str]:
    """Keys as the archive builds them from hostile input, plus the raw text as a key."""
    article_id = keys.article_id_for(canonicalize(url) or url)
    out = [raw, f"articles/{raw}", url]
    for build in (
        lambda: keys.article_key(site, day, article_id),
        lambda: keys.parquet_key(site, day),
        lambda: keys.state_key(site, raw),
    ):
        with contextlib.suppress(UnsafeKeyError):
            out.append(build())
    return out


def _files_outside(top: Path, root: Path) -> list[Path]:
    return [
        Path(d, f)
        for d, _, files in os.walk(top)
        for f in files
        if root not in Path(d, f).parents and Path(d, f) != top / "sentinel"
    ]


@settings(max_examples=200, deadline=None)
@given(url=urls, site=site_names, day=days, raw=hostile_path)
def test_local_storage_never_writes_outside_its_root(
    tmp_path_factory: pytest.TempPathFactory, url: str, site: str, day: Any, raw: str
) -> None:
    top = tmp_path_factory.mktemp("keys")
    (top / "sentinel").write_bytes(b"keep")
    root = top / "archive"
    store = LocalStorage(root)
    for key in _candidate_keys(url, site, day, raw):
        try:
            store.put_bytes(key, b"x")
        except UnsafeKeyError:
            continue
        except StorageError:  # refused after the key check (an OS limit, a path escaping)
            continue
        assert store.get_bytes(key) == b"x"
        assert key in set(store.list(""))
    assert not _files_outside(top, root.resolve())
    assert (top / "sentinel").read_bytes() == b"keep"


@pytest.mark.s3
def test_s3_storage_never_writes_outside_its_prefix(s3_uri: str) -> None:
    bucket, prefix = s3_uri.removeprefix("s3://").split("/", 1)
    client = boto3.client("s3")
    store = S3Storage(bucket, prefix, client=client)

    @settings(max_examples=80, deadline=None)
    @given(url=urls, site=site_names, day=days, raw=hostile_path)
    def write(url: str, site: str, day: Any, raw: str) -> None:
        for key in _candidate_keys(url, site, day, raw):
            try:
                store.put_bytes(key, b"x")
            except UnsafeKeyError:
                continue
            assert store.get_bytes(key) == b"x"

    write()
    listed = [
        obj["Key"]
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket)
        for obj in page.get("Contents", [])
    ]
    assert listed, "no key was ever accepted: the test would prove nothing"
    assert all(key.startswith(f"{prefix}/") for key in listed), listed
    for key in listed:
        rest = key.removeprefix(f"{prefix}/")
        assert VALID.match(rest) and ".." not in rest.split("/"), rest


@pytest.mark.parametrize("key", ["a/..\n", "articles/x\n"])
def test_check_key_refuses_a_trailing_newline(key: str) -> None:
    with pytest.raises(UnsafeKeyError):
        keys.check_key(key)
