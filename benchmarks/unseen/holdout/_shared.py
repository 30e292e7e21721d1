"""HOLDOUT: do not read or tune against this module. Shared page shell for the holdout sites."""
# ruff: noqa: RUF001  (typographic and non-Latin characters are the point of this fixture)

from __future__ import annotations

from html import escape


def shell(lang, site, title, main, head="", charset="utf-8", rtl=False, chrome=""):
    """A generic page with header, nav, chrome and footer."""
    d = ' dir="rtl"' if rtl else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"{d}><head><meta charset="{charset}"><title>{escape(title)} – {escape(site)}</title>{head}</head>'
        f'<body><header class="site-header"><a class="brand" href="/">{escape(site)}</a></header>{chrome}<main>{main}</main>'
        f'<footer class="site-footer">© 2017 {escape(site)}</footer></body></html>'
    )
