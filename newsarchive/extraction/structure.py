"""Structure repair before extraction: unwrap layout tables, rejoin split or re-parented bodies."""

from __future__ import annotations

from collections import defaultdict

from lxml.html import HtmlElement

__all__ = [
    "bare_div_paragraphs",
    "chunk_paragraphs",
    "find_split_body",
    "join_chunks",
    "rejoin_orphan_paragraphs",
    "unwrap_layout_tables",
]

_LONG_CELL = 250


def _is_layout_table(table: HtmlElement) -> bool:
    """A table used for page layout rather than data: nested tables or prose-sized cells."""
    if table.xpath("./thead|./caption|./tr/th|./tbody/tr/th"):
        return False
    if table.xpath(".//table"):
        return True
    for cell in table.xpath("./tr/td|./tbody/tr/td"):
        if len(cell.xpath(".//p|.//br")) >= 3 or len(cell.text_content().strip()) > _LONG_CELL:
            return True
    return False


def unwrap_layout_tables(tree: HtmlElement) -> int:
    """Turn layout tables into plain blocks so each cell is judged on its own, in place."""
    tables = [t for t in tree.iter("table") if _is_layout_table(t)]
    parts = [
        el
        for table in tables
        for el in table.iter("tbody", "thead", "tfoot", "tr", "td", "th")
        if _nearest_table(el) is table
    ]
    for el in [*tables, *parts]:
        el.tag = "div"
        for attr in ("colspan", "rowspan"):
            el.attrib.pop(attr, None)
    return len(tables)


def _nearest_table(el: HtmlElement) -> HtmlElement | None:
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


_CHUNK_MIN_TEXT = 150  # the largest chunk of a split body holds a paragraph or more
_MEMBER_MIN_TEXT = 80  # every chunk holds a sentence or more


def _signature(el: HtmlElement, depth: int = 2) -> tuple[str, ...]:
    parts = []
    node: HtmlElement | None = el
    for _ in range(depth + 1):
        if node is None:
            break
        parts.append(f"{node.tag}.{' '.join(sorted((node.get('class') or '').split()))}")
        node = node.getparent()
    return tuple(parts)


def _own_paragraph_text(el: HtmlElement) -> int:
    """Characters of EL's own paragraphs (`_chunk_texts`)."""
    return sum(map(len, _chunk_texts(el)))


_TEXT_XPATH = (
    ".//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
)


def _text_len(el: HtmlElement) -> int:
    return sum(len(t.strip()) for t in el.xpath(_TEXT_XPATH))


def _only_chunks_between(members: list[HtmlElement]) -> bool:
    """True when the members' common ancestor holds little text besides them (ads, embeds):
    moving the chunks together then cannot reorder article text."""
    chains = [list(m.iterancestors()) for m in members]
    common = next((a for a in chains[0] if all(a in c for c in chains[1:])), None)
    if common is None:
        return False
    inner = sum(_text_len(m) for m in members)
    return _text_len(common) - inner <= max(200, 0.1 * inner)


def find_split_body(tree: HtmlElement) -> list[HtmlElement]:
    """Same-classed chunks (same tag, class and parent classes) that together hold the article.

    CMSs cut long bodies into several containers between ads; extractors pick one container and
    lose the rest. Returns the chunks in document order, or [] when the body is not split.
    """
    groups: dict[tuple[str, ...], list[HtmlElement]] = defaultdict(list)
    total = 0
    for el in tree.iter("div", "section"):
        text = _own_paragraph_text(el)
        total += text
        if text >= _MEMBER_MIN_TEXT and el.get("class"):
            groups[_signature(el)].append(el)
    if not groups or not total:
        return []
    _key, members = max(groups.items(), key=lambda kv: sum(map(_own_paragraph_text, kv[1])))
    sizes = [_own_paragraph_text(m) for m in members]
    if len(members) < 2 or max(sizes) < _CHUNK_MIN_TEXT or sum(sizes) < 0.5 * total:
        return []
    return members if _only_chunks_between(members) else []


def chunk_paragraphs(members: list[HtmlElement]) -> list[str]:
    """The direct paragraph texts of the chunks (a chunk of inline content only is one)."""
    return [text for m in members for text in _chunk_texts(m)]


