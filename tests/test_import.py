"""`newsarchive import`: WARCs other crawlers wrote, archived through decide + the writer."""

from __future__ import annotations

import json
import random
from pathlib import Path

import yaml

from newsarchive.archive.storage import open_storage
from newsarchive.schema import ArticleRecord
from tests.conftest import S3Server
from tests.crawl_helpers import CliResult, archived, run_cli
from tests.test_warc_import import Warc

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
]
ALPHA = "https://alpha-news.example"
BETA = "http://beta.example:8080"


def article(title: str, day: str, seed: int) -> bytes:
    """A news article page as a CMS serves it: navigation, the story with its date, a footer."""
    rng = random.Random(seed)
    paras = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(45)) + ".</p>" for _ in range(5)
    )
    nav = "".join(f'<li><a href="/section/{w}">{w}</a></li>' for w in WORDS)
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        f'<meta property="article:published_time" content="{day}T08:00:00Z"></head><body>'
        f"<header><ul>{nav}</ul></header><article><h1>{title}</h1>{paras}</article>"
        "<footer>&copy; 2017</footer></body></html>"
    ).encode()


def index_page() -> bytes:
    links = "".join(f'<li><a href="/2017/03/30/{w}.html">{w} story</a></li>' for w in WORDS)
    return f"<html><head><title>Home</title></head><body><ul>{links}</ul></body></html>".encode()


def write_config(tmp: Path) -> Path:
    path = tmp / "sites.yaml"
    sites = [{"name": "alpha", "url": f"{ALPHA}/"}, {"name": "beta", "url": f"{BETA}/"}]
    path.write_text(yaml.safe_dump({"sites": sites}))
    return path


def cc_news(path: Path) -> dict[str, str]:
    """A CC-NEWS-like file: two configured sites, another site, index pages, request and
    metadata records. Returns the URLs that are articles of the window 2017-03-30..31, by title."""
    warc = Warc(path)
    expected = {}
    stories = [
        (ALPHA, "2017/03/30/harbour-plan", "2017-03-30"),
        (ALPHA, "2017/03/31/bridge-vote", "2017-03-31"),
        (BETA, "news/storm-warning", "2017-03-31"),
        (ALPHA, "2017/02/01/old-story", "2017-02-01"),  # out of the window
        ("https://other.example", "2017/03/30/elsewhere", "2017-03-30"),  # not configured
    ]
    for n, (host, path_, day) in enumerate(stories):
        url = f"{host}/{path_}.html"
        title = f"Story {n} {path_.rsplit('/', 1)[-1]}"
        warc.request(url)
        warc.response(url, article(title, day, n), date=f"{day}T12:00:00Z")
        warc.other(url, "metadata")
        if host != "https://other.example" and day != "2017-02-01":
            expected[title] = url
    warc.response(f"{ALPHA}/", index_page())
    warc.response(f"{BETA}/tag/storm", index_page())
    warc.close()
    return expected


def cli(tmp: Path, *args: str, env: dict[str, str] | None = None) -> CliResult:
    return run_cli(["import", "--config", str(write_config(tmp)), *args], tmp, env=env)


def reports(root: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(root.glob("runs/site=*/**/*.json"))]


def test_cc_news_like_file_archives_the_window_articles_of_configured_sites(
    tmp_path: Path,
) -> None:
    expected = cc_news(tmp_path / "CC-NEWS-20170331.warc.gz")
    root = tmp_path / "archive"
    window = ["--since", "2017-03-30", "--until", "2017-03-31"]
    warc = str(tmp_path / "CC-NEWS-20170331.warc.gz")
    result = cli(tmp_path, warc, "--archive", str(root), *window)
    assert result.code == 0, result.stderr[-3000:]
    records = archived(str(root))
    assert {r.title: r.url for r in records.values()} == expected
    assert {r.site for r in records.values()} == {"alpha", "beta"}
    assert all(r.raw is not None and r.raw.warc_key.startswith("raw/") for r in records.values())
    stored = reports(root)
    assert {(r["site"], r["kind"]) for r in stored} == {("alpha", "import"), ("beta", "import")}
    assert all(p.parent.name == "import" for p in root.glob("runs/site=*/**/*.json"))
    alpha = next(r for r in stored if r["site"] == "alpha")
    assert alpha["skipped"]["out_of_window"] == 1 and alpha["skipped"]["not_article"] == 1
    days = {row["day"]: row for row in alpha["coverage"]}
    assert days["2017-03-30"]["expected"] == 1 and days["2017-03-30"]["archived"] == 1
    assert days["2017-03-31"]["archived"] == 1 and days["2017-03-31"]["missing"] == []
    assert "per-day account" in result.stdout + result.stderr
    verify = run_cli(["verify", "--archive", str(root)], tmp_path)
    assert verify.code == 0, verify.stdout + verify.stderr

    # the same file again adds nothing: same records, no new raw part
    files = {p: p.read_bytes() for p in root.glob("articles/**/*.json")}
    parts = sorted(root.glob("raw/**/*.warc.gz"))
    again = cli(tmp_path, warc, "--archive", str(root), *window)
    assert again.code == 0, again.stderr[-3000:]
    assert {p: p.read_bytes() for p in root.glob("articles/**/*.json")} == files
    assert sorted(root.glob("raw/**/*.warc.gz")) == parts
    alpha = next(
        r for r in reports(root) if r["site"] == "alpha" and r["run_id"] != alpha["run_id"]
    )
    assert alpha["articles_archived"] == 0 and alpha["skipped"]["unchanged"] == 2


