"""Archive root on a local folder: atomic writes by temp file and rename."""

from __future__ import annotations

import builtins
import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from newsarchive.archive.keys import check_key
from newsarchive.errors import StorageError

_TMP_PREFIX = ".tmp-"
_FOLDERS_KEPT = 4096


class LocalStorage:
    """Objects are files under a root folder; the key is the relative path."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).expanduser().absolute()
        self.uri = self.root.as_uri()
        self._real_root: Path | None = None
        self._folders: dict[str, Path] = {}  # key folder -> its real path, inside the root

    def _resolved_root(self) -> Path:
        """The root with symlinks resolved: looked up once the folder exists (every key's
        path is checked against it, thousands of times a run)."""
        if self._real_root is not None:
            return self._real_root
        root = self.root.resolve()
        if root.is_dir():
            self._real_root = root
        return root

    def _path(self, key: str) -> Path:
        check_key(key)
        folder, _, name = key.rpartition("/")
        known = self._folders.get(folder)
        if known is not None:  # a folder already found inside the root: one lstat, not one a level
            path = known / name
            if not path.is_symlink():
                return path
        path = (self.root / key).resolve()
        root = self._resolved_root()
        if root != path and root not in path.parents:
            raise StorageError(f"key {key!r} escapes the archive root")
        if folder and len(self._folders) < _FOLDERS_KEPT:
            real = (self.root / folder).resolve()
            if root in real.parents and real.is_dir():
                self._folders[folder] = real
        return path

    def _write(self, key: str, fill: Callable[[BinaryIO], object]) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=_TMP_PREFIX, dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fill(fh)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError as exc:
            raise StorageError(f"cannot write {key!r} under {self.root}: {exc.strerror}") from exc

    def put_bytes(self, key: str, data: bytes, *, content_type: str | None = None) -> None:
        self._write(key, lambda fh: fh.write(data))

    def put_file(self, key: str, path: Path, *, content_type: str | None = None) -> None:
        def fill(fh: BinaryIO) -> None:
            with open(path, "rb") as src:
                shutil.copyfileobj(src, fh, 1024 * 1024)

        self._write(key, fill)

    def get_bytes(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            raise KeyError(key) from None
        except OSError as exc:
            raise StorageError(f"cannot read {key!r} under {self.root}: {exc.strerror}") from exc

    def get_range(self, key: str, offset: int, length: int) -> bytes:
        with self.open_read(key) as fh:
            fh.seek(offset)
            return fh.read(length)

    def open_read(self, key: str) -> BinaryIO:
        try:
            return open(self._path(key), "rb")
        except FileNotFoundError:
            raise KeyError(key) from None
        except OSError as exc:
            raise StorageError(f"cannot read {key!r} under {self.root}: {exc.strerror}") from exc

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def delete(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(key).unlink()

    def list(self, prefix: str = "") -> Iterator[str]:
        """Keys under prefix, sorted; a prefix need not end at a folder boundary."""
        base = self.root
        folder = prefix.rsplit("/", 1)[0] if "/" in prefix else ""
        start = base / folder if folder else base
        if not start.is_dir():
            return
        found: list[str] = []
        for dirpath, dirnames, filenames in os.walk(start):
            dirnames.sort()
            rel = os.path.relpath(dirpath, base)
            rel = "" if rel == "." else rel.replace(os.sep, "/") + "/"
            for name in filenames:
                if name.startswith(_TMP_PREFIX):
                    continue
                key = rel + name
                if key.startswith(prefix):
                    found.append(key)
        yield from sorted(found)

    def children(self, prefix: str) -> builtins.list[str]:
        try:
            return sorted(e.name for e in os.scandir(self._folder(prefix)) if e.is_dir())
        except (FileNotFoundError, NotADirectoryError):
            return []

    def list_versions(self, prefix: str) -> builtins.list[tuple[str, str]]:
        """Token: modification time (ns) and size."""
        try:
            entries = list(os.scandir(self._folder(prefix)))
        except (FileNotFoundError, NotADirectoryError):
            return []
        out = []
        for entry in entries:
            if entry.is_file() and not entry.name.startswith(_TMP_PREFIX):
                st = entry.stat()
                out.append((prefix + entry.name, f"{st.st_mtime_ns}:{st.st_size}"))
        return sorted(out)

    def _folder(self, prefix: str) -> Path:
        return self._path(prefix.rstrip("/")) if prefix.strip("/") else self.root

    def check(self, *, create: bool = False) -> None:
        """Raise StorageError unless the root exists (or can be made) and is writable."""
        try:
            if self.root.exists() and not self.root.is_dir():
                raise StorageError(f"archive root {self.root} is not a folder")
            if create:
                self.root.mkdir(parents=True, exist_ok=True)
            elif not self.root.exists():
                raise StorageError(f"archive root {self.root} does not exist")
            if not self.root.is_dir():
                raise StorageError(f"archive root {self.root} is not a folder")
            with tempfile.NamedTemporaryFile(prefix=_TMP_PREFIX, dir=self.root):
                pass
        except OSError as exc:
            raise StorageError(f"archive root {self.root} is not usable: {exc.strerror}") from exc
