"""Boilerplate removal: DOM pruning by class/id/role signals and a line filter for leaked text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from newsarchive.extraction.metadata import is_date_line

__all__ = [
    "drop_element",
    "filter_lines",
    "is_boilerplate_element",
    "prune_tree",
    "remove_selectors",
]

# ---------------------------------------------------------------------------
# DOM signals
# ---------------------------------------------------------------------------

# class/id tokens naming blocks that are never article body (matched as whole tokens).
BOILERPLATE_TOKENS = frozenset(
    [
        "comment",
        "comments",
        "commentlist",
        "commentform",
        "comment-form",
        "respond",
        "reply",
        "replies",
        "disqus",
        "related",
        "relatedposts",
        "related-posts",
        "recirc",
        "recirculation",
        "outbrain",
        "taboola",
        "newsletter",
        "newsletters",
        "subscribe",
        "subscription",
        "signup",
        "sign-up",
        "optin",
        "opt-in",
        "mailchimp",
        "share",
        "sharing",
        "sharedaddy",
        "social",
        "socials",
        "social-share",
        "sharebar",
        "addthis",
        "shareaholic",
        "ad",
        "ads",
        "adsense",
        "adslot",
        "adunit",
        "ad-slot",
        "ad-unit",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "dfp",
        "gpt",
        "sponsor",
        "sponsored",
        "promo",
        "promos",
        "promoted",
        "promotion",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "cookiebar",
        "breadcrumb",
        "breadcrumbs",
        "pagination",
        "pager",
        "post-navigation",
        "nav-links",
        "navigation",
        "most-read",
        "mostread",
        "most-popular",
        "popular",
        "trending",
        "author-bio",
        "authorbio",
        "about-author",
        "author-box",
        "authorbox",
        "rating",
        "ratings",
        "reactions",
        "jp-relatedposts",
        "yarpp",
    ]
)
# compound class names (no separators) containing these words are boilerplate too
_COMPOUND = re.compile(
    r"(comment|related|newsletter|share|social|advert|cookie|promo|subscribe|sponsor|"
    r"mostread|mostpopular|breadcrumb|outbrain|taboola|disqus)",
    re.I,
)
# WordPress/Blogger taxonomy classes (tag-social-media, category-ads) name the post, not a block
_TAXONOMY_PREFIX = re.compile(r"^(tag|tags|category|cat|topic|label|postid|section|status|format)-")
_SPLIT = re.compile(r"[\s_\-]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_BOILER_ROLES = frozenset({"complementary", "navigation", "contentinfo", "banner", "search"})
_NEVER_REMOVE = frozenset({"html", "body", "head", "main", "article"})
_CONTENT_HINT = re.compile(
    r"(^|[\s_\-])(article|entry|post|story)[\s_\-]?(body|content|text)([\s_\-]|$)|articlebody", re.I
)


def _tokens(value: str) -> set[str]:
    tokens: set[str] = set()
    for cls in value.split():
        if _TAXONOMY_PREFIX.match(cls.lower()):
            continue
        tokens.add(cls.lower())
        for part in _SPLIT.split(_CAMEL.sub("-", cls)):
            if part:
                tokens.add(part.lower())
    return tokens


def is_boilerplate_element(el: HtmlElement) -> bool:
    """True when class/id/role/aria of an element names a boilerplate block."""
    role = el.get("role")
    if role and role.lower() in _BOILER_ROLES:
        return True
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return False
    return _names_boilerplate(" ".join(filter(None, (cls, ident))))


@lru_cache(maxsize=4096)
def _names_boilerplate(attrs: str) -> bool:
    """True when class and id words name a boilerplate block (cached: pages repeat classes)."""
    if _CONTENT_HINT.search(attrs):
        return False
    tokens = _tokens(attrs)
    if tokens & BOILERPLATE_TOKENS:
        return True
    # compound names without separators: "relatedposts", "socialShareBar"
    return any(len(tok) > 6 and _COMPOUND.search(tok) for tok in tokens)


_ARTICLE_BODY = etree.XPath(".//*[@itemprop='articleBody']")


def _protects_content(el: HtmlElement) -> bool:
    """An element holding the headline or the article body must stay whatever its classes say."""
    if el.tag in _NEVER_REMOVE:
        return True
    for node in el.iter("h1", "article", "main"):
        if node is not el or el.tag in ("article", "main"):
            return True
    return bool(_ARTICLE_BODY(el))


def _is_link_list(el: HtmlElement) -> bool:
    """A list of >= 3 items that are each nothing but a link: recirculation, not prose."""
    items = [li for li in el if li.tag == "li"]
    if len(items) < 3:
        return False
    for li in items:
        text = " ".join(li.text_content().split())
        links = " ".join(" ".join(a.text_content().split()) for a in li.iter("a"))
        if not text or len(links) < 0.9 * len(text):
            return False
    return True


_FORM_INPUTS = etree.XPath(".//textarea|.//input[@type='email']|.//input[@type='password']")
_LONG_PARAGRAPHS = etree.XPath(".//p[string-length(normalize-space()) > 200]")


def _is_comment_form(el: HtmlElement) -> bool:
    if el.tag != "form":
        return False
    if _FORM_INPUTS(el):
        return True
    text = el.text_content() or ""
    return len(text.strip()) < 400 and not _LONG_PARAGRAPHS(el)


def prune_tree(tree: HtmlElement) -> int:
    """Remove hidden copies of the page's text, comment, related, share, ad, cookie and
    newsletter blocks and forms, in place."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    copies = drop_hidden_copies(root)
    doomed: list[HtmlElement] = []
    holders = _body_holders(root)
    # depth-first, document order, never entering a doomed block
    stack = [el for el in reversed(root) if isinstance(el.tag, str)]
    while stack:
        el = stack.pop()
        if el in holders:  # a block holding the body's paragraphs is no boilerplate, whatever
            stack.extend(child for child in reversed(el) if isinstance(child.tag, str))
            continue  # its classes say (Drupal's "node-promoted": promoted to the front page)
        if (
            _is_comment_form(el)
            or (el.tag in ("aside", "nav") and not _protects_content(el))
            or (el.tag == "ins" and "adsbygoogle" in (el.get("class") or ""))
            or (el.tag in ("ul", "ol") and _is_link_list(el))
            or (is_boilerplate_element(el) and not _protects_content(el))
            or (_hidden_by_class(el.get("class")) and not _protects_content(el))
        ):
            doomed.append(el)
        else:
            stack.extend(child for child in reversed(el) if isinstance(child.tag, str))
    for el in doomed:
        _drop(el)
    return copies + len(doomed)


