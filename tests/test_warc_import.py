"""WARCs from other crawlers, built with warcio in each shape, read back as pages or named skips."""

from __future__ import annotations

import gzip
import io
import random
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.config import SiteConfig
from newsarchive.warc_import import FetchedPage, WarcReader
from newsarchive.warc_import.sources import read_range

ALPHA = SiteConfig.model_validate({"name": "alpha", "url": "https://alpha-news.example/"})
BETA = SiteConfig.model_validate({"name": "beta", "url": "http://beta.example:8080/"})
HTML = [("Content-Type", "text/html; charset=utf-8")]


def _article(n: int, site: str = "alpha") -> bytes:
    return f"<html><body><article><h1>{site} story {n}</h1><p>{'text ' * 50}</p></article>".encode()


class Warc:
    """A WARC file being written with warcio, as another crawler would write it."""

    def __init__(self, path: Path, *, gz: bool = True) -> None:
        self.path = path
        self.fh = path.open("wb")
        self.writer = WARCWriter(self.fh, gzip=gz)
        self.writer.write_record(self.writer.create_warcinfo_record(path.name, {"software": "t"}))

    def response(
        self, url: str, body: bytes, date: str = "2017-03-30T10:00:00Z", status: str = "200 OK"
    ) -> Any:
        http = StatusAndHeaders(status, list(HTML), protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": date},
        )
        self.writer.write_record(record)
        return record

    def request(self, url: str) -> None:
        http = StatusAndHeaders(
            "GET / HTTP/1.1", [("Host", "x")], protocol="HTTP/1.1", is_http_request=True
        )
        record = self.writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), http_headers=http
        )
        self.writer.write_record(record)

    def other(self, url: str, kind: str, body: bytes = b"outlinks: none\n") -> None:
        record = self.writer.create_warc_record(
            url, kind, payload=io.BytesIO(body), warc_content_type="text/plain"
        )
        self.writer.write_record(record)

    def revisit(
        self,
        url: str,
        original: Any,
        date: str = "2017-04-02T10:00:00Z",
        status: str = "304 Not Modified",
        digest: str | None = None,
        refers: str = "uri",
    ) -> None:
        """`refers`: "uri" (Refers-To-Target-URI + Date, as Browsertrix and warcio write),
        "id" (WARC-Refers-To, as wget writes) or "digest" (the payload digest alone)."""
        head = original.rec_headers
        http = StatusAndHeaders(status, [("Server", "x")], protocol="HTTP/1.1")
        record = self.writer.create_revisit_record(
            url,
            digest or head.get_header("WARC-Payload-Digest"),
            head.get_header("WARC-Target-URI"),
            head.get_header("WARC-Date"),
            http_headers=http,
            warc_headers_dict={"WARC-Date": date},
        )
        if refers != "uri":
            for name in ("WARC-Refers-To-Target-URI", "WARC-Refers-To-Date"):
                record.rec_headers.remove_header(name)
        if refers == "id":
            record.rec_headers.add_header("WARC-Refers-To", head.get_header("WARC-Record-ID"))
            record.rec_headers.replace_header("WARC-Payload-Digest", "sha1:OTHERFORM")
        self.writer.write_record(record)

    def raw(self, url: str, block: bytes, *, gz: bool = True) -> None:
        """A response record whose HTTP block is written as given (warcio would refuse it)."""
        head = (
            "WARC/1.0\r\nWARC-Type: response\r\n"
            f"WARC-Target-URI: {url}\r\nWARC-Date: 2017-03-30T10:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(block)}\r\n\r\n"
        ).encode()
        data = head + block + b"\r\n\r\n"
        self.fh.write(gzip.compress(data) if gz else data)

    def close(self) -> Path:
        self.fh.close()
        return self.path


def _read(uris: list[str], **kwargs: Any) -> tuple[WarcReader, list[FetchedPage]]:
    reader = WarcReader(uris, **kwargs)
    return reader, list(reader.pages())


def _reparse(page: FetchedPage) -> str:
    """The target URI of the record a page's pointer names (one ranged read)."""
    data = read_range(page.source.uri, page.source.offset, page.source.length)
    from warcio.archiveiterator import ArchiveIterator

    record = next(iter(ArchiveIterator(io.BytesIO(data))))
    return str(record.rec_headers.get_header("WARC-Target-URI"))


