"""Listings the Storage protocol lacks: child folders, and keys with a version token."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from newsarchive.storage import Storage
from newsarchive.storage.local import LocalStorage

# (key, token): the token changes whenever the object is rewritten; None when the backend can't say.
Versioned = tuple[str, str | None]


def child_names(storage: Storage, prefix: str) -> list[str]:
    """Sorted names of the immediate 'folders' under prefix (which ends with '/'), e.g. 'site=x'."""
    if isinstance(storage, LocalStorage):
        folder = storage.root / prefix
        try:
            return sorted(e.name for e in os.scandir(folder) if e.is_dir())
        except FileNotFoundError:
            return []
    s3 = _s3(storage)
    if s3 is not None:
        client, bucket, base = s3
        names: set[str] = set()
        pages = client.get_paginator("list_objects_v2").paginate(
            Bucket=bucket, Prefix=base + prefix, Delimiter="/"
        )
        for page in _s3_pages(storage, pages, prefix):
            for common in page.get("CommonPrefixes", ()):
                names.add(common["Prefix"][len(base + prefix) :].rstrip("/"))
        return sorted(names)
    found = {key[len(prefix) :].split("/", 1)[0] for key in storage.list(prefix)}
    return sorted(name for name in found if name)


def versioned_keys(storage: Storage, prefix: str) -> list[Versioned]:
    """Keys directly under prefix, with a token that changes on rewrite (mtime+size, ETag)."""
    if isinstance(storage, LocalStorage):
        out: list[Versioned] = []
        try:
            entries = list(os.scandir(storage.root / prefix))
        except FileNotFoundError:
            return []
        for entry in entries:
            if entry.is_file() and not entry.name.startswith(".tmp-"):
                st = entry.stat()
                out.append((prefix + entry.name, f"{st.st_mtime_ns}:{st.st_size}"))
        return sorted(out)
    s3 = _s3(storage)
    if s3 is not None:
        client, bucket, base = s3
        pages = client.get_paginator("list_objects_v2").paginate(
            Bucket=bucket, Prefix=base + prefix, Delimiter="/"
        )
        return sorted(
            (obj["Key"][len(base) :], str(obj.get("ETag", "")) + f":{obj.get('Size', 0)}")
            for page in _s3_pages(storage, pages, prefix)
            for obj in page.get("Contents", ())
        )
    return [(key, None) for key in storage.list(prefix) if "/" not in key[len(prefix) :]]


def _s3(storage: Storage) -> tuple[Any, str, str] | None:
    from newsarchive.storage.s3 import S3Storage

    if isinstance(storage, S3Storage):
        return storage.client, storage.bucket, storage.prefix
    return None


def _s3_pages(storage: Storage, pages: Any, prefix: str) -> Iterator[dict[str, Any]]:
    from botocore.exceptions import BotoCoreError, ClientError

    from newsarchive.errors import StorageError

    try:
        yield from pages
    except (BotoCoreError, ClientError) as exc:
        raise StorageError(f"cannot list {prefix!r} in {storage.uri}: {exc}") from exc
