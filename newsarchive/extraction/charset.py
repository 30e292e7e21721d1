"""Bytes to text for HTML pages: HTTP header charset, then BOM, then <meta>, then detection."""

from __future__ import annotations

import codecs
import re

__all__ = ["declared_wide", "decode_html", "normalize_charset"]

_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([\w.:\-]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:\-]+)""", re.I)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels that browsers (WHATWG Encoding) decode as another encoding.
_ALIASES = {
    "iso-8859-1": "windows-1252",
    "latin-1": "windows-1252",
    "latin1": "windows-1252",
    "l1": "windows-1252",
    "ascii": "windows-1252",
    "us-ascii": "windows-1252",
    "iso8859-1": "windows-1252",
    "iso_8859-1": "windows-1252",
    "cp1252": "windows-1252",
    "x-cp1252": "windows-1252",
    "iso-8859-9": "windows-1254",
    "latin5": "windows-1254",
    "iso-8859-11": "windows-874",
    "tis-620": "windows-874",
    "gb2312": "gbk",
    "x-gbk": "gbk",
    "x-sjis": "shift_jis",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "utf-16": "utf-16-le",
}
_META_SCAN_BYTES = 8192


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode bytes a legacy codepage leaves undefined as their Latin-1 code points."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("newsarchive-latin1", _latin1_fallback)


def normalize_charset(label: str | None) -> str | None:
    """A decodable, canonical charset name for an HTTP/HTML label, or None when unknown."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    canonical = info.name
    if canonical in ("cp1252", "latin-1", "iso8859-1", "ascii"):
        return "windows-1252"
    if canonical == "utf-8":
        return "utf-8"
    return name if name.startswith("windows-") else canonical


def _charset_from_header(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return normalize_charset(match.group(1)) if match else None


def _charset_from_bom(body: bytes) -> tuple[str | None, int]:
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name, len(bom)
    return None, 0


_WIDE_UNITS = {"utf-16": 2, "utf-32": 4}


def _wide_order(body: bytes, family: str) -> list[str]:
    """Both byte orders, the likelier first: ASCII markup in big-endian has its NULs first."""
    unit = _WIDE_UNITS[family]
    head = body[: 4096 - 4096 % unit]
    first = sum(1 for i in range(0, len(head), unit) if head[i] == 0)
    last = sum(1 for i in range(unit - 1, len(head), unit) if head[i] == 0)
    return [f"{family}-be", f"{family}-le"] if first > last else [f"{family}-le", f"{family}-be"]


def declared_wide(content_type: str | None, body: bytes) -> str | None:
    """The UTF-16/UTF-32 codec the Content-Type header declares, when the body really is text in
    it (decodes strictly, looks like markup); None otherwise. "utf-16" without a byte order
    mark gets its byte order from the bytes. Pages without a BOM are otherwise taken for binary
    (their NUL bytes) or misread."""
    match = _HEADER_CHARSET.search(content_type or "")
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).strip().lower()).name  # utf-16, utf-16-be, utf-32...
    except LookupError:
        return None
    family = name[:6]
    if family not in _WIDE_UNITS:
        return None
    bom, _ = _charset_from_bom(body)
    if bom and bom.startswith(family):
        return bom
    candidates = [name] if name != family else _wide_order(body, family)
    unit = _WIDE_UNITS[family]
    whole = body[: len(body) - len(body) % unit]  # a body cut mid-character still counts
    for codec in candidates:
        try:
            text = whole.decode(codec)
        except UnicodeDecodeError:
            continue
        head = text[:2048]
        controls = sum(1 for ch in head if ch < " " and ch not in "\t\n\r\f")
        if "<" in head and controls <= len(head) // 100:
            return codec
    return None


def _charset_from_meta(body: bytes) -> str | None:
    head = body[:_META_SCAN_BYTES]
    for match in _META_CHARSET.finditer(head):
        name = normalize_charset(match.group(1).decode("ascii", "ignore"))
        if name:
            # A page that is decodable as ASCII cannot really be UTF-16 (WHATWG rule).
            return "utf-8" if name.startswith("utf-16") else name
    return None


def _decode(body: bytes, charset: str) -> str:
    errors = "newsarchive-latin1" if charset.startswith("windows-") else "replace"
    return body.decode(charset, errors=errors)


_PLAUSIBLE_1252 = frozenset(
    "\u00a0\u00a3\u00a7\u00a9\u00ab\u00ae\u00b0\u00b4\u00b7\u00bb\u00bf\u20ac"
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u2122"
)


def _looks_western(body: bytes) -> bool:
    """Sparse high bytes that all decode to Latin letters or typographic marks in cp1252."""
    sample = body[:200_000]
    high = [b for b in sample if b >= 0x80]
    if not high:
        return True
    letters = sum(1 for b in sample if (0x41 <= b <= 0x5A) or (0x61 <= b <= 0x7A))
    if len(high) > 0.25 * max(1, letters):
        return False  # Cyrillic, Greek, etc. in a single-byte codepage: mostly high bytes
    decoded = bytes(high).decode("cp1252", errors="replace")
    plausible = sum(
        1
        for ch in decoded
        if ("\u00c0" <= ch <= "\u00ff" and ch not in "\u00d7\u00f7") or ch in _PLAUSIBLE_1252
    )
    return plausible >= 0.95 * len(decoded)


def _detect(body: bytes) -> str:
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_western(body):
        return "windows-1252"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:200_000]).best()
        if best is not None:
            name = normalize_charset(best.encoding)
            if name:
                return name
    except Exception:
        pass
    return "windows-1252"


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, charset): the HTTP header charset wins, then BOM, then <meta>, then detection.

    <meta> means <meta charset> or http-equiv Content-Type. Never raises.
    """
    try:
        if isinstance(body, str):
            return body, "utf-8"
        body = bytes(body or b"")
        wide = declared_wide(content_type, body)
        if wide:
            unit = _WIDE_UNITS[wide[:6]]
            text = body[: len(body) - len(body) % unit].decode(wide, errors="replace")
            return text.lstrip("\ufeff"), wide
        charset = _charset_from_header(content_type)
        if charset:
            return _decode(body, charset).lstrip("\ufeff"), charset
        bom_charset, skip = _charset_from_bom(body)
        if bom_charset:
            return _decode(body[skip:], bom_charset), bom_charset
        charset = _charset_from_meta(body)
        if charset:
            if charset == "utf-8":
                try:
                    return body.decode("utf-8"), "utf-8"
                except UnicodeDecodeError:
                    # A wrong declaration is common on legacy pages: trust the bytes instead.
                    charset = _detect(body)
            return _decode(body, charset), charset
        charset = _detect(body)
        return _decode(body, charset), charset
    except Exception:
        try:
            return bytes(body or b"").decode("utf-8", errors="replace"), "utf-8"
        except Exception:
            return "", "utf-8"
