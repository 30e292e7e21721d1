"""Archive root on S3 through boto3 (any S3-protocol endpoint via AWS_ENDPOINT_URL)."""

from __future__ import annotations

import builtins
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import boto3
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, HTTPClientError
from botocore.exceptions import ConnectionError as BotoConnectionError

from newsarchive.archive.keys import check_key
from newsarchive.archive.storage import StorageUnavailable
from newsarchive.errors import StorageError

_MISSING = {"NoSuchKey", "404", "NotFound"}
_NO_BUCKET = {"404", "NoSuchBucket", "NotFound"}
_BUSY = {"SlowDown", "ServiceUnavailable", "InternalError", "RequestTimeout"}
# The run's spool retries with its own backoff, so one boto3 retry is enough, and a dead or hung
# endpoint fails an attempt in seconds instead of minutes.
CLIENT_CONFIG = Config(
    retries={"total_max_attempts": 2, "mode": "standard"},
    connect_timeout=3,
    read_timeout=20,
)


# botocore's DEBUG records print signed request headers: the access key id and session token.
# Whatever level the crawl logs at, these loggers never go below INFO.
for _name in ("botocore", "boto3", "s3transfer"):
    if logging.getLogger(_name).level < logging.INFO:  # NOTSET (0) would follow the root
        logging.getLogger(_name).setLevel(logging.INFO)


def _transient(exc: Exception) -> bool:
    if isinstance(exc, ClientError):
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0
        return _code(exc) in _BUSY or int(status) >= 500
    if isinstance(exc, BotoCoreError):  # connection refused, timeouts, closed connections
        return isinstance(exc, BotoConnectionError | HTTPClientError)
    return True  # s3transfer's wrappers: assume the transfer may succeed later


def _code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


