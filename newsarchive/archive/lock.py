"""One crawl per site and archive: a lease stored with the archive (a lock file, or an S3 object).

    lease = acquire(storage, site, owner, ttl=600)   # LockHeld when another holder is alive
    lease = renew(lease)                             # before `ttl` runs out; LockLost if taken
    release(lease)

Local folder: `state/site=S/crawl.lock`, created with O_EXCL; taken over only when its expiry
has passed or, on the same host, its process is dead. S3: the same key written with a
conditional PUT (`IfNoneMatch="*"`), taken over when expired by a PUT conditional on the old
ETag (`IfMatch`), so of two machines racing exactly one wins. Expiry is wall-clock time in the
object: hosts sharing an archive need clocks within a small fraction of `ttl`.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
import uuid
from dataclasses import dataclass, replace
from typing import Any

from newsarchive.archive import keys
from newsarchive.archive.storage import Storage
from newsarchive.errors import NewsarchiveError

__all__ = ["Lease", "LockHeld", "LockLost", "acquire", "lock_key", "release", "renew"]

_TAKEOVER_STALE = 60.0  # a takeover marker older than this was left by a dead process


class LockHeld(NewsarchiveError):
    """Another live crawl holds the site's lease in this archive."""


class LockLost(NewsarchiveError):
    """Our lease expired and was taken over (or removed): stop writing."""


@dataclass(frozen=True)
class Lease:
    """A held lease: `token` is what proves it is ours (file token or S3 ETag)."""

    storage: Storage
    site: str
    key: str
    owner: str
    ttl: float
    expires_at: float
    token: str


def lock_key(site: str) -> str:
    return keys.state_key(site, "crawl.lock")


def _body(owner: str, ttl: float, token: str) -> dict[str, Any]:
    now = time.time()
    return {
        "owner": owner,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "acquired_at": now,
        "expires_at": now + ttl,
        "token": token,
    }


def _held(site: str, info: dict[str, Any]) -> LockHeld:
    left = float(info.get("expires_at", 0)) - time.time()
    since = info.get("acquired_at")
    when = (
        time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(float(since)))
        if isinstance(since, int | float)
        else "?"
    )
    return LockHeld(
        f"another crawl of {site} holds the archive lock since {when} "
        f"(owner {info.get('owner', '?')}, host {info.get('host', '?')}, "
        f"pid {info.get('pid', '?')}; lease ends in {left:.0f} s)"
    )


def _pid_dead(info: dict[str, Any]) -> bool:
    if info.get("host") != socket.gethostname() or not isinstance(info.get("pid"), int):
        return False
    try:
        os.kill(info["pid"], 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _stale(info: dict[str, Any]) -> bool:
    return float(info.get("expires_at", 0)) < time.time() or _pid_dead(info)


def acquire(storage: Storage, site: str, owner: str, ttl: float = 600.0) -> Lease:
    """Take the site's lease for `ttl` seconds, or raise LockHeld naming the holder."""
    if ttl <= 0:
        raise ValueError("ttl must be positive")
    key = lock_key(site)
    if hasattr(storage, "client") and hasattr(storage, "bucket"):
        return _S3(storage).acquire(site, key, owner, ttl)
    return _Local(storage).acquire(site, key, owner, ttl)


def renew(lease: Lease, ttl: float | None = None) -> Lease:
    """Push the lease's expiry `ttl` (default: its own) from now; LockLost if no longer ours."""
    ttl = lease.ttl if ttl is None else ttl
    if hasattr(lease.storage, "client") and hasattr(lease.storage, "bucket"):
        return _S3(lease.storage).renew(lease, ttl)
    return _Local(lease.storage).renew(lease, ttl)


def release(lease: Lease) -> None:
    """Give the lease up (a no-op when it is no longer ours)."""
    if hasattr(lease.storage, "client") and hasattr(lease.storage, "bucket"):
        _S3(lease.storage).release(lease)
    else:
        _Local(lease.storage).release(lease)


class _Local:
    def __init__(self, storage: Any) -> None:
        self.storage = storage
        self.root = storage.root

    def _read(self, path: Any) -> dict[str, Any] | None:
        try:
            data = json.loads(path.read_bytes())
            return data if isinstance(data, dict) else {}
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return {}  # half-written by a crashed holder: no expiry, so stale

    def _create(self, path: Any, body: dict[str, Any]) -> bool:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "wb") as fh:
            fh.write(json.dumps(body).encode())
            fh.flush()
            os.fsync(fh.fileno())
        return True

    def acquire(self, site: str, key: str, owner: str, ttl: float) -> Lease:
        path = self.root / key
        path.parent.mkdir(parents=True, exist_ok=True)
        token = uuid.uuid4().hex
        body = _body(owner, ttl, token)
        lease = Lease(self.storage, site, key, owner, ttl, body["expires_at"], token)
        if self._create(path, body):
            return lease
        info = self._read(path)
        if info is not None and not _stale(info):
            raise _held(site, info)
        # Stale: take it over under a takeover marker, so two takers cannot both win.
        marker = path.with_name(path.name + ".takeover")
        with contextlib.suppress(FileNotFoundError):
            if time.time() - marker.stat().st_mtime > _TAKEOVER_STALE:
                marker.unlink()
        if not self._create(marker, {"owner": owner, "pid": os.getpid()}):
            raise LockHeld(f"site {site}: another process is taking over the stale lease")
        try:
            again = self._read(path)
            if again is not None and (again != info or not _stale(again)):
                raise _held(site, again)
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            if not self._create(path, body):
                raise _held(site, self._read(path) or {})
            return lease
        finally:
            marker.unlink()

    def renew(self, lease: Lease, ttl: float) -> Lease:
        path = self.root / lease.key
        info = self._read(path)
        if not info or info.get("token") != lease.token:
            raise LockLost(f"site {lease.site}: the crawl lease was taken over or removed")
        body = {**info, "expires_at": time.time() + ttl}
        tmp = path.with_name(f".tmp-{path.name}.{lease.token}")
        tmp.write_bytes(json.dumps(body).encode())
        os.replace(tmp, path)
        return replace(lease, ttl=ttl, expires_at=body["expires_at"])

    def release(self, lease: Lease) -> None:
        path = self.root / lease.key
        info = self._read(path)
        if info and info.get("token") == lease.token:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


