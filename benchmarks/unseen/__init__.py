"""Registry of the generated unseen-CMS news sites (dev half for tuning, holdout half never read)."""

from __future__ import annotations

import importlib
from types import ModuleType

DEV = ["drupal8", "joomla3", "blogger_classic", "arcxp", "hugo_papermod", "legacy_ru", "zh_portal"]
HOLDOUT = [
    "nuxt_fr",
    "substack",
    "jekyll_minima",
    "phpnuke_pt",
    "arabic_news",
    "movabletype_ja",
    "typo3_it",
]


def group_of(style: str) -> str:
    """`dev` or `holdout`."""
    return "dev" if style in DEV else "holdout"


def styles(group: str) -> list[str]:
    """Style names of `dev`, `holdout` or `all`."""
    return {"dev": DEV, "holdout": HOLDOUT, "all": DEV + HOLDOUT}[group]


def load(style: str) -> ModuleType:
    """The module of one style (it has NAME and build(base) -> Site)."""
    return importlib.import_module(f"benchmarks.unseen.{group_of(style)}.{style}")
