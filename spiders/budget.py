"""A crawl's fetch budgets: article pages against `max_articles`, listings against `max_listing_pages`."""

from __future__ import annotations

from collections import Counter

ARTICLE = "article"  # a page that may be an article (any link that is not a listing's next page)
LISTING = "listing"  # a listing's next pages and sitemaps found in sitemap indexes
LIMIT_NAMES = {ARTICLE: "max_articles", LISTING: "max_listing_pages"}


class Budget:
    """Counts fetches per kind against its cap; what a full cap refuses is counted as left."""

    def __init__(self, max_articles: int, max_listing_pages: int) -> None:
        self.caps = {ARTICLE: max_articles, LISTING: max_listing_pages}
        self.used: Counter[str] = Counter()
        self.left: Counter[str] = Counter()  # distinct URLs refused because the cap was reached

    def take(self, kind: str) -> bool:
        """True and counted when the cap of `kind` has room; else the URL is counted as left."""
        if self.used[kind] >= self.caps[kind]:
            self.left[kind] += 1
            return False
        self.used[kind] += 1
        return True

    def relabel(self, was: str, now: str) -> None:
        """A fetch counted as `was` turned out to be `now` (a page with next pages is a listing)."""
        if self.used[was] > 0:
            self.used[was] -= 1
            self.used[now] += 1

    def exhausted(self) -> dict[str, int]:
        """The caps that refused URLs, by config name, with the number of URLs left unfetched."""
        return {LIMIT_NAMES[kind]: n for kind, n in sorted(self.left.items()) if n}
