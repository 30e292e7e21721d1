"""The record schema: plain data, JSON and Arrow tables agree."""

from __future__ import annotations

from dataclasses import asdict, replace

import pyarrow as pa
import pytest

from newsarchive.schema import ARROW_SCHEMA, ArticleRecord, RawPointer, records_to_table

RECORD = ArticleRecord(
    article_id="a1",
    url="http://127.0.0.1:8000/news/1",
    canonical_url="http://127.0.0.1:8000/news/1",
    site="demo",
    title="Hafen \u00f6ffnet \u2014 \u6e2f\u53e3",
    author=None,
    published="2017-03-30T08:00:00+02:00",
    modified=None,
    date="2017-03-30",
    date_source="published",
    language="de",
    text='Zeile eins mit "Anf\u00fchrung"\n\tZeile zwei \\ und \u2028 mehr',
    fetched_at="2026-11-28T00:00:00Z",
    content_sha256="c" * 64,
    word_count=9,
    tags=["hafen", "stadt"],
    aliases=["http://127.0.0.1:8000/print/1"],
    raw=RawPointer("raw/x.warc.gz", 10, 200, "<urn:uuid:1>", "sha1:X"),
    run_id="r1",
    simhash="00ff00ff00ff00ff",
)


@pytest.mark.parametrize("record", [RECORD, replace(RECORD, raw=None, tags=[], aliases=[])])
def test_to_dict_is_asdict_and_the_arrow_table_holds_the_same_values(record: ArticleRecord) -> None:
    data = record.to_dict()
    assert data == asdict(record)
    data["tags"].append("changed")  # a copy: the record keeps its own lists
    assert "changed" not in record.tags
    table = records_to_table([record, record])
    assert table.schema.equals(ARROW_SCHEMA)
    assert table.to_pylist() == [asdict(record)] * 2
    expected = pa.Table.from_pylist([asdict(record)] * 2, schema=ARROW_SCHEMA)
    assert table.equals(expected)


def test_no_records_give_an_empty_table_and_a_misfit_value_raises() -> None:
    assert records_to_table([]).schema.equals(ARROW_SCHEMA)
    assert records_to_table([]).num_rows == 0
    bad = replace(RECORD, word_count="many")  # type: ignore[arg-type]
    with pytest.raises(pa.ArrowInvalid):
        records_to_table([bad])
