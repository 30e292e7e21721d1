"""Tests for URL identity, canonical forms, fetch safety and dates in URLs."""

from __future__ import annotations

import ipaddress
from datetime import date
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsarchive.urls import TRACKING_PARAMS, canonicalize, check_url, origin, same_site, url_date

# --- origin / same_site ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://WWW.Example.COM:443/a?b#c", "https://www.example.com"),
        ("http://example.com:80", "http://example.com"),
        ("http://127.0.0.1:8080/x", "http://127.0.0.1:8080"),
        ("https://example.com:8443/", "https://example.com:8443"),
        ("http://[::1]:8080/", "http://[::1]:8080"),
        ("https://bücher.de/x", "https://xn--bcher-kva.de"),
        ("http://example.com./", "http://example.com"),
    ],
)
def test_origin(url: str, expected: str) -> None:
    assert origin(url) == expected


@pytest.mark.parametrize("url", ["mailto:a@example.com", "/relative", "ftp://example.com/", ""])
def test_origin_rejects_non_http(url: str) -> None:
    with pytest.raises(ValueError):
        origin(url)


def test_same_site() -> None:
    assert same_site("https://www.example.com/a", "http://example.com")
    assert same_site("http://example.com:80/a", "https://example.com")
    assert same_site("http://127.0.0.1:8080/a", "http://127.0.0.1:8080")
    assert not same_site("http://127.0.0.1:8081/a", "http://127.0.0.1:8080")
    assert not same_site("https://news.example.com/", "https://example.com")
    assert not same_site("https://example.com.evil.test/", "https://example.com")
    assert not same_site("mailto:x@example.com", "https://example.com")
    assert not same_site("https://example.com/", "not a url")


# --- canonicalize ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "HTTP://Example.COM:80/a/./b/../c?utm_source=x&b=2&a=1&fbclid=z#top",
            "http://example.com/a/c?a=1&b=2",
        ),
        ("https://example.com/2026/11/20/story/amp/", "https://example.com/2026/11/20/story/"),
        ("https://example.com/news/story/amp", "https://example.com/news/story"),
        ("https://example.com/story.amp.html", "https://example.com/story.html"),
        ("https://example.com/story?amp", "https://example.com/story"),
        ("https://example.com/story?amp=1&id=4", "https://example.com/story?id=4"),
        ("https://example.com/story?outputType=amp", "https://example.com/story"),
        ("https://example.com/story?print=1", "https://example.com/story"),
        ("https://example.com/story?print", "https://example.com/story"),
        ("https://example.com/story/print/", "https://example.com/story/"),
        (
            "https://x.blogspot.com/2026/11/post.html?m=1",
            "https://x.blogspot.com/2026/11/post.html",
        ),
        (
            "https://x.blogspot.com/2026/11/post.html?m=0",
            "https://x.blogspot.com/2026/11/post.html",
        ),
        ("https://example.com/p/?replytocom=12#respond", "https://example.com/p/"),
        ("https://example.com/p/#comment-3", "https://example.com/p/"),
        ("http://127.0.0.1:8080/a?MC_CID=1&utm_Medium=e", "http://127.0.0.1:8080/a"),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com/a%7eb?q=a%20b", "https://example.com/a~b?q=a+b"),
        ("  https://example.com/x  ", "https://example.com/x"),
        ("https://example.com/search?q=amp&page=2", "https://example.com/search?page=2&q=amp"),
        # a route written as the query (Dotclear, '?/page' routers) is read by the server as
        # written: neither 'post%2F2017...=' nor reordered; tracking params still go
        (
            "http://127.0.0.1:8080/index.php?post/2017/03/05/Le-pont&utm_source=rss",
            "http://127.0.0.1:8080/index.php?post/2017/03/05/Le-pont",
        ),
        ("https://example.com/?/fr/a propos", "https://example.com/?/fr/a%20propos"),
    ],
)
def test_canonicalize(url: str, expected: str) -> None:
    assert canonicalize(url) == expected


def test_canonicalize_joins_base() -> None:
    base = "http://127.0.0.1:8080/section/index.html"
    assert canonicalize("../2026/11/a.html?utm_campaign=x", base) == (
        "http://127.0.0.1:8080/2026/11/a.html"
    )
    assert canonicalize("//example.com/x", "https://a.test/") == "https://example.com/x"


