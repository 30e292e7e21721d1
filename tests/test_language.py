"""Language identification: py3langid's model unpacked once into the user's cache folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from newsarchive.extraction import language

TEXTS = [
    "The council approved the new harbour wall after a long debate about its costs.",
    "Der Gemeinderat hat am Dienstag die Erhöhung der Grundsteuer beschlossen.",
    "Le conseil municipal a voté la nouvelle ligne de tramway mardi soir.",
    "Рада ухвалила рішення про ремонт мосту через річку.",
    "市议会周二批准了新的港口防波堤计划。",
]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    language._identifier.cache_clear()
    yield tmp_path / "cache" / "newsarchive"
    language._identifier.cache_clear()


def test_the_unpacked_model_classifies_as_the_packaged_one(fresh: Path) -> None:
    packaged = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    cached = language._identifier()
    assert [p.name for p in fresh.glob("py3langid-*.npz")]  # written on first use
    assert not list(fresh.glob("*.part"))
    language._identifier.cache_clear()
    again = language._identifier()  # read back from the cache folder
    for text in TEXTS:
        assert cached.classify(text) == packaged.classify(text) == again.classify(text)


def test_a_cache_folder_that_cannot_be_written_falls_back_to_the_packaged_model(
    fresh: Path,
) -> None:
    fresh.parent.mkdir(parents=True)
    fresh.write_text("a file where the folder should be")
    assert language.detect_language(TEXTS[1]) == "de"
    assert fresh.is_file()


def test_a_damaged_cached_model_falls_back_to_the_packaged_model(fresh: Path) -> None:
    language._identifier()
    (cached,) = fresh.glob("py3langid-*.npz")
    cached.write_bytes(b"not a model")
    language._identifier.cache_clear()
    assert language.detect_language(TEXTS[2]) == "fr"
    assert not cached.exists()  # the next process unpacks it again
