"""Kirby 2 starterkit blog (id): date only as text, slash and ?ref= twins without canonical, page:N/tag:x, feed only."""
# ruff: noqa: RUF001  (non-Latin scripts and typographic marks are the point here)

from __future__ import annotations

from html import escape

from benchmarks.unseen.common import by_key, html, make_posts, paged, rss, site_from
from benchmarks.unseen.holdout4 import slugify
from benchmarks.unseen.server import Resp

NAME = "kirby_id"
SITE = "Kabar Kota Madiun"
BULAN = ["Januari", "Februari", "Maret", "April", "Mei"]
TAGS = {
    "pemkot": "Pemkot",
    "infrastruktur": "Infrastruktur",
    "pendidikan": "Pendidikan",
    "banjir": "Banjir",
    "transportasi": "Transportasi",
}
AUTHORS = ["Rina Kusumawati", "Agus Setiawan", "Dewi Lestari"]


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        4606, "id", 30, "Asia/Jakarta", ["kota"], AUTHORS, list(TAGS), midnight=False
    )
    url = {p.idx: f"/blog/{slugify(p.title)}" for p in posts}
    popular = posts[3:8]
    pages: dict = {}

    def tanggal(p):
        return f"{p.published.day} {BULAN[p.published.month - 1]} {p.published.year}"

    def header_footer(title, main):
        return f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width,initial-scale=1.0">
  <title>{SITE} | {escape(title)}</title>
  <meta name="description" content="Berita dan cerita warga Kota Madiun">
  <link rel="alternate" type="application/rss+xml" href="{base}/blog/feed" title="Kabar Kota Madiun – Artikel terbaru" />
  <link rel="stylesheet" href="/assets/css/index.css">
</head>
<body>
  <header class="header wrap wide" role="banner">
    <div class="grid">
      <div class="branding column"><a href="/" rel="home">{SITE}</a></div>
      <nav class="navigation column" role="navigation"><ul class="menu"><li><a href="/blog">Berita</a></li><li><a href="/tentang">Tentang kami</a></li><li><a href="/kontak">Kontak</a></li></ul></nav>
    </div>
  </header>
  {main}
  <aside class="sidebar wrap">
    <h3>Terpopuler</h3><ol class="popular">{"".join(f'<li><a href="{url[q.idx]}?ref=terpopuler">{escape(q.title)}</a></li>' for q in popular)}</ol>
    <div id="mc_embed_signup"><form action="https://kabarkota.us15.list-manage.com/subscribe/post" method="post" name="mc-embedded-subscribe-form"><h3>Langganan kabar pekanan</h3><label for="mce-EMAIL">Alamat email</label><input type="email" name="EMAIL" id="mce-EMAIL"><input type="submit" value="Berlangganan" name="subscribe" class="button"></form></div>
  </aside>
  <footer class="footer cf" role="contentinfo">
    <div class="wrap wide">
      <p class="footer-copyright">© 2017 {SITE} · Jl. Pahlawan 17, Madiun · Redaksi: redaksi@kabarkota.example</p>
      <p class="footer-madewithkirby"><a href="http://getkirby.com/made-with-kirby-and-love">Made with Kirby and <b class="heart">♥</b></a></p>
    </div>
  </footer>
  <div class="cookie-notice" id="cookie-notice">Situs ini menggunakan cookie untuk statistik pengunjung. <a href="/tentang">Selengkapnya</a> <button>Setuju</button></div>
