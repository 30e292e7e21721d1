"""newsarchive: crawl news sites, extract clean articles, archive them with their raw pages."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
