"""Site profiles stored in the archive (local folder and S3): saved, merged, damaged, inspected."""

from __future__ import annotations

import json
from pathlib import Path

from newsarchive.archive import keys
from newsarchive.archive.profiles import load_profile, save_profile, update_profile
from newsarchive.archive.storage import open_storage
from newsarchive.extraction.extract import extract_page
from newsarchive.extraction.profile import PageFeatures
from tests.profile_sitegen import make_site


def _features(style: str, seed: int, pages: int) -> list[PageFeatures]:
    out = []
    for page in make_site(style, "de", pages=pages, seed=seed, listings=0):
        feats = extract_page(page.html.encode(), page.url, features=True).features
        assert feats is not None
        out.append(feats)
    return out


def test_profile_round_trip_and_merge_over_both_backends(archive_uri: str) -> None:
    store = open_storage(archive_uri)
    store.check(create=True)
    assert load_profile(store, "gen-site") is None
    feats = _features("joomla", 11, 16)
    first = update_profile(store, "gen-site", feats[:8])
    stored = load_profile(store, "gen-site")
    assert stored is not None and stored.version == first.version and stored.articles == 8
    # the next run learns on top of what is stored
    second = update_profile(store, "gen-site", feats[8:])
    assert second.articles == 16 and second.trusted
    assert load_profile(store, "gen-site").version == second.version  # type: ignore[union-attr]
    # people can read it: plain JSON with what was learned first
    data = json.loads(store.get_bytes(keys.profile_key("gen-site")))
    assert data["site"] == "gen-site" and data["learned"]["titles"]


def test_a_damaged_profile_is_relearned_not_fatal(tmp_path: Path) -> None:
    store = open_storage(str(tmp_path / "archive"))
    store.check(create=True)
    store.put_bytes(keys.profile_key("gen-site"), b"{not json")
    assert load_profile(store, "gen-site") is None
    profile = update_profile(store, "gen-site", _features("legacy", 12, 6))
    assert profile.articles == 6
    key = save_profile(store, profile)
    assert key == "state/site=gen-site/profile.json"
    assert load_profile(store, "gen-site").version == profile.version  # type: ignore[union-attr]
