"""URL identity (origin, site, canonical form), fetch safety checks and dates written in URLs."""

from __future__ import annotations

import functools
import ipaddress
import re
import socket
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from urllib.parse import (
    SplitResult,
    quote,
    unquote,
    unquote_plus,
    urljoin,
    urlsplit,
    urlunsplit,
)

from w3lib.url import canonicalize_url

__all__ = [
    "TRACKING_PARAMS",
    "canonicalize",
    "check_url",
    "origin",
    "same_site",
    "url_date",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

HTTP_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}

TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        # utm_* is matched by prefix (see _is_tracking); these are the other well-known ones.
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "yclid",
        "twclid",
        "ttclid",
        "li_fat_id",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "ref_src",
        "ref_url",
        "cmpid",
        "ncid",
        "sr_share",
        "spm",
        "wt.mc_id",
        "wt.mc_ev",
        "at_medium",
        "at_campaign",
        "ocid",
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
    }
)

# Query parameters whose presence only selects a variant (AMP, print, Blogger mobile, comments).
_VARIANT_PARAMS: dict[str, frozenset[str] | None] = {
    "amp": frozenset({"", "1", "true"}),
    "outputtype": frozenset({"amp"}),
    "print": frozenset({"", "1", "true", "yes"}),
    "m": frozenset({"0", "1"}),
    "replytocom": None,  # any value
}
_VARIANT_SEGMENTS = frozenset({"amp", "print"})


def _is_tracking(key: str) -> bool:
    key = key.lower()
    return key.startswith("utm_") or key in TRACKING_PARAMS


def _is_variant(key: str, value: str) -> bool:
    key = key.lower()
    if key not in _VARIANT_PARAMS:
        return False
    values = _VARIANT_PARAMS[key]
    return values is None or value.lower() in values


def _idna(host: str) -> str:
    host = host.lower().rstrip(".")
    if host.isascii():
        return host
    return host.encode("idna").decode("ascii")


def _host_port(parts: SplitResult) -> tuple[str, int | None]:
    """Lower-cased IDNA host and the explicit non-default port of an http(s) URL."""
    scheme = parts.scheme.lower()
    if scheme not in HTTP_SCHEMES or not parts.hostname:
        raise ValueError(f"not an http(s) URL with a host: {parts.geturl()[:200]!r}")
    host = _idna(parts.hostname)
    port = parts.port  # raises ValueError when out of range
    if port == DEFAULT_PORTS[scheme]:
        port = None
    return host, port


def _netloc(host: str, port: int | None) -> str:
    host = f"[{host}]" if ":" in host else host
    return host if port is None else f"{host}:{port}"


def origin(url: str) -> str:
    """'scheme://host[:port]' of an http(s) URL; ValueError when it has no http(s) host."""
    parts = urlsplit(url.strip())
    host, port = _host_port(parts)
    return f"{parts.scheme.lower()}://{_netloc(host, port)}"


def _site_key(url: str) -> tuple[str, int | None]:
    parts = urlsplit(url.strip())
    host, port = _host_port(parts)
    return host.removeprefix("www."), port


def same_site(url: str, site_origin: str) -> bool:
    """True when url is on the site: same host (www. ignored) and port, http or https."""
    if isinstance(url, str) and isinstance(site_origin, str):
        return _same_site(url, site_origin)
    return _same_site.__wrapped__(url, site_origin)


# A crawl asks about the same URLs again and again (every page links the site's menus and
# latest stories): the pure functions below remember their recent answers.
_MEMO = 1 << 14


@functools.lru_cache(maxsize=_MEMO)
def _same_site(url: str, site_origin: str) -> bool:
    try:
        return _site_key(url) == _site_key(site_origin)
    except (ValueError, UnicodeError):
        return False


def _fold_path(path: str) -> str:
    """Drop AMP and print variants from a path: /x/amp/, /x/amp, /x/print/, /x.amp.html."""
    while True:
        folded = re.sub(r"\.amp\.html?$", lambda m: m.group(0)[4:], path, flags=re.I)
        head, sep, last = folded.rstrip("/").rpartition("/")
        if sep and last.lower() in _VARIANT_SEGMENTS:
            folded = head + ("/" if folded.endswith("/") or not head else "")
        if folded == path:
            return path
        path = folded


