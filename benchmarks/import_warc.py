"""Import benchmark: a generated 10,000-record WARC read by bare warcio (+ trafilatura) and by us.

    uv run python benchmarks/import_warc.py [--records 10000] [--keep DIR] [--only NAME]

Each measurement runs in its own subprocess; its peak RSS comes from os.wait4 (ru_maxrss).
The `newsarchive import` side is a TODO until that command exists (see `project_import`).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SITES = 5
WORDS = [
    "council",
    "harbour",
    "river",
    "school",
    "budget",
    "mayor",
    "election",
    "storm",
    "bridge",
    "market",
    "police",
    "hospital",
    "festival",
    "road",
    "railway",
    "museum",
    "teachers",
    "farmers",
    "court",
    "housing",
    "water",
    "energy",
    "weather",
    "port",
    "library",
    "stadium",
    "minister",
    "union",
    "strike",
    "village",
    "coast",
    "tourism",
    "jobs",
    "report",
    "plan",
]

# Every runner prints one JSON line: {"records": n, "pages": n, "articles": n, "seconds": s}.
RUNNERS = {
    "warcio": """
import json, sys, time
from warcio.archiveiterator import ArchiveIterator
start = time.perf_counter(); records = pages = 0
with open(sys.argv[1], "rb") as fh:
    for record in ArchiveIterator(fh):
        records += 1
        if record.rec_type == "response":
            record.content_stream().read(); pages += 1
print(json.dumps({"records": records, "pages": pages, "articles": 0, "seconds": time.perf_counter() - start}))
""",
    "warcio+trafilatura": """
import json, sys, time, trafilatura
from warcio.archiveiterator import ArchiveIterator
start = time.perf_counter(); records = pages = articles = 0
with open(sys.argv[1], "rb") as fh:
    for record in ArchiveIterator(fh):
        records += 1
        if record.rec_type != "response":
            continue
        pages += 1
        body = record.content_stream().read()
        doc = trafilatura.bare_extraction(body, url=record.rec_headers.get_header("WARC-Target-URI"),
                                          with_metadata=True, include_comments=False)
        articles += bool(doc and doc.text and len(doc.text) >= 200)  # index pages are not
print(json.dumps({"records": records, "pages": pages, "articles": articles,
       "seconds": time.perf_counter() - start}))
""",
    "newsarchive-reader": """
import json, sys, time
from newsarchive.warc_import import WarcReader
start = time.perf_counter()
reader = WarcReader([sys.argv[1]])
pages = sum(1 for _ in reader.pages())
print(json.dumps({"records": reader.tally.records, "pages": pages, "articles": 0,
       "seconds": time.perf_counter() - start}))
""",
}


def project_import(warc: Path, archive: Path) -> list[str]:
    """TODO(#11): the command line of `newsarchive import` over `warc` into `archive`, once the
    command exists (WarcReader -> decide() -> ArchiveWriter). Until then: not measured."""
    raise NotImplementedError("`newsarchive import` is not wired yet")


def _html(rng: random.Random, site: int, n: int, day: str) -> bytes:
    title = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
    paras = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 70))) + ".</p>"
        for _ in range(rng.randint(4, 9))
    )
    nav = "".join(f'<li><a href="/section/{w}">{w}</a></li>' for w in WORDS[:12])
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        f'<meta property="article:published_time" content="{day}T08:00:00Z"></head><body>'
        f"<header><ul>{nav}</ul></header><article><h1>{title}</h1>{paras}</article>"
        "<aside>Related: more stories</aside><footer>Site {site} &copy; 2017</footer></body></html>"
    ).encode()


def generate(path: Path, n_records: int, seed: int = 11) -> dict[str, int]:
    """A CC-NEWS-like file: request, response and metadata records; most responses articles."""
    rng = random.Random(seed)
    kinds: dict[str, int] = {"request": 0, "response": 0, "metadata": 0, "warcinfo": 1}
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "bench"}))
        n = 1
        while n < n_records:
            site, day = rng.randrange(SITES), f"2017-03-{rng.randint(1, 31):02d}"
            url = f"https://news{site}.example/{day.replace('-', '/')}/story-{n}.html"
            body = _html(rng, site, n, day) if rng.random() < 0.85 else b"<html>index</html>"
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            for kind in ("request", "response", "metadata"):
                if n >= n_records:
                    break
                if kind == "request":
                    req = StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True)
                    rec = writer.create_warc_record(
                        url, kind, payload=io.BytesIO(b""), http_headers=req
                    )
                elif kind == "response":
                    rec = writer.create_warc_record(
                        url, kind, payload=io.BytesIO(body), http_headers=http
                    )
                else:
                    rec = writer.create_warc_record(
                        url,
                        kind,
                        payload=io.BytesIO(b"fetchTimeMs: 120\n"),
                        warc_content_type="application/warc-fields",
                    )
                writer.write_record(rec)
                kinds[kind] += 1
                n += 1
    return kinds


def measure(name: str, warc: Path) -> dict[str, float]:
    proc = subprocess.Popen(
        [sys.executable, "-c", RUNNERS[name], str(warc)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{name} failed (status {status})")
    result: dict[str, float] = eval(out.strip().splitlines()[-1])
    result["peak_rss_mib"] = usage.ru_maxrss / 1024
    result["records_per_s"] = result["records"] / result["seconds"]
    result["articles_per_s"] = result["articles"] / result["seconds"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, default=None, help="write the WARC here")
    parser.add_argument("--only", choices=sorted(RUNNERS), action="append", default=None)
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="newsarchive-import-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    warc = root / "bench.warc.gz"
    start = time.perf_counter()
    kinds = generate(warc, args.records)
    print(
        f"generated {warc} ({warc.stat().st_size / 2**20:.1f} MiB, {kinds}) "
        f"in {time.perf_counter() - start:.1f} s"
    )
    results = {name: measure(name, warc) for name in args.only or RUNNERS}
    for name, r in results.items():
        print(
            f"{name:20} {r['records_per_s']:8.0f} records/s {r['articles_per_s']:7.1f} "
            f"articles/s  peak RSS {r['peak_rss_mib']:.0f} MiB  ({r['seconds']:.1f} s)"
        )
    try:
        project_import(warc, root / "archive")
    except NotImplementedError as exc:
        print(
            f"newsarchive import: not measured ({exc}); the ratio against "
            "warcio+trafilatura is reported once it is"
        )
    print(json.dumps(results))


if __name__ == "__main__":
    main()
