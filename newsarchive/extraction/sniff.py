"""Is a body really HTML? Catch binaries served as text/html before they reach the extractor."""

from __future__ import annotations

from newsarchive.extraction.charset import declared_wide

_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\x7fELF",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"wOFF",
    b"wOF2",
)
_HTML_TYPES = ("text/html", "application/xhtml")


def looks_binary(body: bytes, content_type: str | None = None) -> bool:
    """True when the body is not HTML: a non-HTML type, a binary signature, or NUL bytes."""
    if content_type and not any(t in content_type.lower() for t in _HTML_TYPES):
        return True
    head = body[:2048].lstrip()
    if not head:
        return False
    if head.startswith(_MAGIC):
        return True
    if b"\x00" not in head or head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 BOMs
        return False
    return declared_wide(content_type, body) is None  # NULs are fine in declared UTF-16/32 text