def _chunk_texts(member: HtmlElement) -> list[str]:
    """MEMBER's own paragraphs: its <p> children, or, for a block of inline content only (site
    builders' text blocks: `<div class="t-text">para<br><br>para</div>`), its whole text."""
    if any(isinstance(c.tag, str) and c.tag not in _INLINE for c in member):
        return [p.text_content().strip() for p in member if p.tag == "p"]
    return [member.text_content().strip()]


def join_chunks(members: list[HtmlElement]) -> None:
    """Wrap the chunks in one container (in place, order kept) so extractors see one body."""
    first = members[0]
    wrapper = first.makeelement(first.tag, {"class": first.get("class", "")})
    first.addprevious(wrapper)
    for member in members:
        if any(anc is first for anc in member.iterancestors()):
            continue
        if member.tail and member.tail.strip():
            continue  # keep loose text where it is
        wrapper.append(member)


# ---------------------------------------------------------------------------
# Paragraphs re-parented by stray end tags
# ---------------------------------------------------------------------------

_ORPHAN_MIN_WORDS = 8
_ORPHAN_MAX_LINK_SHARE = 0.2


def _is_prose(p: HtmlElement) -> bool:
    """A paragraph of running text: several words, few of them in links."""
    text = " ".join(p.text_content().split())
    if len(text.split()) < _ORPHAN_MIN_WORDS:
        return False
    linked = sum(len(" ".join(a.text_content().split())) for a in p.iter("a"))
    return linked <= _ORPHAN_MAX_LINK_SHARE * len(text)


def _is_filler(el: HtmlElement) -> bool:
    """Markup left between orphaned paragraphs by the repair: empty inline elements."""
    return el.tag in _INLINE and not el.text_content().strip()


def _orphans_after(container: HtmlElement, classes: set[str]) -> list[HtmlElement]:
    """Prose paragraphs that follow `container` directly, at its level or, once its parent ends,
    at an ancestor's level: where a parser puts the rest of a body cut short by stray end tags.
    A level whose earlier children are prose already is a body holding `container` (a quote,
    an embed, a caption): its paragraphs are not orphans."""
    run: list[HtmlElement] = []
    node = container
    while node is not None and node.tag not in ("body", "html"):
        if node.tail and node.tail.strip():
            return run
        level: list[HtmlElement] = []
        ended = False
        sib = node.getnext()
        while sib is not None:
            if not isinstance(sib.tag, str) or _is_filler(sib):
                pass
            elif sib.tag == "p" and (sib.get("class") or "") in classes and _is_prose(sib):
                level.append(sib)
            else:
                ended = True  # a footer, a comment block, a share bar: the body ended
                break
            if sib.tail and sib.tail.strip():
                ended = True
                break
            sib = sib.getnext()
        if ended and not level:
            return run
        # checked only here, where paragraphs would move or the walk climbs: cheap on long pages
        if any(prev.tag == "p" and _is_prose(prev) for prev in node.itersiblings(preceding=True)):
            return run  # an embed or caption inside a body, not the end of one
        run.extend(level)
        if ended:
            return run
        node = node.getparent()
    return run


def rejoin_orphan_paragraphs(tree: HtmlElement) -> int:
    """Move paragraphs that stray end tags pushed out of the article container back into it.

    HTML parsers close every open element up to the matching start tag when they meet an
    unmatched `</div>`: the paragraphs after it land in the container's parent or further up,
    where extractors no longer count them as body. A run of prose paragraphs (same class as the
    container's own, no links) that directly follows a paragraph container, in its parent or an
    ancestor's, before any other block, is moved back to the end of that container, in place.
    Returns the number of paragraphs moved.
    """
    moved = 0
    # innermost first: the body's own container claims the run before the wrappers around it
    containers = list(tree.iter("div", "section", "article", "main", "td"))[::-1]
    settled: set[HtmlElement] = set()  # moved once: never moved again
    for container in containers:
        if not any(child.tag == "p" and _is_prose(child) for child in container):
            continue
        classes = {child.get("class") or "" for child in container if child.tag == "p"}
        for p in _orphans_after(container, classes):
            if p in settled:
                break
            settled.add(p)
            tail = p.tail
            p.tail = None
            prev = p.getprevious()
            if tail:  # keep the whitespace where it was
                if prev is not None:
                    prev.tail = (prev.tail or "") + tail
                else:
                    parent = p.getparent()
                    if parent is not None:
                        parent.text = (parent.text or "") + tail
            container.append(p)
            p.tail = "\n"
            moved += 1
    return moved


