"""Archive integrity: every record's raw pointer resolves to its WARC record; no article twice."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from newsarchive.archive import keys
from newsarchive.archive.storage import Storage
from newsarchive.archive.warc import iter_responses, read_response
from newsarchive.errors import StorageError, WarcMissing
from newsarchive.schema import ArticleRecord

__all__ = ["Problem", "VerifyResult", "verify_archive"]

# What verify can find, in the order the report lists them.
PROBLEM_KINDS = (
    "unreadable_record",  # the record object is not a valid article record
    "misplaced_record",  # key's site/date/id disagree with the record, or id != hash(canonical)
    "no_raw_pointer",  # the record names no raw response
    "missing_warc",  # the WARC object the pointer names does not exist
    "bad_warc",  # the bytes at the pointer are not a readable WARC response record
    "digest_mismatch",  # the response body's digest differs from the pointer's
    "wrong_response",  # the WARC record is for another URL
    "duplicate_id",  # the same article_id in two partitions
    "duplicate_url",  # two records claim the same canonical URL
    "bad_warc_part",  # --deep: a WARC part does not read through to its end
)
MAX_PROBLEMS = 1000


@dataclass
class Problem:
    kind: str
    key: str
    detail: str


@dataclass
class VerifyResult:
    """Counts and problems of one verification; `to_dict()` is what `verify --json` prints."""

    archive: str
    since: str | None = None
    until: str | None = None
    sites: list[str] = field(default_factory=list)
    partitions: int = 0
    records: int = 0
    pointers_ok: int = 0
    warc_parts: int = 0
    problem_count: int = 0
    problems: list[Problem] = field(default_factory=list)
    by_kind: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def add(self, kind: str, key: str, detail: str) -> None:
        self.problem_count += 1
        self.by_kind[kind] += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(kind, key, detail[:500]))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["by_kind"] = {k: self.by_kind[k] for k in PROBLEM_KINDS if self.by_kind[k]}
        data["ok"] = self.ok
        return data


def _in_range(day: str | None, since: date | None, until: date | None) -> bool:
    if day is None:
        return False
    if since and day < since.isoformat():
        return False
    return not (until and day > until.isoformat())


def _sites(storage: Storage) -> list[str]:
    found = {keys.parse_partition(k).get("site") for k in storage.list(keys.articles_prefix())}
    return sorted(s for s in found if s)


def verify_archive(
    storage: Storage,
    *,
    since: date | None = None,
    until: date | None = None,
    sites: list[str] | None = None,
    deep: bool = False,
) -> VerifyResult:
    """Check the records of the partitions in [since, until] (all when unset).

    Duplicate ids are looked for in every partition of the site (key names suffice); records
    are read, and their pointers resolved, only inside the range. `deep` also reads every WARC
    part those records point into from start to end.
    """
    result = VerifyResult(
        archive=storage.uri,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
    )
    result.sites = sorted(sites) if sites else _sites(storage)
    parts: set[str] = set()
    for site in result.sites:
        parts |= _verify_site(storage, site, since, until, result)
    result.warc_parts = len(parts)
    if deep:
        for key in sorted(parts):
            _check_part(storage, key, result)
    return result


def _verify_site(
    storage: Storage, site: str, since: date | None, until: date | None, result: VerifyResult
) -> set[str]:
    where: dict[str, list[str]] = defaultdict(list)  # article_id -> keys
    todo: list[str] = []
    days: set[str] = set()
    for key in storage.list(keys.articles_prefix(site)):
        if not key.endswith(".json"):
            continue
        where[key.rsplit("/", 1)[-1].removesuffix(".json")].append(key)
        day = keys.parse_partition(key).get("date")
        if _in_range(day, since, until):
            todo.append(key)
            days.add(day or "")
    result.partitions += len(days)
    wanted = set(todo)
    for article_id, found in sorted(where.items()):
        if len(found) > 1 and wanted.intersection(found):
            result.add(
                "duplicate_id", found[0], f"article {article_id} also in {', '.join(found[1:])}"
            )
    canonical: dict[str, tuple[str, str]] = {}  # canonical URL -> (article_id, key)
    aliases: dict[str, tuple[str, str]] = {}
    parts: set[str] = set()
    for key in todo:
        record = _read_record(storage, key, result)
        if record is None:
            continue
        result.records += 1
        # one URL, two articles: canonical of both, or canonical of one and alias of another
        url = record.canonical_url
        for other in (canonical.get(url), aliases.get(url)):
            if other and other[0] != record.article_id:
                result.add("duplicate_url", key, f"{url} is also archived as {other[1]}")
        canonical.setdefault(url, (record.article_id, key))
        for alias in record.aliases:
            other = canonical.get(alias)
            if other and other[0] != record.article_id:
                result.add("duplicate_url", key, f"its alias {alias} is archived as {other[1]}")
            aliases.setdefault(alias, (record.article_id, key))
        if _check_pointer(storage, key, record, result):
            result.pointers_ok += 1
        if record.raw is not None and not record.raw.referenced:  # a source WARC is not ours
            parts.add(record.raw.warc_key)
    return parts


def _read_record(storage: Storage, key: str, result: VerifyResult) -> ArticleRecord | None:
    try:
        record = ArticleRecord.from_json(storage.get_bytes(key))
    except KeyError:
        return None  # removed since it was listed (a rerun moved it)
    except (ValueError, TypeError) as exc:
        result.add("unreadable_record", key, f"{type(exc).__name__}: {exc}")
        return None
    where = keys.parse_partition(key)
    expected = keys.article_id_for(record.canonical_url)
    if (
        where.get("site") != record.site
        or where.get("date") != record.date
        or not key.endswith(f"/{record.article_id}.json")
        or record.article_id != expected
    ):
        result.add(
            "misplaced_record",
            key,
            f"record says site={record.site} date={record.date} id={record.article_id}; "
            f"its canonical URL gives id {expected}",
        )
    return record


def _check_pointer(storage: Storage, key: str, record: ArticleRecord, result: VerifyResult) -> bool:
    pointer = record.raw
    if pointer is None:
        result.add("no_raw_pointer", key, "the record has no raw pointer")
        return False
    try:
        raw = read_response(storage, pointer)
    except (KeyError, FileNotFoundError, WarcMissing):
        result.add("missing_warc", key, f"{pointer.warc_key} does not exist")
        return False
    except StorageError:
        raise
    except Exception as exc:  # warcio and gzip raise many types on damaged bytes
        result.add(
            "bad_warc",
            key,
            f"{pointer.warc_key} at {pointer.offset}+{pointer.length}: {type(exc).__name__}: {exc}",
        )
        return False
    if not raw.digest_ok:
        result.add(
            "digest_mismatch",
            key,
            f"{pointer.warc_key} at {pointer.offset}: body digest {raw.digest}, "
            f"record expects {pointer.payload_digest}",
        )
        return False
    if raw.url != record.url:
        result.add("wrong_response", key, f"{pointer.warc_key} holds {raw.url}, not {record.url}")
        return False
    return True


def _check_part(storage: Storage, key: str, result: VerifyResult) -> None:
    try:
        with storage.open_read(key) as stream:
            records = iter_responses(stream)
    except KeyError:
        return  # already reported through the pointers
    except StorageError:
        raise
    except Exception as exc:  # zlib.error, warcio's ArchiveLoadFailed ...
        result.add("bad_warc_part", key, f"{type(exc).__name__}: {exc}")
        return
    bad = [offset for offset, raw in records if not raw.digest_ok]
    if bad:
        result.add(
            "bad_warc_part", key, f"{len(bad)} responses fail their digest (offsets {bad[:5]})"
        )