class _S3:
    def __init__(self, storage: Any) -> None:
        self.storage = storage
        self.client = storage.client
        self.bucket = storage.bucket

    def _full(self, key: str) -> str:
        return str(self.storage.prefix + key)

    def _put(self, key: str, body: dict[str, Any], **condition: str) -> str | None:
        """The new ETag, or None when the condition failed (someone else wrote first)."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            answer = self.client.put_object(
                Bucket=self.bucket,
                Key=self._full(key),
                Body=json.dumps(body).encode(),
                ContentType="application/json",
                **condition,
            )
        except ClientError as exc:
            code = str(exc.response.get("Error", {}).get("Code", ""))
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            if code in {"PreconditionFailed", "ConditionalRequestConflict"} or status in (409, 412):
                return None
            raise self.storage._fail("write", key, exc) from exc
        except BotoCoreError as exc:  # unreachable endpoint
            raise self.storage._fail("write", key, exc) from exc
        return str(answer["ETag"])

    def _get(self, key: str) -> tuple[dict[str, Any], str] | None:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            answer = self.client.get_object(Bucket=self.bucket, Key=self._full(key))
        except ClientError as exc:
            if str(exc.response.get("Error", {}).get("Code", "")) in {"NoSuchKey", "404"}:
                return None
            raise self.storage._fail("read", key, exc) from exc
        except BotoCoreError as exc:
            raise self.storage._fail("read", key, exc) from exc
        raw = answer["Body"].read()
        try:
            info = json.loads(raw)
        except ValueError:
            info = {}
        return (info if isinstance(info, dict) else {}), str(answer["ETag"])

    def acquire(self, site: str, key: str, owner: str, ttl: float) -> Lease:
        token = uuid.uuid4().hex
        body = _body(owner, ttl, token)
        etag = self._put(key, body, IfNoneMatch="*")
        if etag is None:
            found = self._get(key)
            if found is None:  # released in between: one more conditional create
                etag = self._put(key, body, IfNoneMatch="*")
            else:
                info, old = found
                if not _stale(info):  # expired, or its process on this host is gone
                    raise _held(site, info)
                etag = self._put(key, body, IfMatch=old)  # only over the expired lease we read
            if etag is None:
                raise _held(site, (self._get(key) or ({}, ""))[0])
        return Lease(self.storage, site, key, owner, ttl, body["expires_at"], etag)

    def renew(self, lease: Lease, ttl: float) -> Lease:
        found = self._get(lease.key)
        if found is None or found[1] != lease.token:
            raise LockLost(f"site {lease.site}: the crawl lease was taken over or removed")
        body = {**found[0], "expires_at": time.time() + ttl}
        etag = self._put(lease.key, body, IfMatch=lease.token)
        if etag is None:
            raise LockLost(f"site {lease.site}: the crawl lease was taken over")
        return replace(lease, ttl=ttl, expires_at=body["expires_at"], token=etag)

    def release(self, lease: Lease) -> None:
        found = self._get(lease.key)
        if found is not None and found[1] == lease.token:
            self.client.delete_object(Bucket=self.bucket, Key=self._full(lease.key))
