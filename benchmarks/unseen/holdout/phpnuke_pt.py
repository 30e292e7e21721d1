"""HOLDOUT: do not read or tune against this module. PHP-Nuke 7 portal (pt, ISO-8859-1): modules.php News/article, print, comment modes."""

from __future__ import annotations

import random
from html import escape

from benchmarks.unseen.common import (
    Resp,
    by_key,
    by_month,
    html,
    make_posts,
    paged,
    site_from,
    thread,
)

NAME = "phpnuke_pt"
CS = "iso-8859-1"
SITE = "Notícias do Alto Minho"
TOPICS = {1: "Regional", 2: "Desporto", 3: "Cultura", 4: "Economia"}
DIAS = [
    "Segunda-feira",
    "Terça-feira",
    "Quarta-feira",
    "Quinta-feira",
    "Sexta-feira",
    "Sábado",
    "Domingo",
]
MESES = [
    "Janeiro",
    "Fevereiro",
    "Março",
    "Abril",
    "Maio",
    "Junho",
    "Julho",
    "Agosto",
    "Setembro",
    "Outubro",
    "Novembro",
    "Dezembro",
]
USERS = ["zemanel", "Anónimo", "ritinha_vc", "Carlos Pimenta", "minhoto77", "joaquim.s"]
REMARKS = [
    "Já não era sem tempo, a estrada está uma vergonha há anos.",
    "Quem paga somos nós, como sempre.",
    "Parabéns à junta pela iniciativa, assim é que se faz.",
    "Gostava de saber quanto custou tudo isto ao certo.",
    "Na minha freguesia ainda estamos à espera do mesmo.",
]
SUBMITTERS = ["Leitor atento", "Correspondente de Ponte", "A. Barbosa"]


def _ts(d) -> str:
    zone = d.tzname()
    return f"{DIAS[d.weekday()]}, {d.day:02d} {MESES[d.month - 1]} {d.year} @ {d.strftime('%H:%M:%S')} {zone}"


