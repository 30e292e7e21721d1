"""Local spool: a run's objects are staged on disk first, then uploaded in order, then removed."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from newsarchive.archive.keys import check_key
from newsarchive.archive.storage import Storage
from newsarchive.errors import StorageError

log = logging.getLogger(__name__)
MANIFEST = "manifest.json"
# Left by a run that died: never sealed (.staging), an open WARC part (.part), a batch that was
# uploaded but not yet removed (.done). None of them holds anything the archive still needs.
_STALE = ("*.staging", "*.warc.gz.part", "*.done")


class Batch:
    """Objects staged together: the WARC part first, then the records that point into it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.ops: list[dict[str, str]] = []
        path.mkdir(parents=True, exist_ok=False)

    def put_file(self, key: str, src: Path) -> None:
        name = f"{len(self.ops):06d}"
        shutil.move(str(src), self.path / name)
        self.ops.append({"op": "put", "key": check_key(key), "file": name})

    def put_bytes(self, key: str, data: bytes) -> None:
        name = f"{len(self.ops):06d}"
        (self.path / name).write_bytes(data)
        self.ops.append({"op": "put", "key": check_key(key), "file": name})

    def keep_version(self, src: str, key: str) -> None:
        """Copy `src` to `key` unless `key` exists (so a batch uploaded twice keeps the old text)."""
        self.ops.append({"op": "keep", "src": check_key(src), "key": check_key(key)})

    def delete(self, key: str) -> None:
        self.ops.append({"op": "delete", "key": check_key(key)})

    def seal(self) -> Path:
        """Write the manifest and make the batch visible to uploaders (atomic rename)."""
        (self.path / MANIFEST).write_text(json.dumps(self.ops), encoding="utf-8")
        final = self.path.with_suffix("")
        os.replace(self.path, final)
        return final


@dataclass
class DrainResult:
    uploaded: int = 0  # objects stored
    batches: int = 0
    pending: int = 0  # objects still in the spool
    error: str | None = None
    failures: int = 0  # failed attempts (each retried after a pause)
    keys: list[str] = field(default_factory=list)  # keys written or deleted, in order


class Spool:
    """One folder per (archive, site) under the spool root; batches named in upload order.

    Only the holder of the site's archive lease (`archive.lock`) may use it: `open()`, called
    once the lease is held, creates the folder and clears what a dead run left behind.
    """

    def __init__(self, root: Path, storage: Storage, site: str) -> None:
        tag = hashlib.sha256(storage.uri.encode()).hexdigest()[:12]
        self.dir = Path(root) / tag / site
        self.storage = storage

    def open(self) -> None:
        """Create the folder and clear a dead run's leftovers (hold the site's lease first)."""
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot use the spool folder {self.dir}: {exc.strerror}") from exc
        for pattern in _STALE:
            for stale in self.dir.glob(pattern):
                if stale.is_dir():
                    shutil.rmtree(stale, ignore_errors=True)
                else:
                    stale.unlink(missing_ok=True)

    def close(self) -> None:
        """Nothing to release: the archive lease guards the folder."""

    def new_batch(self, name: str) -> Batch:
        return Batch(self.dir / f"{name}.staging")

    def pending(self) -> list[Path]:
        if not self.dir.is_dir():
            return []
        return sorted(
            p for p in self.dir.iterdir() if p.is_dir() and p.suffix not in (".staging", ".done")
        )

    @staticmethod
    def count(batch: Path) -> int:
        try:
            return len(json.loads((batch / MANIFEST).read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return 0

    def pending_objects(self) -> int:
        return sum(self.count(b) for b in self.pending())

    def upload(self, batch: Path, done: list[str] | None = None) -> int:
        """Carry out one batch's operations in order (each is idempotent), then remove it."""
        ops = json.loads((batch / MANIFEST).read_text(encoding="utf-8"))
        for op in ops:
            if op["op"] == "put":
                self.storage.put_file(op["key"], batch / op["file"])
            elif op["op"] == "keep":
                # KeyError: the old version was never uploaded (its run died): nothing to keep
                with contextlib.suppress(KeyError):
                    if not self.storage.exists(op["key"]):
                        self.storage.put_bytes(op["key"], self.storage.get_bytes(op["src"]))
            elif op["op"] == "delete":
                self.storage.delete(op["key"])
            if done is not None:
                done.append(op["key"])
        gone = batch.with_suffix(".done")
        os.replace(batch, gone)  # atomic: a crash while removing leaves no half batch pending
        shutil.rmtree(gone, ignore_errors=True)
        return len(ops)

    def drain(self, *, wait: float = 0.0, first_delay: float = 1.0) -> DrainResult:
        """Upload every pending batch, retrying with backoff for up to `wait` seconds."""
        result = DrainResult()
        deadline = time.monotonic() + wait
        delay = first_delay
        while True:
            try:
                for batch in self.pending():
                    result.uploaded += self.upload(batch, result.keys)
                    result.batches += 1
                result.error = None
                break
            except StorageError as exc:
                result.error = str(exc)
                result.failures += 1
                if time.monotonic() + delay > deadline:
                    break
                log.warning("archive unreachable, retrying in %.0f s: %s", delay, exc)
                time.sleep(delay)
                delay = min(delay * 2, 30.0)
        result.pending = self.pending_objects()
        return result
