"""Local demo news sites (WordPress, Blogger, JSON-LD, legacy) on loopback for demos and tests."""

from __future__ import annotations

from newsarchive.demo.sites import DemoSites

__all__ = ["DemoSites"]
