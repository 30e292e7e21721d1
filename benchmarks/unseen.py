"""Crawl generated news sites of CMS styles the crawler has never seen and score the archive.

    python benchmarks/unseen.py --group dev|dev2|holdout|holdout2|holdout3|holdout4|holdout5|holdout7|holdout8|holdout9|holdout10|holdout11|holdout12|holdout13|holdout14|all [--json out.json] [--keep DIR]

Serves each site on 127.0.0.1, runs `python -m newsarchive crawl` once over all of them, reads
the archived JSON records directly and compares them with each site's ground truth.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.metric import score_corpus, score_page, tokenize  # noqa: E402
from benchmarks.unseen import load, styles  # noqa: E402
from benchmarks.unseen.server import SiteServer  # noqa: E402

SINCE, UNTIL = "2017-03-01", "2017-04-30"


def norm_url(url: str) -> str:
    """Path plus sorted query: how records and truth URLs are compared."""
    s = urlsplit(url)
    query = urlencode(sorted(parse_qsl(s.query, keep_blank_values=True)))
    return (s.path or "/") + ("?" + query if query else "")


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def is_body_line(line: str, paras: list[str]) -> bool:
    """A line is body if it is inside a true paragraph, holds one (>= 80% of it), or shares >= 80% tokens."""
    folded = _fold(line)
    toks = tokenize(folded)
    for para in paras:
        fp = _fold(para)
        if folded in fp:
            return True
        ptoks = tokenize(fp)
        if fp in folded and len(ptoks) >= 0.8 * len(toks):
            return True
        pool = {}
        for t in ptoks:
            pool[t] = pool.get(t, 0) + 1
        hit = 0
        for t in toks:
            if pool.get(t):
                pool[t] -= 1
                hit += 1
        if toks and hit >= 0.8 * len(toks):
            return True
    return False


def leaked_lines(text: str, paras: list[str]) -> list[str]:
    """Lines of >= 3 words (or >= 12 characters of unspaced script) that are not body."""
    out = []
    for line in (text or "").split("\n"):
        line = line.strip()
        if (len(line.split()) >= 3 or (len(line) >= 12 and " " not in line)) and not is_body_line(
            line, paras
        ):
            out.append(line)
    return out


def page_charset(resp) -> str:
    """The charset of a canned response: its header's, else the page's meta tag's, else UTF-8."""
    found = re.search(r"charset=([\w-]+)", resp.content_type) or re.search(
        rb"""<meta[^>]+charset=["']?([\w-]+)""", resp.body[:2048], re.I
    )
    if not found:
        return "utf-8"
    value = found.group(1)
    return value.decode("ascii") if isinstance(value, bytes) else value


def check_truth(site, pages) -> list[str]:
    """Problems in a site's ground truth: unserved URLs, paragraphs not on the page, repeats."""
    problems, seen = [], set()
    for t in site.truth:
        for u in [t.url, *t.aliases]:
            resp = pages.get(u)
            if resp is None or resp.status != 200:
                problems.append(f"{u}: not served")
                continue
            charset = page_charset(resp)
            page = html.unescape(resp.body.decode(charset)).replace('\\"', '"')
            page = " ".join(page.split())
            for para in t.paras:
                if " ".join(para.split()) not in page:
                    problems.append(f"{u}: paragraph missing: {para[:40]}")
        key = "\n".join(t.paras)
        if key in seen or not t.title or not t.paras:
            problems.append(f"{t.url}: repeated or empty article")
        seen.add(key)
    problems += check_links(site, pages)
    if not 25 <= len(site.truth) <= 40:
        problems.append(f"{len(site.truth)} articles (want 25-40)")
    return problems


_ASSET = re.compile(r"\.(css|js|gif|png|jpe?g|svg|ico|woff2?|pdf)$", re.I)


def linked_paths(site, kind: str) -> set[str]:
    """Same-site paths the site lists: kind "feeds" = <loc>/<link> of feeds and sitemaps, "html" = page hrefs."""
    found = set()
    for resp in site.pages.values():
        if resp.status != 200 or ("html" in resp.content_type) != (kind == "html"):
            continue
        text = resp.body.decode(page_charset(resp), "replace")
        if "html" in resp.content_type:
            urls = re.findall(r"""<(?:a|link)\b[^>]*?\shref=["']?([^"'\s>]+)""", text, re.I)
        else:
            urls = re.findall(r"<loc>([^<]+)</loc>", text)
            urls += re.findall(r"<link>([^<]+)</link>", text)
            urls += re.findall(r"""<link\b[^>]*?href=["']([^"']+)""", text)
        for u in urls:
            u = html.unescape(u)
            s = urlsplit(u)
            if s.scheme and not s.netloc.startswith("127.0.0.1"):
                continue
            if not u or u.startswith(("#", "javascript:", "mailto:")) or _ASSET.search(s.path):
                continue
            if not s.scheme and not u.startswith("/"):
                continue  # no relative links are generated
            found.add(s.path + ("?" + s.query if s.query else ""))
    return found