# the utility classes of CSS frameworks that hide a block on every screen (Bootstrap's hide,
# hidden and d-none, Foundation's hide, Bulma's is-hidden, Tailwind's hidden) or show it in print
# only; a block that another class shows at some width ("d-none d-md-block", "hidden md:block",
# "hidden-xs") is no hidden block
_HIDING_CLASSES = frozenset(
    {
        "hide",
        "hidden",
        "d-none",
        "is-hidden",
        "print-only",
        "printonly",
        "visible-print",
        "visible-print-block",
        "show-for-print",
        "print-header",
        "print-footer",
    }
)
_SHOWING_CLASS = re.compile(r"(?:block|flex|inline|grid|table|contents)$|:", re.I)


@lru_cache(maxsize=4096)
def _hidden_by_class(classes: str | None) -> bool:
    """CLASSES hide the block on screen whatever the width (`_HIDING_CLASSES`)."""
    if not classes:
        return False
    names = classes.lower().split()
    if not any(name in _HIDING_CLASSES for name in names):
        return False
    return not any(_SHOWING_CLASS.search(name) and "print" not in name for name in names)


# hidden by the page itself: the `hidden` attribute or an inline style
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_UNSHOWN = frozenset(["script", "style", "noscript", "template"])
_COPY_PIECE = 40  # a text this long met twice on a page is the same text twice
_UNSHOWN_TEXT = etree.XPath(".//script/text() | .//style/text() | .//noscript/text()")
# candidates found in C: elements with `hidden`, or a style naming none or hidden at all
_MAYBE_HIDDEN = etree.XPath(
    ".//@style[contains(., 'none') or contains(., 'idden')]/.. | .//@hidden/.."
)


def _shown_pieces(el: HtmlElement) -> list[str]:
    """The texts EL would show (not its scripts' or styles'), whitespace collapsed."""
    parts = []
    for node in el.iter():
        if isinstance(node.tag, str) and node.tag not in _UNSHOWN and node.text:
            parts.append(node.text)
        if node is not el and node.tail:
            parts.append(node.tail)
    return [" ".join(p.split()) for p in parts]