</body>
</html>"""

    def article(p):
        i = posts.index(p)
        nav = '<nav class="nextprev cf" role="navigation">'
        if i + 1 < len(posts):
            nav += f'<a class="prev" href="{url[posts[i + 1].idx]}">&larr; sebelumnya</a>'
        if i:
            nav += f'<a class="next" href="{url[posts[i - 1].idx]}">berikutnya &rarr;</a>'
        nav += "</nav>"
        same = [q for q in posts if q is not p and set(q.tags) & set(p.tags)][:3]
        main = f"""<main class="main" role="main">
    <article class="article single wrap">
      <header class="article-header">
        <h1>{escape(p.title)}</h1>
        <div class="intro text">{tanggal(p)} · oleh {escape(p.author)}</div>
        <hr />
      </header>
      <figure><img src="/content/2-blog/{p.idx}/sampul.jpg" alt=""><figcaption>Foto: dokumentasi redaksi</figcaption></figure>
      <div class="text">
{"".join(f"        <p>{escape(x)}</p>" + chr(10) for x in p.paras)}      </div>
      <p class="tags">Tag: {" ".join(f'<a href="/blog/tag:{t}">#{TAGS[t]}</a>' for t in p.tags)}</p>
      <div class="share">Bagikan: <a href="https://www.facebook.com/sharer.php?u={base}{url[p.idx]}">Facebook</a> · <a href="https://twitter.com/share?url={base}{url[p.idx]}">Twitter</a> · <a href="https://wa.me/?text={base}{url[p.idx]}">WhatsApp</a></div>
      <div class="related"><h3>Baca juga</h3><ul>{"".join(f'<li><a href="{url[q.idx]}/">{escape(q.title)}</a> <span class="date">{tanggal(q)}</span></li>' for q in same)}</ul></div>
      <div id="disqus_thread"></div><noscript>Aktifkan JavaScript untuk melihat komentar.</noscript>
    </article>
    {nav}
  </main>"""
        return header_footer(p.title, main)

    aliases = {}
    for p in posts:
        body = article(p)
        pages[url[p.idx]] = html(body)
        twins = [url[p.idx] + "/", url[p.idx] + "?ref=terpopuler"]
        for a in twins:
            pages[a] = html(body)
        aliases[p.idx] = twins if p in popular else twins[:1]
        if p not in popular:
            del pages[twins[1]]

    def teaser(p):
        return f"""<article>
      <header class="article-header"><h2 class="article-title"><a href="{url[p.idx]}">{escape(p.title)}</a></h2><p class="article-date">{tanggal(p)}</p></header>
      <p>{escape(p.paras[0][:220])}…</p>
      <a href="{url[p.idx]}" class="article-more">baca selengkapnya</a>
    </article>
    <hr />"""

    def lister(path, title, items, per=6):
        def nth(k):
            return path if not k else f"{path}/page:{k + 1}"

        def render(chunk, k, n):
            pg = '<nav class="pagination wrap cf">'
            if k + 1 < n:
                pg += f'<a class="pagination-item left" href="{nth(k + 1)}">&larr; lebih lama</a>'
            if k:
                pg += f'<a class="pagination-item right" href="{nth(k - 1)}">lebih baru &rarr;</a>'
            pg += "</nav>"
            return header_footer(
                title,
                f'<main class="main" role="main"><header class="wrap"><h1>{escape(title)}</h1></header><section class="wrap">{"".join(teaser(p) for p in chunk)}</section>{pg}</main>',
            )

        paged(pages, nth, items, per, render)

    lister("/blog", "Berita", posts)
    for t, items in by_key(posts, lambda p: p.tags).items():
        lister(f"/blog/tag:{t}", f"Tag: {TAGS[t]}", items)
    pages["/"] = html(
        header_footer(
            "Beranda",
            f'<main class="main" role="main"><header class="wrap"><h1>Selamat datang</h1><div class="intro text">Berita warga untuk warga Kota Madiun.</div></header><section class="wrap">{"".join(teaser(p) for p in posts[:4])}<p><a href="/blog">Semua berita</a></p></section></main>',
        )
    )
    for path, t, text in [
        (
            "/tentang",
            "Tentang kami",
            "Kabar Kota Madiun adalah media warga yang dikelola relawan sejak 2015.",
        ),
        ("/kontak", "Kontak", "Kirim kabar dan foto ke alamat email redaksi."),
    ]:
        pages[path] = html(
            header_footer(
                t,
                f'<main class="main" role="main"><article class="wrap"><h1>{t}</h1><div class="text"><p>{text}</p></div></article></main>',
            )
        )
    pages["/blog/feed"] = rss(base, SITE, [(url[p.idx], p) for p in posts[:10]], "id")
    pages["/robots.txt"] = Resp(b"User-agent: *\nDisallow: /panel/\n", "text/plain")
    return site_from(NAME, posts, lambda p: url[p.idx], pages, lambda p: aliases[p.idx])
