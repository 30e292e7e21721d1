"""Every storage key of the archive is built here, and only here; nothing from a page gets in raw."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, date, datetime

from newsarchive.errors import UnsafeKeyError

ARTICLES = "articles"
RAW = "raw"
RUNS = "runs"
STATE = "state"
VERSIONS = "versions"
PARQUET = "parquet"
REPORT_KINDS = ("crawl", "reextract", "import")

_SITE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_HEX = re.compile(r"^[0-9a-f]{32}$")
_RUN = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]{6}$")
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._=/-]{0,1023}$")


def check_key(key: str) -> str:
    """Return key if it is a safe relative key; raise UnsafeKeyError otherwise."""
    if not _KEY.fullmatch(key) or any(part in ("", ".", "..") for part in key.split("/")):
        raise UnsafeKeyError(f"unsafe storage key: {key[:200]!r}")
    return key


def _site(site: str) -> str:
    if not _SITE.fullmatch(site):
        raise UnsafeKeyError(f"invalid site name in key: {site[:80]!r}")
    return site


def _day(day: str | date) -> str:
    text = day.isoformat() if isinstance(day, date) else day
    if not _DAY.fullmatch(text):
        raise UnsafeKeyError(f"invalid day in key: {text[:40]!r}")
    date.fromisoformat(text)
    return text


def _run(run_id: str) -> str:
    if not _RUN.fullmatch(run_id):
        raise UnsafeKeyError(f"invalid run id in key: {run_id[:60]!r}")
    return run_id


def article_id_for(canonical_url: str) -> str:
    """The stable id of an article: 128 bits of SHA-256 over its canonical URL."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:32]


def new_run_id(now: datetime | None = None) -> str:
    """A sortable, unique run id: UTC start time plus 24 random bits."""
    now = now or datetime.now(UTC)
    return f"{now.astimezone(UTC):%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def article_key(site: str, day: str | date, article_id: str) -> str:
    """articles/site=S/date=D/<article_id>.json: one object per article, its latest version."""
    if not _HEX.fullmatch(article_id):
        raise UnsafeKeyError(f"invalid article id: {article_id[:60]!r}")
    return check_key(f"{ARTICLES}/site={_site(site)}/date={_day(day)}/{article_id}.json")


def version_key(site: str, article_id: str, version: int) -> str:
    """versions/site=S/id=<article_id>/v<N>.json: an earlier version of an article, kept whole."""
    if not _HEX.fullmatch(article_id) or int(version) < 1:
        raise UnsafeKeyError(f"invalid article version: {article_id[:60]!r} {version!r}")
    return check_key(f"{VERSIONS}/site={_site(site)}/id={article_id}/v{int(version):05d}.json")


def versions_prefix(site: str, article_id: str) -> str:
    if not _HEX.fullmatch(article_id):
        raise UnsafeKeyError(f"invalid article id: {article_id[:60]!r}")
    return f"{VERSIONS}/site={_site(site)}/id={article_id}/"


def articles_prefix(site: str | None = None, day: str | date | None = None) -> str:
    if site is None:
        return f"{ARTICLES}/"
    if day is None:
        return f"{ARTICLES}/site={_site(site)}/"
    return f"{ARTICLES}/site={_site(site)}/date={_day(day)}/"


def warc_key(site: str, run_id: str, seq: int) -> str:
    """raw/site=S/run=R/<seq>.warc.gz: immutable WARC parts, never overwritten."""
    return check_key(f"{RAW}/site={_site(site)}/run={_run(run_id)}/{int(seq):05d}.warc.gz")