def test_cc_news_like_file_keeps_only_configured_sites_by_host_and_port(tmp_path: Path) -> None:
    warc = Warc(tmp_path / "CC-NEWS-20170330.warc.gz")
    expected = {
        "https://www.alpha-news.example/2017/03/30/one.html": ("alpha", _article(1)),
        "http://alpha-news.example/2017/03/31/two.html": ("alpha", _article(2)),
        "http://beta.example:8080/news/three": ("beta", _article(3, "beta")),
    }
    for url, (_, body) in expected.items():
        warc.request(url)
        warc.response(url, body)
        warc.other(url, "metadata")
    warc.response("http://beta.example/news/four", _article(4, "beta"))  # port 80: not beta
    for i in range(5):
        warc.response(f"https://unrelated{i}.example/", _article(i, "other"))
    warc.response("https://www.alpha-news.example/robots.txt", b"User-agent: *\n")
    warc.other("dns:alpha-news.example", "response", b"1.2.3.4")
    path = warc.close()

    reader, pages = _read([str(path)], sites=[ALPHA, BETA])
    got = {p.url: (p.site, p.body) for p in pages}
    robots = "https://www.alpha-news.example/robots.txt"
    assert set(got) == {*expected, robots}  # non-article pages are the extractor's call
    for url, want in expected.items():
        assert got[url] == want
    for page in pages:
        assert page.status == 200 and ("Content-Type", HTML[0][1]) in page.headers
        assert page.fetched_at is not None and page.fetched_at.year == 2017
        assert page.source.uri == str(path) and _reparse(page) == page.url
    tally = reader.tally
    assert tally.skipped == {
        "warcinfo": 1,
        "request": 3,
        "metadata": 3,
        "other_site": 6,
        "not_http": 1,
    }
    assert tally.pages == 4 and tally.records == 9 + 1 + 1 + 5 + 1 + 1
    assert tally.problems == []


def test_browsertrix_like_revisits_resolve_within_a_file_across_files_and_late(
    tmp_path: Path,
) -> None:
    first = Warc(tmp_path / "crawl-1.warc.gz")
    url = "https://alpha-news.example/2017/03/30/one.html"
    original = first.response(url, _article(1))
    first.request(url)
    first.other(url, "metadata")
    first.other("urn:pageinfo:" + url, "resource", b"{}")
    first.revisit(url, original, date="2017-03-31T08:00:00Z")  # same file, 304
    first.revisit("https://alpha-news.example/amp/one.html", original, status="200 OK")
    first.close()
    second = Warc(tmp_path / "crawl-2.warc.gz")
    second.revisit(url, original, date="2017-04-02T09:00:00Z")  # original in the first file
    late_url = "https://alpha-news.example/2017/04/01/late.html"
    late = Warc(tmp_path / "scratch.warc.gz").response(late_url, _article(9))
    second.revisit(late_url, late, date="2017-04-01T12:00:00Z")  # original comes later
    second.revisit("https://alpha-news.example/gone", late, digest="sha1:NOTANYWHERE")
    second.response(late_url, _article(9), date="2017-04-01T11:00:00Z")
    second.close()

    uris = [str(first.path), str(second.path)]
    reader, pages = _read(uris, sites=[ALPHA])
    by = [(p.url, p.fetched_at.isoformat() if p.fetched_at else None) for p in pages]
    assert by == [
        (url, "2017-03-30T10:00:00+00:00"),
        (url, "2017-03-31T08:00:00+00:00"),
        ("https://alpha-news.example/amp/one.html", "2017-04-02T10:00:00+00:00"),
        (url, "2017-04-02T09:00:00+00:00"),
        (late_url, "2017-04-01T11:00:00+00:00"),
        (late_url, "2017-04-01T12:00:00+00:00"),  # resolved at the end of the import
    ]
    origin = pages[0].source
    for page in pages[1:4]:
        assert page.body == _article(1) and page.revisit_of == origin
        assert page.status == 200  # a 304 revisit takes the original's status and headers
        assert _reparse(page) == page.url  # the pointer names the revisit record itself
    assert pages[2].headers == [("Server", "x")]  # a 200 revisit keeps its own headers
    assert pages[5].body == _article(9) and pages[5].revisit_of == pages[4].source
    tally = reader.tally
    assert tally.revisits_resolved == 4 and tally.pages == 6
    assert tally.skipped["request"] == 1 and tally.skipped["metadata"] == 1
    assert tally.skipped["resource"] == 1 and tally.skipped["revisit_unresolved"] == 1
    [problem] = tally.problems
    assert problem.kind == "revisit_unresolved" and problem.uri == str(second.path)
    assert "https://alpha-news.example/gone" in problem.detail and problem.offset > 0


