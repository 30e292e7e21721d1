"""Where WARC bytes come from: a local path or an s3:// object, streamed or read by range."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from newsarchive.archive.storage import Storage


def _s3(uri: str) -> tuple[Storage, str]:
    from newsarchive.archive.storage.s3 import S3Storage

    parts = urlsplit(uri)
    key = parts.path.lstrip("/")
    if not parts.netloc or not key:
        raise ValueError(f"{uri}: an s3:// WARC needs a bucket and a key (s3://bucket/key)")
    return S3Storage(parts.netloc, ""), key


def open_source(uri: str) -> BinaryIO:
    """A read stream over the whole file (never loaded into memory); OSError/KeyError if absent."""
    if uri.startswith("s3://"):
        storage, key = _s3(uri)
        return storage.open_read(key)
    path = uri.removeprefix("file://")
    return Path(path).open("rb")


def read_range(uri: str, offset: int, length: int) -> bytes:
    """`length` bytes at `offset` of the file: one record, for resolving a revisit."""
    if uri.startswith("s3://"):
        storage, key = _s3(uri)
        return storage.get_range(key, offset, length)
    with Path(uri.removeprefix("file://")).open("rb") as fh:
        fh.seek(offset)
        return fh.read(length)
