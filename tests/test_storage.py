"""Both storage backends behave the same: atomic puts, ranges, listing, missing keys, key safety."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.archive.storage import open_storage
from newsarchive.errors import StorageError, UnsafeKeyError
from tests.conftest import S3Server
from tests.crawl_helpers import run_cli


def test_roundtrip_and_listing(archive_uri: str, tmp_path: Path) -> None:
    store = open_storage(archive_uri)
    store.check(create=True)
    store.put_bytes("articles/site=a/date=2026-11-20/x.json", b'{"a": 1}')
    store.put_bytes("articles/site=a/date=2026-11-21/y.json", b"{}")
    store.put_bytes("raw/site=a/run=1/00000.warc.gz", b"0123456789")
    big = tmp_path / "big.bin"
    big.write_bytes(b"z" * 100_000)
    store.put_file("raw/site=a/run=1/00001.warc.gz", big)
    assert store.get_bytes("articles/site=a/date=2026-11-20/x.json") == b'{"a": 1}'
    assert store.get_range("raw/site=a/run=1/00000.warc.gz", 3, 4) == b"3456"
    assert store.get_bytes("raw/site=a/run=1/00001.warc.gz") == b"z" * 100_000
    assert list(store.list("articles/site=a/")) == [
        "articles/site=a/date=2026-11-20/x.json",
        "articles/site=a/date=2026-11-21/y.json",
    ]
    assert list(store.list("articles/site=a/date=2026-11-2")) == [
        "articles/site=a/date=2026-11-20/x.json",
        "articles/site=a/date=2026-11-21/y.json",
    ]
    assert list(store.list("articles/site=b/")) == []
    assert store.exists("raw/site=a/run=1/00000.warc.gz")
    store.delete("raw/site=a/run=1/00000.warc.gz")
    assert not store.exists("raw/site=a/run=1/00000.warc.gz")
    with pytest.raises(KeyError):
        store.get_bytes("raw/site=a/run=1/00000.warc.gz")
    with store.open_read("articles/site=a/date=2026-11-21/y.json") as fh:
        assert fh.read() == b"{}"


def test_overwrite_is_whole(archive_uri: str) -> None:
    store = open_storage(archive_uri)
    store.check(create=True)
    store.put_bytes("state/site=a/index.json", b"first version, longer")
    store.put_bytes("state/site=a/index.json", b"second")
    assert store.get_bytes("state/site=a/index.json") == b"second"


@pytest.mark.parametrize(
    "key", ["../x", "/etc/passwd", "a/../../b", "a//b", "a/./b", "", "a\\b", "a b", "é/x"]
)
def test_unsafe_keys_refused(archive_uri: str, key: str) -> None:
    store = open_storage(archive_uri)
    with pytest.raises(UnsafeKeyError):
        store.put_bytes(key, b"x")


def test_unusable_roots(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        open_storage(str(tmp_path / "missing")).check()
    afile = tmp_path / "file"
    afile.write_text("x")
    with pytest.raises(StorageError, match="not a folder"):
        open_storage(str(afile)).check()
    with pytest.raises(StorageError, match="unsupported scheme"):
        open_storage("gs://bucket/x")
    with pytest.raises(StorageError, match="names no bucket"):
        open_storage("s3:///x")


def test_missing_bucket_is_a_clear_error(s3_env: object) -> None:
    with pytest.raises(StorageError, match="no-such-bucket"):
        open_storage("s3://no-such-bucket/x").check()


def test_a_missing_bucket_is_never_created(s3_env: S3Server, tmp_path: Path) -> None:
    """A typo in the archive URI must not become a new bucket: exit 2, bucket named, no bucket."""
    with pytest.raises(StorageError, match="'typo-bucket' does not exist"):
        open_storage("s3://typo-bucket/x").check(create=True)
    config = tmp_path / "sites.yaml"
    config.write_text(
        "sites:\n  - name: a\n    url: http://127.0.0.1:9/\n    allow_private_network: true\n"
    )
    result = run_cli(
        ["crawl", "--config", str(config), "--archive", "s3://typo-bucket/news"], tmp_path
    )
    assert result.code == 2, result.stderr
    said = [line for line in result.stderr.splitlines() if "typo-bucket" in line]
    assert said and "does not exist" in said[0] and "Traceback" not in result.stderr
    names = [b["Name"] for b in s3_env.client().list_buckets().get("Buckets", [])]
    assert "typo-bucket" not in names


def test_children_and_versions(archive_uri: str) -> None:
    store = open_storage(archive_uri)
    store.check(create=True)
    store.put_bytes("articles/site=a/date=2026-11-20/x.json", b"1")
    store.put_bytes("articles/site=a/date=2026-11-21/y.json", b"2")
    store.put_bytes("articles/site=b/date=2026-11-20/z.json", b"3")
    assert store.children("articles/") == ["site=a", "site=b"]
    assert store.children("articles/site=a/") == ["date=2026-11-20", "date=2026-11-21"]
    assert store.children("articles/site=zzz/") == []
    before = dict(store.list_versions("articles/site=a/date=2026-11-20/"))
    assert list(before) == ["articles/site=a/date=2026-11-20/x.json"]
    store.put_bytes("articles/site=a/date=2026-11-20/x.json", b"rewritten")
    after = dict(store.list_versions("articles/site=a/date=2026-11-20/"))
    assert after.keys() == before.keys() and after != before


def test_local_symlinks_out_of_the_root_are_refused(tmp_path: Path) -> None:
    """A file or folder symlinked out of a local archive is refused, also in a folder the
    storage has already read and written (it remembers where its folders really are)."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.json").write_bytes(b"s")
    store = open_storage(str(tmp_path / "archive"))
    store.check(create=True)
    store.put_bytes("articles/site=a/date=2026-11-20/x.json", b"1")
    assert store.get_bytes("articles/site=a/date=2026-11-20/x.json") == b"1"
    folder = tmp_path / "archive/articles/site=a/date=2026-11-20"
    (folder / "link.json").symlink_to(outside / "secret.json")
    (folder / "out").symlink_to(outside)
    for key in ("link.json", "out/secret.json"):
        with pytest.raises(StorageError, match="escapes"):
            store.get_bytes(f"articles/site=a/date=2026-11-20/{key}")
    store.put_bytes("articles/site=a/date=2026-11-20/x.json", b"2")
    assert store.get_bytes("articles/site=a/date=2026-11-20/x.json") == b"2"