@pytest.mark.parametrize("refers", ["id", "digest"])
def test_revisits_named_by_record_id_or_by_digest_alone(tmp_path: Path, refers: str) -> None:
    warc = Warc(tmp_path / "w.warc", gz=False)
    url = "https://alpha-news.example/2017/03/30/one.html"
    other = warc.response("https://alpha-news.example/other", _article(2))
    original = warc.response(url, _article(1), date="2017-03-30T11:00:00Z")
    warc.revisit(url, original, refers=refers)
    warc.close()
    assert other.rec_headers.get_header("WARC-Payload-Digest") != original.rec_headers.get_header(
        "WARC-Payload-Digest"
    )
    reader, pages = _read([str(warc.path)], sites=[ALPHA])
    assert [p.url for p in pages] == ["https://alpha-news.example/other", url, url]
    assert pages[2].body == _article(1) and pages[2].revisit_of == pages[1].source
    assert reader.tally.problems == []


def test_wget_like_uncompressed_file_with_request_response_and_log(tmp_path: Path) -> None:
    warc = Warc(tmp_path / "site.warc", gz=False)
    urls = [f"http://beta.example:8080/2017/04/0{i}/story" for i in range(1, 4)]
    for i, url in enumerate(urls):
        warc.request(url)
        warc.response(url, _article(i, "beta"))
    warc.other("metadata://gnu.org/software/wget/warc/wget_arguments.txt", "resource", b"wget")
    warc.close()
    assert not warc.path.read_bytes().startswith(b"\x1f\x8b")
    reader, pages = _read([str(warc.path)], sites=[BETA])
    assert [p.url for p in pages] == urls and all(p.site == "beta" for p in pages)
    assert [_reparse(p) for p in pages] == urls
    assert reader.tally.skipped == {"warcinfo": 1, "request": 3, "resource": 1}


