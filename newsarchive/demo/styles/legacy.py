"""A legacy table-layout site in ISO-8859-1: article.php?id=N, dates only in the text, no feed."""

from __future__ import annotations

from newsarchive.demo.corpus import Article
from newsarchive.demo.response import Response, esc
from newsarchive.demo.styles.base import Site

PER_PAGE = 5
LATIN1 = "iso-8859-1"
FOOTER = "Tous droits réservés"


class LegacySite(Site):
    """A PHP site from 2003: tables, a nav column, <font> tags, Latin-1, no feed, no sitemap."""

    style = "legacy"
    site_title = "Le Courrier du Val"
    boilerplate = (
        "Petites annonces",
        "Imprimer cet article",
        "Envoyer à un ami",
        FOOTER,
        "Météo du jour",
    )
    charset = LATIN1

    def article_id(self, article: Article) -> int:
        return 100 + article.index * 3 + 1

    def article_path(self, article: Article) -> str:
        return f"/article.php?id={self.article_id(article)}"

    def charset_in_header(self, article: Article) -> bool:
        """Odd ids declare the charset only in the HTTP header, even ids only in a meta tag."""
        return self.article_id(article) % 2 == 1

    def flat_boilerplate(self, article: Article) -> bool:
        return True  # nav column, print links and footer share the article's layout table

    def non_article_paths(self) -> list[str]:
        pages = (len(self.articles) - 1) // PER_PAGE + 1
        return [
            "/",
            *(f"/index.php?page={p}" for p in range(2, pages + 1)),
            "/contact.php",
            "/annonces.php",
        ]

    def robots_lines(self) -> list[str]:
        return ["Disallow: /admin/"]

    def respond(self, html: str, in_header: bool, **kw: object) -> Response:
        if in_header:
            ctype = "text/html; charset=ISO-8859-1"
        else:
            ctype = "text/html"
            html = html.replace(
                "<head>",
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
                1,
            )
        return Response(body=html.encode(LATIN1, "xmlcharrefreplace"), content_type=ctype, **kw)  # type: ignore[arg-type]

    def shell(self, title: str, content: str) -> str:
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{esc(title)}</title>
<link rel="stylesheet" href="/style.css" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#003366"><font face="Verdana" color="#FFFFFF" size="5"><b>{self.site_title}</b></font><br>
<font face="Verdana" color="#CCCCCC" size="1">Le quotidien de la vallée depuis 1987</font></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#EEEEEE" class="nav">
<table width="100%" cellpadding="4">
<tr><td><a href="/">Accueil</a></td></tr>
<tr><td><a href="/index.php?page=1">Actualités</a></td></tr>
<tr><td><a href="/annonces.php">Petites annonces</a></td></tr>
<tr><td>Météo du jour : 12°C</td></tr>
<tr><td><a href="/contact.php">Contact</a></td></tr>
<tr><td><a href="/private/redaction.php">Rédaction</a></td></tr>
</table>
</td>
<td valign="top" class="contenu">
{content}
</td>
</tr>
<tr><td colspan="2" align="center"><font size="1">© 2003-{self.latest[0].published:%Y} {self.site_title} - {FOOTER}. Webmaster : <a href="mailto:webmaster@courrier-du-val.example">webmaster</a></font></td></tr>
</table>
</body>
</html>
"""

    def route(self, path: str, query: dict[str, str]) -> Response | None:
        if path in ("/", "/index.php"):
            return self.index(query.get("page", "1"))
        if path == "/article.php":
            hit = self.find(lambda a: str(self.article_id(a)) == query.get("id"))
            return self.article(hit) if hit else None
        if path in ("/contact.php", "/annonces.php"):
            return self.static(path)
        return None

    def index(self, page_raw: str) -> Response | None:
        if not page_raw.isdigit():
            return None
        page_no = int(page_raw)
        pages = (len(self.articles) - 1) // PER_PAGE + 1
        if not 1 <= page_no <= pages:
            return None
        rows = "".join(
            f'<tr><td valign="top"><font size="1">{a.published:%d/%m/%Y}</font></td>'
            f'<td><a href="{self.article_path(a)}"><b>{esc(a.title)}</b></a><br>'
            f'<font size="2">{esc(" ".join(a.paragraphs[0].split()[:20]))}...</font></td></tr>\n'
            for a in self.latest[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
        )
        links = " ".join(
            f"<b>[{p}]</b>" if p == page_no else f'<a href="/index.php?page={p}">[{p}]</a>'
            for p in range(1, pages + 1)
        )
        extra = self.faults.homepage_links() if self.faults is not None and page_no == 1 else ""
        content = f"""<font face="Verdana" size="3"><b>Dernières nouvelles</b></font>
<table width="100%" cellpadding="3">
{rows}</table>
<p align="center">Pages : {links}</p>
{extra}"""
        return self.respond(
            self.shell(f"{self.site_title} - Accueil", content), True, last_modified=self.updated
        )

    def static(self, path: str) -> Response:
        if path == "/contact.php":
            text = "Pour joindre la rédaction : 12, rue des Tanneurs, Saint-Aubin. Tél. 03 84 00 00 00."
        else:
            text = "Petites annonces : vends vélo d'enfant, très bon état, 40 francs suisses. Écrire au journal."
        return self.respond(self.shell(self.site_title, f"<p>{esc(text)}</p>"), False)

    def article(self, a: Article) -> Response:
        pub = a.published
        if a.index % 2:
            dateline = f"Publié le {pub:%d/%m/%Y} à {pub:%H}h{pub:%M}"
        else:
            dateline = f"{pub:%d.%m.%Y} - {pub:%H:%M}"
        if self.layout == "broken":
            shell = self.broken_page(a).replace(
                "<header", f'<p class="dateline">{dateline}</p>\n<header', 1
            )
            return self.respond(
                shell, self.charset_in_header(a), last_modified=self.article_modified(a)
            )
        if a.index % 2:
            body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paragraphs)
        else:
            body = "<br><br>\n".join(esc(p) for p in a.paragraphs)
        content = f"""<table width="100%" cellpadding="8"><tr><td>
<font face="Georgia" size="5"><b>{esc(a.title)}</b></font><br>
<font size="1" color="#666666">{dateline} | Par {esc(a.author)}</font>
<hr size="1">
<font face="Georgia" size="3">
{body}
</font>
<hr size="1">
<font size="1"><a href="javascript:window.print()">Imprimer cet article</a> | <a href="/ami.php?id={self.article_id(a)}">Envoyer à un ami</a></font>
</td></tr></table>"""
        html = self.shell(f"{a.title} - {self.site_title}", content)
        return self.respond(html, self.charset_in_header(a), last_modified=self.article_modified(a))