def drop_hidden_copies(root: HtmlElement) -> int:
    """Remove blocks the page hides (`hidden`, `display:none`) whose text the page also shows
    (schema.org microdata copies of the headline and body). Hidden text found nowhere else (a "read more" continuation) stays. In place; returns the
    number of blocks removed."""
    found: list[tuple[HtmlElement, list[str]]] = []
    hidden = [
        el
        for el in _MAYBE_HIDDEN(root)
        if el.tag not in _UNSHOWN
        and (el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""))
    ]
    outer = set(hidden)
    for el in hidden:
        if any(a in outer for a in el.iterancestors()):
            continue
        pieces = [p for p in _shown_pieces(el) if len(p) >= _COPY_PIECE]
        if pieces:
            found.append((el, pieces))
    if not found:
        return 0
    # the page's text with whitespace collapsed, less what its scripts and styles hold
    whole = " ".join(root.text_content().split())
    unshown = " ".join(" ".join(_UNSHOWN_TEXT(root)).split())
    doomed = []
    for el, pieces in found:
        mine = " ".join(pieces)
        shown = sum(len(p) for p in pieces if whole.count(p) - unshown.count(p) > mine.count(p))
        if shown >= 0.8 * sum(len(p) for p in pieces):
            doomed.append(el)
    for el in doomed:
        _drop(el)
    return len(doomed)


BODY_PARAGRAPHS = 400  # characters of paragraph text one element must hold to be the body's


def _body_holders(root: HtmlElement) -> set[HtmlElement]:
    """The element holding the most paragraph text directly (its `<p>` children's), when that
    is a body's worth, and its ancestors."""
    sizes: dict[HtmlElement, int] = {}
    for p in root.iter("p"):
        parent = p.getparent()
        if parent is not None:
            sizes[parent] = sizes.get(parent, 0) + len(p.text_content())
    if not sizes:
        return set()
    holder, size = max(sizes.items(), key=lambda item: item[1])
    if size < BODY_PARAGRAPHS:
        return set()
    return {holder, *holder.iterancestors()}


