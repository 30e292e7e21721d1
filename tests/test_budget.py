"""Budgets that mean articles: a real crawl of a loopback site stops on max_articles and says so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsarchive.config import QualityGate
from newsarchive.gate import evaluate
from tests.crawl_helpers import archived, run_cli
from tests.loopback_site import Site

Crawl = Callable[..., tuple[dict[str, Any], str, int]]


@pytest.fixture
def crawl(tmp_path: Path) -> Crawl:
    def run(site: Site, **limits: int) -> tuple[dict[str, Any], str, int]:
        config = site.config("budget", limits)
        path = tmp_path / "sites.yaml"
        path.write_text(yaml.safe_dump(config))
        archive = tmp_path / "archive"
        result = run_cli(["crawl", "--config", str(path), "--archive", str(archive)], tmp_path)
        assert result.code == 0, result.stderr[-3000:]
        return result.reports[0], result.stderr + result.stdout, len(archived(str(archive)))

    return run


def test_more_articles_than_the_budget_stops_and_says_so(crawl: Crawl) -> None:
    with Site(pages=1, per_page=30) as site:
        report, output, n_archived = crawl(site, max_articles=10)
    assert n_archived == 10
    assert report["budget_exhausted"] == {"max_articles": 20}
    assert report["skipped"]["budget"] == 20
    assert "budget: budget exhausted: max_articles reached, 20 URLs left" in output
    gate = evaluate("budget", report, [], QualityGate())
    assert gate.ok
    assert "budget exhausted: max_articles reached, 20 URLs left" in gate.message
    assert any("max_articles reached, 20 URLs left" in note for note in gate.notes)


def test_listing_pages_beyond_the_article_budget_do_not_eat_it(crawl: Crawl) -> None:
    with Site(pages=15, per_page=2) as site:
        report, _, n_archived = crawl(site, max_articles=12)
        listings = [p for p in site.log if p == "/" or p.startswith("/page/")]
    assert len(listings) == 15  # more listing pages than the article budget, all fetched
    assert n_archived == 12
    assert report["budget_exhausted"] == {"max_articles": 18}


def test_a_run_within_its_budgets_reports_none(crawl: Crawl) -> None:
    with Site(pages=2, per_page=3) as site:
        report, output, n_archived = crawl(site, max_pages=50)  # the old name still works
    assert n_archived == 6
    assert report["budget_exhausted"] == {}
    assert "budget exhausted" not in output


def test_max_pages_is_read_as_max_articles_and_both_are_refused() -> None:
    from pydantic import ValidationError

    from newsarchive.config import SiteConfig

    old = SiteConfig(name="a", url="https://example.org/", max_pages=25)
    assert old.max_articles == 25 and "max_pages" not in old.model_dump()
    with pytest.raises(ValidationError, match="old name of max_articles"):
        SiteConfig(name="a", url="https://example.org/", max_pages=25, max_articles=30)
