"""Local spool: a run's objects are staged on disk first, then uploaded in order, then removed."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from newsarchive.errors import StorageError
from newsarchive.keys import check_key
from newsarchive.storage import Storage

log = logging.getLogger(__name__)
MANIFEST = "manifest.json"


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


class Spool:
    """One folder per (archive, site) under the spool root; batches named in upload order."""

    def __init__(self, root: Path, storage: Storage, site: str) -> None:
        tag = hashlib.sha256(storage.uri.encode()).hexdigest()[:12]
        self.dir = Path(root) / tag / site
        self.storage = storage
        self.dir.mkdir(parents=True, exist_ok=True)
        for stale in self.dir.glob("*.staging"):  # a crash while staging: never uploaded
            shutil.rmtree(stale, ignore_errors=True)

    def new_batch(self, name: str) -> Batch:
        return Batch(self.dir / f"{name}.staging")

    def pending(self) -> list[Path]:
        return sorted(p for p in self.dir.iterdir() if p.is_dir() and p.suffix != ".staging")

    @staticmethod
    def count(batch: Path) -> int:
        try:
            return len(json.loads((batch / MANIFEST).read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return 0

    def pending_objects(self) -> int:
        return sum(self.count(b) for b in self.pending())

    def upload(self, batch: Path) -> int:
        """Carry out one batch's operations in order (each is idempotent), then remove it."""
        ops = json.loads((batch / MANIFEST).read_text(encoding="utf-8"))
        for op in ops:
            if op["op"] == "put":
                self.storage.put_file(op["key"], batch / op["file"])
            elif op["op"] == "delete":
                self.storage.delete(op["key"])
        shutil.rmtree(batch, ignore_errors=True)
        return len(ops)

    def drain(self, *, wait: float = 0.0, first_delay: float = 1.0) -> DrainResult:
        """Upload every pending batch, retrying with backoff for up to `wait` seconds."""
        result = DrainResult()
        deadline = time.monotonic() + wait
        delay = first_delay
        while True:
            try:
                for batch in self.pending():
                    result.uploaded += self.upload(batch)
                    result.batches += 1
                result.error = None
                break
            except StorageError as exc:
                result.error = str(exc)
                if time.monotonic() + delay > deadline:
                    break
                log.warning("archive unreachable, retrying in %.0f s: %s", delay, exc)
                time.sleep(delay)
                delay = min(delay * 2, 30.0)
        result.pending = self.pending_objects()
        return result