def unserved(site, pages, kind: str) -> list[str]:
    """Same-site URLs listed (kind "feeds") or linked (kind "html") that are not served 200."""
    served = {norm_url(p): r for p, r in pages.items()}
    return [
        u
        for u in sorted(linked_paths(site, kind))
        if (served.get(norm_url(u)) is None or served[norm_url(u)].status != 200)
    ]


def check_links(site, pages) -> list[str]:
    """Every URL a feed or sitemap lists (article or not) must be served 200."""
    return [
        f"{u}: listed in a feed or sitemap but not served 200"
        for u in unserved(site, pages, "feeds")
    ]


def evaluate(site, records: list[dict]) -> dict:
    """Scores of one site's archived records against its truth."""
    index = {}
    for i, t in enumerate(site.truth):
        for u in [t.url, *t.aliases]:
            index[norm_url(u)] = i
    matched: dict[int, list[dict]] = {}
    strays = []
    for r in records:
        cands = [r.get("canonical_url") or "", r.get("url") or "", *(r.get("aliases") or [])]
        hit = next((index[norm_url(c)] for c in cands if c and norm_url(c) in index), None)
        if hit is None:
            strays.append(r.get("url"))
        else:
            matched.setdefault(hit, []).append(r)
    n_true = sum(len(v) for v in matched.values())
    titles, dates, scores, leaky, leaks, wrong_titles, wrong_dates = 0, 0, [], 0, [], [], []
    for i, recs in matched.items():
        t = site.truth[i]
        canon = [r for r in recs if norm_url(r.get("canonical_url") or "") == norm_url(t.url)]
        best = (canon or recs)[0]
        if _fold(best.get("title") or "") == _fold(t.title):
            titles += 1
        else:
            wrong_titles.append(f"{best.get('title')!r} (true {t.title!r})")
        if best.get("date") == t.day:
            dates += 1
        else:
            wrong_dates.append(f"{t.url}: {best.get('date')} (true {t.day})")
        scores.append(score_page(best.get("text"), "\n".join(t.paras)))
        for r in recs:
            lines = leaked_lines(r.get("text") or "", t.paras)
            leaky += bool(lines)
            leaks.extend(x for x in lines if x not in leaks)
    n = len(site.truth)
    corpus = score_corpus(scores)
    return {
        "site": site.name,
        "expected": n,
        "found": len(matched),
        "records": len(records),
        "true_records": n_true,
        "duplicates": n_true - len(matched),
        "recall": len(matched) / n,
        "precision": n_true / len(records) if records else 0.0,
        "title_acc": titles / len(matched) if matched else 0.0,
        "date_acc": dates / len(matched) if matched else 0.0,
        "f1": corpus.f1,
        "leak_rate": leaky / n_true if n_true else 0.0,
        "leaky_records": leaky,
        "leaked_lines": leaks[:8],
        "wrong_titles": wrong_titles[:5],
        "wrong_dates": wrong_dates[:5],
        "missing": [t.url for i, t in enumerate(site.truth) if i not in matched][:8],
        "non_article_records": strays[:8],
    }


def read_records(archive: Path, name: str) -> list[dict]:
    """Every archived record of one site."""
    return [
        json.loads(p.read_text("utf-8"))
        for p in sorted((archive / "articles" / f"site={name}").rglob("*.json"))
    ]


COLS = (
    "expected",
    "found",
    "recall",
    "records",
    "precision",
    "duplicates",
    "title_acc",
    "date_acc",
    "f1",
    "leak_rate",
    "leaky_records",
)


def table(rows: list[dict]) -> str:
    """Plain-text table, one row per site plus a total."""
    head = f"{'site':<16}{'exp':>5}{'found':>6}{'recall':>7}{'recs':>6}{'prec':>6}{'dup':>5}{'title':>7}{'date':>6}{'F1':>6}{'leak':>6}{'leaky':>6}"
    out = [head, "-" * len(head)]
    for r in rows:
        out.append(
            f"{r['site']:<16}{r['expected']:>5}{r['found']:>6}{r['recall']:>7.2f}{r['records']:>6}{r['precision']:>6.2f}"
            f"{r['duplicates']:>5}{r['title_acc']:>7.2f}{r['date_acc']:>6.2f}{r['f1']:>6.2f}{r['leak_rate']:>6.2f}{r['leaky_records']:>6}"
        )
    return "\n".join(out)