def test_truncated_file_keeps_what_came_before_and_names_file_and_offset(
    tmp_path: Path,
) -> None:
    warc = Warc(tmp_path / "cut.warc.gz")
    urls = [f"https://alpha-news.example/2017/03/30/{i}.html" for i in range(6)]
    for i, url in enumerate(urls):
        warc.response(url, _article(i) * 20)
    data = warc.close().read_bytes()
    warc.path.write_bytes(data[: len(data) * 2 // 3])
    then = Warc(tmp_path / "next.warc.gz")
    then.response(urls[0].replace("30/0", "31/0"), _article(0))
    then.close()

    reader, pages = _read([str(warc.path), str(then.path)], sites=[ALPHA])
    read = [p.url for p in pages]
    assert 1 <= len(read) - 1 < len(urls) and read[:-1] == urls[: len(read) - 1]
    assert read[-1].endswith("31/0.html"), "the next file is still read"
    [problem] = reader.tally.problems
    assert problem.kind == "corrupt" and problem.uri == str(warc.path)
    last = [p for p in pages if p.source.uri == str(warc.path)][-1].source
    assert problem.offset == last.offset + last.length
    assert str(problem.offset) in str(problem)


def test_non_warc_missing_and_garbage_files_are_named_never_raised(tmp_path: Path) -> None:
    html = tmp_path / "page.html"
    html.write_text("<html><body>not a warc</body></html>")
    gz = tmp_path / "data.json.gz"
    gz.write_bytes(gzip.compress(b'{"not": "a warc"}\n' * 100))
    noise = tmp_path / "noise.warc.gz"
    noise.write_bytes(bytes(range(256)) * 64)
    missing = tmp_path / "missing.warc.gz"
    reader, pages = _read([str(html), str(gz), str(noise), str(missing)], sites=[ALPHA])
    assert pages == []
    kinds = {Path(p.uri).name: (p.kind, p.offset) for p in reader.tally.problems}
    assert kinds == {
        "page.html": ("not_warc", 0),
        "data.json.gz": ("not_warc", 0),
        "noise.warc.gz": ("not_warc", 0),
        "missing.warc.gz": ("unreadable", 0),
    }
    assert reader.tally.files == 4


@pytest.mark.parametrize("gz", [True, False])
def test_a_broken_http_block_skips_that_record_only(tmp_path: Path, gz: bool) -> None:
    warc = Warc(tmp_path / f"broken.warc{'.gz' if gz else ''}", gz=gz)
    warc.response("https://alpha-news.example/a", _article(1))
    warc.raw("https://alpha-news.example/b", b"this is no status line\r\n\r\n<html>", gz=gz)
    warc.raw("https://alpha-news.example/c", b"HTTP/1.1 abc Nope\r\nX: y\r\n\r\nbody", gz=gz)
    warc.raw("https://alpha-news.example/d", b"HTTP/1.1 2000 OK\r\n\r\nx", gz=gz)
    warc.raw(  # a false Content-Encoding: warcio passes the bytes through, as browsers do
        "https://alpha-news.example/e",
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\nnot gzip at all",
        gz=gz,
    )
    warc.response("https://alpha-news.example/f", _article(5))
    warc.close()
    reader, pages = _read([str(warc.path)], sites=[ALPHA])
    assert [p.url.rsplit("/", 1)[1] for p in pages] == ["a", "e", "f"]
    assert pages[1].body == b"not gzip at all"
    problems = reader.tally.problems
    assert [p.kind for p in problems] == ["broken_http"] * 3, problems
    offsets = [p.offset for p in problems]
    assert offsets == sorted(offsets) and pages[0].source.offset < offsets[0]
    assert offsets[-1] < pages[1].source.offset
    assert reader.tally.skipped["broken_http"] == 3


def test_bodies_over_the_cap_are_skipped_and_memory_stays_bounded(tmp_path: Path) -> None:
    warc = Warc(tmp_path / "big.warc.gz")
    # Incompressible, like real pages at ~5:1 would be per block: a run of one byte inflates
    # ~1000:1, and warcio inflates a whole 16 KiB block at once.
    big = b"<html><body>" + random.Random(1).randbytes(40 * 1024 * 1024) + b"</body></html>"
    warc.response("https://alpha-news.example/huge", big)
    del big
    warc.response("https://alpha-news.example/small", _article(1))
    warc.close()
    tracemalloc.start()
    try:
        reader, pages = _read([str(warc.path)], sites=[ALPHA], max_body=1024 * 1024)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [p.url for p in pages] == ["https://alpha-news.example/small"]
    assert reader.tally.skipped["too_large"] == 1
    assert reader.tally.problems[0].kind == "too_large"
    assert peak < 8 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB while reading a 40 MiB record"


@pytest.mark.s3
def test_reads_and_resolves_revisits_from_s3(s3_uri: str, s3_env: Any, tmp_path: Path) -> None:
    first = Warc(tmp_path / "a.warc.gz")
    url = "https://alpha-news.example/2017/03/30/one.html"
    original = first.response(url, _article(1))
    first.close()
    second = Warc(tmp_path / "b.warc", gz=False)
    second.revisit(url, original)
    second.close()
    bucket = s3_uri.removeprefix("s3://").split("/")[0]
    client = s3_env.client()
    uris = []
    for warc in (first, second):
        client.upload_file(str(warc.path), bucket, f"crawls/{warc.path.name}")
        uris.append(f"s3://{bucket}/crawls/{warc.path.name}")
    uris.append(f"s3://{bucket}/crawls/missing.warc.gz")
    reader, pages = _read(uris, sites=[ALPHA])
    assert [p.body for p in pages] == [_article(1)] * 2
    assert pages[1].revisit_of == pages[0].source and pages[1].source.uri == uris[1]
    assert [(p.kind, p.uri) for p in reader.tally.problems] == [("unreadable", uris[2])]


def test_without_sites_every_http_response_is_a_page(tmp_path: Path) -> None:
    make: Callable[[int], str] = lambda i: f"https://site{i}.example/p"  # noqa: E731
    warc = Warc(tmp_path / "all.warc.gz")
    for i in range(3):
        warc.response(make(i), _article(i))
    warc.close()
    reader, pages = _read([str(warc.path)])
    assert [p.url for p in pages] == [make(i) for i in range(3)]
    assert all(p.site is None for p in pages)
    assert reader.tally.to_dict()["pages"] == 3