@pytest.mark.parametrize(
    "url",
    [
        "mailto:a@example.com",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.com/x",
        "data:text/html,hi",
        "tel:+123",
        "http://[::1",
        "http://example.com:99999/",
        "",
        "#top",
    ],
)
def test_canonicalize_rejects(url: str) -> None:
    assert canonicalize(url) is None


def test_canonicalize_keeps_meaningful_params() -> None:
    assert canonicalize("https://example.com/a?id=5&m=2&print=no") == (
        "https://example.com/a?id=5&m=2&print=no"
    )


_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_params = st.lists(
    st.tuples(st.one_of(_text, st.sampled_from(["utm_source", "UTM_x", "amp", "page"])), _text),
    max_size=5,
)


@st.composite
def _urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "ftp", "mailto", ""]))
    host = draw(st.sampled_from(["example.com", "127.0.0.1:8080", "WWW.X.org:443", "[::1]", ""]))
    path = "/".join(draw(st.lists(_text, max_size=4)))
    query = "&".join(f"{k}={v}" for k, v in draw(_params))
    fragment = draw(_text)
    return f"{scheme}://{host}/{path}?{query}#{fragment}"


@settings(max_examples=400, deadline=None)
@given(st.one_of(_urls(), st.text(max_size=40)), st.one_of(st.none(), st.just("http://b.test/")))
def test_canonicalize_properties(url: str, base: str | None) -> None:
    canonical = canonicalize(url, base)
    if canonical is None:
        return
    assert canonicalize(canonical) == canonical
    assert urlsplit(canonical).scheme in ("http", "https")
    assert "#" not in canonical
    keys = [k.lower() for k, _ in parse_qsl(urlsplit(canonical).query, keep_blank_values=True)]
    assert not any(k.startswith("utm_") for k in keys)
    assert not TRACKING_PARAMS & set(keys)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(min_size=1, max_size=8), _text, max_size=4))
def test_canonicalize_drops_every_utm(params: dict[str, str]) -> None:
    query = urlencode({f"utm_{k}": v for k, v in params.items()})
    assert canonicalize(f"https://example.com/a?{query}&id=1") == "https://example.com/a?id=1"


# --- check_url ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.com/", "scheme"),
        ("javascript:alert(1)", "scheme"),
        ("http://user:pass@8.8.8.8/", "credentials"),
        ("http://127.0.0.1/", "loopback"),
        ("http://2130706433/", "loopback"),
        ("http://0x7f.1/", "loopback"),
        ("http://0177.0.0.1/", "loopback"),
        ("http://127.1/", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://[::ffff:7f00:1]/", "loopback"),
        ("http://localhost:8080/", "loopback"),
        ("http://10.0.0.1/", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://172.16.5.4/", "private"),
        ("http://[fd12::1]/", "private"),
        ("http://169.254.1.1/", "link-local"),
        ("http://[fe80::1]/", "link-local"),
        ("http://224.0.0.1/", "multicast"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://[::]/", "unspecified"),
        ("http://240.0.0.1/", "reserved"),
    ],
)
def test_check_url_refuses(url: str, reason: str) -> None:
    assert check_url(url, allow_private=False, resolve=False) == reason
    if reason not in ("scheme", "credentials"):
        assert check_url(url, allow_private=True, resolve=False) is None


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/",
        "http://100.100.100.200/",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://METADATA.google.internal./",
        "http://[::ffff:169.254.169.254]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://2852039166/",
        "http://0xa9.0xfe.0xa9.0xfe/",
    ],
)
def test_check_url_metadata_always_refused(url: str) -> None:
    for allow_private in (False, True):
        assert check_url(url, allow_private=allow_private, resolve=False) == "metadata"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://\u24dbocalhost/", "loopback"),  # circled l: IDNA maps it to "localhost"
        ("http://\uff11\uff12\uff17.0.0.1/", "loopback"),  # fullwidth digits
        ("http://127.0.0.%31/", "loopback"),
        ("http://LOCALHOST./", "loopback"),
        ("http://news.localhost/", "loopback"),
        ("http://0x7f000001/", "loopback"),
        ("http://017700000001/", "loopback"),
        ("http://[2002:7f00:1::]/", "loopback"),  # 6to4 around 127.0.0.1
        ("http://[64:ff9b::a00:1]/", "private"),  # NAT64 around 10.0.0.1
        ("http://[fe80::1%25eth0]/", "link-local"),
        ("http://100.64.0.1/", "private"),  # carrier-grade NAT
        ("http://127.0.0.1 /", "invalid"),
        ("http://a..b/", "invalid"),
        ("http:///path", "invalid"),
        ("http://example.com:99999/", "invalid"),
    ],
)
def test_check_url_tricky_hosts(url: str, reason: str) -> None:
    assert check_url(url, allow_private=False, resolve=False) == reason