def test_browsertrix_like_revisits_resolve_to_their_original(tmp_path: Path) -> None:
    first, second = Warc(tmp_path / "crawl-1.warc.gz"), Warc(tmp_path / "crawl-2.warc")
    one = f"{ALPHA}/2017/03/30/harbour-plan.html"
    original = first.response(one, article("Harbour plan", "2017-03-30", 1))
    first.request(one)
    first.revisit(one, original, date="2017-03-31T08:00:00Z")  # 304: the same story again
    first.close()
    two = f"{ALPHA}/2017/03/30/harbour-plan-amp.html"  # its own URL, the original's payload
    second.request(two)
    second.revisit(two, original, date="2017-04-01T08:00:00Z", status="200 OK")
    second.other(two, "metadata")
    second.close()
    root = tmp_path / "archive"
    result = cli(tmp_path, str(second.path), str(first.path), "--archive", str(root))
    assert result.code == 0, result.stderr[-3000:]
    records = list(archived(str(root)).values())
    # the AMP URL serves the original's very text and claims no canonical: one article, an alias
    assert [r.url for r in records] == [one]
    assert two in records[0].aliases
    assert all(r.title == "Harbour plan" and r.date == "2017-03-30" for r in records)
    assert "revisit_unresolved" not in result.stderr
    verify = run_cli(["verify", "--archive", str(root)], tmp_path)
    assert verify.code == 0, verify.stdout + verify.stderr


def test_bad_input_is_named_with_file_and_offset_and_good_records_are_kept(
    tmp_path: Path,
) -> None:
    good = Warc(tmp_path / "broken-http.warc.gz")
    ok_url = f"{ALPHA}/2017/03/30/kept.html"
    good.raw(f"{ALPHA}/2017/03/30/garbled.html", b"NOT HTTP AT ALL\r\n\r\nbody")
    good.response(ok_url, article("Kept story", "2017-03-30", 3))
    good.close()
    cut = Warc(tmp_path / "cut.warc.gz")
    cut.response(f"{ALPHA}/2017/03/31/before-cut.html", article("Before cut", "2017-03-31", 4))
    cut.response(f"{ALPHA}/2017/03/31/cut.html", article("Cut story", "2017-03-31", 5))
    cut.close()
    data = cut.path.read_bytes()
    cut.path.write_bytes(data[: len(data) - 400])
    not_warc = tmp_path / "notes.txt"
    not_warc.write_text("these are not the records you are looking for\n" * 20)
    root = tmp_path / "archive"
    result = cli(tmp_path, str(good.path), str(cut.path), str(not_warc), "--archive", str(root))
    assert result.code == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    titles = sorted(r.title or "" for r in archived(str(root)).values())
    assert titles == ["Before cut", "Kept story"]
    problems = [line for line in result.stderr.splitlines() if line.startswith("problem:")]
    assert len(problems) == 3, result.stderr
    for name, kind in (("broken-http", "broken_http"), ("cut", "corrupt"), ("notes", "")):
        line = next(p for p in problems if f"/{name}." in p)
        assert " at byte " in line and kind in line


