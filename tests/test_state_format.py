"""The crawl state file: compact rows decoded on use, version 1 files still read, round trips."""

from __future__ import annotations

import gzip
import json
from dataclasses import asdict

from newsarchive.archive import keys
from newsarchive.archive.state import ArticleEntry, CrawlState, PageEntry, load_state, save_state
from newsarchive.archive.storage import open_storage

AID = [f"{n:032x}" for n in range(3)]


def sample() -> CrawlState:
    state = CrawlState(site="gen")
    for n, aid in enumerate(AID):
        key = keys.article_key("gen", "2024-03-0" + str(n + 1), aid)
        entry = ArticleEntry(key, f"sha-{n}", key.split("date=")[1][:10], "t", 1, f'"e{n}"')
        entry.simhash = f"{n:016x}"
        state.remember(aid, entry, [f"https://gen.example/{n}", f"https://gen.example/{n}?amp"])
    state.articles[AID[2]].key = "articles/site=gen/date=2024-01-01/elsewhere.json"  # unusual
    state.pages["https://gen.example/"] = PageEntry('"p"', None, [["https://gen.example/0", "x"]])
    return state


def test_round_trip_keeps_every_entry_and_index() -> None:
    state = sample()
    loaded = CrawlState.from_bytes("gen", state.to_bytes())
    assert {k: asdict(v) for k, v in loaded.articles.items()} == {
        k: asdict(v) for k, v in state.articles.items()
    }
    assert loaded.urls == state.urls and loaded.pages == state.pages
    assert loaded.known("https://gen.example/1?amp") == state.articles[AID[1]]
    assert loaded.article_of_sha("sha-2") == AID[2] and len(loaded.articles) == 3
    assert AID[0] in loaded.articles and "f" * 32 not in loaded.articles


def test_rows_are_compact_and_untouched_ones_are_saved_as_loaded() -> None:
    blob = sample().to_bytes()
    data = json.loads(gzip.decompress(blob))
    assert data["version"] == 2 and data["fields"][0] == "key"
    rows = data["articles"]
    assert rows[AID[0]][0] is None  # the usual key is not stored, it is rebuilt
    assert rows[AID[2]][0].endswith("elsewhere.json")
    loaded = CrawlState.from_bytes("gen", blob)
    loaded.articles[AID[1]].etag = '"changed"'  # decoded and changed
    del loaded.articles[AID[0]]
    again = json.loads(gzip.decompress(loaded.to_bytes()))["articles"]
    assert again[AID[2]] == rows[AID[2]] and AID[0] not in again
    assert again[AID[1]][5] == '"changed"'


def test_a_version_1_file_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    state = sample()
    old = {
        "version": 1,
        "site": "gen",
        "articles": {k: asdict(v) for k, v in state.articles.items()},
        "urls": state.urls,
        "pages": {k: asdict(v) for k, v in state.pages.items()},
    }
    storage = open_storage(str(tmp_path / "a"))
    storage.check(create=True)
    storage.put_bytes(
        keys.state_key("gen", "state.json.gz"),
        gzip.compress(json.dumps({**old, "urls": dict(state.urls)}).encode()),
    )
    loaded = load_state(storage, "gen")
    assert {k: asdict(v) for k, v in loaded.articles.items()} == old["articles"]
    save_state(storage, loaded)  # saved in the new format, read back the same
    assert load_state(storage, "gen").urls == state.urls