def report_key(
    site: str, run_id: str, window: tuple[str, str] | None = None, kind: str = "crawl"
) -> str:
    """The run report: one per (site, window), overwritten by a rerun; ad hoc runs keep their id.
    A re-extraction ("reextract") or a WARC import ("import") has keys of its own, never read
    as crawl history; each import (one set of files) keeps its own report, under its run id."""
    if kind not in REPORT_KINDS:
        raise UnsafeKeyError(f"invalid report kind: {kind[:60]!r}")
    if window is None or kind == "import":
        folder = "adhoc" if kind == "crawl" else kind
        return check_key(f"{RUNS}/site={_site(site)}/{folder}/{_run(run_id)}.json")
    since, until = (_day(d) for d in window)
    name = "report" if kind == "crawl" else kind
    return check_key(f"{RUNS}/site={_site(site)}/window={since}_{until}/{name}.json")


def reports_prefix(site: str) -> str:
    return f"{RUNS}/site={_site(site)}/"


def state_key(site: str, name: str) -> str:
    """state/site=S/<name>: the site's crawl memory (known URLs, HTTP validators)."""
    if not re.fullmatch(r"[a-z][a-z0-9_.-]{0,62}", name):
        raise UnsafeKeyError(f"invalid state name: {name[:60]!r}")
    return check_key(f"{STATE}/site={_site(site)}/{name}")


def state_base_key(site: str) -> str:
    """state/site=S/state-base.sqlite.zst: the crawl state's base snapshot (an SQLite file,
    zstd-compressed), replaced whole by a compaction."""
    return state_key(site, "state-base.sqlite.zst")


def state_delta_key(site: str, seq: int) -> str:
    """state/site=S/state-delta-<seq>.json.gz: what one run changed in the crawl state since
    the base (seq counts up; a base covers every delta up to the seq it names)."""
    if int(seq) < 1:
        raise UnsafeKeyError(f"invalid state delta number: {seq!r}")
    return state_key(site, f"state-delta-{int(seq):010d}.json.gz")


def state_deltas_prefix(site: str) -> str:
    return f"{STATE}/site={_site(site)}/state-delta-"


def state_delta_seq(key: str) -> int | None:
    """The number of a state delta's key, None when the key is not one."""
    found = re.fullmatch(r"state/site=[a-z0-9][a-z0-9_-]{0,62}/state-delta-(\d{10})\.json\.gz", key)
    return int(found.group(1)) if found else None


def profile_key(site: str) -> str:
    """state/site=S/profile.json: the site's learned template (extraction.profile.SiteProfile)."""
    return state_key(site, "profile.json")


def profile_version_key(site: str, version: str) -> str:
    """state/site=S/profile-V.json: the profile version V, as records name it (kept)."""
    if not re.fullmatch(r"[0-9a-f]{1,40}", version):
        raise UnsafeKeyError(f"invalid profile version: {version[:60]!r}")
    return state_key(site, f"profile-{version}.json")


def month_of(day: str | date) -> str:
    """YYYY-MM of a day (or of a month given as YYYY-MM): the Parquet index's partition."""
    text = day.isoformat() if isinstance(day, date) else day
    if _MONTH.fullmatch(text):
        return text
    return _day(text)[:7]


def parquet_key(site: str, when: str | date) -> str:
    """parquet/site=S/month=YYYY-MM/articles.parquet: the month's articles (`when` is a day or a
    month), one row group per day, rewritten when one of its days changed."""
    return check_key(f"{PARQUET}/site={_site(site)}/month={month_of(when)}/articles.parquet")


def day_parquet_key(site: str, day: str | date) -> str:
    """parquet/site=S/date=D/articles.parquet: the per-day layout of earlier versions, only
    ever deleted now (a rebuild of the day's month replaces it)."""
    return check_key(f"{PARQUET}/site={_site(site)}/date={_day(day)}/articles.parquet")


def day_parquet_prefix(site: str, month: str | None = None) -> str:
    """The prefix of the per-day files of the earlier layout (of one month, if given)."""
    within = f"{month_of(month)}-" if month else ""
    return f"{PARQUET}/site={_site(site)}/date={within}"


def parse_partition(key: str) -> dict[str, str]:
    """The hive-style name=value parts of a key (site, date, month, run, window)."""
    out: dict[str, str] = {}
    for part in key.split("/"):
        name, sep, value = part.partition("=")
        if sep:
            out[name] = value
    return out
