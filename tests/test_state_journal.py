"""The crawl state as a base plus per-run deltas, on both backends: a run saves only what it
changed, deltas are compacted into a new base, a compaction that dies half-way loses nothing,
a version 2 file is read and replaced, and a damaged delta means a warning and a rebuild."""

from __future__ import annotations

import gzip
import json
import logging
from dataclasses import asdict
from typing import Any

import pytest

from newsarchive.archive import keys
from newsarchive.archive import state as state_module
from newsarchive.archive.state import ArticleEntry, CrawlState, PageEntry, load_state, save_state
from newsarchive.archive.storage import Storage, open_storage
from newsarchive.schema import ArticleRecord

SITE = "gen"
DAY = "2024-03-01"


def aid(n: int) -> str:
    return keys.article_id_for(f"https://gen.example/{n}")


def entry(n: int, sha: str | None = None) -> ArticleEntry:
    return ArticleEntry(keys.article_key(SITE, DAY, aid(n)), sha or f"{n:064x}", DAY, "t0", 1)


def base_state(count: int) -> CrawlState:
    state = CrawlState(site=SITE)
    for n in range(count):
        state.remember(aid(n), entry(n), [f"https://gen.example/{n}"])
    state.pages["https://gen.example/"] = PageEntry('"p"', None, [["https://gen.example/0", "x"]])
    return state


def store(uri: str) -> Storage:
    storage = open_storage(uri)
    storage.check(create=True)
    return storage


def snapshot(state: CrawlState) -> dict[str, Any]:
    return {
        "articles": {k: asdict(v) for k, v in state.articles.items()},
        "urls": dict(state.urls),
        "pages": {k: asdict(v) for k, v in state.pages.items()},
    }


def delta_keys(storage: Storage) -> list[str]:
    return list(storage.list(keys.state_deltas_prefix(SITE)))