def test_check_url_allows_public_literals() -> None:
    assert check_url("https://8.8.8.8/x", allow_private=False, resolve=False) is None
    assert check_url("https://[2001:4860:4860::8888]/", allow_private=False) is None
    assert check_url("https://example.com/", allow_private=False, resolve=False) is None


def test_check_url_resolves_localhost() -> None:
    assert check_url("http://localhost:8080/", allow_private=False, resolve=True) == "loopback"
    assert check_url("http://localhost:8080/", allow_private=True, resolve=True) is None


def test_check_url_resolves_every_address(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsarchive.urls as urls

    answers = {
        "mixed.test": ("93.184.216.34", "10.0.0.7"),
        "public.test": ("93.184.216.34", "2606:2800:220:1::"),
        "meta.test": ("169.254.169.254",),
        "nothing.test": (),
    }
    monkeypatch.setattr(urls, "_resolve_cached", lambda host, port: answers[host])
    assert check_url("http://mixed.test/", allow_private=False) == "private"
    assert check_url("http://mixed.test/", allow_private=True) is None
    assert check_url("http://public.test/", allow_private=False) is None
    assert check_url("http://meta.test/", allow_private=True) == "metadata"
    assert check_url("http://nothing.test/", allow_private=True) == "unresolvable"


def test_check_url_resolver_timeout_is_unresolvable(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsarchive.urls as urls

    def slow(host: str, port: int) -> tuple[str, ...]:
        raise TimeoutError

    monkeypatch.setattr(urls, "_resolve_cached", slow)
    monkeypatch.setattr(urls, "_timed_out", {})
    assert check_url("http://slow.test/", allow_private=True) == "unresolvable"
    monkeypatch.setattr(urls, "_resolve_cached", lambda host, port: ("93.184.216.34",))
    assert check_url("http://slow.test/", allow_private=True) == "unresolvable"  # remembered
    assert check_url("http://fast.test/", allow_private=True) is None


_PRIVATE_V4 = [
    ipaddress.ip_network(n)
    for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16")
]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_PRIVATE_V4).flatmap(
        lambda n: st.integers(0, n.num_addresses - 1).map(lambda i: n[i])
    )
)
def test_check_url_refuses_private_ipv4(ip: ipaddress.IPv4Address) -> None:
    forms = [str(ip), str(int(ip)), hex(int(ip)), f"[::ffff:{ip}]"]
    for host in forms:
        assert check_url(f"http://{host}:8080/", allow_private=False, resolve=False) is not None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.booleans())
def test_check_url_never_raises(url: str, allow_private: bool) -> None:
    result = check_url(url, allow_private=allow_private, resolve=False)
    assert result is None or isinstance(result, str)


# --- url_date ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/2026/11/20/story-title/", date(2026, 11, 20)),
        ("https://example.com/news/2026/11/20/story", date(2026, 11, 20)),
        ("https://x.blogspot.com/2026/11/post-title.html", date(2026, 11, 1)),
        ("https://example.com/2026/11/", date(2026, 11, 1)),
        ("https://example.com/archive/20261120/story.html", date(2026, 11, 20)),
        ("https://example.com/news/big-story-2026-11-20-abc", date(2026, 11, 20)),
        ("https://example.com/news/2026-1-5/x", date(2026, 1, 5)),
        ("http://127.0.0.1:8080/2026/02/29/x", None),  # no such day
        ("https://example.com/2026/13/01/x", None),
        ("https://example.com/1850/01/01/x", None),
        ("https://example.com/story/12345678", None),
        ("https://example.com/about", None),
        ("https://example.com/?date=2026-11-20", None),
        ("not a url", None),
    ],
)
def test_url_date(url: str, expected: date | None) -> None:
    assert url_date(url) == expected


def test_url_date_month_only_paths_need_month_ok() -> None:
    assert url_date("http://x.test/2026/11/story.html") == date(2026, 11, 1)
    assert url_date("http://x.test/2026/11/story.html", month_ok=False) is None
    assert url_date("http://x.test/2026/11/01/story/", month_ok=False) == date(2026, 11, 1)
