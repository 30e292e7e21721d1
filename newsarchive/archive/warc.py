"""Raw pages as WARC: write responses into gzipped WARC parts, read one back by its pointer."""

from __future__ import annotations

import hashlib
import io
import zlib
from base64 import b32encode
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive import __version__
from newsarchive.archive.storage import Storage
from newsarchive.errors import WarcError, WarcMissing
from newsarchive.schema import RawPointer

# Scrapy hands us decoded bodies: these headers no longer describe them, so they are renamed.
_TRANSPORT_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}
# How the crawl came to a response (Page.found()): an extension field of the WARC record.
FOUND_HEADER = "WARC-X-Newsarchive-Found"
_REASONS = {
    200: "OK",
    301: "Moved Permanently",
    302: "Found",
    304: "Not Modified",
    404: "Not Found",
}


def payload_digest(body: bytes) -> str:
    """The WARC-Payload-Digest form: sha1 in base32."""
    return "sha1:" + b32encode(hashlib.sha1(body).digest()).decode("ascii")


@dataclass(slots=True)
class RawResponse:
    """One archived HTTP response as it was fetched."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: str
    digest: str
    digest_ok: bool
    found: str | None = None  # Page.found() of the crawl that fetched it


class WarcPartWriter:
    """Appends response records to one local .warc.gz file and returns their pointers."""

    def __init__(self, path: Path, key: str, *, info: dict[str, str] | None = None) -> None:
        self.path = path
        self.key = key
        self._fh: BinaryIO = open(path, "wb")  # noqa: SIM115 - closed in close()
        self._writer = WARCWriter(self._fh, gzip=True)
        fields = {"software": f"newsarchive/{__version__}", "format": "WARC File Format 1.1"}
        fields.update(info or {})
        self._writer.write_record(self._writer.create_warcinfo_record(path.name, fields))
        self.records = 0

    @property
    def size(self) -> int:
        return self._fh.tell()

    def write_response(
        self,
        url: str,
        status: int,
        headers: list[tuple[str, str]],
        body: bytes,
        *,
        fetched_at: datetime | None = None,
        request_headers: list[tuple[str, str]] | None = None,
        found: str | None = None,
    ) -> RawPointer:
        kept = [
            (name if name.lower() not in _TRANSPORT_HEADERS else f"X-Archive-Orig-{name}", value)
            for name, value in headers
        ]
        kept.append(("Content-Length", str(len(body))))
        status_line = f"{status} {_REASONS.get(status, 'Status')}"
        http_headers = StatusAndHeaders(status_line, kept, protocol="HTTP/1.1")
        when = (fetched_at or datetime.now(UTC)).astimezone(UTC)
        warc_headers = {"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")}
        if found:
            warc_headers[FOUND_HEADER] = found
        record = self._writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=None,
            http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )
        offset = self._fh.tell()
        self._writer.write_record(record)
        length = self._fh.tell() - offset
        self.records += 1
        return RawPointer(
            warc_key=self.key,
            offset=offset,
            length=length,
            record_id=record.rec_headers.get_header("WARC-Record-ID"),
            payload_digest=payload_digest(body),
        )

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.flush()
            self._fh.close()


def _response(record: ArcWarcRecord, expected_digest: str | None = None) -> RawResponse:
    """Read one WARC response record's payload; the digest is checked against `expected_digest`,
    else against the record's own WARC-Payload-Digest."""
    body = record.content_stream().read()
    http = record.http_headers
    digest = payload_digest(body)
    declared = expected_digest or record.rec_headers.get_header("WARC-Payload-Digest")
    return RawResponse(
        url=record.rec_headers.get_header("WARC-Target-URI"),
        status=int(http.get_statuscode()) if http else 0,
        headers=list(http.headers) if http else [],
        body=body,
        fetched_at=record.rec_headers.get_header("WARC-Date"),
        digest=digest,
        digest_ok=declared in (None, digest),
        found=record.rec_headers.get_header(FOUND_HEADER),
    )


def _check_gzip_member(data: bytes) -> None:
    """Decompress a gzipped record whole: damaged deflate data or a wrong CRC raises zlib.error.

    warcio reads only as far as the record's headers say and tolerates some bad deflate data, so
    a record with flipped bytes could otherwise parse (e.g. as an empty payload).
    """
    if data[:2] != b"\x1f\x8b":  # an uncompressed record (a referenced .warc source)
        return
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    inflater.decompress(data)
    if not inflater.eof:
        raise EOFError("gzip member cut short")


def parse_record(data: bytes, expected_digest: str | None = None) -> RawResponse:
    """Parse one gzipped WARC response record (the bytes a pointer names)."""
    _check_gzip_member(data)
    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type == "response":
            return _response(record, expected_digest)
    raise ValueError("no WARC response record at that place")


def read_response(storage: Storage, pointer: RawPointer) -> RawResponse:
    """Fetch and parse the raw response behind a record's pointer (one ranged read).

    A referenced pointer (`newsarchive import --reference`) is read from its source WARC URI.
    Raises WarcMissing when the part or source is gone, WarcError when it is cut short or corrupt,
    naming the part and the place.
    """
    where = f"raw page {pointer.warc_key} at offset {pointer.offset} ({pointer.length} bytes)"
    try:
        if pointer.referenced:
            from newsarchive.warc_import.sources import read_range

            data = read_range(pointer.warc_key, pointer.offset, pointer.length)
        else:
            data = storage.get_range(pointer.warc_key, pointer.offset, pointer.length)
    except (KeyError, FileNotFoundError):
        raise WarcMissing(f"{where}: the WARC part is missing") from None
    except OSError as exc:
        raise WarcError(f"{where}: cannot be read ({exc.strerror or exc})") from None
    if len(data) < pointer.length:
        raise WarcError(f"{where}: the WARC part is truncated ({len(data)} bytes there)")
    try:
        return parse_record(data, pointer.payload_digest)
    except Exception as exc:  # warcio, zlib, EOF, bad headers: the bytes are not a WARC record
        raise WarcError(f"{where}: not a readable WARC record ({type(exc).__name__})") from None


def iter_pointed(stream: BinaryIO, key: str) -> Iterator[tuple[RawPointer, RawResponse]]:
    """Every response record of a WARC part with the pointer a record would store for it."""
    iterator = ArchiveIterator(stream)
    for record in iterator:
        if record.rec_type != "response":
            continue
        response = _response(record)
        iterator.read_to_end(record)
        pointer = RawPointer(
            warc_key=key,
            offset=iterator.get_record_offset(),
            length=iterator.get_record_length(),
            record_id=record.rec_headers.get_header("WARC-Record-ID"),
            payload_digest=response.digest,
        )
        yield pointer, response


def iter_responses(stream: BinaryIO) -> list[tuple[int, RawResponse]]:
    """Every response record of a WARC stream with its offset: for re-extraction and verify."""
    return [(pointer.offset, response) for pointer, response in iter_pointed(stream, "")]