def build(base: str):
    """All pages and the ground truth."""
    posts = make_posts(
        1404,
        "pt",
        28,
        "Europe/Lisbon",
        list(TOPICS.values()),
        ["admin", "redaccao"],
        ["x"],
        midnight=False,
    )
    rng = random.Random(1404)
    sid = {p.idx: 900 + p.idx for p in posts}
    topic = {p.idx: next(k for k, v in TOPICS.items() if v == p.section) for p in posts}
    u = {p.idx: f"/modules.php?name=News&file=article&sid={sid[p.idx]}" for p in posts}
    prn = {p.idx: f"/modules.php?name=News&file=print&sid={sid[p.idx]}" for p in posts}
    modes = {
        p.idx: [f"{u[p.idx]}&mode={m}&order=0&thold=0" for m in ("flat", "nested", "thread")]
        for p in posts
    }
    reads = {p.idx: rng.randint(80, 2400) for p in posts}
    threads = {p.idx: thread(rng, USERS, REMARKS, p.published, 0, 5) for p in posts}
    pages: dict = {}

    def block(title, content):
        return f'<table width="160" border="0" cellspacing="0" cellpadding="1" bgcolor="#336699"><tr><td><table width="100%" border="0" cellspacing="0" cellpadding="3" bgcolor="#ffffff"><tr><td class="boxtitle" bgcolor="#d5e1ee"><font class="block-title"><b>{title}</b></font></td></tr><tr><td><font class="content">{content}</font></td></tr></table></td></tr></table><br>'

    left = (
        block(
            "Menu",
            '<strong><big>&middot;</big></strong> <a href="/index.php">Início</a><br><strong><big>&middot;</big></strong> <a href="/modules.php?name=Topics">Tópicos</a><br>'
            '<strong><big>&middot;</big></strong> <a href="/modules.php?name=Stories_Archive">Arquivo de Notícias</a><br><strong><big>&middot;</big></strong> <a href="/modules.php?name=Search">Pesquisa</a><br>'
            '<strong><big>&middot;</big></strong> <a href="/modules.php?name=Submit_News">Enviar Notícia</a><br><strong><big>&middot;</big></strong> <a href="/modules.php?name=Your_Account">A sua conta</a>',
        )
        + block(
            "Boletim Informativo",
            'Receba as notícias da semana no seu correio electrónico.<br><form action="/modules.php?name=Your_Account" method="post"><input type="text" name="email" size="12"><br><input type="submit" value="Subscrever"></form>',
        )
        + block(
            "Quem está ligado",
            'Neste momento há 14 visitante(s) e 2 membro(s) ligados.<br><br>Está a navegar como visitante anónimo. Pode registar-se gratuitamente <a href="/modules.php?name=Your_Account&op=new_user">clicando aqui</a>',
        )
    )

    def shell(title, main, right=""):
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>{SITE} - {escape(title)}</title>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">
<META NAME="RESOURCE-TYPE" CONTENT="DOCUMENT"><META NAME="DISTRIBUTION" CONTENT="GLOBAL"><META NAME="AUTHOR" CONTENT="{SITE}"><META NAME="COPYRIGHT" CONTENT="Copyright (c) by {SITE}"><META NAME="KEYWORDS" CONTENT="notícias, alto minho, viana, ponte de lima, regional"><META NAME="DESCRIPTION" CONTENT="O portal de notícias do Alto Minho"><META NAME="GENERATOR" CONTENT="PHP-Nuke Copyright (c) 2006 by Francisco Burzi. This is free software, and you may redistribute it under the GPL (http://phpnuke.org/files/gpl.txt). PHP-Nuke comes with absolutely no warranty, for details, see the license (http://phpnuke.org/files/gpl.txt).">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{base}/backend.php"><LINK REL="StyleSheet" HREF="/themes/fisubice/style/style.css" TYPE="text/css"></head>
<body bgcolor="#ffffff" text="#000000" link="#363636" vlink="#363636" alink="#d5ae83">
<div id="cookiebar" style="background:#333;color:#fff">Este sítio utiliza cookies para melhorar a sua experiência. Ao continuar a navegar está a consentir a sua utilização. <a href="/modules.php?name=Content&pa=showpage&pid=3" style="color:#fff">Saber mais</a> <a href="javascript:fecharCookies()" style="color:#fff">[Fechar]</a></div>
<table class="bodyline" width="100%" cellspacing="0" cellpadding="0" border="0" align="center"><tr><td><a href="/index.php"><img src="/themes/fisubice/images/logo.gif" border="0" alt="Bem-vindo ao {SITE}"></a></td><td align="right" class="topnav"><font class="content">O portal regional do Alto Minho desde 2003</font></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr valign="top"><td valign="top" width="1" background="/themes/fisubice/images/7px.gif">{left}</td><td valign="top" width="100%">{main}</td><td valign="top" width="160">{right}</td></tr></table>
<br><center><font class="footmsg">Todos os logótipos e marcas registadas são propriedade dos respectivos donos. Os comentários são propriedade dos seus autores, o restante © 2003-2017 {SITE}.<br>Pode sindicar as notícias deste sítio através do ficheiro <a href="/backend.php">backend.php</a><br>Página gerada em: 0.218 segundos</font></center></body></html>"""

    def story_head(p):
        d = p.published
        return f'<font class="title"><b>{escape(p.title)}</b></font><br><font class="tiny">Enviado por <a href="/modules.php?name=Your_Account&op=userinfo&username={p.author}">{p.author}</a> em {_ts(d)} ({reads[p.idx]} leituras)</font>'

    def index_story(p):
        first = escape(p.paras[0])
        return (
            f'<table border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#ffffff"><tr><td><table width="100%" cellpadding="3"><tr><td>{story_head(p)}</td></tr>'
            f'<tr><td><a href="/modules.php?name=News&new_topic={topic[p.idx]}"><img src="/images/topics/t{topic[p.idx]}.gif" border="0" alt="{p.section}" title="{p.section}" align="right" hspace="10" vspace="10"></a><font class="content">{first}</font></td></tr>'
            f'<tr><td align="right"><font class="tiny">( <a href="{u[p.idx]}">Ler mais...</a> | {len(" ".join(p.paras[1:]).encode())} bytes mais | <a href="{u[p.idx]}">{len(threads[p.idx])} comentários</a> | <a href="/modules.php?name=News&new_topic={topic[p.idx]}">{p.section}</a> )</font></td></tr></table></td></tr></table><br>'
        )

    def article(p):
        k = p.idx % 3
        paras = [escape(x) for x in p.paras]
        if k == 0:  # a submitted story: the first paragraph is quoted after "X escreve"
            lead = (
                f'<b>{SUBMITTERS[p.idx % len(SUBMITTERS)]}</b> escreve "<i>{paras[0]}</i>"<br><br>'
            )
        else:
            lead = f"{paras[0]}<br><br>"
        body = lead + "<br><br>".join(paras[1:])
        com = threads[p.idx]
        coms = "".join(
            f'<a name="{j + 1}"></a><table width="99%" border="0" cellspacing="0" cellpadding="2"><tr><td bgcolor="#efefef"><b>Re: {escape(p.title)}</b> (Pontuação: {rng.randint(0, 3)})<br>'
            f'<font class="content">por <b>{escape(w)}</b> em {_ts(t)}<br></font></td></tr><tr><td><font class="content">{escape(x)}<br><br>[ <a href="/modules.php?name=News&file=comments&op=Reply&pid={j + 1}&sid={sid[p.idx]}&mode=flat&order=0&thold=0">Responder a isto</a> ]</font></td></tr></table><br>'
            for j, (w, t, x) in enumerate(com)
        )
        bar = (
            f'<form action="/modules.php?name=News&file=comments" method="post"><table width="99%" border="0" cellspacing="1" cellpadding="2"><tr><td bgcolor="#efefef" align="center"><font class="content"><b>{escape(p.title)}</b> | <a href="/modules.php?name=Your_Account&op=new_user">Entrar/Criar conta</a> | {len(com)} comentários</font></td></tr>'
            f'<tr><td align="center"><font class="content">Limite <select name="thold"><option value="-1">-1</option><option value="0" selected>0</option><option value="1">1</option></select> '
            f'<a href="{modes[p.idx][0]}">Sem encadeamento</a> | <a href="{modes[p.idx][1]}">Aninhado</a> | <a href="{modes[p.idx][2]}">Por tópico</a> <input type="submit" value="Actualizar"></font></td></tr>'
            '<tr><td align="center"><font class="tiny">Os comentários são propriedade dos seus autores. Não somos responsáveis pelo seu conteúdo.</font></td></tr></table></form>'
        )
        others = [q for q in posts if q.section == p.section and q is not p][:4]
        right = (
            block(
                "Assuntos Relacionados",
                f'<strong><big>&middot;</big></strong> <a href="/modules.php?name=Search&topic={topic[p.idx]}">Mais acerca de {p.section}</a><br><strong><big>&middot;</big></strong> <a href="/modules.php?name=Search&author={p.author}">Notícias por {p.author}</a><br><br>'
                + "<b>Outras notícias deste tópico:</b><br>"
                + "".join(
                    f'<strong><big>&middot;</big></strong> <a href="{u[q.idx]}">{escape(q.title)}</a><br>'
                    for q in others
                ),
            )
            + block(
                "Pontuação do Artigo",
                f'Pontuação média: {rng.randint(2, 5)}<br>Votos: {rng.randint(1, 30)}<br><br><form action="/modules.php?name=News" method="post"><input type="radio" name="score" value="5"> Excelente<br><input type="radio" name="score" value="3"> Bom<br><input type="radio" name="score" value="1"> Mau<br><input type="submit" value="Votar!"></form>',
            )
            + block(
                "Opções",
                f'<a href="{prn[p.idx]}"><img src="/images/print.gif" border="0" alt="Versão para impressão"></a> <a href="{prn[p.idx]}">Versão para impressão</a><br><br>'
                f'<a href="/modules.php?name=News&file=friend&op=FriendSend&sid={sid[p.idx]}">Enviar esta notícia a um amigo</a>',
            )
            + block(
                "Partilhar",
                f'<a href="https://www.facebook.com/sharer.php?u={base}{u[p.idx]}">Facebook</a> | <a href="https://twitter.com/share?url={base}{u[p.idx]}">Twitter</a> | <a href="https://plus.google.com/share?url={base}{u[p.idx]}">Google+</a>',
            )
        )
        main = (
            f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td><table width="100%" cellpadding="4"><tr><td>{story_head(p)}</td></tr>'
            f'<tr><td><a href="/modules.php?name=News&new_topic={topic[p.idx]}"><img src="/images/topics/t{topic[p.idx]}.gif" border="0" alt="{p.section}" align="right" hspace="10" vspace="10"></a><font class="content">{body}</font></td></tr></table></td></tr></table><br>'
            f"{bar}{coms}"
        )
        return shell(p.title, main, right)

    def printable(p):
        return f"""<html><head><title>{SITE}</title><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>