def _fold_query(query: str) -> str:
    """Drop tracking and variant params; keeps the (already sorted, encoded) order."""
    kept = []
    for pair in query.split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        key, value = unquote_plus(key), unquote_plus(value)
        if not (_is_tracking(key) or _is_variant(key, value)):
            kept.append(pair)
    return "&".join(kept)


_QUERY_SAFE = "/?:@!$&'()*+,;=%~"  # a query as written keeps these; spaces and the rest escaped


def _canonical_once(url: str) -> str:
    parts = urlsplit(canonicalize_url(url, keep_fragments=False))
    host, port = _host_port(parts)
    path = _fold_path(parts.path) or "/"
    netloc = _netloc(host, port)
    query = parts.query
    raw = urlsplit(url).query
    if any("=" not in pair for pair in raw.split("&") if pair):
        # a route written as the query (Dotclear's '?post/2017/03/05/slug', '?/about'): the
        # server reads it as written, so it is not made 'post%2F2017...=' nor reordered
        query = quote(raw, safe=_QUERY_SAFE)
    return urlunsplit((parts.scheme.lower(), netloc, path, _fold_query(query), ""))


def canonicalize(url: str, base: str | None = None) -> str | None:
    """Absolute http(s) URL without fragment, tracking params, AMP/print/mobile variants and
    default port, query sorted (a query route such as '?post/2017/…' kept as written), escapes
    normalized; None for other schemes or junk."""
    if isinstance(url, str) and (base is None or isinstance(base, str)):
        return _canonical(url, base)
    return _canonical.__wrapped__(url, base)


@functools.lru_cache(maxsize=_MEMO)
def _canonical(url: str, base: str | None) -> str | None:
    try:
        url = url.strip()
        if base:
            url = urljoin(base.strip(), url)
        if urlsplit(url).scheme.lower() not in HTTP_SCHEMES:
            return None
        for _ in range(4):  # fixed point: folding may expose another foldable form
            canonical = _canonical_once(url)
            if canonical == url:
                break
            url = canonical
        return canonical
    except Exception:
        return None


# ---------------------------------------------------------------------------------------------
# Fetch safety

METADATA_HOSTS = frozenset(
    {
        "metadata.google.internal",
        "metadata.goog",
        "metadata",
        "instance-data",
        "instance-data.ec2.internal",
        "metadata.azure.internal",
    }
)
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, DigitalOcean, OpenStack ...
        "169.254.170.2",  # AWS ECS task metadata
        "169.254.170.23",  # AWS EKS pod identity
        "169.254.169.123",  # AWS time sync
        "fd00:ec2::254",  # AWS IPv6
        "fd00:ec2::23",
        "100.100.100.200",  # Alibaba Cloud
        "192.0.0.192",  # Oracle Cloud
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_HOSTNAME = re.compile(r"^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$")
_NUMERIC_HOST = re.compile(r"^[0-9a-fx.]+$", re.I)
_RESOLVE_TIMEOUT = 3.0
_TIMEOUT_MEMORY = 60.0
_timed_out: dict[str, float] = {}
_resolver = ThreadPoolExecutor(max_workers=4, thread_name_prefix="newsarchive-dns")