def total(rows: list[dict]) -> dict:
    """Aggregate row: counts summed, rates recomputed, F1 and accuracies weighted by found articles."""
    s = {
        k: sum(r[k] for r in rows)
        for k in ("expected", "found", "records", "true_records", "duplicates", "leaky_records")
    }
    found = s["found"] or 1
    return {
        "site": "TOTAL",
        **s,
        "recall": s["found"] / s["expected"],
        "precision": s["true_records"] / s["records"] if s["records"] else 0.0,
        "title_acc": sum(r["title_acc"] * r["found"] for r in rows) / found,
        "date_acc": sum(r["date_acc"] * r["found"] for r in rows) / found,
        "f1": sum(r["f1"] * r["found"] for r in rows) / found,
        "leak_rate": s["leaky_records"] / s["true_records"] if s["true_records"] else 0.0,
    }


def main() -> int:
    """Serve, crawl, score, print."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--group",
        choices=[
            "dev",
            "dev2",
            "holdout",
            "holdout2",
            "holdout3",
            "holdout4",
            "holdout5",
            "holdout7",
            "holdout8",
            "holdout9",
            "holdout10",
            "holdout11",
            "holdout12",
            "holdout13",
            "holdout14",
            "all",
        ],
        default="dev",
    )
    ap.add_argument("--site", action="append", help="only this style of the group (repeatable)")
    ap.add_argument("--json", help="write the scores here")
    ap.add_argument("--keep", help="keep config and archive in this folder")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="unseen-"))
    work.mkdir(parents=True, exist_ok=True)
    servers, sites = [], []
    chosen = styles(args.group)
    if args.site:
        unknown = [s for s in args.site if s not in chosen]
        if unknown:
            ap.error(f"not a style of group {args.group}: {', '.join(unknown)}")
        chosen = args.site
    for style in chosen:
        srv = SiteServer()
        site = load(style).build(srv.base_url)
        srv.pages = site.pages
        srv.start()
        servers.append(srv)
        sites.append(site)
        for problem in check_truth(site, site.pages):
            print(f"TRUTH PROBLEM {site.name}: {problem}")
        dangling = unserved(site, site.pages, "html")
        if dangling:  # a real CMS answers these too; here they are 404s the crawler may meet
            print(
                f"note {site.name}: {len(dangling)} linked same-site URLs not served, e.g. {dangling[:2]}"
            )
    config = {
        "sites": [
            {"name": s.name, "url": v.base_url + "/", "allow_private_network": True}
            for s, v in zip(sites, servers, strict=True)
        ]
    }
    (work / "sites.yaml").write_text(json.dumps(config, indent=1))
    archive = work / "archive"
    if archive.exists():
        shutil.rmtree(archive)
    cmd = [
        sys.executable,
        "-m",
        "newsarchive",
        "crawl",
        "--config",
        str(work / "sites.yaml"),
        "--archive",
        str(archive),
        "--since",
        SINCE,
        "--until",
        UNTIL,
        "--report-json",
        str(work / "report.json"),
    ]
    start = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    seconds = time.monotonic() - start
    for srv, site in zip(servers, sites, strict=True):
        srv.stop()
        if args.keep:
            (work / f"requests-{site.name}.txt").write_text(
                "".join(f"{s} {u}\n" for u, s in srv.log)
            )
    crashed = proc.returncode not in (0, 1, 3)
    if proc.returncode:
        print(f"crawl exit {proc.returncode}\n{proc.stderr[-3000:]}")
    rows = [evaluate(s, read_records(archive, s.name)) for s in sites]
    print(
        f"group {args.group}: {len(sites)} sites, crawl {seconds:.0f} s, {sum(len(v.log) for v in servers)} requests\n"
    )
    print(table([*rows, total(rows)]))
    for r in rows:
        print(f"\n== {r['site']}")
        for key in (
            "missing",
            "wrong_titles",
            "wrong_dates",
            "leaked_lines",
            "non_article_records",
        ):
            for item in r[key][:5]:
                print(f"  {key}: {item[:150]}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"group": args.group, "seconds": seconds, "sites": rows, "total": total(rows)},
                indent=1,
                ensure_ascii=False,
            )
        )
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