def read_delta(storage: Storage, key: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(gzip.decompress(storage.get_bytes(key)))
    return data


def test_base_and_deltas_round_trip(archive_uri: str) -> None:
    storage = store(archive_uri)
    save_state(storage, base_state(20))  # never loaded: saved whole, as the base
    assert storage.exists(keys.state_base_key(SITE)) and delta_keys(storage) == []
    first = load_state(storage, SITE)
    first.remember(aid(99), entry(99), ["https://gen.example/99", "https://gen.example/99?amp"])
    first.articles[aid(3)].fetched = "t1"  # changed in place
    del first.articles[aid(4)]
    first.pages["https://gen.example/news"] = PageEntry(None, "Mon", [])
    save_state(storage, first)
    second = load_state(storage, SITE)
    assert snapshot(second) == snapshot(first)
    second.remember(aid(3), entry(3, "f" * 64), ["https://gen.example/3"])  # new text
    save_state(storage, second)
    assert len(delta_keys(storage)) == 2
    third = load_state(storage, SITE)
    assert snapshot(third) == snapshot(second) and len(third.articles) == 20
    assert third.article_of_sha("f" * 64) == aid(3) and third.article_of_sha(f"{3:064x}") is None
    assert third.article_of_sha(f"{99:064x}") == aid(99)
    assert third.urls_of(aid(99)) == ["https://gen.example/99", "https://gen.example/99?amp"]
    assert third.known("https://gen.example/4") is None
    assert third.known("https://gen.example/99?amp") == entry(99)


def test_a_runs_delta_holds_only_what_it_changed(archive_uri: str) -> None:
    storage = store(archive_uri)
    save_state(storage, base_state(50))
    state = load_state(storage, SITE)
    for n in range(50):  # every entry read, one changed in place
        assert state.known(f"https://gen.example/{n}") is not None
    state.articles[aid(7)].etag = '"e7"'
    state.remember(aid(50), entry(50), ["https://gen.example/50"])
    state.pages.pop("https://gen.example/")
    save_state(storage, state)
    (key,) = delta_keys(storage)
    delta = read_delta(storage, key)
    assert set(delta["articles"]) == {aid(7), aid(50)}
    assert delta["articles"][aid(7)][5] == '"e7"' and delta["articles"][aid(7)][0] is None
    assert delta["urls"] == {"https://gen.example/50": aid(50)}
    assert delta["pages"] == {"https://gen.example/": None}
    save_state(storage, state)  # nothing changed since: no second delta
    assert delta_keys(storage) == [key]


def test_deltas_are_compacted_into_a_new_base(
    archive_uri: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(state_module, "MAX_DELTAS", 3)
    storage = store(archive_uri)
    save_state(storage, base_state(10))
    expected: dict[str, Any] = {}
    for run in range(3):
        state = load_state(storage, SITE)
        state.remember(aid(100 + run), entry(100 + run), [f"https://gen.example/{100 + run}"])
        save_state(storage, state)
        expected = snapshot(state)
    assert len(delta_keys(storage)) == 3
    state = load_state(storage, SITE)
    state.articles[aid(1)].fetched = "t9"
    save_state(storage, state)  # a fourth delta would pass MAX_DELTAS: a new base instead
    expected["articles"][aid(1)]["fetched"] = "t9"
    assert delta_keys(storage) == []
    assert snapshot(load_state(storage, SITE)) == expected
    # past the journal's share of the base: one run's many changes go into a new base too
    monkeypatch.setattr(state_module, "MIN_JOURNAL", 5)
    state = load_state(storage, SITE)
    state.remember(aid(200), entry(200), ["https://gen.example/200"])
    save_state(storage, state)
    assert len(delta_keys(storage)) == 1  # 2 rows: under both
    state = load_state(storage, SITE)
    for n in range(300, 306):
        state.remember(aid(n), entry(n), [f"https://gen.example/{n}"])
    save_state(storage, state)
    assert delta_keys(storage) == []
    assert snapshot(load_state(storage, SITE)) == snapshot(state)


class DiesOnDelete:
    """A storage whose process dies at its first delete (the real storage underneath)."""

    def __init__(self, storage: Storage) -> None:
        self._storage = storage

    def __getattr__(self, name: str) -> Any:
        return getattr(self._storage, name)

    def delete(self, key: str) -> None:
        raise SystemExit(f"killed before deleting {key}")


def test_a_compaction_dying_before_its_deletes_loses_nothing(
    archive_uri: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(state_module, "MAX_DELTAS", 2)
    storage = store(archive_uri)
    save_state(storage, base_state(10))
    for run in range(2):
        state = load_state(storage, SITE)
        del state.articles[aid(run)]
        state.remember(aid(100 + run), entry(100 + run), [f"https://gen.example/{100 + run}"])
        save_state(storage, state)
    state = load_state(storage, SITE)
    state.remember(aid(0), entry(0, "a" * 64), ["https://gen.example/0"])  # deleted, back
    with pytest.raises(SystemExit):
        save_state(DiesOnDelete(storage), state)
    assert len(delta_keys(storage)) == 2  # the new base is there, the deltas it covers too
    after = load_state(storage, SITE)
    assert snapshot(after) == snapshot(state) and after.article_of_sha("a" * 64) == aid(0)
    after.articles[aid(5)].fetched = "t5"
    save_state(storage, after)  # the next save removes what the dead one left
    (key,) = delta_keys(storage)
    assert set(read_delta(storage, key)["articles"]) == {aid(5)}
    assert snapshot(load_state(storage, SITE)) == snapshot(after)


def test_a_version_2_file_is_read_and_replaced_by_a_base(archive_uri: str) -> None:
    storage = store(archive_uri)
    state = base_state(5)
    state.articles[aid(2)].key = "articles/site=gen/date=2024-01-01/elsewhere.json"  # unusual
    legacy = keys.state_key(SITE, "state.json.gz")
    storage.put_bytes(legacy, state.to_bytes())
    assert json.loads(gzip.decompress(storage.get_bytes(legacy)))["version"] == 2
    loaded = load_state(storage, SITE)
    assert snapshot(loaded) == snapshot(state)
    assert loaded.article_of_sha(f"{4:064x}") == aid(4)
    loaded.articles[aid(1)].etag = '"x"'
    save_state(storage, loaded)  # the first save writes the base; the old file goes
    assert storage.exists(keys.state_base_key(SITE)) and not storage.exists(legacy)
    assert snapshot(load_state(storage, SITE)) == snapshot(loaded)


def test_a_damaged_delta_is_a_warning_and_a_rebuild(
    archive_uri: str, caplog: pytest.LogCaptureFixture
) -> None:
    storage = store(archive_uri)
    for n in range(3):
        url = f"https://gen.example/{n}"
        record = ArticleRecord(
            article_id=aid(n), url=url, canonical_url=url, site=SITE, title=f"Story {n}",
            author=None, published=None, modified=None, date=DAY, date_source="published",
            language="en", text=f"Text {n}.", fetched_at="t0", content_sha256=f"{n:064x}",
            word_count=2, tags=[], aliases=[], discovered_via="sitemap",
        )  # fmt: skip
        storage.put_bytes(keys.article_key(SITE, DAY, aid(n)), record.to_json().encode())
    save_state(storage, base_state(2))
    damaged = keys.state_delta_key(SITE, 1)
    storage.put_bytes(damaged, b"\x1f\x8b not gzip at all")
    with caplog.at_level(logging.WARNING, logger="newsarchive.archive.state"):
        state = load_state(storage, SITE)
    (line,) = [r.getMessage() for r in caplog.records if r.name.startswith("newsarchive")]
    assert "state delta" in line and "rebuilding it from the records" in line
    assert "\n" not in line and "Traceback" not in caplog.text
    assert sorted(state.articles) == sorted(aid(n) for n in range(3))  # the records' articles
    save_state(storage, state)  # saved whole: a base covering the damaged delta, which goes
    assert delta_keys(storage) == []
    assert snapshot(load_state(storage, SITE)) == snapshot(state)