_INLINE = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "br",
        "cite",
        "code",
        "em",
        "font",
        "i",
        "img",
        "kbd",
        "mark",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
    ]
)
_MIN_WORDS = 8
_CHROME = frozenset(["header", "footer", "nav", "aside", "form"])


def _words(text: str | None) -> int:
    return len((text or "").split())


def bare_div_paragraphs(tree: HtmlElement) -> int:
    """Paragraphs that rich-text editors (Blogger's among them) write as bare <div>s or as
    loose text between <br>s become <p>s, so extractors weigh them like the <p>s beside them.

    Only divs without class or id and with nothing but inline content and 8+ words qualify;
    loose text qualifies inside a container that holds such paragraphs. In place.
    """
    by_parent: defaultdict[HtmlElement, list[HtmlElement]] = defaultdict(list)
    for div in tree.iter("div"):
        if div.get("class") or div.get("id"):
            continue
        if any(isinstance(c.tag, str) and c.tag not in _INLINE for c in div):
            continue
        if _words(div.text_content()) < _MIN_WORDS:
            continue
        parent = div.getparent()
        if parent is not None:
            by_parent[parent].append(div)
    changed = 0
    parents = []
    for parent, divs in by_parent.items():
        # a body of paragraphs, not one stray line in a footer or a widget
        siblings = len(divs) + sum(1 for c in parent if c.tag == "p")
        if siblings < 3 or any(a.tag in _CHROME for a in (parent, *parent.iterancestors())):
            continue
        for div in divs:
            div.tag = "p"
            changed += 1
        parents.append(parent)
    for parent in parents:
        for child in list(parent):
            if not isinstance(child.tag, str) or child.tag in _INLINE:
                continue
            if _words(child.tail) < _MIN_WORDS:
                continue
            para = child.makeelement("p", {})
            para.text, child.tail = child.tail, None
            child.addnext(para)
            changed += 1
    return changed + br_paragraphs(tree)


_MIN_BR_RUNS = 3


def _br_runs(el: HtmlElement) -> list[tuple[str, list[HtmlElement]]] | None:
    """EL's content cut at its <br>s: (leading text, inline nodes) per run; None if EL holds blocks."""
    runs: list[tuple[str, list[HtmlElement]]] = []
    text, nodes = el.text or "", []
    breaks = 0
    for child in el:
        if not isinstance(child.tag, str):
            nodes.append(child)  # a comment or processing instruction stays in its run
            continue
        if child.tag not in _INLINE:
            return None
        if child.tag == "br":
            breaks += 1
            runs.append((text, nodes))
            text, nodes = child.tail or "", []
            continue
        nodes.append(child)
    runs.append((text, nodes))
    return runs if breaks else None


def _run_words(run: tuple[str, list[HtmlElement]]) -> int:
    text, nodes = run
    return _words(text) + sum(
        _words(n.text_content() if isinstance(n.tag, str) else "") + _words(n.tail) for n in nodes
    )


def br_paragraphs(tree: HtmlElement) -> int:
    """Text that legacy layouts and rich-text editors break into paragraphs with <br>s only
    (`<font>para<br><br>para</font>`, `<td>para<br>para</td>`) is rewritten as <p>s, so the
    extractor weighs it as a body of paragraphs rather than one loose line of text.

    An element qualifies when it holds only inline content, 3+ runs of 8+ words between its
    <br>s, and most of its words in such runs; it becomes a <div> of <p>s. In place.
    """
    changed = 0
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.tag in ("br", "p", "pre", "script", "style"):
            continue
        runs = _br_runs(el)
        if runs is None:
            continue
        sizes = [_run_words(r) for r in runs]
        long_runs = [n for n in sizes if n >= _MIN_WORDS]
        if len(long_runs) < _MIN_BR_RUNS or sum(long_runs) < 0.6 * sum(sizes):
            continue
        if any(a.tag in _CHROME for a in (el, *el.iterancestors())):
            continue
        for child in list(el):
            el.remove(child)
        el.text = None
        for (text, nodes), size in zip(runs, sizes, strict=True):
            if not size and not any(isinstance(n.tag, str) and n.tag == "img" for n in nodes):
                continue
            para = el.makeelement("p", {})
            para.text = text
            for node in nodes:
                para.append(node)  # its tail moves with it
            el.append(para)
        if el.tag in _INLINE:
            el.tag = "div"
        changed += 1
    return changed
