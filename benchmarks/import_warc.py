"""Import benchmark: a generated 10,000-record WARC read by bare warcio (+ trafilatura) and by us.

    uv run python benchmarks/import_warc.py [--records 10000] [--keep DIR] [--only NAME]

Each measurement runs in its own subprocess; its peak RSS and CPU time come from os.wait4.
"per core" is articles per CPU-second (user + system) of that process.
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
    """The command line of `newsarchive import` over `warc` into a fresh `archive`, with a
    config of the generated sites (WarcReader -> decide() -> ArchiveWriter)."""
    config = archive.parent / "bench-sites.yaml"
    config.write_text(
        "sites:\n"
        + "".join(f"  - name: news{i}\n    url: https://news{i}.example/\n" for i in range(SITES))
    )
    return [
        sys.executable,
        "-m",
        "newsarchive",
        "import",
        str(warc),
        "--config",
        str(config),
        "--archive",
        str(archive),
    ]


def _imported(archive: Path) -> dict[str, float]:
    """records/pages/articles of an import, from the reports it stored."""
    reports = [json.loads(p.read_text()) for p in archive.glob("runs/site=*/**/*.json")]
    tally = reports[0]["stats"]["import"] if reports else {"records": 0, "pages": 0}
    articles = sum(r["articles_archived"] for r in reports)
    return {"records": tally["records"], "pages": tally["pages"], "articles": articles}


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


def _usage(cmd: list[str], env: dict[str, str] | None = None) -> tuple[str, float, float, float]:
    """Run `cmd`; its stdout, wall seconds, CPU seconds and peak RSS (MiB, from os.wait4)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{cmd[:4]} failed (status {status})")
    cpu = usage.ru_utime + usage.ru_stime
    return out, time.perf_counter() - start, cpu, usage.ru_maxrss / 1024


def _rates(result: dict[str, float]) -> dict[str, float]:
    result["records_per_s"] = result["records"] / result["seconds"]
    result["articles_per_s"] = result["articles"] / result["seconds"]
    result["articles_per_cpu_s"] = result["articles"] / result["cpu_seconds"]  # per core
    return result


def measure(name: str, warc: Path) -> dict[str, float]:
    out, _, cpu, rss = _usage([sys.executable, "-c", RUNNERS[name], str(warc)])
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    result.update(peak_rss_mib=rss, cpu_seconds=cpu)
    return _rates(result)


def measure_import(warc: Path, archive: Path) -> dict[str, float]:
    """`newsarchive import` end to end (process start, extraction, archive writes) into a
    local archive; its figures come from the reports it stored."""
    env = {**os.environ, "NEWSARCHIVE_SPOOL": str(archive.parent / "spool")}
    _, seconds, cpu, rss = _usage(project_import(warc, archive), env)
    result = _imported(archive)
    result.update(seconds=seconds, cpu_seconds=cpu, peak_rss_mib=rss)
    return _rates(result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, default=None, help="write the WARC here")
    parser.add_argument(
        "--only", choices=[*sorted(RUNNERS), "newsarchive-import"], action="append", default=None
    )
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
    results = {name: measure(name, warc) for name in args.only or RUNNERS if name in RUNNERS}
    if not args.only or "newsarchive-import" in args.only:
        results["newsarchive-import"] = measure_import(warc, root / "archive")
    for name, r in results.items():
        print(
            f"{name:20} {r['records_per_s']:8.0f} records/s {r['articles_per_s']:7.1f} "
            f"articles/s {r['articles_per_cpu_s']:7.1f} articles/cpu-s  "
            f"peak RSS {r['peak_rss_mib']:.0f} MiB  ({r['seconds']:.1f} s, {r['articles']:.0f} "
            "articles)"
        )
    base, ours = results.get("warcio+trafilatura"), results.get("newsarchive-import")
    if base and ours:
        print(
            "newsarchive import / warcio+trafilatura: "
            f"records/s x{ours['records_per_s'] / base['records_per_s']:.2f}, "
            f"articles per CPU-second x{ours['articles_per_cpu_s'] / base['articles_per_cpu_s']:.2f}, "
            f"peak RSS x{ours['peak_rss_mib'] / base['peak_rss_mib']:.2f}"
        )
    print(json.dumps(results))


if __name__ == "__main__":
    main()
