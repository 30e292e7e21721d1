"""One Site class per CMS style the demo imitates."""

from __future__ import annotations

from newsarchive.demo.styles.base import Site
from newsarchive.demo.styles.blogger import BloggerSite
from newsarchive.demo.styles.jsonld import JsonLdSite
from newsarchive.demo.styles.legacy import LegacySite
from newsarchive.demo.styles.wordpress import WordPressSite

SITE_CLASSES: dict[str, type[Site]] = {
    "wordpress": WordPressSite,
    "blogger": BloggerSite,
    "jsonld": JsonLdSite,
    "legacy": LegacySite,
}

__all__ = ["SITE_CLASSES", "Site"]
