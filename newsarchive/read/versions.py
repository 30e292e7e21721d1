"""An article's versions: the earlier texts kept under versions/, then the current record."""

from __future__ import annotations

from newsarchive.archive import keys
from newsarchive.archive.storage import Storage
from newsarchive.schema import ArticleRecord

__all__ = ["article_versions"]


def article_versions(storage: Storage, current: ArticleRecord) -> list[ArticleRecord]:
    """Every kept version of the article, oldest first, the current record last."""
    earlier = []
    for key in sorted(storage.list(keys.versions_prefix(current.site, current.article_id))):
        if key.endswith(".json"):
            try:
                earlier.append(ArticleRecord.from_json(storage.get_bytes(key)))
            except (KeyError, ValueError, TypeError):
                continue  # gone or damaged: `verify` is the place to name it
    older = [r for r in earlier if r.version < current.version]
    return [*sorted(older, key=lambda r: r.version), current]
