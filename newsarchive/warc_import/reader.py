"""Streams WARC files into fetched pages: responses kept, revisits resolved, the rest counted."""

from __future__ import annotations

import hashlib
import io
from base64 import b32encode
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser

from newsarchive.config import SiteConfig
from newsarchive.urls import origin
from newsarchive.warc_import.pages import FetchedPage, ImportTally
from newsarchive.warc_import.revisits import OriginalIndex, SourceRef
from newsarchive.warc_import.sources import open_source, read_range

DEFAULT_MAX_BODY = 5 * 1024 * 1024  # as a crawl cuts pages (max_page_bytes)
_HTTP = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1", "HTTP/2", "HTTP/2.0"], verify=False)


class _Broken(Exception):
    """A record whose HTTP block cannot be read: skipped, the file goes on."""


class _Cut(Exception):
    """A record shorter than its Content-Length: the file ends (truncated) inside it."""

    def __init__(self, offset: int, missing: int, declared: int) -> None:
        super().__init__(
            f"record cut short: {missing} of its {declared} bytes missing (a truncated file?); "
            "records before this offset were read"
        )
        self.offset = offset


@dataclass(slots=True)
class _Revisit:
    url: str
    site: str | None
    ref: SourceRef
    record_id: str | None
    fetched_at: datetime | None
    http: StatusAndHeaders | None
    refers_to: str | None
    refers_uri: str | None
    refers_date: str | None
    digest: str | None


def _digest(body: bytes) -> str:
    return "sha1:" + b32encode(hashlib.sha1(body).digest()).decode("ascii")