class S3Storage:
    """Objects under s3://bucket/prefix/. PUTs are atomic in S3; multipart is used for big files."""

    def __init__(self, bucket: str, prefix: str = "", client: Any | None = None) -> None:
        self.bucket = bucket
        self.prefix = f"{prefix.strip('/')}/" if prefix.strip("/") else ""
        self.uri = f"s3://{bucket}/{self.prefix}"
        self._client = client

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = boto3.session.Session().client("s3", config=CLIENT_CONFIG)
        return self._client

    def _key(self, key: str) -> str:
        return self.prefix + check_key(key)

    def _fail(self, action: str, key: str, exc: Exception) -> StorageError:
        if isinstance(exc, ClientError):
            detail = f"{_code(exc)}: {exc.response.get('Error', {}).get('Message', '')}"
        else:
            detail = type(exc).__name__
        kind = StorageUnavailable if _transient(exc) else StorageError
        return kind(f"cannot {action} {key!r} in {self.uri}: {detail}")

    def put_bytes(self, key: str, data: bytes, *, content_type: str | None = None) -> None:
        extra = {"ContentType": content_type} if content_type else {}
        try:
            self.client.put_object(Bucket=self.bucket, Key=self._key(key), Body=data, **extra)
        except (BotoCoreError, ClientError) as exc:
            raise self._fail("write", key, exc) from exc

    def put_file(self, key: str, path: Path, *, content_type: str | None = None) -> None:
        extra = {"ContentType": content_type} if content_type else {}
        try:
            self.client.upload_file(
                str(path),
                self.bucket,
                self._key(key),
                ExtraArgs=extra or None,
                Config=TransferConfig(multipart_threshold=16 * 1024 * 1024, use_threads=False),
            )
        except (BotoCoreError, ClientError) as exc:
            raise self._fail("upload", key, exc) from exc
        except Exception as exc:  # s3transfer wraps errors in its own types
            if "Failed to upload" in str(exc) or type(exc).__module__.startswith("s3transfer"):
                raise self._fail("upload", key, exc) from exc
            raise

    def _get(self, key: str, **extra: Any) -> Any:
        try:
            return self.client.get_object(Bucket=self.bucket, Key=self._key(key), **extra)
        except ClientError as exc:
            if _code(exc) in _MISSING:
                raise KeyError(key) from None
            raise self._fail("read", key, exc) from exc
        except BotoCoreError as exc:
            raise self._fail("read", key, exc) from exc

    def get_bytes(self, key: str) -> bytes:
        body = self._get(key)["Body"]
        try:
            return body.read()
        finally:
            body.close()

    def get_range(self, key: str, offset: int, length: int) -> bytes:
        body = self._get(key, Range=f"bytes={offset}-{offset + length - 1}")["Body"]
        try:
            return body.read()
        finally:
            body.close()

    def open_read(self, key: str) -> BinaryIO:
        body: BinaryIO = self._get(key)["Body"]
        return body

    def exists(self, key: str) -> bool:
        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(key))
            return True
        except ClientError as exc:
            if _code(exc) in _MISSING:
                return False
            raise self._fail("check", key, exc) from exc
        except BotoCoreError as exc:
            raise self._fail("check", key, exc) from exc

    def delete(self, key: str) -> None:
        try:
            self.client.delete_object(Bucket=self.bucket, Key=self._key(key))
        except (BotoCoreError, ClientError) as exc:
            raise self._fail("delete", key, exc) from exc

    def list(self, prefix: str = "") -> Iterator[str]:
        paginator = self.client.get_paginator("list_objects_v2")
        try:
            for page in paginator.paginate(Bucket=self.bucket, Prefix=self.prefix + prefix):
                for obj in page.get("Contents", ()):
                    yield obj["Key"][len(self.prefix) :]
        except (BotoCoreError, ClientError) as exc:
            raise self._fail("list", prefix or "/", exc) from exc

    def _pages(self, prefix: str) -> Iterator[dict[str, Any]]:
        """One delimited listing level under prefix."""
        paginator = self.client.get_paginator("list_objects_v2")
        try:
            yield from paginator.paginate(
                Bucket=self.bucket, Prefix=self.prefix + prefix, Delimiter="/"
            )
        except (BotoCoreError, ClientError) as exc:
            raise self._fail("list", prefix or "/", exc) from exc

    def children(self, prefix: str) -> builtins.list[str]:
        base = len(self.prefix + prefix)
        names = {
            common["Prefix"][base:].rstrip("/")
            for page in self._pages(prefix)
            for common in page.get("CommonPrefixes", ())
        }
        return sorted(names)

    def list_versions(self, prefix: str) -> builtins.list[tuple[str, str]]:
        """Token: ETag and size."""
        return sorted(
            (obj["Key"][len(self.prefix) :], f"{obj.get('ETag', '')}:{obj.get('Size', 0)}")
            for page in self._pages(prefix)
            for obj in page.get("Contents", ())
        )

    def check(self, *, create: bool = False) -> None:
        """Raise StorageError unless the bucket exists and answers.

        `create` is accepted for the Storage interface, but a bucket is never created: a typo
        in an archive URI must fail (exit 2, nothing crawled), not start a new bucket.
        """
        try:
            self.client.head_bucket(Bucket=self.bucket)
        except ClientError as exc:
            if _code(exc) in _NO_BUCKET:
                raise StorageError(
                    f"archive {self.uri}: bucket {self.bucket!r} does not exist (or is not "
                    "visible to these credentials); create it first, newsarchive never creates "
                    "buckets"
                ) from exc
            kind = StorageUnavailable if _transient(exc) else StorageError
            raise kind(
                f"archive {self.uri} is not usable: bucket {self.bucket!r} "
                f"answered {_code(exc) or 'an error'}"
            ) from exc
        except BotoCoreError as exc:
            if not _transient(exc):
                raise StorageError(
                    f"archive {self.uri} is not usable: {type(exc).__name__}"
                ) from exc
            raise StorageUnavailable(
                f"archive {self.uri} is not reachable: {type(exc).__name__}"
            ) from exc