def test_reference_points_into_the_source_warc_and_show_raw_reads_it(tmp_path: Path) -> None:
    warc = Warc(tmp_path / "permanent.warc.gz")
    url = f"{ALPHA}/2017/03/30/referenced.html"
    body = article("Referenced story", "2017-03-30", 7)
    warc.response(url, body)
    warc.close()
    root = tmp_path / "archive"
    result = cli(tmp_path, str(warc.path), "--reference", "--archive", str(root))
    assert result.code == 0, result.stderr[-3000:]
    (record,) = archived(str(root)).values()
    assert record.raw is not None and record.raw.warc_key == warc.path.resolve().as_uri()
    assert not list(root.glob("raw/**/*.warc.gz"))  # nothing copied
    show = run_cli(["show", record.article_id, "--raw", "--archive", str(root)], tmp_path)
    assert show.code == 0 and show.stdout.encode() == body, show.stderr
    assert run_cli(["verify", "--archive", str(root)], tmp_path).code == 0
    warc.path.unlink()  # the "permanent" source went away: verify says so, by name
    gone = run_cli(["verify", "--archive", str(root)], tmp_path)
    assert gone.code != 0 and "missing_warc" in gone.stdout + gone.stderr


def test_import_from_s3_into_s3(tmp_path: Path, s3_uri: str, s3_env: S3Server) -> None:
    expected = cc_news(tmp_path / "cc.warc.gz")
    bucket = s3_uri.split("/")[2]
    s3_env.client().upload_file(str(tmp_path / "cc.warc.gz"), bucket, "sources/cc.warc.gz")
    source = f"s3://{bucket}/sources/cc.warc.gz"
    window = ["--since", "2017-03-30", "--until", "2017-03-31"]
    result = cli(tmp_path, source, "--archive", s3_uri, *window, env=s3_env.env())
    assert result.code == 0, result.stderr[-3000:]
    store = open_storage(s3_uri)
    records = [
        ArticleRecord.from_json(store.get_bytes(k))
        for k in store.list("articles/")
        if k.endswith(".json")
    ]
    assert {r.title: r.url for r in records} == expected
    keys = store.list("runs/")
    assert keys and all(k.split("/")[-2] == "import" for k in keys)


def test_sigterm_ends_an_import_interrupted_and_importing_again_completes_it(
    tmp_path: Path,
) -> None:
    import os
    import signal
    import subprocess
    import sys

    warc = Warc(tmp_path / "many.warc.gz")
    urls = [f"{ALPHA}/2017/03/30/story-{n}.html" for n in range(40)]
    for n, url in enumerate(urls):
        warc.response(url, article(f"Story number {n}", "2017-03-30", n))
    warc.close()
    root = tmp_path / "archive"
    config = write_config(tmp_path)
    cmd = [sys.executable, "-m", "newsarchive", "import", str(warc.path), "--config", str(config)]
    cmd += ["--archive", str(root)]
    env = {**os.environ, "NEWSARCHIVE_SPOOL": str(tmp_path / "spool")}
    env["NEWSARCHIVE_PROGRESS_EVERY"] = "0"  # a progress line after every page
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    first = proc.stderr.readline()
    while " 0 pages" in first:  # progress lines come after every record: wait for a page
        first = proc.stderr.readline()
    os.kill(proc.pid, signal.SIGTERM)
    rest = proc.stderr.read()
    assert proc.wait(120) == 4, first + rest
    assert first.startswith("import: ") and "Traceback" not in rest
    (report,) = reports(root)
    assert report["status"] == "interrupted"
    done = archived(str(root))
    assert len(done) < len(urls)
    again = cli(tmp_path, str(warc.path), "--archive", str(root))
    assert again.code == 0, again.stderr[-3000:]
    assert sorted(r.url for r in archived(str(root)).values()) == sorted(urls)


def test_site_option_imports_only_that_site_through_the_library(tmp_path: Path) -> None:
    from newsarchive.config import load_config
    from newsarchive.importer import import_warcs
    from newsarchive.settings import Settings

    cc_news(tmp_path / "cc.warc.gz")
    cfg = load_config(write_config(tmp_path))
    settings = Settings.from_env(archive_uri=str(tmp_path / "a"), spool_dir=str(tmp_path / "sp"))
    result = import_warcs([str(tmp_path / "cc.warc.gz")], cfg.select(["beta"]), settings)
    assert [r.site for r in result.reports] == ["beta"] and not result.interrupted
    assert [r.url for r in archived(str(tmp_path / "a")).values()] == [
        f"{BETA}/news/storm-warning.html"
    ]
    assert result.tally.skipped["other_site"] > 0
    (report,) = result.reports
    assert [row["day"] for row in report.coverage] == ["2017-03-31"]  # no window: days met