<body bgcolor="#ffffff" text="#000000"><table border="0"><tr><td><table border="0" width="640" cellpadding="0" cellspacing="1" bgcolor="#000000"><tr><td><table border="0" width="640" cellpadding="20" cellspacing="1" bgcolor="#ffffff"><tr><td>
<center><img src="/images/logo.gif" border="0" alt=""><br><br><font class="content"><b>{escape(p.title)}</b></font><br><font class="tiny"><b>Data:</b> {_ts(p.published)}<br><b>Tópico:</b> {p.section}<br><br></font></center>
<font class="content">{"<br><br>".join(escape(x) for x in p.paras)}<br><br></font></td></tr></table></td></tr></table><br><br><center><font class="content">Este artigo veio de {SITE}<br><a href="{base}">{base}</a><br><br>O URL para esta notícia é:<br><a href="{base}{u[p.idx]}">{base}{u[p.idx]}</a></font></center></td></tr></table></body></html>"""

    for p in posts:
        pages[u[p.idx]] = html(article(p), CS)
        for m in modes[p.idx]:
            pages[m] = pages[u[p.idx]]
        pages[prn[p.idx]] = html(printable(p), CS)
        pages[f"/modules.php?name=News&file=friend&op=FriendSend&sid={sid[p.idx]}"] = html(
            shell(
                "Enviar a um amigo",
                f'<center><font class="title"><b>Enviar notícia a um amigo</b></font></center><br><br>Vai enviar a notícia <b>{escape(p.title)}</b> a um amigo:<br><br><form>O seu nome: <input type="text" name="yname"><br>Nome do amigo: <input type="text" name="fname"><br>E-mail do amigo: <input type="text" name="fmail"><br><input type="submit" value="Enviar"></form>',
            ),
            CS,
        )
        for j in range(len(threads[p.idx])):
            pages[
                f"/modules.php?name=News&file=comments&op=Reply&pid={j + 1}&sid={sid[p.idx]}&mode=flat&order=0&thold=0"
            ] = html(
                shell(
                    "Comentar",
                    f'<font class="title"><b>Responder a um comentário</b></font><br><br>Tem de estar registado para comentar <b>{escape(p.title)}</b>. <a href="/modules.php?name=Your_Account&op=new_user">Criar conta</a>',
                ),
                CS,
            )
    old = block(
        "Notícias Antigas",
        "".join(
            f'<strong><big>&middot;</big></strong> <a href="{u[p.idx]}">{escape(p.title)}</a> ({len(threads[p.idx])})<br>'
            for p in posts[10:20]
        )
        + '<br><a href="/modules.php?name=Stories_Archive"><b>Arquivo de Notícias</b></a>',
    )
    front = shell("O portal regional", "".join(index_story(p) for p in posts[:10]), old)
    pages["/"] = html(front, CS)
    pages["/index.php"] = pages["/"]
    for t, name in TOPICS.items():
        items = [p for p in posts if topic[p.idx] == t]
        pages[f"/modules.php?name=News&new_topic={t}"] = html(
            shell(
                name,
                f'<center><font class="title"><b>Tópico: {name}</b></font></center><br>'
                + "".join(index_story(p) for p in items[:10]),
                old,
            ),
            CS,
        )
        pages[f"/modules.php?name=Search&topic={t}"] = html(
            shell(
                "Pesquisa",
                f'<form action="/modules.php?name=Search" method="post"><input size="25" type="text" name="query"> <input type="submit" value="Pesquisar"></form><br><b>{len(items)} resultados em {name}:</b><br>'
                + "".join(
                    f'<a href="{u[p.idx]}"><b>{escape(p.title)}</b></a><br><font class="tiny">Enviado por {p.author} em {_ts(p.published)}</font><br><br>'
                    for p in items
                ),
            ),
            CS,
        )
    for a, items in by_key(posts, lambda p: p.author).items():
        pages[f"/modules.php?name=Search&author={a}"] = html(
            shell(
                "Pesquisa",
                f"<b>Notícias enviadas por {a}:</b><br><br>"
                + "".join(
                    f'<a href="{u[p.idx]}">{escape(p.title)}</a> ({p.published.strftime("%d/%m/%Y")})<br>'
                    for p in items
                ),
            ),
            CS,
        )
        pages[f"/modules.php?name=Your_Account&op=userinfo&username={a}"] = html(
            shell(
                f"Perfil de {a}",
                f"<b>Perfil de utilizador: {a}</b><br>Membro desde 2003. Notícias enviadas: {len(items)}",
            ),
            CS,
        )
    months = by_month(posts)
    mlist = "".join(
        f'<li><a href="/modules.php?name=Stories_Archive&sa=show_month&year={y}&month={m}&month_l={MESES[m - 1]}">{MESES[m - 1]}, {y}</a></li>'
        for y, m in months
    )

    def arch_rows(items):
        return "".join(
            f'<tr><td><font class="content"><a href="{u[p.idx]}">{escape(p.title)}</a></font></td><td align="center">{len(threads[p.idx])}</td><td align="center">{reads[p.idx]}</td><td align="center">{p.published.strftime("%d-%m-%Y")}</td><td align="center">{p.section}</td></tr>'
            for p in items
        )

    head_row = '<tr><td bgcolor="#efefef"><b>Artigos</b></td><td><b>Comentários</b></td><td><b>Leituras</b></td><td><b>Data</b></td><td><b>Tópico</b></td></tr>'
    pages["/modules.php?name=Stories_Archive"] = html(
        shell(
            "Arquivo de Notícias",
            f'<center><font class="title"><b>Arquivo de Notícias</b></font></center><br>Seleccione o mês que pretende ver:<ul>{mlist}</ul><a href="/modules.php?name=Stories_Archive&sa=show_all">Mostrar todos os artigos</a>',
        ),
        CS,
    )
    for (y, m), items in months.items():
        pages[
            f"/modules.php?name=Stories_Archive&sa=show_month&year={y}&month={m}&month_l={MESES[m - 1]}"
        ] = html(
            shell(
                "Arquivo de Notícias",
                f'<center><b>Arquivo de Notícias: {MESES[m - 1]}, {y}</b></center><br><table border="0" width="100%">{head_row}{arch_rows(items)}</table><br><ul>{mlist}</ul>',
            ),
            CS,
        )

    def nth(k):
        return "/modules.php?name=Stories_Archive&sa=show_all" + (f"&min={k * 20}" if k else "")

    paged(
        pages,
        nth,
        posts,
        20,
        lambda chunk, k, n: shell(
            "Arquivo de Notícias",
            f'<table border="0" width="100%">{head_row}{arch_rows(chunk)}</table><br>'
            + (f'<a href="{nth(k - 1)}">Página anterior</a> ' if k else "")
            + (f'<a href="{nth(k + 1)}">Página seguinte</a>' if k + 1 < n else ""),
        ),
        CS,
    )
    for path, title, text in [
        (
            "/modules.php?name=Topics",
            "Tópicos",
            "<b>Tópicos activos</b><br>"
            + " | ".join(
                f'<a href="/modules.php?name=News&new_topic={t}">{n}</a>' for t, n in TOPICS.items()
            ),
        ),
        (
            "/modules.php?name=Search",
            "Pesquisa",
            '<form action="/modules.php?name=Search" method="post"><input size="25" type="text" name="query"> <input type="submit" value="Pesquisar"></form>',
        ),
        (
            "/modules.php?name=Submit_News",
            "Enviar Notícia",
            "Tem uma notícia da sua terra? Envie-nos! Todas as notícias são revistas antes de publicadas.<br><form>Título: <input type='text' name='subject'><br><textarea name='story'></textarea><br><input type='submit' value='Pré-visualizar'></form>",
        ),
        (
            "/modules.php?name=Your_Account",
            "A sua conta",
            "<b>Entrar</b><br><form>Utilizador: <input type='text'><br>Senha: <input type='password'><br><input type='submit' value='Entrar'></form>Ainda não tem conta? <a href=\"/modules.php?name=Your_Account&op=new_user\">Registe-se</a>",
        ),
        (
            "/modules.php?name=Your_Account&op=new_user",
            "Registo de novo utilizador",
            "<b>Registo</b><br>Alcunha: <input type='text'><br>E-mail: <input type='text'><br><input type='checkbox'> Quero receber o boletim informativo<br><input type='submit' value='Criar conta'>",
        ),
        (
            "/modules.php?name=Content&pa=showpage&pid=3",
            "Política de cookies",
            "<b>Política de cookies</b><br>Utilizamos cookies de sessão e de estatística. Pode desactivá-los no seu navegador.",
        ),
    ]:
        pages[path] = html(shell(title, text), CS)
    rss = [
        f'<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel><title>{SITE}</title><link>{base}</link><description>O portal regional do Alto Minho</description><language>pt</language>'
    ]
    rss += [
        f"<item><title>{escape(p.title)}</title><link>{base}{escape(u[p.idx])}</link></item>"
        for p in posts[:10]
    ]
    rss.append("</channel></rss>")
    pages["/backend.php"] = Resp(
        "\n".join(rss).encode(CS, "xmlcharrefreplace"), "text/xml; charset=iso-8859-1"
    )
    return site_from(NAME, posts, lambda p: u[p.idx], pages, lambda p: [*modes[p.idx], prn[p.idx]])