def _drop(el: HtmlElement) -> None:
    """Remove an element but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


drop_element = _drop


def remove_selectors(tree: HtmlElement, selectors: Sequence[str]) -> int:
    """Remove nodes matching per-site CSS selectors (XPath when starting with '/' or '(')."""
    removed = 0
    for sel in selectors:
        sel = (sel or "").strip()
        if not sel:
            continue
        try:
            if sel.startswith(("/", "(")):
                nodes = tree.xpath(sel)
            else:
                from lxml.cssselect import CSSSelector

                nodes = CSSSelector(sel)(tree)
        except (etree.XPathError, ValueError, SyntaxError, ImportError, Exception):
            continue
        for node in nodes if isinstance(nodes, list) else []:
            if isinstance(node, etree._Element) and node.getparent() is not None:
                _drop(node)
                removed += 1
    return removed


# ---------------------------------------------------------------------------
# Line signals (text that leaks as sibling paragraphs of the article)
# ---------------------------------------------------------------------------

_NUM_WORDS = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred"
)
_NUM = rf"(?:\d+|(?:{_NUM_WORDS})(?:[\s\-](?:{_NUM_WORDS}))*)"
# "19 - fourteen =", "3 + 4 = ?", "five x 2 =" with any dash or times sign (comment captchas)
CAPTCHA = re.compile(
    rf"^\s*{_NUM}\s*[+\-\u2212\u2013\u00d7x*\u00f7/]\s*{_NUM}\s*=\s*[?.]?\s*$", re.I
)

# Lines that start the comment area: everything after them is not article.
COMMENT_START = re.compile(
    r"^\s*("
    r"leave a (reply|comment)|post a comment|add (a )?(new )?comment|write a comment|"
    r"\d+\s+(comments?|responses?|replies)|comments?\s*(\(\d+\))?|(no|one) (comments?|responses?)|"
    r"comments are closed|join the (discussion|conversation)|"
    r"kommentar(e)? (schreiben|hinterlassen|verfassen)|\d+ kommentare?|"
    r"laisser un commentaire|laissez un commentaire|\d+ commentaires?|"
    r"deja un comentario|deja una respuesta|\d+ comentarios?|"
    r"lascia un commento|lascia una risposta|\d+ commenti|"
    r"deixe um comentário|deixe uma resposta|"
    r"plaats een reactie|laat een reactie achter|"
    r"d[ée]ja(nos)? (tu|un|su) comentario|escribe (tu|un) comentario|"
    r"hinterlasse einen kommentar|schreiben sie einen kommentar|"
    r"laisse[rz]? (un|votre) commentaire|"
    r"оставить комментарий|добавить комментарий|"
    # a reader-comment heading with its count: "Vos réactions (2)", "Комментарии (5)"
    r"((vos|les|your|reader|readers'?|ihre|sus|i|uw) )?(réactions|reactions|kommentare|"
    r"commentaires|comentarios|commenti|reacties|reakcje|комментарии|отзывы)\s*(\(\d+\))?"
    r")\s*[:.!]?\s*$",
    re.I,
)
# Lines that are boilerplate wherever they appear (short lines only).
BOILERPLATE_LINE = re.compile(
    r"^\s*("
    # comment form furniture
    r"your email address will not be published.*|required fields are marked.*|"
    r"save my name,? email,? and website.*|notify me of (new|follow-up).*|"
    r"you must be (logged|signed) in to post a comment.*|cancel reply|"
    r"ihre e-mail-adresse wird nicht veröffentlicht.*|"
    r"votre adresse (e-mail|de messagerie) ne sera pas publiée.*|"
    r"tu dirección de correo electrónico no será publicada.*|"
    r"il tuo indirizzo email non sarà pubblicato.*|"
    r"o seu endereço de e-mail não será publicado.*|"
    # post navigation
    r"(\u00ab |\u2039 |< )?(previous|next|older|newer) (post|article|story|entry|posts|entries)"
    r"( \u00bb| \u203a| >)?|"
    r"(previous|older) (post|article)s?\s+(next|newer) (post|article)s?|"
    r"vorherige[rs]? (artikel|beitrag)|nächste[rs]? (artikel|beitrag)|"
    r"article (précédent|suivant)|artículo (anterior|siguiente)|"
    # ad slots
    r"ads?|advertisement|advertising|advertisements|sponsored( content)?|promoted( content)?|"
    r"anzeige|werbung|publicidad|publicité|pubblicità|reklame|реклама|"
    r"(article|story) continues below( advertisement)?|scroll to continue with content|"
    r"continue reading (below|the main story)|"
    # share / follow / newsletter prompts
    r"share( this)?( (article|story|post|page))?( on| via)?( facebook| twitter| x| email)?|"
    r"share on (facebook|twitter|whatsapp|linkedin|x|email|pinterest)|click to share on .*|"
    r"[-\u2022*]?\s*(tweet|email|print|pin it|whatsapp|save|copy link)( this)?"
    r"( article| story| page| post| link)?|[-\u2022*]?\s*(order )?reprints?|"
    r"(imprimer|drucken|imprimir|stampa|afdrukken)( cet| den| este| el| l'| dit)?\s*"
    r"(article|artikel|artículo|articolo|beitrag)?|"
    r"(envoyer|send|e-?mail|enviar|senden|inviare|versturen)( (à|a|to|an))? "
    r"(un |a |einen )?(ami|friend|amigo|amico|freund|vriend)|"
    # wire/credit lines closing a story ("Reporting by: X | Source: Y")
    r"(additional )?(reporting|writing|editing|compiled|research) by\s*:?\s*.{0,80}|"
    r"(source|quelle|fuente|fonte)\s*:\s*.{0,40}|"
    r"(for the latest (news|updates),? )?(follow|like) us on (twitter|facebook|instagram|"
    r"linkedin|telegram|youtube|tiktok|x|google news|social media).*|"
    r"(join|subscribe to|sign up for|sign up to|get) (our|the) (free |weekly |daily )?"
    r"(\w+ )?(newsletters?|e-?mail alerts?|briefing).*|"
    r"subscribe( now| today)?|sign up( now)?|"
    r"abonnieren sie (unseren|den) newsletter.*|inscrivez-vous à (notre|la) newsletter.*|"
    r"suscríbete a (nuestro|nuestra) (newsletter|boletín).*|"
    # recirculation headings
    r"related( items| posts| articles| stories| news| content| links| topics| reading)?|"
    r"you (may|might) (also )?(like|enjoy|be interested in)|more (stories|articles|news) from .*|"
    r"recommended( for you| stories| articles)?|most (read|popular|viewed|shared|commented)|"
    r"(also|further) read(ing)?|read (also|next)|see also|trending( now| stories)?|"
    r"(don'?t|do not|don\u2019t) miss( this| out)?|editor'?s picks?|top stories|"
    r"popular (posts|stories|articles)|latest (posts|news|stories|articles)|"
    r"lesen sie auch|auch interessant|meistgelesen|à lire aussi|lire aussi|"
    r"te puede interesar|lee también|leggi anche|читайте также|смотрите также|"
    # "If you enjoyed this post, share it with a friend and follow the blog"
    r"if you (enjoyed|liked|loved|found value in) this (post|article|story|piece|blog)\b.{0,40}"
    r"\b(share|follow|subscribe|like)\b.*|"
    # cookie banners
    r"(we|this (web)?site) uses? cookies.*|accept( all)? cookies|"
    r"cookie (policy|settings|preferences)|"
    r"by (continuing to (use|browse)|using) (this|our) (site|website).*cookies.*"
    r")\s*[:.!]?\s*$",
    re.I,
)
_EMAIL_ONLY = re.compile(r"^\s*[\w.+\-]+@[\w\-]+(\.[\w\-]+)+\s*$")
# machine values that leak from hidden metadata blocks: an image URL, timestamp or ISO date
_MACHINE_ONLY = re.compile(
    r"^\s*(https?://\S+\.(jpe?g|png|gif|webp|svg)(\?\S*)?|\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?"
    r"(Z|[+\-]\d{2}:?\d{2})?)?)\s*$",
    re.I,
)
# "READ MORE: Other headline", "SEE ALSO: ..." teaser lines pointing to other stories
_TEASER = re.compile(
    r"^\s*((read|see|watch|listen|click) (more|also|next|here)|(à )?lire aussi|voir aussi|"
    r"lesen sie auch|lee también|leggi anche|leia também|lees ook|читайте также|"
    r"смотрите также)\s*[:>\u00bb|-]",
    re.I,
)
_MAX_BOILER_WORDS = 30


def is_boilerplate_line(line: str, language: str | None = None) -> bool:
    """True for a short line matching typical comment/nav/ad/share/related/cookie text, or a
    date line (month and weekday names in English or LANGUAGE)."""
    stripped = line.strip()
    if not stripped:
        return False
    if len(stripped.split()) > _MAX_BOILER_WORDS:
        return False
    if "|" in stripped:
        # toolbars rendered as one line: "Print this article | Send to a friend"
        parts = [p.strip() for p in stripped.split("|")]
        if len(parts) > 1 and all(p and _is_boilerplate_part(p, language) for p in parts):
            return True
    return _is_boilerplate_part(stripped, language)


def _is_boilerplate_part(stripped: str, language: str | None = None) -> bool:
    return bool(
        CAPTCHA.match(stripped)
        or COMMENT_START.match(stripped)
        or BOILERPLATE_LINE.match(stripped)
        or _EMAIL_ONLY.match(stripped)
        or _MACHINE_ONLY.match(stripped)
        or is_date_line(stripped, language)
        or (_TEASER.match(stripped) and len(stripped.split()) <= 25)
    )


def filter_lines(text: str, language: str | None = None) -> str:
    """Drop boilerplate lines (`is_boilerplate_line`, dates read in English and LANGUAGE); cut
    the tail at a comment-area start late in the text."""
    lines = text.split("\n")
    total = sum(len(x) for x in lines) or 1
    seen = 0
    kept: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if COMMENT_START.match(stripped) and seen >= 0.4 * total and len(stripped.split()) <= 8:
            break
        seen += len(line)
        if _tail_is_recirculation(lines, i):
            break
        if is_boilerplate_line(stripped, language):
            continue
        kept.append(line)
    return "\n".join(kept).strip()


_RECIRC_HEAD = re.compile(
    r"^\s*(related( items| posts| articles| stories| news| content)?|you (may|might) (also )?like|"
    r"more (stories|articles|news)( from .*)?|recommended( for you)?|most (read|popular|viewed)|"
    r"trending( now)?|popular (posts|stories)|latest (posts|news|stories)|read (also|next)|"
    r"lesen sie auch|meistgelesen|à lire aussi|lire aussi|te puede interesar|leggi anche|"
    r"читайте также|самое читаемое)"
    r"\s*[:.]?\s*$",
    re.I,
)


def _tail_is_recirculation(lines: list[str], i: int) -> bool:
    """A recirculation heading followed only by short headline-like lines ends the article."""
    if not _RECIRC_HEAD.match(lines[i].strip()):
        return False
    rest = [x for x in lines[i + 1 :] if x.strip()]
    return all(len(x.split()) <= 20 for x in rest)
