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
# second holdout (issue #8): built after the first was tuned on; never read or tuned on either
HOLDOUT2 = [
    "bitrix_ru",
    "medium_en",
    "squarespace_en",
    "wagtail_nl",
    "jannah_es",
    "dedecms_zh",
    "ndsoft_ko",
]

# third holdout (issue #8): built after holdout2 was measured twice; never read or tuned on either
HOLDOUT3 = [
    "craft_en",
    "expressionengine_pl",
    "liferay_tr",
    "tumblr_vi",
    "plone_de",
    "concrete_fr",
    "djangocms_it",
]

# fourth holdout (issue #8): built after holdout3 was measured twice; never read or tuned on either
HOLDOUT4 = [
    "umbraco_sv",
    "contao_cs",
    "modx_el",
    "grav_hi",
    "textpattern_en",
    "kirby_id",
]

# fifth holdout (issue #8): built after holdout4 was measured; never read or tuned on either
HOLDOUT5 = [
    "sitecore_en",
    "silverstripe_fi",
    "vbulletin_he",
    "pelican_ro",
    "statamic_hu",
    "eleventy_th",
]

# seventh holdout (issue #8): built after holdout5 was spent (holdout6 was lost before it landed)
HOLDOUT7 = [
    "ghost_en",
    "dotclear_fr",
    "typecho_zh",
    "xoops_ja",
    "kentico_fa",
    "b2evolution_es",
    "smf_uk",
]

# second development group (issue #8): built to be read and tuned on, like `dev`
DEV2 = [
    "phpbb_pl",
    "serendipity_da",
    "spip_fr",
    "wordpress_newspaper_it",
]


# eighth holdout (issue #8): built after holdout7 was measured; measured twice, spent since
HOLDOUT8 = [
    "mediawiki_sv",
    "discuz_zh",
    "bolt_nl",
    "invision_en",
    "nucleus_it",
    "jimdo_tr",
]

# ninth holdout (issue #8): built after holdout8 was measured; never read or tuned on either
HOLDOUT9 = [
    "dle_ru",
    "hexo_zh",
    "newspack_en",
    "gatsby_pt",
    "neos_de",
    "ezplatform_nb",
]

# tenth holdout (issue #8): built after holdout9 was spent; never read or tuned on either
HOLDOUT10 = [
    "wpblock_bg",
    "drupal7_hr",
    "nextjs_es",
    "tilda_ru",
    "docusaurus_ja",
    "joomla4_pt",
]

# eleventh holdout (issue #8): built after holdout10 was spent; never read or tuned on either
HOLDOUT11 = [
    "aem_sk",
    "olivero_ca",
    "astro_lt",
    "dnn_ms",
    "webflow_sl",
    "processwire_bn",
]

# twelfth holdout (issue #8): built after holdout11 was measured; never read or tuned on either
HOLDOUT12 = [
    "sitefinity_et",
    "mkdocs_lv",
    "wix_sq",
    "hashnode_sw",
    "odoo_eu",
    "orchardcore_ur",
]

# thirteenth holdout (issue #8): built after holdout12 was measured; never read or tuned on either
HOLDOUT13 = [
    "hubspot_ga",
    "shopify_is",
    "zola_mt",
    "brightspot_az",
    "typepad_cy",
    "bludit_mk",
]

# fourteenth holdout (issue #8): built after holdout13 was spent; never read or tuned on either
HOLDOUT14 = [
    "squidex_ka",
    "mezzanine_hy",
    "publii_km",
    "quarto_am",
    "weebly_lb",
    "vuepress_mn",
]


def group_of(style: str) -> str:
    """`dev`, `dev2`, `holdout`, `holdout2`..`holdout5`, `holdout7`..`holdout14`."""
    if style in DEV:
        return "dev"
    if style in DEV2:
        return "dev2"
    if style in HOLDOUT14:
        return "holdout14"
    if style in HOLDOUT13:
        return "holdout13"
    if style in HOLDOUT12:
        return "holdout12"
    if style in HOLDOUT11:
        return "holdout11"
    if style in HOLDOUT10:
        return "holdout10"
    if style in HOLDOUT9:
        return "holdout9"
    if style in HOLDOUT8:
        return "holdout8"
    if style in HOLDOUT7:
        return "holdout7"
    if style in HOLDOUT5:
        return "holdout5"
    if style in HOLDOUT4:
        return "holdout4"
    return "holdout2" if style in HOLDOUT2 else "holdout3" if style in HOLDOUT3 else "holdout"


def styles(group: str) -> list[str]:
    """Style names of `dev`, `dev2`, `holdout`, `holdout2`..`holdout5`, `holdout7`, `holdout8`, `holdout9`, `holdout10`, `holdout11`, `holdout12`, `holdout13`, `holdout14` or `all` (dev + holdout, as first measured)."""
    groups = {
        "dev": DEV,
        "dev2": DEV2,
        "holdout": HOLDOUT,
        "holdout2": HOLDOUT2,
        "holdout3": HOLDOUT3,
        "holdout4": HOLDOUT4,
        "holdout5": HOLDOUT5,
        "holdout7": HOLDOUT7,
        "holdout8": HOLDOUT8,
        "holdout9": HOLDOUT9,
        "holdout10": HOLDOUT10,
        "holdout11": HOLDOUT11,
        "holdout12": HOLDOUT12,
        "holdout13": HOLDOUT13,
        "holdout14": HOLDOUT14,
    }
    return {**groups, "all": DEV + HOLDOUT}[group]


def load(style: str) -> ModuleType:
    """The module of one style (it has NAME and build(base) -> Site)."""
    return importlib.import_module(f"benchmarks.unseen.{group_of(style)}.{style}")
