"""HOLDOUT: do not read or tune against this module. PHP-Nuke-era portal (pt, ISO-8859-1): modules.php?sid=N, print, e-mail."""

from __future__ import annotations

from html import escape

from benchmarks.unseen.common import basic_site, make_posts

NAME = "phpnuke_pt"
CS = "iso-8859-1"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        1404, "pt", 28, "Europe/Lisbon", ["Regional"], ["admin"], ["x"], midnight=False
    )
    sid = {p.idx: 900 + p.idx for p in posts}
    u = {p.idx: f"/modules.php?name=News&file=article&sid={sid[p.idx]}" for p in posts}

    def shell(title, main):
        return (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Notícias do Alto Minho :: {escape(title)}</title></head><body>'
            f'<table width="100%" border="0"><tr><td><a href="/">Notícias do Alto Minho</a> - O seu portal regional</td></tr></table>'
            f'<table width="100%"><tr><td width="150" valign="top"><b>Menu</b><br>· <a href="/">Início</a><br>· <a href="/modules.php?name=Stories_Archive">Arquivo</a><br>· <a href="/modules.php?name=Submit_News">Enviar notícia</a></td>'
            f'<td valign="top">{main}</td></tr></table><center><font size="1">Todos os logótipos e marcas são propriedade dos respetivos donos. Os comentários são propriedade de quem os escreveu.</font></center></body></html>'
        )

    def article(p, printable=False):
        body = "".join(f"<p>{escape(x)}</p>" for x in p.paras)
        d = p.published.strftime("%d/%m/%Y")
        if printable:
            return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>{escape(p.title)}</title></head><body><b>{escape(p.title)}</b><br>Data: {d}<br>{body}<br>Este artigo veio de Notícias do Alto Minho</body></html>'
        others = "".join(
            f'<li><a href="{u[q.idx]}">{escape(q.title)}</a></li>' for q in posts[:5] if q is not p
        )
        return shell(
            p.title,
            f'<table class="story"><tr><td><font class="title"><b>{escape(p.title)}</b></font><br><font class="tiny">Enviado por admin em {d}</font></td></tr><tr><td>{body}</td></tr>'
            f'<tr><td><a href="/modules.php?name=News&file=print&sid={sid[p.idx]}">Versão para impressão</a> | <a href="/modules.php?name=News&file=friend&op=FriendSend&sid={sid[p.idx]}">Enviar esta notícia a um amigo</a></td></tr></table>'
            f'<table><tr><td><b>Outras notícias</b><ul>{others}</ul></td></tr></table><table class="comments"><tr><td><b>Comentários dos leitores</b></td></tr><tr><td>por <b>Zé Manel</b> em {d}: Já não era sem tempo, a estrada está uma vergonha.</td></tr><tr><td>por <b>Anónimo</b>: Quem paga somos nós, como sempre.</td></tr></table>',
        )

    def teaser(p):
        return f'<table><tr><td><b><a href="{u[p.idx]}">{escape(p.title)}</a></b> ({p.published.strftime("%d/%m/%Y")})<br>{escape(p.paras[0][:150])}... <a href="{u[p.idx]}">Leia mais...</a></td></tr></table>'

    return basic_site(
        NAME,
        base,
        posts,
        lambda p: u[p.idx],
        article,
        shell,
        teaser,
        {"/": (posts, 10), "/modules.php?name=Stories_Archive": (posts, 20)},
        CS,
        None,
        aliases=lambda p: {f"/modules.php?name=News&file=print&sid={sid[p.idx]}": article(p, True)},
    )
