"""EarlyProfile: the profile a run extracts with, learned as the run goes on, then fixed."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsarchive.archive.relearn import EarlyProfile, FeatureSample
from newsarchive.extraction.extract import extract_page
from newsarchive.extraction.profile import PageFeatures, SiteProfile, learn_profile
from tests.profile_sitegen import make_site


@dataclass
class _Site:
    name: str = "gen"


@dataclass
class _Writer:
    """What EarlyProfile reads of a run's writer: its site, stored profile and sample."""

    profile: SiteProfile | None = None
    site: _Site = field(default_factory=_Site)
    sample: FeatureSample = field(default_factory=FeatureSample)


def _features(style: str, lang: str, n: int, seed: int) -> list[PageFeatures]:
    pages = [p for p in make_site(style, lang, pages=n, seed=seed) if p.kind == "article"]
    out = []
    for page in pages:
        feats = extract_page(page.html.encode(), page.url, features=True).features
        assert feats is not None
        out.append(feats)
    return out


def _offer(writer: _Writer, feats: PageFeatures) -> None:
    writer.sample.offered += 1
    writer.sample.pages.append(feats)


def test_a_new_site_gets_a_profile_from_its_first_articles_then_keeps_it() -> None:
    feats = _features("legacy", "de", 30, seed=4)
    writer = _Writer()
    early = EarlyProfile(writer, first_check=4, freeze_at=8)  # type: ignore[arg-type]
    assert early.for_page(feats[0].url) is None  # nothing learned yet: the page alone decides
    _offer(writer, feats[0])
    changes = []
    for n, page in enumerate(feats[1:], 2):
        early.for_page(page.url)
        _offer(writer, page)
        if early.after_apply():
            changes.append(n)
    assert changes and changes[0] >= 4  # learned at 4, 8 ... articles, not on every page
    assert early.frozen and early.learned <= 2  # fixed from 8 articles on: no more learning
    assert writer.profile is early.current and early.current is not None
    assert early.current.trusted and early.current.chrome
    assert early.version == early.current.version
    # the pages extracted before the fixed version are those to decide again, and only them
    stale = early.stale(early.current.version)
    assert feats[0].url in stale
    assert feats[-1].url not in stale
    assert len(stale) < len(feats)


def test_a_trusted_stored_profile_is_kept_for_the_whole_run() -> None:
    feats = _features("joomla", "es", 24, seed=6)
    stored = learn_profile(feats[:12], site="gen")
    assert stored.trusted
    writer = _Writer(profile=stored)
    early = EarlyProfile(writer, first_check=2)  # type: ignore[arg-type]
    for page in feats[12:]:
        assert early.for_page(page.url) is stored
        _offer(writer, page)
        assert not early.after_apply()
    assert early.learned == 0 and not early.stale(stored.version)


def test_an_untrusted_profile_is_not_used() -> None:
    feats = _features("blogger", "en", 12, seed=2)
    writer = _Writer()
    early = EarlyProfile(writer, first_check=1)  # type: ignore[arg-type]
    for page in feats[:2]:  # two articles: too few to trust what recurs
        early.for_page(page.url)
        _offer(writer, page)
        assert not early.after_apply()
    assert early.current is None and writer.profile is None and not early.frozen


@dataclass
class _Decided:
    """What FeatureSample.add reads of a Decision."""

    features: PageFeatures | None
    record: object | None


def test_a_sample_asked_first_keeps_what_one_given_every_page_keeps() -> None:
    # a crawl works out a page's features only when wants_next says the sample keeps them;
    # the sample must come out the same as when every page brings its features
    everything, asked = FeatureSample(size=5, seed="s/r"), FeatureSample(size=5, seed="s/r")
    worked_out = 0
    for i in range(200):
        article = i % 7 != 3  # listings and other pages come in between
        feats = PageFeatures(url=f"/{i}", kind="article" if article else "listing")
        record = object() if article else None
        everything.add(_Decided(feats, record))  # type: ignore[arg-type]
        featured = asked.wants_next()
        worked_out += featured
        asked.add(_Decided(feats if featured else None, record), featured)  # type: ignore[arg-type]
    assert asked.offered == everything.offered
    assert [p.url for p in asked.pages] == [p.url for p in everything.pages]
    assert worked_out < 100  # most pages past the first ones never needed theirs
