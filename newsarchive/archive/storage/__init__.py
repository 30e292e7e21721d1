"""The archive root: one small storage interface with a local-folder and an S3 implementation."""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol, runtime_checkable
from urllib.parse import urlsplit

from newsarchive.errors import StorageError

__all__ = ["Storage", "StorageError", "StorageUnavailable", "open_storage"]


class StorageUnavailable(StorageError):
    """The archive did not answer (connection refused, timeout, 5xx): worth retrying later."""


@runtime_checkable
class Storage(Protocol):
    """What the archive needs of a store. Keys are checked relative keys (see keys.py).

    Every write is atomic: a reader sees the whole new object or the old one, never a part.
    """

    uri: str

    def put_bytes(self, key: str, data: bytes, *, content_type: str | None = None) -> None: ...

    def put_file(self, key: str, path: Path, *, content_type: str | None = None) -> None: ...

    def get_bytes(self, key: str) -> bytes: ...

    def get_range(self, key: str, offset: int, length: int) -> bytes: ...

    def open_read(self, key: str) -> BinaryIO: ...

    def exists(self, key: str) -> bool: ...

    def delete(self, key: str) -> None: ...

    def list(self, prefix: str = "") -> Iterator[str]: ...

    def children(self, prefix: str) -> builtins.list[str]:
        """Sorted names of the immediate 'folders' under prefix (ending in '/'), e.g. 'site=x'."""
        ...

    def list_versions(self, prefix: str) -> builtins.list[tuple[str, str]]:
        """Keys directly under prefix (ending in '/'), each with a token that changes on rewrite."""
        ...

    def check(self, *, create: bool = False) -> None: ...


def open_storage(uri: str) -> Storage:
    """A store for `./dir`, `/abs/dir`, `file:///abs/dir` or `s3://bucket/prefix`."""
    if not uri or not uri.strip():
        raise StorageError("empty archive URI")
    parts = urlsplit(uri)
    if parts.scheme and "@" in parts.netloc:  # never echo it: the part before @ may be a secret
        host = parts.netloc.rsplit("@", 1)[1]
        raise StorageError(
            f"archive URI {parts.scheme}://***@{host}{parts.path} carries credentials; give "
            "them through the AWS environment or config files, never in the URI"
        )
    if parts.scheme == "s3":
        from newsarchive.archive.storage.s3 import S3Storage

        if not parts.netloc:
            raise StorageError(f"archive URI {uri!r} names no bucket (use s3://bucket/prefix)")
        return S3Storage(parts.netloc, parts.path.strip("/"))
    if parts.scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise StorageError(f"archive URI {uri!r}: file:// URIs must be local (file:///path)")
        from newsarchive.archive.storage.local import LocalStorage

        return LocalStorage(Path(parts.path))
    if parts.scheme and len(parts.scheme) > 1:
        raise StorageError(
            f"archive URI {uri!r}: unsupported scheme {parts.scheme!r} (use a path, file:// or s3://)"
        )
    from newsarchive.archive.storage.local import LocalStorage

    return LocalStorage(Path(uri))
