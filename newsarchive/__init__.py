"""newsarchive: crawl news sites, extract clean articles, archive them with their raw pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "open_archive"]

if TYPE_CHECKING:
    from newsarchive.read.query import open_archive


def __getattr__(name: str) -> Any:
    if name == "open_archive":  # lazy: `import newsarchive` stays light (no pyarrow, no boto3)
        from newsarchive.read.query import open_archive

        return open_archive
    raise AttributeError(f"module 'newsarchive' has no attribute {name!r}")
