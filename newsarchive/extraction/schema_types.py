"""The schema.org types that make a page an article, in one list (lower case, for matching)."""

from __future__ import annotations

__all__ = ["ARTICLE_TYPES"]

# Article and its subtypes as schema.org names them (https://schema.org/Article), plus Review,
# whose headline and date are an article's too.
ARTICLE_TYPES: frozenset[str] = frozenset(
    t.lower()
    for t in [
        "Article",
        "NewsArticle",
        "AnalysisNewsArticle",
        "AskPublicNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "SatiricalArticle",
        "AdvertiserContentArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "ScholarlyArticle",
        "TechArticle",
        "Report",
        "Review",
    ]
)