def _ip_literal(host: str) -> IPAddress | None:
    """The address a numeric host denotes, including inet_aton forms (2130706433, 0x7f.1)."""
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    if _NUMERIC_HOST.match(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def _embedded(ip: IPAddress) -> list[IPAddress]:
    """Any IPv4 address ip carries (mapped, 6to4, Teredo, NAT64), then ip itself."""
    found: list[IPAddress] = []
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            found.append(ip.ipv4_mapped)
        if ip.sixtofour:
            found.append(ip.sixtofour)
        if ip.teredo:
            found.append(ip.teredo[1])
        if ip in _NAT64:
            found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return [*found, ip]  # the carried IPv4 first: its reason is the more telling one


def _classify(ip: IPAddress) -> str | None:
    """Why an address must not be fetched from a public crawler, or None when it is global."""
    if ip in METADATA_ADDRESSES:
        return "metadata"
    checks = (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
    )
    for reason, hit in checks:
        if hit:
            return reason
    return None if ip.is_global else "private"  # e.g. 100.64.0.0/10 (carrier-grade NAT)


def _address_reason(ip: IPAddress, allow_private: bool) -> str | None:
    reasons = [r for r in map(_classify, _embedded(ip)) if r]
    if "metadata" in reasons:
        return "metadata"
    return None if allow_private or not reasons else reasons[0]


@functools.lru_cache(maxsize=4096)
def _resolve_cached(host: str, port: int) -> tuple[str, ...]:
    """Addresses of host (empty when it does not resolve); timeouts raise and are not cached."""

    def lookup() -> tuple[str, ...]:
        try:
            infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            return ()
        return tuple(sorted({str(info[4][0]) for info in infos}))

    return _resolver.submit(lookup).result(timeout=_RESOLVE_TIMEOUT)


def _resolve(host: str, port: int) -> Iterable[IPAddress]:
    if _timed_out.get(host, 0.0) > time.monotonic():
        return []  # a resolver that just hung is not asked again at once
    try:
        addresses = _resolve_cached(host, port)
    except TimeoutError:
        _timed_out[host] = time.monotonic() + _TIMEOUT_MEMORY
        return []
    return [ip for a in addresses if (ip := _ip_literal(a)) is not None]


def _host_reason(host: str, port: int, allow_private: bool, resolve: bool) -> str | None:
    if host in METADATA_HOSTS:
        return "metadata"
    ip = _ip_literal(host)
    if ip is not None:
        return _address_reason(ip, allow_private)
    if not _HOSTNAME.match(host):
        return "invalid"
    if host == "localhost" or host.endswith(".localhost"):
        return None if allow_private else "loopback"
    if not resolve:
        return None
    addresses = list(_resolve(host, port))
    if not addresses:
        return "unresolvable"
    reasons = [_address_reason(ip, allow_private) for ip in addresses]
    return "metadata" if "metadata" in reasons else next((r for r in reasons if r), None)


def check_url(url: str, *, allow_private: bool, resolve: bool = True) -> str | None:
    """None when url may be fetched, else a short reason ("scheme", "private", "metadata" ...)."""
    if not resolve and isinstance(url, str):  # no name resolved: the answer never changes
        return _check_unresolved(url, bool(allow_private))
    return _check(url, allow_private, resolve)


@functools.lru_cache(maxsize=_MEMO)
def _check_unresolved(url: str, allow_private: bool) -> str | None:
    return _check(url, allow_private, False)


def _check(url: str, allow_private: bool, resolve: bool) -> str | None:
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        if scheme not in HTTP_SCHEMES:
            return "scheme"
        if parts.username is not None or parts.password is not None:
            return "credentials"
        if not parts.hostname:
            return "invalid"
        host = _idna(unquote(parts.hostname))
        port = parts.port or DEFAULT_PORTS[scheme]
        return _host_reason(host, port, allow_private, resolve)
    except Exception:
        return "invalid"


# ---------------------------------------------------------------------------------------------
# Dates in URLs

_SEP = r"(?:^|(?<=[/_.-]))"
_END = r"(?=$|[/_.-])"
_DATE_PATTERNS = (
    re.compile(_SEP + r"((?:19|20|21)\d\d)([/_-])(\d{1,2})\2(\d{1,2})" + _END),
    re.compile(_SEP + r"((?:19|20|21)\d\d)(\d\d)(\d\d)" + _END),
    re.compile(r"(?:^|/)((?:19|20|21)\d\d)/(\d{1,2})(?=/|$)(?!/\d{1,2}(?:/|$))"),
)


def _plausible(year: int, month: int, day: int) -> date | None:
    if not 1990 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _match_date(pattern: re.Pattern[str], path: str) -> date | None:
    for m in pattern.finditer(path):
        groups = [g for g in m.groups() if g.isdigit()]
        day = int(groups[2]) if len(groups) == 3 else 1
        found = _plausible(int(groups[0]), int(groups[1]), day)
        if found:
            return found
    return None


def url_date(url: str, *, month_ok: bool = True) -> date | None:
    """A publication date written in the URL path (/2026/11/20/, /20261120/, -2026-11-20-).

    A month-only path (/2026/11/) gives the 1st of that month, unless month_ok is False: then
    only a date down to the day counts.
    """
    if isinstance(url, str):
        return _url_date(url, bool(month_ok))
    return _url_date.__wrapped__(url, month_ok)


@functools.lru_cache(maxsize=_MEMO)
def _url_date(url: str, month_ok: bool) -> date | None:
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    for pattern in _DATE_PATTERNS if month_ok else _DATE_PATTERNS[:-1]:
        found = _match_date(pattern, path)
        if found:
            return found
    return None