def _when(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _site_key(url: str) -> str:
    """Host (www. ignored) and explicit port, as urls.same_site compares sites."""
    return origin(url).split("://", 1)[1].removeprefix("www.")


def _parse_http(record: Any) -> StatusAndHeaders | None:
    """The record's HTTP status line and headers (None for an empty block); _Broken if garbled."""
    try:
        http = _HTTP.parse(record.raw_stream)
    except EOFError:
        return None
    except Exception as exc:  # warcio's parser raises several kinds on garbage
        raise _Broken(f"unreadable HTTP headers ({exc})") from None
    code = http.get_statuscode()
    if not (http.protocol or "").upper().startswith("HTTP/") or not (
        code.isdigit() and 100 <= int(code) <= 599
    ):
        line = f"{http.protocol} {http.statusline}".strip()
        raise _Broken(f"not an HTTP status line: {line[:80]!r}")
    record.http_headers = http
    return http


def _read_body(record: Any, limit: int) -> bytes | None:
    """The decoded payload, or None when it is over `limit` bytes (the rest is never read)."""
    try:
        body: bytes = record.content_stream().read(limit + 1)
    except Exception as exc:  # bad chunking or content-encoding inside the HTTP block
        raise _Broken(f"unreadable HTTP body ({type(exc).__name__}: {exc})") from None
    return None if len(body) > limit else body


class WarcReader:
    """Reads WARC files in order (gzip or not, local or s3://) and yields their pages.

    With `sites`, only records whose URL is on one of them (host and port, www. ignored) are
    read; others are counted as `other_site` without reading their bodies. Revisit records are
    resolved to their original within a file at once, across the files at the end.
    """

    def __init__(
        self,
        uris: Sequence[str],
        *,
        sites: Sequence[SiteConfig] | None = None,
        max_body: int = DEFAULT_MAX_BODY,
        on_record: Callable[[ImportTally], None] | None = None,
    ) -> None:
        self.uris = list(uris)
        self.on_record = on_record  # called after every record read (progress)
        self.max_body = max_body
        self.sites = None if sites is None else {_site_key(s.url): s.name for s in sites}
        self.tally = ImportTally()
        self.index = OriginalIndex()
        self._pending: list[_Revisit] = []

    def pages(self) -> Iterator[FetchedPage]:
        for uri in self.uris:
            yield from self._file(uri)
        pending, self._pending = self._pending, []
        for revisit in pending:
            page = self._resolve(revisit, final=True)
            if page is not None:
                yield page

    # -- one file -------------------------------------------------------------------------
    def _file(self, uri: str) -> Iterator[FetchedPage]:
        self.tally.files += 1
        try:
            stream = open_source(uri)
        except Exception as exc:  # missing file or object, no permission, bad s3 URI
            self.tally.problem(uri, 0, "unreadable", f"{type(exc).__name__}: {exc}")
            return
        with closing(stream):
            records = ArchiveIterator(stream, no_record_parse=True)
            where = 0  # where the next record starts
            while True:
                try:
                    record = next(records)
                except StopIteration:
                    return
                except Exception as exc:  # warcio raises many kinds on bad bytes
                    self.tally.problem(uri, where, *_failure(exc, where))
                    return
                if where == 0 and _not_warc(record):
                    self.tally.problem(uri, 0, "not_warc", "neither a WARC nor an ARC file")
                    return
                try:
                    try:
                        page, ref = self._record(uri, records, record)
                    except _Broken as exc:
                        ref = _finish(uri, records, record)
                        self.tally.problem(uri, ref.offset, "broken_http", str(exc))
                        self.tally.skipped["broken_http"] += 1
                        page = None
                except _Cut as cut:
                    self.tally.problem(uri, cut.offset, "corrupt", str(cut))
                    return
                except Exception as exc:  # truncated inside a record
                    self.tally.problem(uri, where, *_failure(exc, where))
                    return
                where = ref.offset + ref.length
                if self.on_record is not None:
                    self.on_record(self.tally)
                if page is not None:
                    self.tally.pages += 1
                    yield page

    def _record(
        self, uri: str, records: ArchiveIterator, record: Any
    ) -> tuple[FetchedPage | None, SourceRef]:
        self.tally.records += 1
        head = record.rec_headers
        kind = record.rec_type or "unknown"
        url = (head.get_header("WARC-Target-URI") or "").strip()
        if kind not in ("response", "revisit"):
            self.tally.skipped[kind] += 1
            return None, _finish(uri, records, record)
        wanted, site = self._site(url)
        if not wanted:
            return None, _finish(uri, records, record)
        http = _parse_http(record)
        if kind == "revisit":
            ref = _finish(uri, records, record)
            revisit = _Revisit(
                url,
                site,
                ref,
                head.get_header("WARC-Record-ID"),
                _when(head.get_header("WARC-Date")),
                http,
                head.get_header("WARC-Refers-To"),
                head.get_header("WARC-Refers-To-Target-URI"),
                head.get_header("WARC-Refers-To-Date"),
                head.get_header("WARC-Payload-Digest"),
            )
            return self._resolve(revisit, final=False), ref
        if http is None:
            raise _Broken("empty HTTP block")
        body = _read_body(record, self.max_body)
        ref = _finish(uri, records, record)
        if body is None:
            self.tally.skipped["too_large"] += 1
            self.tally.problem(uri, ref.offset, "too_large", f"{url} over {self.max_body} bytes")
            return None, ref
        digest = head.get_header("WARC-Payload-Digest") or _digest(body)
        record_id = head.get_header("WARC-Record-ID")
        self.index.add(ref, record_id, url, head.get_header("WARC-Date"), digest)
        page = FetchedPage(
            url=url,
            status=int(http.get_statuscode()),
            headers=list(http.headers),
            body=body,
            fetched_at=_when(head.get_header("WARC-Date")),
            source=ref,
            record_id=record_id,
            payload_digest=digest,
            site=site,
            truncated=head.get_header("WARC-Truncated"),
        )
        return page, ref

    def _site(self, url: str) -> tuple[bool, str | None]:
        """Whether the record is wanted (others are counted) and its site (None: no sites given)."""
        if not url.lower().startswith(("http://", "https://")):
            self.tally.skipped["not_http"] += 1
            return False, None
        if self.sites is None:
            return True, None
        try:
            name = self.sites.get(_site_key(url))
        except (ValueError, UnicodeError):
            name = None
        if name is None:
            self.tally.skipped["other_site"] += 1
            return False, None
        return True, name

    # -- revisits ---------------------------------------------------------------------------
    def _resolve(self, revisit: _Revisit, *, final: bool) -> FetchedPage | None:
        found = self.index.find(
            revisit.refers_to, revisit.refers_uri, revisit.refers_date, revisit.digest
        )
        if found is None:
            if final:
                self.tally.skipped["revisit_unresolved"] += 1
                self.tally.problem(
                    revisit.ref.uri,
                    revisit.ref.offset,
                    "revisit_unresolved",
                    f"{revisit.url}: no original response in this import "
                    f"(digest {revisit.digest}, refers to {revisit.refers_uri or '-'})",
                )
            else:
                self._pending.append(revisit)
            return None
        try:
            page = self._original(found)
        except Exception as exc:  # the original's bytes changed or went away
            self.tally.skipped["revisit_unresolved"] += 1
            self.tally.problem(
                revisit.ref.uri,
                revisit.ref.offset,
                "revisit_unresolved",
                f"{revisit.url}: original at {found.uri} byte {found.offset} unreadable ({exc})",
            )
            return None
        own = revisit.http
        if own is not None and own.get_statuscode() not in ("304", ""):
            page.status, page.headers = int(own.get_statuscode()), list(own.headers)
        page.url, page.site, page.source = revisit.url, revisit.site, revisit.ref
        page.fetched_at, page.record_id = revisit.fetched_at, revisit.record_id
        page.revisit_of = found
        self.tally.revisits_resolved += 1
        if final:
            self.tally.pages += 1
        return page

    def _original(self, ref: SourceRef) -> FetchedPage:
        data = read_range(ref.uri, ref.offset, ref.length)
        for record in ArchiveIterator(io.BytesIO(data), no_record_parse=True):
            http = _parse_http(record)
            body = _read_body(record, self.max_body) if http else None
            if http is None or body is None:
                raise ValueError("no HTTP response there")
            head = record.rec_headers
            return FetchedPage(
                url=head.get_header("WARC-Target-URI") or "",
                status=int(http.get_statuscode()),
                headers=list(http.headers),
                body=body,
                fetched_at=None,
                source=ref,
                record_id=None,
                payload_digest=head.get_header("WARC-Payload-Digest") or _digest(body),
                truncated=head.get_header("WARC-Truncated"),
            )
        raise ValueError("no WARC record there")


def _finish(uri: str, records: ArchiveIterator, record: Any) -> SourceRef:
    """Read the record to its end (streamed, discarded) and say where it lay; _Cut when the
    file ended before the record's declared length (warcio reads a cut gzip member quietly)."""
    records.read_to_end(record)
    offset = records.get_record_offset()
    missing = getattr(record.raw_stream, "limit", 0)
    if isinstance(missing, int) and missing > 0:
        declared = int(record.rec_headers.get_header("Content-Length") or 0)
        raise _Cut(offset, missing, declared)
    return SourceRef(uri, offset, records.get_record_length())


def _not_warc(first: Any) -> bool:
    """Whether a file's first record shows it is no archive: warcio falls back to reading any
    text as ARC records, but a real ARC file starts with its filedesc:// record."""
    if first.format == "warc":
        return False
    url = first.rec_headers.get_header("uri") or ""
    return not url.startswith("filedesc:")


def _failure(exc: Exception, where: int) -> tuple[str, str]:
    """The kind of a file-level failure: not a WARC at all, or cut/corrupt after `where`."""
    detail = f"{type(exc).__name__}: {exc}".strip()
    if where == 0 and isinstance(exc, ArchiveLoadFailed):
        return "not_warc", detail
    return "corrupt", f"{detail} (records before this offset were read)"
