"""robots.txt rules are matched against a link as the site writes it, not only as we normalize it.

The crawler requests a link's canonical form (query keys sorted, tracking keys dropped), but a
site's Disallow lines are written against its own URLs: `/index.php?app=core&module=system`
forbids `?app=core&module=system&controller=login`, whose sorted form begins otherwise.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.crawl_helpers import archived, path_of, run_cli
from tests.loopback_site import Site

ROBOTS = "User-agent: *\nDisallow: /index.php?app=core&module=system\nDisallow: /search?\n"
FORBIDDEN = [
    "/index.php?app=core&module=system&controller=login",
    "/index.php?app=core&module=system&controller=lostpass&do=reset",
    "/search?q=harbour&sort=date",  # a rule on the path: both forms match it
]


class BoardSite(Site):
    """The loopback site, its home also linking a board's login and search pages."""

    def __init__(self) -> None:
        super().__init__(pages=1, per_page=3)

    def page(self, path: str) -> str | None:
        if path == "/robots.txt":
            return ROBOTS
        if path == "/":
            links = "".join(
                f'<a href="{url.replace("&", "&amp;")}">Sign in</a>' for url in FORBIDDEN
            )
            home = super().page(path) or ""
            return home.replace("</body>", f"<nav>{links}</nav></body>")
        if path.startswith(("/index.php", "/search")):
            return "<html><body><p>Sign in to the board.</p></body></html>"
        return super().page(path)


def test_a_disallowed_link_is_not_requested_in_its_normalized_form(tmp_path: Path) -> None:
    with BoardSite() as site:
        config = site.config("board")
        config["sites"][0]["obey_robots"] = True  # type: ignore[index]
        path = tmp_path / "sites.yaml"
        path.write_text(yaml.safe_dump(config))
        archive = tmp_path / "archive"
        result = run_cli(["crawl", "--config", str(path), "--archive", str(archive)], tmp_path)
        asked = list(site.log)
    assert result.code == 0, result.stderr[-3000:]
    assert "/robots.txt" in asked
    assert [p for p in asked if p.startswith(("/index.php", "/search"))] == []
    got = {path_of(r.url) for r in archived(str(archive)).values()}
    assert got == {f"/news/2026/11/20/story-{n}.html" for n in range(3)}
